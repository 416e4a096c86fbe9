#!/usr/bin/env python3
"""Build the heldout50 set: src/NNN_slug.src -> texts/NNN_slug.txt + gold/NNN_slug.json.

  python3 tools/build.py            # (re)write texts/ and gold/
  python3 tools/build.py --check    # regenerate in memory, compare byte for byte
  python3 tools/build.py --counts   # Han characters and gold counts per document

Python 3 standard library only. Deterministic: every document uses its own
random.Random seeded with the SHA-256 of the document name, and nothing depends on
set or dict hash order, so the output does not depend on PYTHONHASHSEED.

Source format (one file per document, UTF-8):
  # comment
  %key value          document directive (before the first %article) or article
                      directive (after it): style, province, topic, year,
                      year_evidence, masthead, header, footer, breadcrumb, meta,
                      fontrow, editor, share, link, copyright, docno, issuer, date,
                      signature, title, main_zone, byline, first_words, caption
  %article            starts an article
  Z> name | aliases | city | province
  E> name | aliases | zone
  P> name | aliases | zone | enterprise | status
  L> name | aliases | zone                                   (platform)
  S> subject | indicator | value | unit | approx | period | kind | compared_to | evidence
  any other non-empty line: one paragraph of the current article
  In gold lines "-" means null (or no aliases); aliases are separated by ";".
  A value "a/b" is a fraction (unit "fraction"), stored as round(a/b, 6).
"""
import hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))

QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    """The scorer's norm_name (NFKC, no whitespace, no quotes)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


# ------------------------------------------------------------------ parsing
class Doc:
    def __init__(self, name):
        self.name = name
        self.meta = {}          # single-valued directives
        self.multi = {}         # repeated directives (link, signature, footer lines)
        self.articles = []
        self.zones, self.enterprises, self.projects, self.platforms, self.statistics = [], [], [], [], []


MULTI = {"link", "signature", "title_line"}


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def aliases(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def parse_value(v, unit):
    v = v.strip()
    if "/" in v:
        a, b = v.split("/")
        if unit != "fraction":
            raise ValueError("fraction value %s needs unit fraction" % v)
        return round(int(a) / int(b), 6)
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if re.fullmatch(r"-?\d+\.\d+", v):
        return float(v)
    raise ValueError("bad value %r" % v)


def parse(path):
    name = os.path.basename(path)[:-4]
    doc = Doc(name)
    art = None
    with open(path, encoding="utf-8") as h:
        for ln, line in enumerate(h, 1):
            line = line.rstrip("\n")
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            try:
                if s == "%article":
                    art = {"paras": [], "captions": []}
                    doc.articles.append(art)
                elif s.startswith("%"):
                    key, _, val = s[1:].partition(" ")
                    val = val.strip()
                    target = doc.meta if art is None else art
                    if key == "caption":
                        art["captions"].append(val)
                    elif key in MULTI:
                        (doc.multi if art is None else art).setdefault(key, []).append(val)
                    else:
                        if key in target:
                            raise ValueError("directive %s given twice" % key)
                        target[key] = val
                elif s[:2] in ("Z>", "E>", "P>", "L>", "S>"):
                    f = [x.strip() for x in s[2:].split("|")]
                    t = s[0]
                    if t == "Z":
                        assert len(f) == 4, f
                        doc.zones.append({"name": f[0], "aliases": aliases(f[1]), "city": nul(f[2]), "province": nul(f[3])})
                    elif t == "E":
                        assert len(f) == 3, f
                        doc.enterprises.append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
                    elif t == "P":
                        assert len(f) == 5, f
                        doc.projects.append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2]),
                                             "enterprise": nul(f[3]), "status": nul(f[4])})
                    elif t == "L":
                        assert len(f) == 3, f
                        doc.platforms.append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
                    else:
                        assert len(f) == 9, f
                        unit = nul(f[3])
                        doc.statistics.append({
                            "subject": f[0], "indicator": f[1], "value": parse_value(f[2], unit),
                            "unit": unit, "approx": nul(f[4]), "period": nul(f[5]), "kind": nul(f[6]),
                            "compared_to": nul(f[7]), "evidence": f[8]})
                else:
                    if art is None:
                        raise ValueError("paragraph before %article")
                    art["paras"].append(s)
            except Exception as e:
                raise SystemExit("%s:%d: %s" % (path, ln, e))
    return doc


# ------------------------------------------------------------------ gold
def gold_of(doc):
    return {
        "doc": doc.name + ".txt",
        "doc_year": int(doc.meta["year"]) if doc.meta.get("year") else None,
        "doc_year_evidence": doc.meta.get("year_evidence"),
        "articles": [{"title": a["title"], "main_zone": nul(a.get("main_zone") or "-"),
                      "first_words": nul(a.get("first_words") or "-")}
                     for a in doc.articles],
        "zones": doc.zones,
        "enterprises": doc.enterprises,
        "projects": doc.projects,
        "platforms": doc.platforms,
        "statistics": doc.statistics,
    }


def gold_strings(doc):
    """Every string that must survive rendering unbroken."""
    out = []
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for e in getattr(doc, kind):
            out.append(e["name"])
            out.extend(e["aliases"])
    for s in doc.statistics:
        out.append(s["evidence"])
        if s["period"]:
            out.append(s["period"])
    for a in doc.articles:
        if a.get("first_words"):
            out.append(a["first_words"])
    if doc.meta.get("year_evidence"):
        out.append(doc.meta["year_evidence"])
    return sorted({norm(x) for x in out if x})


# ------------------------------------------------------------------ protected spans
def norm_map(text):
    """Normalised text and, for each normalised char, the raw index it comes from."""
    chars, idx = [], []
    for i, c in enumerate(text):
        for d in norm(c):
            chars.append(d)
            idx.append(i)
    return "".join(chars), idx


def forbidden(text, gstrings):
    """Raw boundaries (0..len) at which an insertion would split a gold string."""
    n, idx = norm_map(text)
    bad = set()
    for g in gstrings:
        start = n.find(g)
        while start != -1:
            end = start + len(g)
            # raw boundaries strictly inside the occurrence
            lo = idx[start] + 1
            hi = idx[end - 1]
            bad.update(range(lo, hi + 1))
            start = n.find(g, start + 1)
    return bad


# ------------------------------------------------------------------ noise
def add_spaces(text, rng, p_han=0.01, p_dig=0.15):
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if i + 1 < len(text):
            d = text[i + 1]
            if is_han(c) and is_han(d):
                if rng.random() < p_han:
                    out.append(" ")
            elif c.isdigit() and d.isdigit():
                if rng.random() < p_dig:
                    out.append(" ")
    return "".join(out)


def wrap(text, rng, lo, hi):
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


def double(title):
    return "".join(c + c for c in title)


def insert_at(text, pos, ins):
    return text[:pos] + ins + text[pos:]


def pick_boundary(rng, text, bad, after_comma):
    cands = []
    for i in range(1, len(text)):
        if i in bad:
            continue
        if after_comma:
            if text[i - 1] == "，":
                cands.append(i)
        elif is_han(text[i - 1]) and is_han(text[i]):
            cands.append(i)
    if not cands:
        return None
    # keep captions away from the very beginning and end of a paragraph
    mid = [c for c in cands if 12 <= c <= len(text) - 12] or cands
    return mid[rng.randrange(len(mid))]


def place_captions(rng, art, gstr, after_comma):
    """Return {paragraph index: [(pos, caption)]} for the article's captions."""
    placed = {}
    paras = art["paras"]
    for cap in art["captions"]:
        order = list(range(len(paras)))
        rng.shuffle(order)
        for pi in order:
            if pi == 0:
                continue            # never in the lead paragraph (first_words)
            if pi in placed:
                continue
            t = paras[pi]
            if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", t) and len(t) < 30:
                continue
            b = pick_boundary(rng, t, forbidden(t, gstr), after_comma)
            if b is not None:
                placed[pi] = [(b, cap)]
                break
        else:
            raise SystemExit("%s: no place for caption %r" % (art["title"], cap))
    return placed


# ------------------------------------------------------------------ styles
def render_pdf(doc, rng, gstr):
    m = doc.meta
    out = [m["masthead"], m["header"], ""]
    for ai, art in enumerate(doc.articles):
        out.append(double(art["title"]) if ai == 0 else add_spaces(art["title"], rng))
        if art.get("subtitle"):
            out.append(art["subtitle"])
        placed = place_captions(rng, art, gstr, after_comma=True)
        for pi, para in enumerate(art["paras"]):
            t = para
            for pos, cap in sorted(placed.get(pi, []), reverse=True):
                t = insert_at(t, pos, cap)
            if pi == 0 and art.get("byline"):
                t = art["byline"] + t
            t = "　　" + add_spaces(t, rng)
            out.extend(wrap(t, rng, 30, 40))
        out.append("")
    out.append(m["footer"])
    return "\n".join(out) + "\n"


def render_web(doc, rng, gstr):
    m = doc.meta
    art = doc.articles[0]
    out = [m["breadcrumb"], "", art["title"], m["meta"], m["fontrow"], ""]
    placed = place_captions(rng, art, gstr, after_comma=False)
    for pi, para in enumerate(art["paras"]):
        if pi in placed:
            pos, cap = placed[pi][0]
            out.append("　　" + para[:pos])
            out.append("[图片]")
            out.append(cap)
            out.append(para[pos:])
        else:
            out.append("　　" + para)
    out += ["", m["editor"], "", m["share"], "", "相关链接："]
    out += ["· " + l for l in doc.multi.get("link", [])]
    out += ["", m["copyright"]]
    return "\n".join(out) + "\n"


def render_official(doc, rng, gstr):
    m = doc.meta
    art = doc.articles[0]
    out = [m["docno"], ""]
    out += doc.multi.get("title_line", [art["title"]])
    out += ["", m["issuer"], m["date"], ""]
    # body pieces with page markers every 500-650 characters (also mid-sentence)
    page = 1
    budget = rng.randint(500, 650)
    used = sum(len(x) for x in out)
    pieces = []                       # (text, indent?) or ("\x00marker", None)
    for para in art["paras"]:
        bad = forbidden(para, gstr)
        start, indent = 0, True
        while True:
            rest = len(para) - start
            if used + rest <= budget:
                pieces.append((para[start:], indent))
                used += rest
                break
            b = start + (budget - used)
            while b < len(para) and (b in bad or b <= start):
                b += 1
            if b >= len(para):
                pieces.append((para[start:], indent))
                used += rest
                pieces.append(("\x00", page))
                page += 1
                used, budget = 0, rng.randint(500, 650)
                break
            pieces.append((para[start:b], indent))
            pieces.append(("\x00", page))
            page += 1
            used, budget = 0, rng.randint(500, 650)
            start, indent = b, False
    for text, ind in pieces:
        if text == "\x00":
            out += ["", "— %d —" % ind, ""]
            continue
        t = ("　　" if ind else "") + text
        out.extend(wrap(t, rng, 32, 38))
    out.append("")
    out += doc.multi.get("signature", [])
    out += ["", "— %d —" % page]
    return "\n".join(out) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


def build(path):
    doc = parse(path)
    rng = random.Random(int(hashlib.sha256(doc.name.encode("utf-8")).hexdigest(), 16))
    gstr = gold_strings(doc)
    text = RENDER[doc.meta["style"]](doc, rng, gstr)
    ntext = norm(text)
    missing = [g for g in gstr if g not in ntext]
    if missing:
        raise SystemExit("%s: gold strings not in rendered text: %s" % (doc.name, missing))
    gold = json.dumps(gold_of(doc), ensure_ascii=False, indent=2) + "\n"
    return doc, text, gold


def sources():
    return sorted(os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".src"))


def main():
    args = sys.argv[1:]
    results = [build(p) for p in sources()]
    if "--check" in args:
        bad = 0
        for doc, text, gold in results:
            for path, want in ((os.path.join(TEXTS, doc.name + ".txt"), text),
                               (os.path.join(GOLD, doc.name + ".json"), gold)):
                try:
                    with open(path, "rb") as h:
                        have = h.read()
                except FileNotFoundError:
                    have = None
                if have != want.encode("utf-8"):
                    print("DIFFERS: %s" % os.path.relpath(path, ROOT))
                    bad += 1
        print("check: %d documents, %d files differ" % (len(results), bad))
        sys.exit(1 if bad else 0)
    if "--counts" in args:
        tot = [0] * 6
        print("| doc | style | han chars | zones | enterprises | projects | platforms | statistics |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for doc, text, gold in results:
            row = [sum(1 for c in text if is_han(c)), len(doc.zones), len(doc.enterprises),
                   len(doc.projects), len(doc.platforms), len(doc.statistics)]
            tot = [a + b for a, b in zip(tot, row)]
            print("| %s | %s | %s |" % (doc.name, doc.meta["style"], " | ".join(map(str, row))))
        print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
        return
    for doc, text, gold in results:
        with open(os.path.join(TEXTS, doc.name + ".txt"), "w", encoding="utf-8", newline="\n") as h:
            h.write(text)
        with open(os.path.join(GOLD, doc.name + ".json"), "w", encoding="utf-8", newline="\n") as h:
            h.write(gold)
    print("built %d documents" % len(results))


if __name__ == "__main__":
    main()
