#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  @doc NNN_slug            file stem
  @style web|pdf           pdf -> hard line wraps (30-40 chars), a few random spaces
  @year 2024 | evidence
  @article title | main_zone | first_words      (repeat per article)
  === TEXT                 the text; {{DBL:...}} = headline printed with doubled characters,
                           {{CAP:...}} = image caption cutting the paragraph at that point
  === ZONES   name | aliases(;) | city | province
  === ENT     name | aliases | zone
  === PROJ    name | aliases | zone | enterprise | status
  === PLAT    name | aliases | zone
  === STATS   @S subject / @P period set defaults; a line "@S x" or "@P x" changes them.
              kind | indicator | value | unit | approx | compared_to | evidence [| period override]
              kind: a amount c count g growth s share r rank d difference t target o other
              approx: > over, ~ about, < under, empty none. "-" or empty = null.
Deterministic: the noise uses random.Random(doc name).
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
APPROX = {">": "over", "~": "about", "<": "under", "": None, "-": None}


def nul(x):
    x = x.strip()
    return None if x in ("", "-") else x


def aliases(x):
    x = x.strip()
    return [a.strip() for a in x.split(";") if a.strip()] if x not in ("", "-") else []


def parse(path):
    meta = {"articles": []}
    sec = None
    body = {"TEXT": [], "ZONES": [], "ENT": [], "PROJ": [], "PLAT": [], "STATS": []}
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            sec = line[4:].strip()
            continue
        if sec is None:
            if line.startswith("@doc "):
                meta["doc"] = line[5:].strip()
            elif line.startswith("@style "):
                meta["style"] = line[7:].strip()
            elif line.startswith("@year "):
                y, ev = line[6:].split("|", 1)
                meta["year"] = int(y.strip()) if y.strip() not in ("", "-") else None
                meta["year_ev"] = ev.strip()
            elif line.startswith("@article "):
                t, z, f = line[9:].split("|")
                meta["articles"].append({"title": t.strip(), "main_zone": nul(z), "first_words": f.strip()})
            continue
        body[sec].append(line)
    return meta, body


def wrap_para(p, rnd):
    out, i = [], 0
    while i < len(p):
        w = rnd.randint(30, 40)
        out.append(p[i:i + w])
        i += w
    return out


def add_spaces(line, rnd, prob):
    chars = list(line)
    res = []
    for k, c in enumerate(chars):
        res.append(c)
        if k + 1 < len(chars) and rnd.random() < prob:
            a, b = c, chars[k + 1]
            if (re.match(r"[\u4e00-\u9fff0-9]", a) and re.match(r"[\u4e00-\u9fff0-9]", b)):
                res.append(" ")
    return "".join(res)


def render(meta, lines):
    rnd = random.Random(meta["doc"])
    pdf = meta.get("style") == "pdf"
    out = []
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            out.append("")
            continue
        m = re.fullmatch(r"\{\{DBL:(.*)\}\}", line.strip())
        if m:
            out.append("".join(c * 2 for c in m.group(1)))
            continue
        parts = re.split(r"\{\{CAP:(.*?)\}\}", line)
        for j, part in enumerate(parts):
            if j % 2 == 1:
                out.append(part)  # caption on its own line
                continue
            if not part:
                continue
            if pdf and len(part) > 40:
                for seg in wrap_para(part, rnd):
                    out.append(add_spaces(seg, rnd, 0.012))
            else:
                out.append(part)
    return "\n".join(out).strip("\n") + "\n"


def build(path):
    meta, body = parse(path)
    doc = meta["doc"]
    text = render(meta, body["TEXT"])
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    g = {"doc": doc + ".txt", "doc_year": meta.get("year"), "doc_year_evidence": meta.get("year_ev"),
         "articles": meta["articles"], "zones": [], "enterprises": [], "projects": [],
         "platforms": [], "statistics": []}
    for l in body["ZONES"]:
        if l.strip() and not l.startswith("#"):
            n, a, c, p = l.split("|")
            g["zones"].append({"name": n.strip(), "aliases": aliases(a), "city": nul(c), "province": nul(p)})
    for l in body["ENT"]:
        if l.strip() and not l.startswith("#"):
            n, a, z = l.split("|")
            g["enterprises"].append({"name": n.strip(), "aliases": aliases(a), "zone": nul(z)})
    for l in body["PROJ"]:
        if l.strip() and not l.startswith("#"):
            n, a, z, e, s = l.split("|")
            g["projects"].append({"name": n.strip(), "aliases": aliases(a), "zone": nul(z),
                                  "enterprise": nul(e), "status": nul(s)})
    for l in body["PLAT"]:
        if l.strip() and not l.startswith("#"):
            n, a, z = l.split("|")
            g["platforms"].append({"name": n.strip(), "aliases": aliases(a), "zone": nul(z)})
    subj = per = None
    for l in body["STATS"]:
        if not l.strip() or l.startswith("#"):
            continue
        if l.startswith("@S "):
            subj = l[3:].strip()
            continue
        if l.startswith("@P "):
            per = nul(l[3:])
            continue
        f = l.split("|")
        if len(f) not in (7, 8):
            sys.exit("%s: bad stat line: %s" % (doc, l))
        k, ind, v, u, ap, cmp, ev = [x.strip() for x in f[:7]]
        p = nul(f[7]) if len(f) == 8 else per
        if len(f) == 8 and f[7].strip() == "-":
            p = None
        s_subj = subj
        if ind.startswith("[") and "]" in ind:  # [subject]indicator override
            s_subj, ind = ind[1:].split("]", 1)
        val = float(v)
        if val.is_integer() and "." not in v:
            val = int(val)
        g["statistics"].append({"subject": s_subj, "indicator": ind, "value": val, "unit": u,
                                "approx": APPROX[ap], "period": p, "kind": KINDS[k],
                                "compared_to": nul(cmp), "evidence": ev})
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return doc


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for s in srcs:
        print("built", build(s))
