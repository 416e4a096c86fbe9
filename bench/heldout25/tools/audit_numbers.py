#!/usr/bin/env python3
"""List numbers in each text (after score.py normalisation) that no gold evidence covers.
Used while annotating to find missed statistics; dates and layout lines are expected hits."""
import importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm = score.norm_name
PAT = re.compile(r"\d[\d,.]*|[一二两三四五六七八九十]+(?:成|分之[一二三四五六七八九十]+|倍)|第[一二三四五六七八九十]+|首位|翻一番|一半")
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
    t = norm(open(os.path.join(HERE, "texts", f[:-5] + ".txt"), encoding="utf-8").read())
    cov = [False] * len(t)
    for s in g["statistics"]:
        e = norm(s["evidence"]); i = t.find(e)
        while i >= 0:
            for k in range(i, i + len(e)): cov[k] = True
            i = t.find(e, i + 1)
    print("==", f)
    for m in PAT.finditer(t):
        if any(cov[m.start():m.end()]): continue
        ctx = t[max(0, m.start() - 8): m.end() + 6]
        if re.match(r"\d+[年月日]", t[m.start():m.end() + 1]) or re.search(r"^\d{4}[-/]", t[m.start():m.start()+5]): continue
        print("   ", m.group(), "|", ctx)
