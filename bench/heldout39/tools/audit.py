#!/usr/bin/env python3
"""Audit helper: list numbers in each text (after score.py's normalisation) that no
evidence quote covers, so the annotator can decide whether a statistic was missed.
Also lists Chinese-numeral share words (成/分之/倍) outside evidence."""
import importlib.util, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if only := sys.argv[1:]:
        if not any(o in f for o in only):
            continue
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    text = score.norm_name(open(os.path.join(ROOT, "texts", f[:-5] + ".txt"), encoding="utf-8").read())
    covered = [False] * len(text)
    for s in g["statistics"]:
        ev = score.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), text):
            for i in range(m.start(), m.end()):
                covered[i] = True
    print("==", f)
    for m in re.finditer(r"\d+(?:\.\d+)?|[一二三四五六七八九两]成|[一二三四五六七八九十]分之[一二三四五六七八九十]|[一二三四五六七八九十两]倍|翻番|一半|首位|第[一二三四五六七八九十]", text):
        if not any(covered[m.start():m.end()]):
            print("  %-8s %s" % (m.group(), text[max(0, m.start() - 18):m.end() + 12]))
