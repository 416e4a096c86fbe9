#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NNN_slug            file stem
  @style web|pdf           pdf = hard line wraps every 30-40 characters, captions cut sentences
  @year 2024 | evidence    doc_year and doc_year_evidence
  #TEXT                    the document, line by line:
     !RAW text             emitted as is (masthead, page header/footer, web chrome)
     !HEAD2 text           headline with every character doubled (pdf layout noise)
     {CAP:caption}         inside a paragraph: the caption is put on its own lines there,
                           cutting the sentence in two (pdf only)
     other lines           paragraphs (pdf: wrapped at 30-40 chars; web: kept as one line)
  #ANN                     hand annotation, fields separated by " | ", "-" = null/empty:
     A title | main_zone | first_words
     Z name | alias;alias | city | province
     E name | aliases | zone
     P name | aliases | zone | enterprise | status
     L name | aliases | zone                      (platform)
     S subject | indicator | value | unit | approx | period | kind | compared_to | evidence
Python 3 standard library only; output is deterministic (seeded by the doc name).
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    meta, text, ann, sec = {}, [], [], None
    with open(path, encoding="utf-8") as h:
        for line in h:
            line = line.rstrip("\n")
            if sec is None and line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v.strip()
            elif line == "#TEXT":
                sec = "t"
            elif line == "#ANN":
                sec = "a"
            elif sec == "t":
                text.append(line)
            elif sec == "a" and line.strip() and not line.startswith("//"):
                ann.append(line.strip())
    return meta, text, ann


def wrap(s, rng):
    out, i = [], 0
    while i < len(s):
        w = rng.randint(30, 40)
        out.append(s[i:i + w])
        i += w
    return out


def render(meta, text):
    rng = random.Random(meta["doc"])
    pdf = meta["style"] == "pdf"
    out = []
    for line in text:
        if line.startswith("!RAW"):
            out.append(line[5:])
        elif line.startswith("!HEAD2 "):
            out.append("".join(c if c.isspace() else c * 2 for c in line[7:]))
        elif not line.strip():
            out.append("")
        elif pdf:
            parts = re.split(r"\{CAP:(.*?)\}", line)
            for k, p in enumerate(parts):
                if p:
                    out.extend(wrap(p, rng))
        else:
            if "{CAP:" in line:
                sys.exit("captions only in pdf documents: " + meta["doc"])
            out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def num(x):
    v = float(x)
    return int(v) if v.is_integer() and "." not in x else v


def gold_of(meta, ann):
    year, _, yev = meta["year"].partition(" | ")
    g = {"doc": meta["doc"] + ".txt", "doc_year": int(year) if year.strip() != "-" else None,
         "doc_year_evidence": nul(yev), "articles": [], "zones": [], "enterprises": [],
         "projects": [], "platforms": [], "statistics": []}
    for line in ann:
        t, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split(" | ")]
        al = lambda x: [a.strip() for a in x.split(";")] if nul(x) else []
        try:
            if t == "A":
                g["articles"].append({"title": f[0], "main_zone": nul(f[1]), "first_words": f[2]})
            elif t == "Z":
                g["zones"].append({"name": f[0], "aliases": al(f[1]), "city": nul(f[2]), "province": nul(f[3])})
            elif t == "E":
                g["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2])})
            elif t == "P":
                g["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2]),
                                      "enterprise": nul(f[3]), "status": nul(f[4])})
            elif t == "L":
                g["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2])})
            elif t == "S":
                assert len(f) == 9, f
                g["statistics"].append({"subject": f[0], "indicator": f[1], "value": num(f[2]),
                                        "unit": f[3], "approx": nul(f[4]), "period": nul(f[5]),
                                        "kind": f[6], "compared_to": nul(f[7]), "evidence": f[8]})
            else:
                raise ValueError("unknown line type")
        except Exception as e:
            sys.exit("%s: bad line %r: %s" % (meta["doc"], line, e))
    return g


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta, text, ann = parse(os.path.join(ROOT, "src", f))
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(render(meta, text))
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(meta, ann), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", meta["doc"])


if __name__ == "__main__":
    main()
