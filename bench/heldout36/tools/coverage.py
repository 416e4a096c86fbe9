#!/usr/bin/env python3
"""List numbers (digits or Chinese numeral words) in each text that no gold evidence covers,
and print every statistic whose approx is set, for a manual review."""
import json, os, re, sys, importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    t = score.norm_name(open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read())
    covered = [False] * len(t)
    for s in g["statistics"]:
        ev = score.norm_name(s["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for i in range(m.start(), m.end()):
                covered[i] = True
    print("==", f)
    for m in re.finditer(r"\d[\d.]*|[一二两三四五六七八九十百千]+(成|倍|分之)", t):
        if not any(covered[m.start():m.end()]):
            print("  uncovered:", t[max(0, m.start() - 12):m.end() + 8])
    if "-a" in sys.argv:
        for s in g["statistics"]:
            if s["approx"]:
                print("  approx %-5s %s" % (s["approx"], s["evidence"]))
