#!/usr/bin/env python3
"""List number tokens in each text that no gold evidence covers (review aid, not a check)."""
import importlib.util, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    raw = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
    lines = [l for l in raw.split("\n") if not (len(re.sub(r"\s", "", l)) >= 6 and re.sub(r"\s", "", l)[0::2] == re.sub(r"\s", "", l)[1::2])]
    t = S.norm_name("\n".join(lines))
    cov = [False] * len(t)
    for s in g["statistics"]:
        ev = S.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for i in range(m.start(), m.end()):
                cov[i] = True
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?|[一二两三四五六七八九十]成|[二三四五六七八九十]分之[一二三四五六七八九]|一半|翻了一番|[一两二三]倍", t):
        if not any(cov[m.start():m.end()]):
            out.append("%s[%s]%s" % (t[max(0, m.start() - 12):m.start()], m.group(), t[m.end():m.end() + 8]))
    print("==", f, len(out))
    for o in out:
        print("   ", o)
