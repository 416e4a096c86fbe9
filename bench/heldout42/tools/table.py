#!/usr/bin/env python3
"""Print the README table (documents, han chars, counts) and the zones per document."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")
tot = [0] * 6
print("| doc | han | zones | ent | proj | plat | stats | articles |")
print("|---|---|---|---|---|---|---|---|")
zl = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    t = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
    c = [len(HAN.findall(t))] + [len(g[k]) for k in ("zones", "enterprises", "projects", "platforms", "statistics")]
    tot = [a + b for a, b in zip(tot, c)]
    print("| %s | %s | %d |" % (g["doc"], " | ".join(map(str, c)), len(g["articles"])))
    zl.append("- %s: %s" % (g["doc"], "、".join("%s（%s）" % (z["name"], z["province"]) for z in g["zones"])))
print("| total | %s | |" % " | ".join(map(str, tot)))
print()
print("\n".join(zl))
