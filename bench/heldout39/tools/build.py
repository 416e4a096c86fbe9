#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src (hand-written sources).

Source format
  @doc NAME            output base name (texts/NAME.txt, gold/NAME.json)
  @year 2024 | quote   doc_year and doc_year_evidence
  @noise pdf|web       pdf: hard wraps every 30-40 chars, spaces inside words/numbers
  @seed N              random seed for the layout noise
  ## TEXT              the page, line by line, with markup:
       {{DOUBLE:xxx}}  headline printed with every character doubled
       {{CAP:xxx}}     image caption, put on its own line where it stands (cuts the sentence)
       lines starting with '!' are layout lines never wrapped or spaced (mastheads ...)
  ## ANN               annotations, one per line, fields separated by '|':
       A title|main_zone|first_words
       Z name|alias;alias|city|province
       E name|aliases|zone
       P name|aliases|zone|enterprise|status
       L name|aliases|zone                       (platform)
       @s SUBJECT   default subject for following S lines
       @p PERIOD    default period for following S lines ('null' = none)
       S subject|indicator|value|unit|period|kind|approx|compared_to|evidence
         empty subject/period -> the defaults; 'null' -> null
         kind: am ct gr sh rk df tg ot (or the full word); approx: o a u (over/about/under)
Python 3 standard library only.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"am": "amount", "ct": "count", "gr": "growth", "sh": "share", "rk": "rank",
         "df": "difference", "tg": "target", "ot": "other"}
APPROX = {"o": "over", "a": "about", "u": "under", "": None, "over": "over", "about": "about", "under": "under"}


def nn(x):
    x = x.strip()
    return None if x in ("", "null", "-") else x


def parse(path):
    meta, text_lines, ann_lines, sec = {}, [], [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("## "):
            sec = line[3:].strip()
            continue
        if sec is None:
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v.strip()
        elif sec == "TEXT":
            text_lines.append(line)
        elif sec == "ANN":
            if line.strip() and not line.startswith("#"):
                ann_lines.append(line.strip())
    return meta, text_lines, ann_lines


def double(s):
    return "".join(c + c if not c.isspace() else c for c in s)


def wrap(line, rnd):
    out, i = [], 0
    while i < len(line):
        w = rnd.randint(30, 40)
        out.append(line[i:i + w])
        i += w
    return out


def add_spaces(line, rnd, rate):
    chars = list(line)
    res = []
    for k, c in enumerate(chars):
        res.append(c)
        if k + 1 < len(chars):
            a, b = c, chars[k + 1]
            ok = (("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff") or (a.isdigit() and (b.isdigit() or b == ".")))
            if ok and rnd.random() < rate:
                res.append(" ")
    return "".join(res)


def render(meta, lines):
    rnd = random.Random(int(meta.get("seed", "1")))
    pdf = meta.get("noise") == "pdf"
    out = []
    for line in lines:
        raw = line.startswith("!")
        if raw:
            line = line[1:]
        line = re.sub(r"\{\{DOUBLE:(.*?)\}\}", lambda m: double(m.group(1)), line)
        parts = re.split(r"\{\{CAP:(.*?)\}\}", line)
        # parts: text, caption, text, caption, text ...
        for j, p in enumerate(parts):
            if j % 2 == 1:
                out.append(p)
                continue
            if not p:
                continue
            if pdf and not raw:
                p = add_spaces(p, rnd, 0.016)
                out.extend(wrap(p, rnd))
            else:
                out.append(p)
    return "\n".join(out).rstrip() + "\n"


def split(line, n):
    f = line.split("|")
    if len(f) < n:
        f += [""] * (n - len(f))
    if len(f) > n:  # evidence may not contain '|'
        raise ValueError("too many fields: " + line)
    return [x.strip() for x in f]


def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()]


def annotate(meta, ann):
    y, _, yev = meta.get("year", "").partition("|")
    g = {"doc": meta["doc"] + ".txt", "doc_year": int(y) if y.strip() else None,
         "doc_year_evidence": yev.strip() or None,
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    subj, per = None, None
    for line in ann:
        tag, _, rest = line.partition(" ")
        if tag == "@s":
            subj = rest.strip()
        elif tag == "@p":
            per = nn(rest)
        elif tag == "A":
            t, mz, fw = split(rest, 3)
            g["articles"].append({"title": t, "main_zone": nn(mz), "first_words": fw})
        elif tag == "Z":
            n, al, c, p = split(rest, 4)
            g["zones"].append({"name": n, "aliases": aliases(al), "city": nn(c), "province": nn(p)})
        elif tag == "E":
            n, al, z = split(rest, 3)
            g["enterprises"].append({"name": n, "aliases": aliases(al), "zone": nn(z)})
        elif tag == "P":
            n, al, z, e, st = split(rest, 5)
            g["projects"].append({"name": n, "aliases": aliases(al), "zone": nn(z), "enterprise": nn(e), "status": nn(st)})
        elif tag == "L":
            n, al, z = split(rest, 3)
            g["platforms"].append({"name": n, "aliases": aliases(al), "zone": nn(z)})
        elif tag == "S":
            s, ind, v, u, p, k, a, c, ev = split(rest, 9)
            val = float(v)
            if val == int(val) and "." not in v:
                val = int(val)
            g["statistics"].append({
                "subject": s or subj, "indicator": ind, "value": val, "unit": nn(u),
                "approx": APPROX[a], "period": (per if p == "" else nn(p)),
                "kind": KINDS.get(k, k), "compared_to": nn(c), "evidence": ev})
        else:
            raise ValueError("bad line: " + line)
    return g


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    only = sys.argv[1:]
    for f in srcs:
        if only and not any(o in f for o in only):
            continue
        meta, lines, ann = parse(os.path.join(ROOT, "src", f))
        text = render(meta, lines)
        g = annotate(meta, ann)
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-40s han=%4d Z=%2d E=%2d P=%2d L=%2d S=%3d" % (meta["doc"], han, len(g["zones"]), len(g["enterprises"]),
              len(g["projects"]), len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
