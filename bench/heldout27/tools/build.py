#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):

  @doc NNN_slug            @style pdf|web        @seed N
  @year 2024               @year_evidence <quote>
  === TEXT
    %RAW line      -> copied verbatim (masthead, date line, page header/footer, 责任编辑 ...)
    %DHEAD title   -> headline printed with every character doubled (PDF noise)
    %HEAD title    -> headline copied verbatim
    other lines    -> paragraphs; in pdf style hard-wrapped every 30-40 chars
    [[CAP text]]   -> image caption; in pdf style it is put on its own lines where it
                      stands (mid-sentence), in web style it is copied inline
    {{word}}       -> pdf noise: spaces inserted between the characters of word
  === ARTICLES     title | main_zone | first_words
  === ZONES        name | aliases (、) | city | province
  === ENTERPRISES  name | aliases | zone
  === PROJECTS     name | aliases | zone | enterprise | status
  === PLATFORMS    name | aliases | zone
  === STATS
    S <subject>    -> current subject          P <period> / P -   -> current period / null
    evidence | indicator | value | unit | kind [| approx | compared_to | subject | period]
      kind: a amount, c count, g growth, s share, r rank, d difference, t target, o other
      approx: > over, ~ about, < under (empty = null); period override "-" = null
Hand annotation lives in the sources; this script only lays the text out and
serialises the annotation.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
APPROX = {">": "over", "~": "about", "<": "under", "": None}


def none(s):
    s = s.strip()
    return None if s in ("", "-", "null") else s


def aliases(s):
    s = s.strip()
    return [] if s in ("", "-") else [a.strip() for a in s.split("、") if a.strip()]


def parse(path):
    meta, sec, secs = {}, None, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        if sec is None and line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v.strip()
            continue
        m = re.match(r"^=== (\w+)\s*$", line)
        if m:
            sec = m.group(1)
            secs[sec] = []
            continue
        if sec:
            secs[sec].append(line)
    return meta, secs


def wrap_para(p, rng):
    out, i = [], 0
    while i < len(p):
        w = rng.randint(30, 40)
        out.append(p[i:i + w])
        i += w
    return out


def layout(meta, lines):
    pdf = meta.get("style") == "pdf"
    rng = random.Random(int(meta.get("seed", "1")))
    out = []
    for line in lines:
        if line.startswith("%RAW"):
            out.append(line[5:])
        elif line.startswith("%DHEAD"):
            t = line[7:].strip()
            out.append("".join(c * 2 for c in t))
        elif line.startswith("%HEAD"):
            out.append(line[6:].strip())
        elif not line.strip():
            out.append("")
        else:
            p = line.strip()
            if pdf:
                p = re.sub(r"\{\{(.+?)\}\}", lambda m: " ".join(m.group(1)), p)
                parts = re.split(r"\[\[CAP (.+?)\]\]", p)
                for k, part in enumerate(parts):
                    if k % 2 == 1:
                        out.append(part)
                    elif part:
                        out.extend(wrap_para(part, rng))
            else:
                p = re.sub(r"\{\{(.+?)\}\}", r"\1", p)
                p = re.sub(r"\[\[CAP (.+?)\]\]", r"\1", p)
                out.append(p)
    text = "\n".join(out).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def rows(lines, n):
    out = []
    for l in lines:
        if not l.strip() or l.startswith("#"):
            continue
        f = [x.strip() for x in l.split("|")]
        f += [""] * (n - len(f))
        out.append(f)
    return out


def build(path):
    meta, secs = parse(path)
    doc = meta["doc"]
    text = layout(meta, secs["TEXT"])
    g = {"doc": doc + ".txt",
         "doc_year": int(meta["year"]) if meta.get("year") else None,
         "doc_year_evidence": meta.get("year_evidence"),
         "articles": [{"title": t, "main_zone": none(z), "first_words": fw}
                      for t, z, fw in (r[:3] for r in rows(secs.get("ARTICLES", []), 3))],
         "zones": [{"name": n, "aliases": aliases(a), "city": c, "province": p}
                   for n, a, c, p in (r[:4] for r in rows(secs.get("ZONES", []), 4))],
         "enterprises": [{"name": n, "aliases": aliases(a), "zone": none(z)}
                         for n, a, z in (r[:3] for r in rows(secs.get("ENTERPRISES", []), 3))],
         "projects": [{"name": n, "aliases": aliases(a), "zone": none(z), "enterprise": none(e),
                       "status": none(s)}
                      for n, a, z, e, s in (r[:5] for r in rows(secs.get("PROJECTS", []), 5))],
         "platforms": [{"name": n, "aliases": aliases(a), "zone": none(z)}
                       for n, a, z in (r[:3] for r in rows(secs.get("PLATFORMS", []), 3))],
         "statistics": []}
    subj, per = None, None
    for l in secs.get("STATS", []):
        if not l.strip() or l.startswith("#"):
            continue
        if l.startswith("S "):
            subj = l[2:].strip()
            continue
        if l.startswith("P "):
            per = none(l[2:])
            continue
        f = [x.strip() for x in l.split("|")]
        f += [""] * (9 - len(f))
        ev, ind, val, unit, kind, ap, cmp_, s2, p2 = f[:9]
        v = float(val)
        if v == int(v) and "." not in val:
            v = int(v)
        g["statistics"].append({
            "subject": s2 or subj, "indicator": ind, "value": v, "unit": unit,
            "approx": APPROX[ap], "period": per if p2 == "" else none(p2),
            "kind": KINDS[kind], "compared_to": none(cmp_), "evidence": ev})
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return doc


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f)
                                  for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for s in srcs:
        print("built", build(s))
