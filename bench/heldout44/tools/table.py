#!/usr/bin/env python3
"""Print the counts table (han characters, zones, enterprises, projects, platforms,
statistics, articles) per document and in total, as a Markdown table."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def main():
    cols = ["han", "zones", "ent", "proj", "plat", "stats", "articles"]
    tot = dict.fromkeys(cols, 0)
    print("| doc | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not f.endswith(".json"):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        txt = open(os.path.join(ROOT, "texts", g["doc"]), encoding="utf-8").read()
        row = {"han": han(txt), "zones": len(g["zones"]), "ent": len(g["enterprises"]),
               "proj": len(g["projects"]), "plat": len(g["platforms"]), "stats": len(g["statistics"]),
               "articles": len(g["articles"])}
        for c in cols:
            tot[c] += row[c]
        print("| %s | " % g["doc"] + " | ".join(str(row[c]) for c in cols) + " |")
    print("| **total** | " + " | ".join("**%d**" % tot[c] for c in cols) + " |")


if __name__ == "__main__":
    main()
