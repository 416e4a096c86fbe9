#!/usr/bin/env python3
"""Build the heldout51 evaluation set from hand-written sources.

    python3 tools/build.py            # src/*.src -> texts/*.txt + gold/*.json
    python3 tools/build.py --check    # rebuild in memory, compare with texts/ and gold/
    python3 tools/build.py --counts   # print the counts table (markdown)

Source format (src/NNN_slug.src, UTF-8):
  # comment                       ignored
  %key value                      document directive (before the first %article) or
                                  article directive (after it): see DOC_KEYS / ART_KEYS
  %article                        starts an article
  plain line                      one paragraph of the current article
  =line                           a verbatim line (heading, table row, signature): no
                                  wrapping, no noise, never cut
  Z> name | aliases | city | province
  E> name | aliases | zone
  P> name | aliases | zone | enterprise | status
  L> name | aliases | zone                                   (platform)
  S> subject | indicator | value | unit | approx | period | kind | compared_to | evidence
  with "-" for null / no aliases and ";" between aliases.

Rendering is deterministic: every document has its own random.Random seeded from the
SHA-256 of its name.  A document is not written when any gold string (name, alias,
evidence, period, first_words, doc_year_evidence) is missing from the rendered text
after score.norm_name.  Captions, [图片] blocks and page markers are only inserted at
gaps that lie outside every occurrence of every gold string in the clean paragraph.
Python 3 standard library only.
"""
import argparse, hashlib, json, os, random, re, sys

sys.dont_write_bytecode = True
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (norm_name, UNITS)

norm = score.norm_name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold")

DOC_KEYS = {"style", "year", "year_evidence", "head", "meta", "foot", "addressee"}
ART_KEYS = {"title", "subtitle", "main_zone", "byline", "caption", "picture", "first_words"}
MULTI = {"head", "meta", "foot", "caption", "picture"}


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def opt(x):
    x = x.strip()
    return None if x in ("-", "") else x


def aliases(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def num(x):
    x = x.strip()
    m = re.fullmatch(r"(\d+)/(\d+)", x)
    if m:
        return round(int(m.group(1)) / int(m.group(2)), 6)
    v = float(x)
    return int(v) if v == int(v) and "." not in x else v


# ---------------------------------------------------------------- parsing
def parse(path):
    name = os.path.splitext(os.path.basename(path))[0]
    d = {"name": name, "meta": {k: [] for k in MULTI & DOC_KEYS}, "articles": [],
         "Z": [], "E": [], "P": [], "L": [], "S": []}
    cur = None
    with open(path, encoding="utf-8") as h:
        for n, raw in enumerate(h, 1):
            line = raw.rstrip("\n").rstrip("\r")
            where = "%s:%d" % (os.path.basename(path), n)
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^([ZEPLS])>\s?(.*)$", line)
            if m:
                f = [x.strip() for x in m.group(2).split("|")]
                want = {"Z": 4, "E": 3, "P": 5, "L": 3, "S": 9}[m.group(1)]
                if len(f) != want:
                    sys.exit("%s: %s> needs %d fields, got %d" % (where, m.group(1), want, len(f)))
                d[m.group(1)].append((where, f))
                continue
            if line.startswith("%"):
                key, _, val = line[1:].partition(" ")
                if key == "article":
                    cur = {"meta": {k: [] for k in MULTI & ART_KEYS}, "paras": []}
                    d["articles"].append(cur)
                elif cur is not None and key in ART_KEYS:
                    if key in MULTI:
                        cur["meta"][key].append(val)
                    else:
                        cur["meta"][key] = val
                elif cur is None and key in DOC_KEYS:
                    if key in MULTI:
                        d["meta"][key].append(val)
                    else:
                        d["meta"][key] = val
                else:
                    sys.exit("%s: unknown or misplaced directive %%%s" % (where, key))
                continue
            if cur is None:
                sys.exit("%s: paragraph before %%article" % where)
            cur["paras"].append(line)
    return d


def gold_of(d):
    g = {"doc": d["name"] + ".txt", "doc_year": int(d["meta"]["year"]) if d["meta"].get("year") else None,
         "doc_year_evidence": d["meta"].get("year_evidence"), "articles": [],
         "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for a in d["articles"]:
        fw = a["meta"].get("first_words")
        if not fw:
            first = next(p for p in a["paras"] if not p.startswith("="))
            fw = first.strip()[:10]
        g["articles"].append({"title": a["meta"]["title"], "main_zone": opt(a["meta"].get("main_zone", "-")),
                              "first_words": fw})
    for _, f in d["Z"]:
        g["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": opt(f[2]), "province": opt(f[3])})
    for _, f in d["E"]:
        g["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": opt(f[2])})
    for _, f in d["P"]:
        al = aliases(f[1])
        # rule: a project named "...项目" is also accepted without the word 项目
        if f[0].endswith("项目") and len(f[0]) >= 6 and f[0][:-2] not in al:
            al.append(f[0][:-2])
        g["projects"].append({"name": f[0], "aliases": al, "zone": opt(f[2]), "enterprise": opt(f[3]),
                              "status": opt(f[4])})
    for _, f in d["L"]:
        g["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": opt(f[2])})
    for where, f in d["S"]:
        try:
            v = num(f[2])
        except ValueError:
            sys.exit("%s: bad value %r" % (where, f[2]))
        g["statistics"].append({"subject": f[0], "indicator": f[1], "value": v, "unit": f[3],
                                "approx": opt(f[4]), "period": opt(f[5]), "kind": f[6],
                                "compared_to": opt(f[7]), "evidence": f[8]})
    return g


def gold_strings(g):
    out = []
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in g[k]:
            out.append(e["name"])
            out.extend(e["aliases"])
    for s in g["statistics"]:
        out.append(s["evidence"])
        if s["period"]:
            out.append(s["period"])
    for a in g["articles"]:
        out.append(a["first_words"])
    if g["doc_year_evidence"]:
        out.append(g["doc_year_evidence"])
    seen, res = set(), []
    for s in out:
        if s and s not in seen:
            seen.add(s)
            res.append(s)
    return res


# ---------------------------------------------------------------- noise helpers
def unsafe_gaps(text, strings):
    """Gaps p (a cut between text[p-1] and text[p]) that lie strictly inside an occurrence
    of some gold string."""
    bad = set()
    for s in strings:
        if not s:
            continue
        i = text.find(s)
        while i >= 0:
            bad.update(range(i + 1, i + len(s)))
            i = text.find(s, i + 1)
    return bad


def spaces(text, rng, p_han=0.01, p_dig=0.15):
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if i + 1 < len(text):
            n = text[i + 1]
            if is_han(c) and is_han(n) and rng.random() < p_han:
                out.append(" ")
            elif c.isdigit() and n.isdigit() and rng.random() < p_dig:
                out.append(" ")
    return "".join(out)


def wrap(text, rng, lo, hi):
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


def split_at(para, cut):
    return para[:cut], para[cut:]


def pick_cut(para, bad, rng, kind):
    if kind == "comma":
        cands = [p for p in range(1, len(para)) if para[p - 1] == "，" and p not in bad]
    else:  # between two Han characters, not at the edges
        cands = [p for p in range(4, len(para) - 4)
                 if is_han(para[p - 1]) and is_han(para[p]) and p not in bad]
    return rng.choice(cands) if cands else None


def place_inserts(article, strings, rng, kind, items, where):
    """Assign each insert (caption/picture) to a distinct non-lead paragraph and a safe cut.
    Returns {paragraph index: (cut, text)}."""
    normal = [i for i, p in enumerate(article["paras"]) if not p.startswith("=")]
    lead = normal[0] if normal else None
    choices = {}
    pool = [i for i in normal if i != lead]
    for text in items:
        rng.shuffle(pool)
        for i in pool:
            if i in choices:
                continue
            para = article["paras"][i]
            cut = pick_cut(para, unsafe_gaps(para, strings), rng, kind)
            if cut is not None:
                choices[i] = (cut, text)
                break
        else:
            sys.exit("%s: no safe place for insert %r" % (where, text))
    return choices


# ---------------------------------------------------------------- renderers
def render_pdf(d, strings, rng):
    L = list(d["meta"]["head"])
    for ai, a in enumerate(d["articles"]):
        L.append("")
        t = a["meta"]["title"]
        L.append("".join(c * 2 for c in t if not c.isspace()) if ai == 0 else t)
        if a["meta"].get("subtitle"):
            L.append(a["meta"]["subtitle"])
        ins = place_inserts(a, strings, rng, "comma", a["meta"]["caption"], d["name"])
        first = True
        for pi, p in enumerate(a["paras"]):
            if p.startswith("="):
                L.append(p[1:])
                continue
            pieces = [p]
            if pi in ins:
                cut, cap = ins[pi]
                pieces = list(split_at(p, cut))
            for k, piece in enumerate(pieces):
                txt = spaces(piece, rng)
                if first and k == 0 and a["meta"].get("byline"):
                    txt = a["meta"]["byline"] + txt
                elif k == 0:
                    txt = "  " + txt
                L.extend(wrap(txt, rng, 30, 40))
                if k == 0 and len(pieces) == 2:
                    L.append(ins[pi][1])
            first = False
    L.append("")
    L.extend(d["meta"]["foot"])
    return "\n".join(L) + "\n"


def render_web(d, strings, rng):
    L = list(d["meta"]["head"])
    for a in d["articles"]:
        L.append(a["meta"]["title"])
        if a["meta"].get("subtitle"):
            L.append(a["meta"]["subtitle"])
        L.extend(d["meta"]["meta"])
        L.append("")
        ins = place_inserts(a, strings, rng, "han", a["meta"]["picture"], d["name"])
        for pi, p in enumerate(a["paras"]):
            if p.startswith("="):
                L.append(p[1:])
                continue
            if pi in ins:
                cut, cap = ins[pi]
                x, y = split_at(p, cut)
                L.append("\u3000\u3000" + x)
                L.append("[图片]")
                L.append(cap)
                L.append(y)
            else:
                L.append("\u3000\u3000" + p)
    L.append("")
    L.extend(d["meta"]["foot"])
    return "\n".join(L) + "\n"


def render_official(d, strings, rng):
    L = list(d["meta"]["head"])
    body = []
    for a in d["articles"]:
        L.append(a["meta"]["title"])
        if a["meta"].get("subtitle"):
            L.append(a["meta"]["subtitle"])
        L.append("")
        if d["meta"].get("addressee"):
            L.append(d["meta"]["addressee"])
        body.extend(a["paras"])
    page = [1]
    state = {"since": 0, "next": rng.randint(500, 650)}

    def marker():
        L.append("\u2014 %d \u2014" % page[0])
        page[0] += 1
        state["since"] = 0
        state["next"] = rng.randint(500, 650)

    for p in body:
        if p.startswith("="):
            L.append(p[1:])
            state["since"] += len(p) - 1
            if state["since"] >= state["next"]:
                marker()
            continue
        text = "\u3000\u3000" + p
        bad = {g + 2 for g in unsafe_gaps(p, strings)}
        line, width = "", rng.randint(32, 38)
        for i, c in enumerate(text):
            line += c
            state["since"] += 1
            gap = i + 1
            if state["since"] >= state["next"] and gap < len(text) and gap not in bad and gap > 2:
                L.append(line)
                line, width = "", rng.randint(32, 38)
                marker()
                continue
            if len(line) >= width:
                L.append(line)
                line, width = "", rng.randint(32, 38)
        if line:
            L.append(line)
        if state["since"] >= state["next"]:
            marker()
    L.append("")
    L.extend(d["meta"]["foot"])
    if state["since"] > 0:
        L.append("\u2014 %d \u2014" % page[0])
    return "\n".join(L) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


def build_one(path):
    d = parse(path)
    g = gold_of(d)
    strings = gold_strings(g)
    seed = int.from_bytes(hashlib.sha256(d["name"].encode("utf-8")).digest(), "big")
    rng = random.Random(seed)
    text = RENDER[d["meta"]["style"]](d, strings, rng)
    nt = norm(text)
    missing = [s for s in strings if norm(s) not in nt]
    # every gold string must also be in the clean source paragraphs or header lines
    # (titles count too, except the first pdf headline, which is printed doubled)
    titles = [a["meta"]["title"] for i, a in enumerate(d["articles"])
              if not (d["meta"]["style"] == "pdf" and i == 0)]
    clean = "\n".join(d["meta"]["head"] + d["meta"]["meta"] + d["meta"]["foot"] + titles +
                      [p.lstrip("=") for a in d["articles"] for p in a["paras"]])
    not_in_src = [s for s in strings if s not in clean]
    return d, g, text, missing, not_in_src


def dump_gold(g):
    return json.dumps(g, ensure_ascii=False, indent=2) + "\n"


def han_count(text):
    return sum(1 for c in text if is_han(c))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare a fresh build with texts/ and gold/")
    ap.add_argument("--counts", action="store_true", help="print the counts table")
    args = ap.parse_args()
    srcs = sorted(f for f in os.listdir(SRC) if f.endswith(".src"))
    bad = 0
    rows = []
    for f in srcs:
        d, g, text, missing, not_in_src = build_one(os.path.join(SRC, f))
        name = d["name"]
        if missing or not_in_src:
            bad += 1
            for s in missing:
                print("%s: gold string missing from rendered text: %s" % (name, s), file=sys.stderr)
            for s in not_in_src:
                print("%s: gold string not verbatim in the source text: %s" % (name, s), file=sys.stderr)
            print("%s: NOT written" % name, file=sys.stderr)
            continue
        tp, gp = os.path.join(TEXTS, name + ".txt"), os.path.join(GOLD, name + ".json")
        if args.check:
            for p, want in ((tp, text), (gp, dump_gold(g))):
                have = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if have != want:
                    bad += 1
                    print("%s: differs from a fresh build" % p, file=sys.stderr)
        elif not args.counts:
            with open(tp, "w", encoding="utf-8") as h:
                h.write(text)
            with open(gp, "w", encoding="utf-8") as h:
                h.write(dump_gold(g))
        rows.append((name, d["meta"]["style"], han_count(text), len(g["zones"]), len(g["enterprises"]),
                     len(g["projects"]), len(g["platforms"]), len(g["statistics"])))
    if args.counts:
        print("| doc | style | han chars | zones | enterprises | projects | platforms | statistics |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        tot = [0] * 6
        for r in rows:
            print("| %s | %s | %d | %d | %d | %d | %d | %d |" % r)
            tot = [a + b for a, b in zip(tot, r[2:])]
        print("| **total** | | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    elif args.check:
        print("check: %d documents, %s" % (len(srcs), "OK" if not bad else "%d problem(s)" % bad))
    else:
        print("built %d of %d documents" % (len(rows), len(srcs)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
