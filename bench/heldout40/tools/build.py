#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src (hand-written sources).

Source format: sections started by a line '#NAME'.
  #META      key: value lines (doc_year, doc_year_evidence, style=pdf|web)
  #TEXT      the document. In pdf style every line is hard-wrapped at 30-40
             characters (seeded), except lines starting with '@@RAW ' (kept as is)
             and '@@DOUBLE ' (headline printed with every character doubled).
             '[[...]]' inside a line is an image caption: the line is cut there and
             the caption printed on its own line(s) (cuts the sentence in two).
  #ARTICLES  title | main_zone | first_words
  #ZONES     name | alias;alias | city | province
  #ENT       name | aliases | zone
  #PROJ      name | aliases | zone | enterprise | status
  #PLAT      name | aliases | zone
  #STATS     subject | indicator | value | unit | period | kind | approx | compared_to | evidence
             '^' = same field as the previous row; empty = null.
             kind letters: a amount, c count, g growth, s share, r rank, d difference,
             t target, o other. approx letters: o over, a about, u under.
Lines starting with '//' are comments. Python 3 standard library only.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = dict(a="amount", c="count", g="growth", s="share", r="rank", d="difference", t="target", o="other")
APPROX = dict(o="over", a="about", u="under")

def sections(path):
    sec, cur = {}, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("//"):
            continue
        m = re.match(r"^#([A-Z]+)\s*$", line)
        if m:
            cur = m.group(1); sec[cur] = []
            continue
        if cur:
            sec[cur].append(line)
    return sec

def wrap_pdf(lines, seed):
    rnd = random.Random(seed)
    out = []
    def chop(s):
        while s:
            n = rnd.randint(30, 40)
            out.append(s[:n]); s = s[n:]
    for line in lines:
        if line.startswith("@@RAW "):
            out.append(line[6:]); continue
        if line.startswith("@@DOUBLE "):
            out.append("".join(c * 2 for c in line[9:])); continue
        if not line.strip():
            out.append(""); continue
        parts = re.split(r"\[\[(.*?)\]\]", line)
        for i, p in enumerate(parts):
            if i % 2:
                out.append(p)          # caption on its own line
            else:
                chop(p)
    return "\n".join(out).strip("\n") + "\n"

def web_text(lines):
    return "\n".join(l[6:] if l.startswith("@@RAW ") else l for l in lines).strip("\n") + "\n"

def rows(lines, n):
    res = []
    for l in lines:
        if not l.strip():
            continue
        f = [x.strip() for x in l.split("|")]
        if len(f) != n:
            sys.exit("bad row (%d fields, want %d): %s" % (len(f), n, l))
        res.append(f)
    return res

def nz(s):
    return s if s not in ("", None) else None

def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()] if s else []

def num(s):
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v

def build(src):
    name = os.path.basename(src)[:-4]
    sec = sections(src)
    meta = dict(l.split(":", 1) for l in sec["META"] if ":" in l)
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    text = wrap_pdf(sec["TEXT"], name) if meta["style"] == "pdf" else web_text(sec["TEXT"])
    g = {"doc": name + ".txt", "doc_year": int(meta["doc_year"]),
         "doc_year_evidence": meta["doc_year_evidence"], "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for t, z, fw in rows(sec["ARTICLES"], 3):
        g["articles"].append({"title": t, "main_zone": nz(z), "first_words": fw})
    for n, a, c, p in rows(sec["ZONES"], 4):
        g["zones"].append({"name": n, "aliases": aliases(a), "city": c, "province": p})
    for n, a, z in rows(sec["ENT"], 3):
        g["enterprises"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    for n, a, z, e, s in rows(sec["PROJ"], 5):
        g["projects"].append({"name": n, "aliases": aliases(a), "zone": nz(z), "enterprise": nz(e), "status": nz(s)})
    for n, a, z in rows(sec["PLAT"], 3):
        g["platforms"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    prev = None
    for f in rows(sec["STATS"], 9):
        if prev:
            f = [prev[i] if x == "^" else x for i, x in enumerate(f)]
        prev = f
        subj, ind, val, unit, per, kind, apx, cmp_, ev = f
        g["statistics"].append({"subject": subj, "indicator": ind, "value": num(val), "unit": unit,
                                "approx": APPROX[apx] if apx else None, "period": nz(per),
                                "kind": KINDS[kind], "compared_to": nz(cmp_), "evidence": ev})
    with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2); h.write("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-32s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (name, han, len(g["zones"]),
          len(g["enterprises"]), len(g["projects"]), len(g["platforms"]), len(g["statistics"])))

if __name__ == "__main__":
    srcdir = os.path.join(ROOT, "src")
    for f in sorted(os.listdir(srcdir)):
        if f.endswith(".src") and (len(sys.argv) < 2 or any(a in f for a in sys.argv[1:])):
            build(os.path.join(srcdir, f))
