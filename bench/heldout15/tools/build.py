#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document, sections start with '#'):

  #META       key: value lines (doc, style = web|pdf, seed, doc_year, doc_year_evidence)
  #ARTICLES   title | main_zone | first_words
  #ZONES      name | aliases (;-separated or -) | city | province
  #ENT        name | aliases | zone
  #PROJ       name | aliases | zone | enterprise | status
  #PLAT       name | aliases | zone
  #STATS      subject | period | indicator | value+unit | approx | kind | compared_to | evidence
              '^' in subject/period repeats the previous line's value, '-' is null.
              kind: a=amount c=count g=growth s=share r=rank d=difference t=target o=other
  #TEXT       the document text. For style pdf:
                !!headline   -> headline printed with every character doubled
                |line        -> verbatim line (masthead, page header, table rows ...)
                [[caption]]  -> image caption that cuts the paragraph at that point
                other lines  -> paragraphs: random spaces inside words/numbers and hard
                                line wraps every 30-40 characters (deterministic seed)
              For style web every line is copied as is ('|' prefix stripped).

Usage: build.py [SRC ...]   (default: all src/*.src)
"""
import json, os, random, re, sys, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def lst(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def parse(path):
    sec, secs = None, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        if re.match(r"^#(META|ARTICLES|ZONES|ENT|PROJ|PLAT|STATS|TEXT)\s*$", line):
            sec = line[1:].strip()
            secs[sec] = []
            continue
        if sec is None:
            continue
        secs[sec].append(line)
    return secs


def rows(lines, n):
    out = []
    for l in lines:
        if not l.strip() or l.lstrip().startswith("//"):
            continue
        parts = [p.strip() for p in l.split("|")]
        if len(parts) != n:
            sys.exit("bad row (%d fields, want %d): %s" % (len(parts), n, l))
        out.append(parts)
    return out


def num(s):
    m = re.match(r"^(-?[0-9]+(?:\.[0-9]+)?)(.*)$", s.strip())
    if not m:
        sys.exit("bad value+unit: %s" % s)
    v, u = m.group(1), m.group(2).strip()
    v = float(v) if "." in v else int(v)
    return v, (u or None)


def is_wordch(c):
    return "\u4e00" <= c <= "\u9fff" or c.isdigit()


def noisy_para(p, rng):
    chars = list(p)
    # a few spaces between two han characters or digits
    cand = [i for i in range(1, len(chars)) if is_wordch(chars[i - 1]) and is_wordch(chars[i])]
    k = min(len(cand), rng.choice([0, 1, 1, 2, 3]))
    ins = set(rng.sample(cand, k)) if k else set()
    # sometimes one spaced-out run of 3-4 han characters ("高 新 区")
    if rng.random() < 0.45:
        runs = [i for i in range(len(chars) - 4) if all("\u4e00" <= c <= "\u9fff" for c in chars[i:i + 4])]
        if runs:
            i = rng.choice(runs)
            ins.update(range(i + 1, i + rng.choice([3, 4])))
    s = "".join((" " if i in ins else "") + c for i, c in enumerate(chars))
    # hard wraps every 30-40 characters
    out, pos = [], 0
    while pos < len(s):
        w = rng.randint(30, 40)
        out.append(s[pos:pos + w])
        pos += w
    return out


def double(s):
    return "".join(c * 2 for c in s if not c.isspace())


def render(text_lines, style, seed):
    if style == "web":
        return "\n".join(l[1:] if l.startswith("|") else l for l in text_lines).strip() + "\n"
    rng = random.Random(seed)
    out = []
    for l in text_lines:
        if l.startswith("!!"):
            out.append(double(l[2:]))
        elif l.startswith("|"):
            out.append(l[1:])
        elif not l.strip():
            continue
        else:
            pieces = re.split(r"\[\[(.*?)\]\]", l)
            for j, piece in enumerate(pieces):
                if j % 2 == 1:
                    out.append(piece)
                elif piece:
                    out.extend(noisy_para(piece, rng))
    return "\n".join(out).strip() + "\n"


def build(path):
    s = parse(path)
    meta = {}
    for l in s.get("META", []):
        if ":" in l:
            k, v = l.split(":", 1)
            meta[k.strip()] = v.strip()
    doc = meta["doc"]
    g = {"doc": doc + ".txt",
         "doc_year": int(meta["doc_year"]) if meta.get("doc_year") not in (None, "-") else None,
         "doc_year_evidence": nul(meta.get("doc_year_evidence", "-")),
         "articles": [{"title": t, "main_zone": nul(z), "first_words": f}
                      for t, z, f in rows(s.get("ARTICLES", []), 3)],
         "zones": [{"name": n, "aliases": lst(a), "city": nul(c), "province": nul(p)}
                   for n, a, c, p in rows(s.get("ZONES", []), 4)],
         "enterprises": [{"name": n, "aliases": lst(a), "zone": nul(z)}
                         for n, a, z in rows(s.get("ENT", []), 3)],
         "projects": [{"name": n, "aliases": lst(a), "zone": nul(z), "enterprise": nul(e), "status": nul(st)}
                      for n, a, z, e, st in rows(s.get("PROJ", []), 5)],
         "platforms": [{"name": n, "aliases": lst(a), "zone": nul(z)}
                       for n, a, z in rows(s.get("PLAT", []), 3)],
         "statistics": []}
    prev_s = prev_p = None
    for subj, per, ind, vu, ap, kd, cmp_, ev in rows(s.get("STATS", []), 8):
        subj = prev_s if subj == "^" else subj
        per = prev_p if per == "^" else nul(per)
        prev_s, prev_p = subj, per
        v, u = num(vu)
        g["statistics"].append({"subject": subj, "indicator": ind, "value": v, "unit": u,
                                "approx": nul(ap), "period": per, "kind": KINDS.get(kd, kd),
                                "compared_to": nul(cmp_), "evidence": ev.replace("｜", "|")})
    text = render(s["TEXT"], meta.get("style", "web"), int(meta.get("seed", 1)))
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    print("%-28s han=%4d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
        doc, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
        len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    for p in sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "src", "*.src"))):
        build(p)
