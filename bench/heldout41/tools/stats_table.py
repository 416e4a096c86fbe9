#!/usr/bin/env python3
"""Print the per-document table and zone lists used in README.md."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = {}
for f in sorted(os.listdir(os.path.join(ROOT, "src"))):
    m = re.search(r"^#DOC (\S+) \| (\w+)", open(os.path.join(ROOT, "src", f), encoding="utf-8").read(), re.M)
    STYLE[m.group(1)] = m.group(2)
tot = [0] * 6
print("| doc | style | provinces | year | han chars | zones | enterprises | projects | platforms | statistics |")
print("|---|---|---|---|---|---|---|---|---|---|")
zl = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    t = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    prov = []
    for z in g["zones"]:
        if z["province"] not in prov: prov.append(z["province"])
    n = [han] + [len(g[k]) for k in ("zones", "enterprises", "projects", "platforms", "statistics")]
    tot = [a + b for a, b in zip(tot, n)]
    d = g["doc"][:-4]
    print("| %s | %s | %s | %s | %d | %d | %d | %d | %d | %d |" % ((d, STYLE[d], "、".join(prov), g["doc_year"]) + tuple(n)))
    zl.append("- `%s`: %s" % (d, "；".join("%s（%s，%s）" % (z["name"], z["city"], z["province"]) for z in g["zones"])))
print("| **total** | | | | %d | %d | %d | %d | %d | %d |" % tuple(tot))
print()
print("\n".join(zl))
