#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  lines starting with '#' are annotations, every other line is document text.
  #DOC <docname> | <style: web|pdf> | <seed>
  #YEAR <year> | <evidence>
  #A <title> | <main_zone> | <first_words>
  #Z <name> | <city> | <province> | alias; alias
  #E <name> | <zone or -> | alias; alias
  #P <name> | <zone or -> | <enterprise or -> | <status or -> | alias; alias
  #F <name> | <zone or -> | alias; alias
  #@ s=<default subject> p=<default period or ->
  #S <indicator> | <value> | <unit> | <kind code> | <evidence> [| s=.. p=.. ap=over|about|under cmp=..]
     kind codes: a amount, c count, g growth, s share, r rank, d difference, t target, o other
Text line markers (pdf style only):
  !!<headline>   headline printed with every character doubled
  CAP:<caption>  image caption, inserted inside the preceding paragraph at a point
                 that cuts no evidence, name or first_words
  BRK:<line>     page header/footer line, inserted the same way
  =<line>        layout line kept as is (masthead, date line, 责任编辑 ...)
Clean text (markers removed, no wrapping) is the reference for all annotation.
"""
import json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}


def nz(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def none(x):
    x = x.strip()
    return None if x in ("", "-") else x


def aliases(x):
    return [a.strip() for a in x.split(";") if a.strip()] if x else []


def num(v):
    f = float(v)
    return int(f) if f == int(f) and "." not in v else f


def parse(path):
    meta, gold = {}, {"articles": [], "zones": [], "enterprises": [], "projects": [],
                      "platforms": [], "statistics": []}
    lines = []  # (marker, text)
    ctx = {"s": None, "p": None}
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip():
            continue
        if raw.startswith("#"):
            tag, _, rest = raw.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            if tag == "#DOC":
                meta.update(doc=f[0], style=f[1], seed=int(f[2]))
            elif tag == "#YEAR":
                gold["doc_year"] = int(f[0]); gold["doc_year_evidence"] = f[1]
            elif tag == "#A":
                gold["articles"].append({"title": f[0], "main_zone": none(f[1]), "first_words": f[2]})
            elif tag == "#Z":
                gold["zones"].append({"name": f[0], "aliases": aliases(f[3] if len(f) > 3 else ""),
                                      "city": f[1], "province": f[2]})
            elif tag == "#E":
                gold["enterprises"].append({"name": f[0], "aliases": aliases(f[2] if len(f) > 2 else ""),
                                            "zone": none(f[1])})
            elif tag == "#P":
                gold["projects"].append({"name": f[0], "aliases": aliases(f[4] if len(f) > 4 else ""),
                                         "zone": none(f[1]), "enterprise": none(f[2]), "status": none(f[3])})
            elif tag == "#F":
                gold["platforms"].append({"name": f[0], "aliases": aliases(f[2] if len(f) > 2 else ""),
                                          "zone": none(f[1])})
            elif tag == "#@":
                for kv in rest.split():
                    k, _, v = kv.partition("=")
                    ctx[k] = none(v)
            elif tag == "#S":
                opts = {"s": ctx["s"], "p": ctx["p"], "ap": None, "cmp": None}
                for o in f[5:]:
                    k, _, v = o.partition("=")
                    opts[k.strip()] = none(v)
                gold["statistics"].append({
                    "subject": opts["s"], "indicator": f[0], "value": num(f[1]), "unit": f[2],
                    "approx": opts["ap"], "period": opts["p"], "kind": KINDS[f[3]],
                    "compared_to": opts["cmp"], "evidence": f[4]})
            else:
                sys.exit("%s: bad tag %s" % (path, tag))
            continue
        if raw.startswith("!!"):
            lines.append(("head2", raw[2:]))
        elif raw.startswith("CAP:"):
            lines.append(("cap", raw[4:]))
        elif raw.startswith("BRK:"):
            lines.append(("brk", raw[4:]))
        elif raw.startswith("="):
            lines.append(("lay", raw[1:]))
        else:
            lines.append(("para", raw))
    return meta, gold, lines


def protected(gold):
    out = []
    for s in gold["statistics"]:
        out.append(s["evidence"])
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in gold[k]:
            out.append(e["name"]); out += e["aliases"]
    for a in gold["articles"]:
        out.append(a["first_words"])
    out.append(gold.get("doc_year_evidence") or "")
    return [p for p in out if p]


def safe_cuts(para, prot):
    bad = set()
    for p in prot:
        for m in re.finditer(re.escape(p), para):
            bad.update(range(m.start() + 1, m.end()))
    return [i for i in range(8, len(para) - 8) if i not in bad
            and para[i - 1] not in "。；！？" and para[i] not in "，。、；："]


def spaced(text, rng, n):
    """insert spaces inside words and numbers at n random places (between two han or two digits)"""
    cand = [i for i in range(1, len(text)) if
            (re.match(r"[\u4e00-\u9fff]", text[i - 1]) and re.match(r"[\u4e00-\u9fff]", text[i])) or
            (text[i - 1].isdigit() and text[i] in "0123456789.")]
    pos = set(rng.sample(cand, min(n, len(cand))))
    return "".join((" " + c) if i in pos else c for i, c in enumerate(text))


def wrap(text, rng):
    out, i = [], 0
    while i < len(text):
        w = rng.randint(30, 40)
        out.append(text[i:i + w]); i += w
    return out


def render_pdf(lines, gold, rng):
    prot = protected(gold)
    # attach captions / page breaks to the preceding paragraph
    blocks = []
    for kind, t in lines:
        if kind in ("cap", "brk") and blocks and blocks[-1][0] == "para":
            blocks[-1][2].append((kind, t))
        else:
            blocks.append([kind, t, []])
    out = []
    for kind, t, inserts in blocks:
        if kind == "head2":
            out.append("".join(c + c for c in t))
        elif kind in ("lay", "cap", "brk"):
            out.append(t)
        else:
            pieces = [t.lstrip("　 ")]
            for ik, it in inserts:
                last = pieces[-1]
                cuts = safe_cuts(last, prot)
                mid = len(last) // 2
                c = min(cuts, key=lambda x: abs(x - mid) + rng.random())
                pieces[-1:] = [last[:c], (ik, it), last[c:]]
            first = True
            for p in pieces:
                if isinstance(p, tuple):
                    out.append(p[1] if p[0] == "brk" else "\n" + p[1] + "\n")
                    continue
                p = spaced(p, rng, max(1, len(p) // 45))
                ls = wrap(("　　" if first else "") + p, rng)
                out.extend(ls)
                first = False
    return "\n".join(out) + "\n"


def render_web(lines):
    out = []
    for kind, t in lines:
        out.append(t)
    return "\n".join(out) + "\n"


def build(path):
    meta, gold, lines = parse(path)
    rng = random.Random(meta["seed"])
    clean = "\n".join(t for k, t in lines)
    text = render_pdf(lines, gold, rng) if meta["style"] == "pdf" else render_web(lines)
    name = meta["doc"] + ".txt"
    with open(os.path.join(ROOT, "texts", name), "w", encoding="utf-8") as h:
        h.write(text)
    g = {"doc": name, "doc_year": gold.get("doc_year"), "doc_year_evidence": gold.get("doc_year_evidence")}
    for k in ("articles", "zones", "enterprises", "projects", "platforms", "statistics"):
        g[k] = gold[k]
    with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    # quick self-check against the clean text
    nc = nz(clean)
    miss = [s["evidence"] for s in gold["statistics"] if nz(s["evidence"]) not in nc]
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-40s han=%d Z=%d E=%d P=%d F=%d S=%d miss=%d" % (
        name, han, len(gold["zones"]), len(gold["enterprises"]), len(gold["projects"]),
        len(gold["platforms"]), len(gold["statistics"]), len(miss)))
    for m in miss:
        print("   MISSING EVIDENCE:", m)


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for s in srcs:
        build(s)
