#!/usr/bin/env python3
"""List numbers in each text that no evidence string covers (for manual review)."""
import json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def nz(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).translate({ord(c): None for c in "“”‘’\"'「」『』《》〈〉"})
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    t = nz(open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read())
    cov = [False] * len(t)
    for s in g["statistics"]:
        e = nz(s["evidence"])
        for m in re.finditer(re.escape(e), t):
            for i in range(m.start(), m.end()): cov[i] = True
    out = []
    for m in re.finditer(r"[\d.]+|[一二两三四五六七八九十]成|[二三四五六七八九十]分之[一二三四五六七八九]|一半|翻了?一番|第[一二三四五六七八九十]|首位", t):
        if not any(cov[m.start():m.end()]):
            ctx = t[max(0, m.start() - 8):m.end() + 6]
            if re.search(r"\d{4}年|\d+月|\d+日|\d+:\d+|第\d+版|A0\d", ctx[6:]) and re.match(r"\d", m.group()):
                pass
            out.append("%s  <%s>" % (m.group(), ctx))
    print("==", f, len(out))
    for o in out: print("   ", o)
