#!/usr/bin/env python3
"""Print the counts table (markdown) for texts/ and gold/."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def han(t):
    return sum(1 for c in t if "\u4e00" <= c <= "\u9fff")


def main():
    cols = ["han", "zones", "ent", "proj", "plat", "stats", "articles"]
    tot = dict.fromkeys(cols, 0)
    print("| file | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not f.endswith(".json"):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        t = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
        row = {"han": han(t), "zones": len(g["zones"]), "ent": len(g["enterprises"]), "proj": len(g["projects"]),
               "plat": len(g["platforms"]), "stats": len(g["statistics"]), "articles": len(g["articles"])}
        for k in cols:
            tot[k] += row[k]
        print("| %s | " % g["doc"] + " | ".join(str(row[k]) for k in cols) + " |")
    print("| **total** | " + " | ".join(str(tot[k]) for k in cols) + " |")


if __name__ == "__main__":
    main()
