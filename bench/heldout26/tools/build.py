#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src (hand-written sources).

Source format (sections start with '#'):
  #META     key: value lines (doc_year, doc_year_evidence, style = pdf|web, seed)
  #TEXT     clean text with layout markers (see below)
  #ARTICLES title | main_zone | first_words
  #ZONES    name | aliases(;) | city | province
  #ENT      name | aliases(;) | zone
  #PROJ     name | aliases(;) | zone | enterprise | status
  #PLAT     name | aliases(;) | zone
  #STAT     subject | indicator | value | unit | approx | period | kind | compared_to | evidence
'-' stands for null / empty.  Text markers (pdf style only):
  '=' at line start : layout line (masthead, header, footer), kept as is, not wrapped
  '@@' at line start: headline printed with every character doubled
  '{{...}}'         : image caption, printed on its own line(s) where it cuts the sentence
  '‖' in a paragraph and '⟪...⟫' in a later paragraph: the ⟪⟫ part (first lines of the
                      other column) is moved to the ‖ point (two-column interleave)
Hard wraps every 30-40 characters are added to pdf paragraphs (seeded, reproducible).
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def parse(path):
    sec, data = None, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^#(META|TEXT|ARTICLES|ZONES|ENT|PROJ|PLAT|STAT)\s*$", line)
        if m:
            sec = m.group(1); data[sec] = []; continue
        if sec is None:
            continue
        data[sec].append(line)
    return data

def cells(line, n):
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != n:
        sys.exit("bad cell count (%d, want %d): %s" % (len(parts), n, line))
    return [None if p == "-" else p for p in parts]

def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()] if s else []

def num(s):
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v

def wrap(par, rnd):
    out, i = [], 0
    while i < len(par):
        n = rnd.randint(30, 40)
        out.append(par[i:i + n]); i += n
    return out

def render(lines, style, seed):
    rnd = random.Random(seed)
    text = "\n".join(lines).strip("\n")
    if style != "pdf":
        return text + "\n"
    # two-column interleave
    m = re.search(r"⟪(.*?)⟫", text, re.S)
    colb = None
    if m:
        colb = m.group(1)
        text = text[:m.start()] + text[m.end():]
    out = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("="):
            out.append(raw[1:]); continue
        if raw.startswith("@@"):
            out.append("".join(c * 2 if not c.isspace() else c for c in raw[2:].strip())); continue
        # captions: split paragraph
        pieces = re.split(r"(\{\{.*?\}\})", raw)
        buf = []
        for p in pieces:
            if p.startswith("{{"):
                out.extend(wrap("".join(buf), rnd)); buf = []
                out.extend(wrap(p[2:-2], rnd))
            elif "‖" in p:
                a, b = p.split("‖")
                buf.append(a)
                out.extend(wrap("".join(buf), rnd)); buf = []
                for cl in colb.split("\n"):
                    out.extend(wrap(cl, rnd))
                buf.append(b)
            else:
                buf.append(p)
        if buf and "".join(buf):
            out.extend(wrap("".join(buf), rnd))
    return "\n".join(out) + "\n"

def build(src):
    d = parse(src)
    stem = os.path.basename(src)[:-4]
    meta = dict(l.split(":", 1) for l in d["META"] if l.strip())
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    text = render(d["TEXT"], meta.get("style", "web"), meta.get("seed", stem))
    with open(os.path.join(ROOT, "texts", stem + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    g = {"doc": stem + ".txt", "doc_year": int(meta["doc_year"]),
         "doc_year_evidence": meta["doc_year_evidence"], "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    rows = lambda k: [l for l in d.get(k, []) if l.strip() and not l.startswith("//")]
    for l in rows("ARTICLES"):
        t, z, f = cells(l, 3); g["articles"].append({"title": t, "main_zone": z, "first_words": f})
    for l in rows("ZONES"):
        n, a, c, p = cells(l, 4); g["zones"].append({"name": n, "aliases": aliases(a), "city": c, "province": p})
    for l in rows("ENT"):
        n, a, z = cells(l, 3); g["enterprises"].append({"name": n, "aliases": aliases(a), "zone": z})
    for l in rows("PROJ"):
        n, a, z, e, s = cells(l, 5)
        g["projects"].append({"name": n, "aliases": aliases(a), "zone": z, "enterprise": e, "status": s})
    for l in rows("PLAT"):
        n, a, z = cells(l, 3); g["platforms"].append({"name": n, "aliases": aliases(a), "zone": z})
    for l in rows("STAT"):
        s, i, v, u, ap, pe, k, c, e = cells(l, 9)
        g["statistics"].append({"subject": s, "indicator": i, "value": num(v), "unit": u, "approx": ap,
                                "period": pe, "kind": k, "compared_to": c, "evidence": e})
    with open(os.path.join(ROOT, "gold", stem + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2); h.write("\n")
    print("built", stem)

if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for s in srcs:
        build(s)
