#!/usr/bin/env python3
"""Turn a hand-written compact gold sheet (src/NNN_*.gold) into the pretty-printed gold JSON.

Every line of the sheet is one hand-annotated record; fields are separated by " | ",
"-" means null, aliases are separated by ";".
  DOC   file name
  YEAR  year | evidence
  ART   title | main_zone | first_words
  ZONE  name | aliases | city | province
  ENT   name | aliases | zone
  PROJ  name | aliases | zone | enterprise | status
  PLAT  name | aliases | zone
  STAT  subject | indicator | value | unit | approx | period | kind | compared_to | evidence
Lines starting with # are comments.
"""
import json, sys

def nz(s):
    s = s.strip()
    return None if s in ("-", "") else s

def aliases(s):
    s = nz(s)
    return [] if s is None else [a.strip() for a in s.split(";") if a.strip()]

def num(s):
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v

def build(path):
    g = {"doc": None, "doc_year": None, "doc_year_evidence": None, "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split(" | ")]
        want = {"DOC": 1, "YEAR": 2, "ART": 3, "ZONE": 4, "ENT": 3, "PROJ": 5, "PLAT": 3, "STAT": 9}[tag]
        if len(f) != want:
            sys.exit("%s:%d: %s needs %d fields, got %d: %s" % (path, n, tag, want, len(f), line))
        if tag == "DOC":
            g["doc"] = f[0]
        elif tag == "YEAR":
            g["doc_year"] = int(f[0]); g["doc_year_evidence"] = f[1]
        elif tag == "ART":
            g["articles"].append({"title": f[0], "main_zone": nz(f[1]), "first_words": f[2]})
        elif tag == "ZONE":
            g["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nz(f[2]), "province": nz(f[3])})
        elif tag == "ENT":
            g["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
        elif tag == "PROJ":
            g["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2]),
                                  "enterprise": nz(f[3]), "status": nz(f[4])})
        elif tag == "PLAT":
            g["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
        elif tag == "STAT":
            g["statistics"].append({"subject": f[0], "indicator": f[1], "value": num(f[2]), "unit": f[3],
                                    "approx": nz(f[4]), "period": nz(f[5]), "kind": f[6],
                                    "compared_to": nz(f[7]), "evidence": f[8]})
    return g

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    g = build(src)
    with open(dst, "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
