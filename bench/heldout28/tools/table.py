#!/usr/bin/env python3
"""Print the README tables (counts per document, zones per document) from gold/ and texts/."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| doc | han chars | zones | enterprises | projects | platforms | statistics |")
print("|---|---:|---:|---:|---:|---:|---:|")
tot = [0] * 6
zones = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    raw = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
    row = [len(re.findall(r"[\u4e00-\u9fff]", raw))] + [len(g[k]) for k in
                                                         ("zones", "enterprises", "projects", "platforms", "statistics")]
    tot = [a + b for a, b in zip(tot, row)]
    print("| %s | %s |" % (g["doc"], " | ".join(map(str, row))))
    zones.append("- %s: %s" % (g["doc"], "、".join("%s（%s）" % (z["name"], z["city"]) for z in g["zones"])))
print("| **total** | %s |" % " | ".join(map(str, tot)))
print()
print("\n".join(zones))
