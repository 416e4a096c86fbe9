#!/usr/bin/env python3
"""Print the README's document and zone tables from gold/ and texts/."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = {}
for f in sorted(os.listdir(os.path.join(ROOT, "src"))):
    m = dict(re.findall(r"^@(\w+) (.*)$", open(os.path.join(ROOT, "src", f), encoding="utf-8").read(), re.M))
    STYLE[m["doc"]] = m.get("noise")
print("| doc | layout | provinces | han chars | articles | zones | enterprises | projects | platforms | statistics |")
print("|---|---|---|---|---|---|---|---|---|---|")
tot = [0] * 6
rows = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    d = f[:-5]
    t = open(os.path.join(ROOT, "texts", d + ".txt"), encoding="utf-8").read()
    han = len(re.findall(r"[\u4e00-\u9fff]", t))
    provs = sorted({z["province"] for z in g["zones"]})
    c = [han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]), len(g["platforms"]), len(g["statistics"])]
    tot = [a + b for a, b in zip(tot, c)]
    print("| %s | %s | %s | %d | %d | %d | %d | %d | %d | %d |" % (d, STYLE[d], "、".join(provs), han, len(g["articles"]), *c[1:]))
    rows.append((d, g["zones"]))
print("| **total** | | | %d | | %d | %d | %d | %d | %d |" % tuple(tot))
print()
for d, zs in rows:
    print("- **%s**: %s" % (d, "; ".join("%s%s (%s, %s)" % (z["name"], (" [" + "/".join(z["aliases"]) + "]") if z["aliases"] else "", z["city"], z["province"]) for z in zs)))
