#!/usr/bin/env python3
"""Print the per-document counts table (markdown) used in README.md.
Python 3 standard library only."""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
KINDS = ["zones", "enterprises", "projects", "platforms", "statistics", "articles"]

rows, tot = [], dict.fromkeys(["han"] + KINDS, 0)
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if not f.endswith(".json"):
        continue
    with open(os.path.join(ROOT, "gold", f), encoding="utf-8") as h:
        g = json.load(h)
    with open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8") as h:
        han = len(HAN.findall(h.read()))
    r = {"han": han, **{k: len(g[k]) for k in KINDS}}
    for k in r:
        tot[k] += r[k]
    rows.append((g["doc"][:-4], r, [z["name"] for z in g["zones"]]))

print("| doc | han | zones | enterprises | projects | platforms | statistics | articles |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, r, _ in rows:
    print("| %s | %s |" % (name, " | ".join(str(r[k]) for k in ["han"] + KINDS)))
print("| **total** | %s |" % " | ".join(str(tot[k]) for k in ["han"] + KINDS))
print()
print("| doc | zones |")
print("|---|---|")
for name, _, zs in rows:
    print("| %s | %s |" % (name, "、".join(zs)))
