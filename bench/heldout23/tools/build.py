#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NNN_slug
  @style <free text>
  @noise none | pdf          (pdf: hard wraps 30-40 chars, spaces in words/numbers)
  @seed N
  @year 2024|<evidence quote>
  @article <title>|<main_zone>|<first_words>
  === TEXT
  lines; a line starting with "!" is layout (masthead, footer ...) and is kept as is;
  [[DBL:xxx]]  a headline printed with every character doubled (pdf noise)
  [[CAP:xxx]]  an image caption inserted in the middle of a sentence
  === ANN
  Z name|aliases;..|city|province
  E name|aliases;..|zone
  P name|aliases;..|zone|enterprise|status
  L name|aliases;..|zone                      (platform)
  S subject|indicator|value|unit|period|kind|approx|compared_to|evidence
     "=" repeats the previous S line's field, "-" is null.
Gold annotations are written by hand in the ANN section; this script only converts them.
Python 3 standard library only.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    meta = {"articles": []}
    text_lines, ann = [], []
    mode = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("=== TEXT"):
            mode = "text"; continue
        if line.startswith("=== ANN"):
            mode = "ann"; continue
        if mode is None:
            if not line.strip():
                continue
            k, _, v = line.partition(" ")
            if k == "@article":
                meta["articles"].append(v.split("|"))
            else:
                meta[k[1:]] = v.strip()
        elif mode == "text":
            text_lines.append(line)
        else:
            if line.strip() and not line.startswith("#"):
                ann.append(line)
    return meta, text_lines, ann


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def aliases(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def num(x):
    v = float(x)
    return int(v) if v == int(v) and "." not in x else v


def gold_of(meta, ann):
    y, _, yev = meta["year"].partition("|")
    g = {"doc": meta["doc"], "doc_year": int(y) if y.strip() not in ("", "-") else None,
         "doc_year_evidence": nul(yev),
         "articles": [{"title": t, "main_zone": nul(z), "first_words": f} for t, z, f in meta["articles"]],
         "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    prev = None
    for line in ann:
        tag, _, rest = line.partition(" ")
        f = [p.strip() for p in rest.split("|")]
        if tag == "Z":
            g["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nul(f[2]), "province": nul(f[3])})
        elif tag == "E":
            g["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
        elif tag == "P":
            g["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2]),
                                  "enterprise": nul(f[3]), "status": nul(f[4])})
        elif tag == "L":
            g["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
        elif tag == "S":
            if len(f) != 9:
                sys.exit("bad S line (%d fields): %s" % (len(f), line))
            if prev:
                f = [prev[i] if v == "=" else v for i, v in enumerate(f)]
            prev = f
            g["statistics"].append({"subject": f[0], "indicator": f[1], "value": num(f[2]), "unit": nul(f[3]),
                                    "approx": nul(f[6]), "period": nul(f[4]), "kind": f[5],
                                    "compared_to": nul(f[7]), "evidence": f[8]})
        else:
            sys.exit("unknown tag: " + line)
    return g


def space_noise(s, rng, rate):
    """insert a space between two han characters or two digits at a few places"""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i + 1 < len(s):
            a, b = ch, s[i + 1]
            han = "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"
            dig = a.isdigit() and (b.isdigit() or b == ".")
            if (han and rng.random() < rate) or (dig and rng.random() < rate * 4):
                out.append(" ")
    return "".join(out)


def wrap(s, rng):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(30, 40)
        lines.append(s[i:i + n]); i += n
    return lines


def render(meta, text_lines):
    pdf = meta.get("noise") == "pdf"
    rng = random.Random(int(meta.get("seed", "1")))
    out = []
    for line in text_lines:
        if line.startswith("!"):
            out.append(line[1:]); continue
        line = re.sub(r"\[\[DBL:(.*?)\]\]", lambda m: "".join(c * 2 for c in m.group(1)), line)
        parts = re.split(r"\[\[CAP:(.*?)\]\]", line)
        if not pdf:
            # web layout: caption on its own line between the two halves
            segs = []
            for k, p in enumerate(parts):
                if k % 2 == 1:
                    segs.append("\n" + p + "\n")
                else:
                    segs.append(p)
            out.append("".join(segs))
            continue
        for k, p in enumerate(parts):
            if k % 2 == 1:
                out.append(p)  # caption on its own line, cutting the sentence
                continue
            if not p:
                continue
            if len(p) > 45:
                p = space_noise(p, rng, 0.012)
                out.extend(wrap(p, rng))
            else:
                out.append(p)
    return "\n".join(out).rstrip() + "\n"


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta, tl, ann = parse(os.path.join(ROOT, "src", f))
        text = render(meta, tl)
        g = gold_of(meta, ann)
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-28s han=%5d Z=%2d E=%2d P=%2d L=%2d S=%3d" % (meta["doc"], han, len(g["zones"]),
              len(g["enterprises"]), len(g["projects"]), len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
