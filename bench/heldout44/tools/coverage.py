#!/usr/bin/env python3
"""Review aid: list the number tokens in each text that no gold evidence covers.

Layout lines (masthead, date, page, footer, web chrome) and the doubled headline are
included, so dates, page numbers and ICP codes show up too; read the list, do not
expect it to be empty. Usage: coverage.py [NNN ...]"""
import json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUOTES = "“”‘’\"'「」『』《》〈〉"
NUM = re.compile(r"\d+(?:\.\d+)?%?|[一二两三四五六七八九十百千万]+(?:成|倍|分之[一二三四五六七八九十]+)|第[一二三四五六七八九十]+|首位")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def main():
    want = sys.argv[1:]
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not f.endswith(".json") or (want and not any(f.startswith(w) for w in want)):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        t = norm(open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read())
        covered = [False] * len(t)
        evs = [s["evidence"] for s in g["statistics"]] + [g.get("doc_year_evidence") or ""]
        for ev in evs:
            ev = norm(ev)
            if not ev:
                continue
            i = t.find(ev)
            while i != -1:
                for k in range(i, i + len(ev)):
                    covered[k] = True
                i = t.find(ev, i + 1)
        print("== %s" % g["doc"])
        for mo in NUM.finditer(t):
            if not any(covered[mo.start():mo.end()]):
                ctx = t[max(0, mo.start() - 12):mo.end() + 8]
                print("   %-10s %s" % (mo.group(0), ctx))


if __name__ == "__main__":
    main()
