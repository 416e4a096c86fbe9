#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NAME            file stem
  @style web|pdf       pdf = hard line wraps every 30-40 chars, captions cut sentences
  @year 2024|evidence  doc_year and its evidence quote
  --- text             the document; in pdf style:
                         lines starting with "~"  are kept as they are (masthead, headers, footers)
                         lines starting with "!!" are headlines printed with every character doubled
                         "{...}" inside a paragraph is an image caption cutting the sentence
  --- ann              one annotation a line, fields separated by "|", "-" = null / empty:
    A|title|main_zone|first_words
    Z|name|aliases;..|city|province
    E|name|aliases|zone
    P|name|aliases|zone|enterprise|status
    L|name|aliases|zone                      (platform)
    S|subject|indicator|value|unit|period|kind|approx|compared_to|evidence
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x

def aliases(x):
    x = nul(x)
    return [a.strip() for a in x.split(";")] if x else []

def num(x):
    v = float(x)
    return int(v) if v.is_integer() and "." not in x else v

def wrap(par, rng):
    out, i = [], 0
    while i < len(par):
        w = rng.randint(30, 40)
        out.append(par[i:i + w])
        i += w
    return out

def render_pdf(text, seed):
    rng = random.Random(seed)
    lines = []
    for raw in text.split("\n"):
        if raw.startswith("~"):
            lines.append(raw[1:])
        elif raw.startswith("!!"):
            lines.append("".join(c * 2 for c in raw[2:] if not c.isspace()))
        elif not raw.strip():
            lines.append("")
        else:
            parts = re.split(r"(\{[^}]*\})", raw)
            for p in parts:
                if p.startswith("{"):
                    lines.append(p[1:-1])
                elif p:
                    lines.extend(wrap(p, rng))
    return "\n".join(lines).rstrip() + "\n"

def build(path):
    src = open(path, encoding="utf-8").read()
    head, rest = src.split("--- text\n", 1)
    text, ann = rest.split("--- ann\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v.strip()
    doc = meta["doc"]
    year, yev = meta["year"].split("|", 1)
    text = text.rstrip("\n")
    out_text = render_pdf(text, doc) if meta["style"] == "pdf" else text + "\n"
    g = {"doc": doc + ".txt", "doc_year": int(year), "doc_year_evidence": yev,
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        t = f[0]
        try:
            if t == "A":
                g["articles"].append({"title": f[1], "main_zone": nul(f[2]), "first_words": f[3]})
            elif t == "Z":
                g["zones"].append({"name": f[1], "aliases": aliases(f[2]), "city": f[3], "province": f[4]})
            elif t == "E":
                g["enterprises"].append({"name": f[1], "aliases": aliases(f[2]), "zone": nul(f[3])})
            elif t == "P":
                g["projects"].append({"name": f[1], "aliases": aliases(f[2]), "zone": nul(f[3]),
                                      "enterprise": nul(f[4]), "status": nul(f[5])})
            elif t == "L":
                g["platforms"].append({"name": f[1], "aliases": aliases(f[2]), "zone": nul(f[3])})
            elif t == "S":
                assert len(f) == 10, "S needs 10 fields"
                g["statistics"].append({"subject": f[1], "indicator": f[2], "value": num(f[3]), "unit": f[4],
                                        "approx": nul(f[7]), "period": nul(f[5]), "kind": f[6],
                                        "compared_to": nul(f[8]), "evidence": f[9]})
            else:
                raise ValueError("unknown line type " + t)
        except Exception as e:
            sys.exit("%s line %d: %s: %s" % (path, n, e, line))
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(out_text)
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return doc

if __name__ == "__main__":
    for f in sorted(os.listdir(os.path.join(ROOT, "src"))):
        if f.endswith(".src"):
            print("built", build(os.path.join(ROOT, "src", f)))
