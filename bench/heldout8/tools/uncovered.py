#!/usr/bin/env python3
"""Review aid: print every number in a text that lies outside all gold evidence spans."""
import json, os, re, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(os.listdir(os.path.join(here, "gold"))):
    g = json.load(open(os.path.join(here, "gold", f), encoding="utf-8"))
    doc = score.norm_doc(g["doc"])
    T = score.norm_name(open(os.path.join(here, "texts", doc + ".txt"), encoding="utf-8").read())
    cov = [False] * len(T)
    for s in g["statistics"]:
        ev = score.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), T):
            for i in range(m.start(), m.end()):
                cov[i] = True
    print("==", doc)
    for m in re.finditer(r"-?\d+(?:\.\d+)?|[一二两三四五六七八九十]成|一半|首位|[一二三四五六七八九十]分之[一二三四五六七八九十]|[一二两三四五六七八九十百千]+[个家项年倍]", T):
        if not all(cov[m.start():m.end()]):
            print("  ", m.group(), "   ..." + T[max(0, m.start() - 12): m.end() + 8] + "...")
