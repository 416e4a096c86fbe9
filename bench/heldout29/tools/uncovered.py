#!/usr/bin/env python3
"""List numbers (and Chinese fraction/multiple words) in each text that no statistic's
evidence covers, to help spot missed statistics. Review aid only."""
import json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    raw = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
    lines = [l for l in raw.split("\n") if not (len(norm(l)) >= 8 and norm(l)[0::2] == norm(l)[1::2])]
    T = norm("\n".join(lines))
    spans = []
    for s in g["statistics"]:
        ev = norm(s["evidence"])
        for m in re.finditer(re.escape(ev), T):
            spans.append((m.start(), m.end()))
    pat = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十]成|[一二三四五六七八九十]分之[一二三四五六七八九]|[一二两三四五六七八九十]倍|首位|第一|过半|一半|百亿|千亿")
    print("==", f)
    for m in pat.finditer(T):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            print("  ", m.group(), "|", T[max(0, m.start() - 18):m.end() + 8])
