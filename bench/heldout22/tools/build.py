#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NNN_slug            output base name
  @style pdf|web           pdf: hard wraps 30-40 chars + random spaces; web: one paragraph a line
  @year 2024               doc_year
  @yearev 2024年1月18日     doc_year_evidence (must occur in the text)
  ===TEXT
  #RAW line                kept verbatim (masthead, date line, page header/footer, 责任编辑 ...)
  #DH title                headline printed with every character doubled
  #H title                 ordinary headline / sub-headline line (kept on one line)
  #CAP caption             image caption inserted as its own lines
  #CONT text               continuation of the paragraph cut by the preceding caption
  other non-empty lines    body paragraphs
  ===ARTICLES   title|main_zone|first_words
  ===ZONES      name|alias;alias|city|province
  ===ENT        name|aliases|zone
  ===PROJ       name|aliases|zone|enterprise|status
  ===PLAT       name|aliases|zone
  ===STATS      subject|indicator|value|unit|approx|period|kind|compared_to|evidence
                "^" repeats the field of the previous statistic; empty = null;
                approx: > over, ~ about, < under; kind: a amount, c count, g growth,
                s share, r rank, d difference, t target, o other.
Deterministic: the random layout noise is seeded by the document name.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
APPROX = {">": "over", "~": "about", "<": "under"}


def nz(s):
    s = s.strip()
    return s if s else None


def parse(path):
    meta, sections, cur = {}, {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@") and cur is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v.strip()
            continue
        if line.startswith("==="):
            cur = line[3:].strip()
            sections[cur] = []
            continue
        if cur is None:
            continue
        if cur != "TEXT" and (not line.strip() or line.lstrip().startswith("//")):
            continue
        sections[cur].append(line)
    return meta, sections


def is_breakable(a, b):
    cjk = lambda c: "\u4e00" <= c <= "\u9fff" or c.isdigit()
    return cjk(a) and cjk(b)


def add_spaces(text, rng, n):
    pos = [i for i in range(1, len(text)) if is_breakable(text[i - 1], text[i])]
    for i in sorted(rng.sample(pos, min(n, len(pos))), reverse=True):
        text = text[:i] + " " + text[i:]
    return text


def wrap(text, rng):
    out, i = [], 0
    while i < len(text):
        w = rng.randint(30, 40)
        out.append(text[i:i + w])
        i += w
    return out


def layout(meta, lines):
    rng = random.Random(meta["doc"])
    pdf = meta["style"] == "pdf"
    out = []
    for line in lines:
        if not line.strip():
            if not pdf:
                out.append("")
            continue
        if line.startswith("#RAW"):
            out.append(line[5:])
        elif line.startswith("#DH"):
            out.append("".join(c * 2 if not c.isspace() else c for c in line[4:].strip()))
        elif line.startswith("#H"):
            out.append(line[3:].strip())
        elif line.startswith("#CAP"):
            cap = line[5:].strip()
            out.extend(wrap(cap, rng) if pdf else [cap])
        else:
            cont = line.startswith("#CONT")
            body = line[6:].strip() if cont else line.strip()
            if pdf:
                body = add_spaces(body, rng, rng.randint(1, 3))
                ls = wrap(body, rng)
                if not cont:
                    ls[0] = "　　" + ls[0]
                out.extend(ls)
            else:
                out.append(("" if cont else "　　") + body)
    return "\n".join(out).rstrip() + "\n"


def split(line, n):
    parts = line.split("|")
    if len(parts) != n:
        sys.exit("bad field count (%d, want %d): %s" % (len(parts), n, line))
    return [p.strip() for p in parts]


def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()]


def gold_of(meta, sec):
    g = {"doc": meta["doc"] + ".txt", "doc_year": int(meta["year"]) if meta.get("year") else None,
         "doc_year_evidence": meta.get("yearev"), "articles": [], "zones": [], "enterprises": [],
         "projects": [], "platforms": [], "statistics": []}
    for l in sec.get("ARTICLES", []):
        t, z, f = split(l, 3)
        g["articles"].append({"title": t, "main_zone": nz(z), "first_words": f})
    for l in sec.get("ZONES", []):
        n, a, c, p = split(l, 4)
        g["zones"].append({"name": n, "aliases": aliases(a), "city": c, "province": p})
    for l in sec.get("ENT", []):
        n, a, z = split(l, 3)
        g["enterprises"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    for l in sec.get("PROJ", []):
        n, a, z, e, s = split(l, 5)
        g["projects"].append({"name": n, "aliases": aliases(a), "zone": nz(z), "enterprise": nz(e), "status": nz(s)})
    for l in sec.get("PLAT", []):
        n, a, z = split(l, 3)
        g["platforms"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    prev = None
    for l in sec.get("STATS", []):
        f = split(l, 9)
        if prev:
            f = [prev[i] if v == "^" else v for i, v in enumerate(f)]
        prev = f
        subj, ind, val, unit, apx, per, kind, cmp_, ev = f
        v = float(val)
        g["statistics"].append({
            "subject": subj, "indicator": ind, "value": int(v) if v.is_integer() and "." not in val else v,
            "unit": unit, "approx": APPROX[apx] if apx else None, "period": nz(per),
            "kind": KINDS.get(kind, kind), "compared_to": nz(cmp_), "evidence": ev})
    return g


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta, sec = parse(os.path.join(ROOT, "src", f))
        text = layout(meta, sec["TEXT"])
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(meta, sec), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", meta["doc"])


if __name__ == "__main__":
    main()
