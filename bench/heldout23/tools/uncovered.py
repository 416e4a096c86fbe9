#!/usr/bin/env python3
"""Review aid: list numbers in each text that lie outside every gold evidence span
(after score.py normalisation), so a human can decide whether a statistic was missed."""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
    t = S.norm_name(open(os.path.join(HERE, "texts", g["doc"] + ".txt"), encoding="utf-8").read())
    cov = [False] * len(t)
    for s in g["statistics"]:
        ev = S.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for i in range(m.start(), m.end()):
                cov[i] = True
    out = []
    for m in re.finditer(r"\d+(\.\d+)?|[一二两三四五六七八九十]成|[一二三四五六七八九十]分之[一二三四五六七八九]|一半|首位|第一", t):
        if not any(cov[m.start():m.end()]):
            out.append(t[max(0, m.start() - 8):m.end() + 6])
    print("==", g["doc"], len(out))
    for o in out:
        print("   ", o)
