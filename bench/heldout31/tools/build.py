#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NNN_slug            output file stem
  @style web|pdf           pdf = hard-wrap prose lines every 30-40 chars (deterministic seed)
  @seed N                  seed for the wrapping positions
  @year 2024               doc_year
  @year_ev ...             doc_year_evidence
  ===TEXT===
  text.  In pdf style: a line starting with '|' is copied literally (masthead, table rows,
  footer); a line starting with '!!' is a headline whose every character is doubled; other
  lines are prose paragraphs that get hard-wrapped.  '[[...]]' is an image caption that is
  put on a line of its own, cutting the sentence in two.
  ===ANN===
  A title|main_zone|first_words
  Z name|alias;alias|city|province
  E name|aliases|zone
  P name|aliases|zone|enterprise|status
  F name|aliases|zone
  ===STAT===
  subject|indicator|value|unit|period|kind|approx|compared_to|evidence
  ('^' in subject or period = same as the line before; empty field = null;
   kind abbreviations am c g s r d t o; approx o/a/u)
Everything is hand-annotated; this script only changes the layout and the notation.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"am": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
APPROX = {"o": "over", "a": "about", "u": "under"}


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def wrap(par, rnd):
    out, i = [], 0
    while i < len(par):
        w = rnd.randint(30, 40)
        out.append(par[i:i + w])
        i += w
    return out


def render(lines, style, rnd):
    out = []
    for ln in lines:
        if style == "pdf" and ln.startswith("|"):
            out.append(ln[1:])
            continue
        if ln.startswith("!!"):
            out.append("".join(c if c.isspace() else c + c for c in ln[2:]))
            continue
        if not ln.strip():
            out.append("")
            continue
        segs = re.split(r"\[\[(.*?)\]\]", ln)
        for k, seg in enumerate(segs):
            if k % 2 == 1:
                out.append(seg)
                continue
            if not seg:
                continue
            if style == "pdf":
                out.extend(wrap(seg, rnd))
            else:
                out.append(seg)
    return "\n".join(out).rstrip() + "\n"


def nul(x):
    x = x.strip()
    return x if x else None


def parse(path):
    meta, text, ann, stat, sec = {}, [], [], [], None
    for ln in open(path, encoding="utf-8").read().split("\n"):
        if ln.startswith("==="):
            sec = ln.strip("= ")
            continue
        if sec is None:
            if ln.startswith("@"):
                k, _, v = ln[1:].partition(" ")
                meta[k] = v.strip()
        elif sec == "TEXT":
            text.append(ln)
        elif sec == "ANN" and ln.strip() and not ln.startswith("#"):
            ann.append(ln)
        elif sec == "STAT" and ln.strip() and not ln.startswith("#"):
            stat.append(ln)
    while text and not text[-1].strip():
        text.pop()
    return meta, text, ann, stat


def num(v):
    v = v.strip().replace(" ", "")
    return float(v) if any(c in v for c in ".e") else int(v)


def build(path):
    meta, text, ann, stat = parse(path)
    rnd = random.Random(int(meta.get("seed", "31")))
    body = render(text, meta.get("style", "web"), rnd)
    stem = meta["doc"]
    g = {"doc": stem + ".txt", "doc_year": int(meta["year"]) if meta.get("year") else None,
         "doc_year_evidence": meta.get("year_ev"), "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for ln in ann:
        t, _, rest = ln.partition(" ")
        f = [x.strip() for x in rest.split("|")]
        al = lambda s: [a.strip() for a in s.split(";") if a.strip()]
        if t == "A":
            g["articles"].append({"title": f[0], "main_zone": nul(f[1]), "first_words": f[2]})
        elif t == "Z":
            g["zones"].append({"name": f[0], "aliases": al(f[1]), "city": f[2], "province": f[3]})
        elif t == "E":
            g["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2])})
        elif t == "P":
            g["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2]),
                                  "enterprise": nul(f[3]), "status": nul(f[4])})
        elif t == "F":
            g["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nul(f[2])})
        else:
            sys.exit("%s: bad ANN line %r" % (path, ln))
    prev = {"subject": None, "period": None}
    for ln in stat:
        f = ln.split("|")
        if len(f) != 9:
            sys.exit("%s: stat line needs 9 fields: %r" % (path, ln))
        subj, ind, val, unit, per, kind, apx, cmp_, ev = [x.strip() for x in f]
        subj = prev["subject"] if subj == "^" else subj
        per = prev["period"] if per == "^" else nul(per)
        prev = {"subject": subj, "period": per}
        g["statistics"].append({
            "subject": subj, "indicator": ind, "value": num(val), "unit": unit,
            "approx": APPROX.get(apx, nul(apx)), "period": per, "kind": KINDS.get(kind, kind),
            "compared_to": nul(cmp_), "evidence": ev})
    with open(os.path.join(ROOT, "texts", stem + ".txt"), "w", encoding="utf-8") as h:
        h.write(body)
    with open(os.path.join(ROOT, "gold", stem + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return stem, meta.get("style"), han(body), {k: len(g[k]) for k in
                                                 ["zones", "enterprises", "projects", "platforms", "statistics"]}


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for p in srcs:
        stem, style, h, c = build(p)
        print("%-34s %-4s han=%4d  Z=%2d E=%2d P=%2d F=%2d S=%3d" % (
            stem, style, h, c["zones"], c["enterprises"], c["projects"], c["platforms"], c["statistics"]))
