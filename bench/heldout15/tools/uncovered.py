#!/usr/bin/env python3
"""List numbers in each text that no gold evidence covers (for an exhaustiveness review).
Run from the set's folder: tools/uncovered.py [doc ...]"""
import json, os, re, sys, glob, importlib.util
spec = importlib.util.spec_from_file_location("score", os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
for gp in sorted(glob.glob("gold/*.json")):
    g = json.load(open(gp, encoding="utf-8"))
    doc = g["doc"][:-4]
    if sys.argv[1:] and doc not in sys.argv[1:]:
        continue
    t = S.norm_name(open("texts/" + g["doc"], encoding="utf-8").read())
    cov = [False] * len(t)
    for s in g["statistics"]:
        ev = S.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for i in range(m.start(), m.end()):
                cov[i] = True
    pat = r"[0-9][0-9.]*|[一二两三四五六七八九十]+(?:成|分之[一二三四五六七八九十]+|倍)|过半|一半|首位|榜首|第[一二三四五六七八九十]+"
    for m in re.finditer(pat, t):
        if not any(cov[m.start():m.end()]):
            print("%s\t%s\t…%s…" % (doc, m.group(), t[max(0, m.start() - 14):m.end() + 8]))
