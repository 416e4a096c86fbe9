#!/usr/bin/env python3
"""Review aid: list numbers (digits or Chinese fraction words) in each text that no gold
evidence covers, so an annotator can decide whether they are statistics or skips."""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    T = S.norm_name(open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read())
    cov = [False] * len(T)
    for s in g["statistics"]:
        ev = S.norm_name(s["evidence"]); i = T.find(ev)
        while i >= 0:
            for k in range(i, i + len(ev)): cov[k] = True
            i = T.find(ev, i + 1)
    print("==", f)
    for m in re.finditer(r"\d+(?:\.\d+)?|[一二两三四五六七八九十]成|[二三四五六七八九十]分之[一二三四五六七八九]|一半|翻番|翻了[近]?一番|[一二两三四五六七八九十]倍", T):
        if not any(cov[m.start():m.end()]):
            print("  %-8s %s" % (m.group(0), T[max(0, m.start() - 14):m.end() + 8]))
