#!/usr/bin/env python3
"""Deterministic generator for the heldout47 evaluation set (Python 3 standard library only).

    python3 tools/build.py            # src/*.src -> texts/*.txt + gold/*.json
    python3 tools/build.py --check    # regenerate in memory and compare with the files on disk

Source format (src/NNN_slug.src), one directive per line:

  # ...                          comment
  @doc NNN_slug                  document name (must equal the file name)
  @style web|official|pdf        rendering style
  @year 2024                     doc_year
  @year_evidence 2024年10月25日   doc_year_evidence (must occur in the rendered text)
  chrome (per style):
    web:      @breadcrumb, @meta, @link (repeatable), @copyright
    official: @docno, @issuer, @date
    pdf:      @masthead, @pageline, @footer (repeatable)
  @article                       starts an article
    @title ...   @main <zone>   @first <first words> (default: first 12 characters of the body)
    @byline 本报讯（记者 …）       (pdf) printed before the first paragraph
    @caption 图为……（记者 某某 摄） (pdf, repeatable) inserted after a comma, mid-sentence
    prose lines: consecutive lines form one paragraph; a blank line ends it
    | a | b | c                  table row (web only); a table is a block of such lines
  annotations (anywhere; fields separated by '|'; aliases separated by ';'):
    @Z name | aliases | city | province
    @E name | aliases | zone
    @P name | aliases | zone | enterprise | status
    @F name | aliases | zone
    @S subject | indicator | value | unit | approx | period | kind | compared_to | evidence
       empty subject -> current @subj; empty period -> current @period; '-' -> null;
       value "a/b" -> a/b rounded to 6 places (use with unit "fraction")
    @subj <canonical name>       default subject for following @S lines
    @period <period>|-           default period for following @S lines

Noise (pdf only) never touches annotated strings in a way that survives score.norm_name:
spaces and line breaks vanish under norm_name, and captions / page markers are only inserted
at positions that lie outside every occurrence of a gold string (names, aliases, evidence,
first words, periods, doc_year_evidence).
"""
import argparse, hashlib, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_DIR = os.path.join(ROOT, "src")
TEXT_DIR = os.path.join(ROOT, "texts")
GOLD_DIR = os.path.join(ROOT, "gold")

STAT_FIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def nows(s):
    return None if s is None else re.sub(r"\s+", "", s)


def rng_for(name):
    return random.Random(int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest(), "big"))


# ------------------------------------------------------------------ parsing
class Article:
    def __init__(self):
        self.title = None
        self.main = None
        self.first = None
        self.byline = None
        self.captions = []
        self.blocks = []          # ("p", text) | ("table", [[cells], ...])


def parse_value(v, lineno):
    v = v.strip()
    m = re.fullmatch(r"(-?\d+)/(\d+)", v)
    if m:
        return round(int(m.group(1)) / int(m.group(2)), 6)
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if re.fullmatch(r"-?\d+\.\d+", v):
        return float(v)
    raise ValueError("line %d: bad value %r" % (lineno, v))


def parse_src(path):
    doc = {"name": None, "style": None, "year": None, "year_evidence": None, "chrome": {},
           "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [],
           "statistics": []}
    art = None
    para = []
    table = []
    subj = None
    period = None

    def flush():
        nonlocal para, table
        if para:
            art.blocks.append(("p", "".join(para)))
            para = []
        if table:
            art.blocks.append(("table", table))
            table = []

    def fields(rest, n, lineno):
        parts = [p.strip() for p in rest.split("|")]
        if len(parts) != n:
            raise ValueError("%s line %d: expected %d fields, got %d: %r" % (path, lineno, n, len(parts), rest))
        return parts

    def opt(x):
        return None if x in ("", "-") else x

    def aliases(x):
        return [a.strip() for a in x.split(";") if a.strip()] if x and x != "-" else []

    with open(path, encoding="utf-8") as h:
        lines = h.read().split("\n")
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, rest = line.partition(" ")
            key = key[1:]
            rest = rest.strip()
            if key in ("Z", "E", "P", "F", "S", "subj", "period"):
                if key == "Z":
                    n, a, c, p = fields(rest, 4, lineno)
                    doc["zones"].append({"name": nows(n), "aliases": [nows(x) for x in aliases(a)],
                                         "city": opt(c), "province": opt(p)})
                elif key == "E":
                    n, a, z = fields(rest, 3, lineno)
                    doc["enterprises"].append({"name": nows(n), "aliases": [nows(x) for x in aliases(a)],
                                               "zone": opt(z)})
                elif key == "P":
                    n, a, z, e, s = fields(rest, 5, lineno)
                    doc["projects"].append({"name": nows(n), "aliases": [nows(x) for x in aliases(a)],
                                            "zone": opt(z), "enterprise": opt(e), "status": opt(s)})
                elif key == "F":
                    n, a, z = fields(rest, 3, lineno)
                    doc["platforms"].append({"name": nows(n), "aliases": [nows(x) for x in aliases(a)],
                                             "zone": opt(z)})
                elif key == "S":
                    f = fields(rest, 9, lineno)
                    s_subj = f[0] or subj
                    s_per = period if f[5] == "" else opt(f[5])
                    if not s_subj:
                        raise ValueError("%s line %d: no subject" % (path, lineno))
                    doc["statistics"].append({
                        "subject": nows(s_subj), "indicator": nows(f[1]),
                        "value": parse_value(f[2], lineno), "unit": opt(f[3]), "approx": opt(f[4]),
                        "period": nows(s_per), "kind": opt(f[6]), "compared_to": nows(opt(f[7])),
                        "evidence": nows(f[8]), "_line": lineno})
                elif key == "subj":
                    subj = rest or None
                elif key == "period":
                    period = opt(rest)
                continue
            if key == "doc":
                doc["name"] = rest
            elif key == "style":
                doc["style"] = rest
            elif key == "year":
                doc["year"] = int(rest)
            elif key == "year_evidence":
                doc["year_evidence"] = rest
            elif key == "article":
                if art is not None:
                    flush()
                art = Article()
                doc["articles"].append(art)
            elif key in ("title", "main", "first", "byline"):
                setattr(art, key, None if (key == "main" and rest == "-") else rest)
            elif key == "caption":
                art.captions.append(rest)
            elif key in ("link", "footer"):
                doc["chrome"].setdefault(key, []).append(rest)
            else:
                doc["chrome"][key] = rest
            continue
        if art is None:
            if line.strip():
                raise ValueError("%s line %d: text outside an article" % (path, lineno))
            continue
        if not line.strip():
            flush()
        elif line.lstrip().startswith("|"):
            if para:
                art.blocks.append(("p", "".join(para)))
                para = []
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
        else:
            if table:
                art.blocks.append(("table", table))
                table = []
            para.append(line.strip())
    if art is not None:
        flush()
    for a in doc["articles"]:
        if a.first is None:
            body = next(t for k, t in a.blocks if k == "p")
            a.first = body[:12]
    return doc


# ------------------------------------------------------------------ protection
def protected_strings(doc):
    out = set()
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for e in doc[kind]:
            out.add(e["name"])
            out.update(e["aliases"])
    for s in doc["statistics"]:
        out.add(s["evidence"])
        if s["period"]:
            out.add(s["period"])
    for a in doc["articles"]:
        out.add(nows(a.first))
    if doc["year_evidence"]:
        out.add(nows(doc["year_evidence"]))
    return {x for x in out if x}


def spans_in(s, strings):
    """Spans [a, b) of s covered by an occurrence of any string (whitespace ignored)."""
    keep = [i for i, c in enumerate(s) if not c.isspace()]
    t = "".join(s[i] for i in keep)
    spans = []
    for p in strings:
        start = 0
        while True:
            k = t.find(p, start)
            if k < 0:
                break
            spans.append((keep[k], keep[k + len(p) - 1] + 1))
            start = k + 1
    return spans


def safe(pos, spans):
    return all(not (a < pos < b) for a, b in spans)


# ------------------------------------------------------------------ noise
def pdf_noise(s, rng):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s):
            n = s[i + 1]
            if c in "0123456789" and n in "0123456789":
                if rng.random() < 0.15:
                    out.append(" ")
            elif is_han(c) and is_han(n):
                if rng.random() < 0.01:
                    out.append(" ")
    return "".join(out)


def hard_wrap(s, rng):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(30, 40)
        lines.append(s[i:i + n])
        i += n
    return lines


def insert_captions(art, prot, rng):
    """Return the article's paragraphs (byline merged into the first) with captions inserted
    after a comma at a position outside every protected span."""
    paras = [t for k, t in art.blocks if k == "p"]
    if art.byline:
        paras[0] = art.byline + paras[0]
    for cap in art.captions:
        cands = []
        for pi, t in enumerate(paras):
            spans = spans_in(t, prot)
            for pos in range(1, len(t) - 8):
                if t[pos - 1] == "，" and safe(pos, spans) and (pi > 0 or pos > 40):
                    if "摄）" in t[max(0, pos - 60):pos + 60]:
                        continue          # keep captions apart
                    cands.append((pi, pos))
        if not cands:
            raise ValueError("no safe comma for caption %r" % cap)
        pi, pos = cands[rng.randrange(len(cands))]
        paras[pi] = paras[pi][:pos] + cap + paras[pi][pos:]
    return paras


def render_pdf(doc, rng):
    prot = protected_strings(doc)
    ch = doc["chrome"]
    out = [ch["masthead"], ch["pageline"], ""]
    for i, art in enumerate(doc["articles"]):
        title = "".join(c * 2 for c in art.title) if i == 0 else art.title
        out.append(title)
        for p in insert_captions(art, prot, rng):
            out.extend(hard_wrap(pdf_noise(p, rng), rng))
        out.append("")
    out.extend(ch.get("footer", []))
    return "\n".join(out) + "\n"


def render_table(rows):
    return ["\t".join(r) for r in rows]


def render_web(doc, rng):
    ch = doc["chrome"]
    art = doc["articles"][0]
    out = [ch["breadcrumb"], "", art.title, ch["meta"], "【字体：大 中 小】　【打印本页】　【关闭窗口】", ""]
    for kind, b in art.blocks:
        if kind == "p":
            out.append("　　" + b)
        else:
            out.extend(render_table(b))
    out += ["", "分享到：微信　微博　QQ空间　复制链接", "", "相关链接："]
    out += ["· " + l for l in ch.get("link", [])]
    out += ["", ch["copyright"]]
    return "\n".join(out) + "\n"


def render_official(doc, rng):
    prot = protected_strings(doc)
    ch = doc["chrome"]
    art = doc["articles"][0]
    head = []
    if ch.get("docno"):
        head.append(ch["docno"])
    head += ["", art.title, "", ch["issuer"], ch["date"], ""]
    paras = [b for k, b in art.blocks if k == "p"]
    body = []
    page, count, target = 1, 0, rng.randint(520, 680)
    for p in paras:
        spans = spans_in(p, prot)
        start = 0
        pos = 0
        while pos < len(p):
            count += 1
            pos += 1
            if count >= target and pos < len(p) - 2 and safe(pos, spans) \
                    and is_han(p[pos]) and (is_han(p[pos - 1]) or p[pos - 1] in "，。；："):
                body.append(("　　" if start == 0 else "") + p[start:pos])
                body.append("")
                body.append("— %d —" % page)
                body.append("")
                page += 1
                count, target = 0, rng.randint(520, 680)
                start = pos
        body.append(("　　" if start == 0 else "") + p[start:])
    body += ["", "— %d —" % page]
    return "\n".join(head + body) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


# ------------------------------------------------------------------ gold
def gold_of(doc):
    stats = []
    for s in doc["statistics"]:
        stats.append({k: s[k] for k in STAT_FIELDS})
    return {
        "doc": doc["name"] + ".txt",
        "doc_year": doc["year"],
        "doc_year_evidence": nows(doc["year_evidence"]),
        "articles": [{"title": a.title, "main_zone": a.main, "first_words": nows(a.first)}
                     for a in doc["articles"]],
        "zones": doc["zones"],
        "enterprises": doc["enterprises"],
        "projects": doc["projects"],
        "platforms": doc["platforms"],
        "statistics": stats,
    }


def build_one(path):
    doc = parse_src(path)
    name = os.path.splitext(os.path.basename(path))[0]
    if doc["name"] != name:
        raise ValueError("%s: @doc %r does not match the file name" % (path, doc["name"]))
    text = RENDER[doc["style"]](doc, rng_for(name))
    gold = json.dumps(gold_of(doc), ensure_ascii=False, indent=2) + "\n"
    return name, text, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare regenerated output with texts/ and gold/")
    ap.add_argument("only", nargs="*", help="document names to build (default: all)")
    args = ap.parse_args()
    srcs = sorted(f for f in os.listdir(SRC_DIR) if f.endswith(".src"))
    if args.only:
        srcs = [f for f in srcs if os.path.splitext(f)[0] in args.only]
    bad = 0
    for f in srcs:
        name, text, gold = build_one(os.path.join(SRC_DIR, f))
        tp, gp = os.path.join(TEXT_DIR, name + ".txt"), os.path.join(GOLD_DIR, name + ".json")
        if args.check:
            for p, want in ((tp, text), (gp, gold)):
                have = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if have != want:
                    bad += 1
                    print("DIFFERS: %s" % os.path.relpath(p, ROOT))
        else:
            os.makedirs(TEXT_DIR, exist_ok=True)
            os.makedirs(GOLD_DIR, exist_ok=True)
            with open(tp, "w", encoding="utf-8") as h:
                h.write(text)
            with open(gp, "w", encoding="utf-8") as h:
                h.write(gold)
            print("built %s" % name)
    if args.check:
        print("check: %d file(s) differ" % bad if bad else "check: %d documents reproduce exactly" % len(srcs))
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
