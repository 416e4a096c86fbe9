#!/usr/bin/env python3
"""Review aid: list number tokens in each text that no statistic's evidence covers
(doubled headlines and layout lines are included, so dates, page numbers and ICP codes
show up too and are expected)."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    only = sys.argv[1:]
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not f.endswith(".json") or (only and not any(o in f for o in only)):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        t = norm(open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read())
        covered = [False] * len(t)
        for s in g["statistics"]:
            ev = norm(s["evidence"])
            for m in re.finditer(re.escape(ev), t):
                for i in range(m.start(), m.end()):
                    covered[i] = True
        miss = []
        pat = r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=成|倍|位|分之|条|家|个|项|大|番)|首位|第[一二三四五六七八九十]+"
        for m in re.finditer(pat, t):
            if not any(covered[m.start():m.end()]):
                miss.append("%s  …%s…" % (m.group(0), t[max(0, m.start() - 12):m.end() + 8]))
        print("== %s: %d uncovered number tokens" % (g["doc"], len(miss)))
        for x in miss:
            print("   " + x)


if __name__ == "__main__":
    main()
