#!/usr/bin/env python3
"""List numbers in each text that no gold evidence covers (an exhaustiveness aid)."""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
NUM = re.compile(r"\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?(?=[万亿家个项件成倍分%人元])|[一二三四五六七八九十]成")
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]):
        continue
    g = json.load(open(os.path.join(HERE, "gold", f)))
    t = S.norm_name(open(os.path.join(HERE, "texts", g["doc"])).read())
    cov = [False] * len(t)
    for s in g["statistics"]:
        ev = S.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for i in range(m.start(), m.end()):
                cov[i] = True
    print("==", f)
    for m in NUM.finditer(t):
        if not any(cov[m.start():m.end()]):
            print("  ", m.group(), "|", t[max(0, m.start() - 14):m.end() + 8])
