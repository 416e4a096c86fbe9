#!/usr/bin/env python3
"""Print the per-document table used in README.md (han chars and counts per type)."""
import json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot = [0] * 6
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
    t = open(os.path.join(HERE, "texts", f[:-5] + ".txt"), encoding="utf-8").read()
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    provs = sorted({z["province"] for z in g["zones"]})
    row = [han] + [len(g[k]) for k in ["zones", "enterprises", "projects", "platforms", "statistics"]]
    tot = [a + b for a, b in zip(tot, row)]
    print("| %s | %s | %d | %d | %d | %d | %d | %d | %d |" % (f[:-5], "、".join(provs), g["doc_year"] or 0, *row))
    print("|   zones: " + "、".join(z["name"] for z in g["zones"]))
print("| total | | | %d | %d | %d | %d | %d | %d |" % tuple(tot))
