#!/usr/bin/env python3
"""Build the held-out set: src/NNN_slug.src -> texts/NNN_slug.txt + gold/NNN_slug.json.

Deterministic (the noise generator is seeded with the document's slug).
  python3 tools/build.py          # write texts/ and gold/
  python3 tools/build.py --check  # rebuild in memory, fail if texts/ or gold/ differ

Source format (one file per document, UTF-8):
  @style pdf|web|tv|report|roundup|interview|circular   rendering style
  @year 2024|<evidence quote>                            doc_year and its evidence
  @subj NAME        default statistic subject for the inline statistics that follow
  @period P         default statistic period ("-" = null) for what follows
  ~ line            page furniture, printed verbatim (no noise)
  # title @ZONE     article headline (printed plainly); main_zone after @
  #2 title @ZONE    article headline printed with every character doubled
  ## line           sub-headline / label printed plainly, not an article
  other lines       body text; each line is one paragraph
  Inside body text:
    [[evidence|indicator|kind|opt ...]]  a statistic; evidence is printed as text
        kind: am amount, ct count, gr growth, sh share, rk rank, df difference,
              tg target, ot other (or the full word)
        opts: s=subject p=period(- = null) v=value u=unit a=approx(- = null)
              c=compared_to e=evidence ; x = the evidence runs from the start of the
              previous statistic's evidence in this paragraph (a chain: 营收X，增长Y%)
              value/unit/approx are otherwise read from the marked span
    {{caption}}   an image caption cutting the sentence at this point
  ---gold           after this line, entity and extra statistic lines:
    Z name|aliases;..|city|province
    E name|aliases;..|zone
    P name|aliases;..|zone|enterprise|status
    F name|aliases;..|zone
    S subject|indicator|value|unit|approx|period|kind|compared_to|evidence
"""
import json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"am": "amount", "ct": "count", "gr": "growth", "sh": "share", "rk": "rank",
         "df": "difference", "tg": "target", "ot": "other"}
UNITS = sorted("""亿元 万元 元 万亿元 亿美元 万美元 美元 % 个百分点 家 个 项 人 万人 名 人次 万人次 场次 场
万户 户 亩 万亩 平方米 万平方米 平方公里 倍 位 年 套 所 件 台 座 万吨 吨 辆 万辆 台套 条 款 种 批 支
兆瓦 万千瓦 公里 次 篇 份 GWh 万标箱 标箱 万台 千亩 万件 万只 亿只 万单 万吨 万套 万名 万人次 亿人次""".split(), key=len, reverse=True)
WIDTH = {"pdf": 23, "report": 41, "roundup": 33, "interview": 36, "tv": 0, "web": 58, "circular": 44}
SPACE_P = {"pdf": 0.05, "report": 0.03, "roundup": 0.04, "interview": 0.03, "tv": 0.02, "web": 0.04,
           "circular": 0.03}
STAT_RE = re.compile(r"\[\[(.*?)\]\]")
CAP_RE = re.compile(r"\{\{(.*?)\}\}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def die(msg):
    sys.exit("build: " + msg)


def nums_in(ev):
    """Candidate statistic numbers in an evidence string (not dates, not 1-6月)."""
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?(?:/\d+)?", ev):
        after = ev[m.end():m.end() + 1]
        before = ev[max(0, m.start() - 1):m.start()]
        if after in ("年", "月", "日", "号", "-", "—", "季") or before in ("-", "—"):
            continue
        out.append(m)
    return out


def parse_num(tok):
    if "/" in tok:
        a, b = tok.split("/")
        return round(int(a) / int(b), 6), "fraction"
    return (int(tok) if re.fullmatch(r"\d+", tok) else float(tok)), None


def auto_stat(ev, opts, where):
    cands = nums_in(ev)
    if "v" in opts:
        v, frac = parse_num(opts["v"])
        m = next((c for c in cands if c.group(0) == opts["v"]), None)
    else:
        if len(cands) != 1:
            die("%s: %d numbers in evidence %r, give v=" % (where, len(cands), ev))
        m = cands[0]
        v, frac = parse_num(m.group(0))
    unit = opts.get("u")
    if unit is None:
        if frac:
            unit = "fraction"
        elif m is None:
            die("%s: give u= for %r" % (where, ev))
        else:
            rest = ev[m.end():]
            rest = re.sub(r"^(余|多)", "", rest)
            unit = next((u for u in UNITS if rest.startswith(u)), None)
            if unit is None:
                die("%s: no unit after number in %r" % (where, ev))
    if "a" in opts:
        approx = None if opts["a"] == "-" else opts["a"]
    else:
        approx = None
        pre = ev[:m.start()] if m else ev
        post = ev[m.end():] if m else ""
        if re.search(r"(超过|超|突破|逾)$", pre) or re.match(r"(余|多)", post) or \
                re.match(r"(余|多)?[^\d，。、；]{0,4}以上", post):
            approx = "over"
        elif re.search(r"(约|近)$", pre) or re.match(r"[^\d，。、]{0,4}左右", post):
            approx = "about"
        elif re.search(r"(不到|不足)$", pre):
            approx = "under"
    return v, unit, approx


def parse_src(path):
    slug = os.path.basename(path)[:-4]
    with open(path, encoding="utf-8") as h:
        lines = h.read().split("\n")
    meta = {"style": None, "year": None, "year_ev": None}
    blocks = []          # (type, text) type in furn, head, head2, sub, para
    articles, stats = [], []
    ents = {"zones": [], "enterprises": [], "projects": [], "platforms": []}
    subj, period = None, None
    para = []
    pending_article = None
    in_gold = False

    def flush():
        nonlocal para, pending_article
        if not para:
            return
        raw = "".join(para)
        para = []
        plain = []
        pos = 0
        chain_start = None
        for m in STAT_RE.finditer(raw):
            plain.append(raw[pos:m.start()])
            here = len("".join(plain))
            parts = m.group(1).split("|")
            ev, ind, kind = parts[0], parts[1], parts[2]
            opts = {}
            for o in parts[3:]:
                k, _, val = o.partition("=")
                opts[k] = val
            where = "%s: %s" % (slug, ev)
            v, unit, approx = auto_stat(CAP_RE.sub("", ev), opts, where)
            p = opts.get("p", period)
            if "x" in opts and chain_start is not None:
                start = chain_start
            else:
                start = here
            chain_start = start
            full = "".join(plain)[start:] + ev
            stats.append({"subject": opts.get("s", subj), "indicator": ind, "value": v, "unit": unit,
                          "approx": approx, "period": None if p in (None, "-") else p,
                          "kind": KINDS.get(kind, kind), "compared_to": opts.get("c"),
                          "evidence": re.sub(r"\s+", "", CAP_RE.sub("", opts.get("e", full)))})
            plain.append(ev)
            pos = m.end()
        plain.append(raw[pos:])
        text = "".join(plain)
        if pending_article is not None:
            pending_article["first_words"] = re.sub(r"\{\{.*?\}\}|\s", "", text)[:12]
            pending_article = None
        blocks.append(("para", text))

    for ln in lines:
        if in_gold:
            if not ln.strip() or ln.startswith("//"):
                continue
            tag, _, rest = ln.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            nn = lambda x: None if x in ("", "-") else x
            al = lambda x: [a for a in x.split(";") if a] if x not in ("", "-") else []
            if tag == "Z":
                ents["zones"].append({"name": f[0], "aliases": al(f[1]), "city": nn(f[2]), "province": nn(f[3])})
            elif tag == "E":
                ents["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nn(f[2])})
            elif tag == "P":
                ents["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nn(f[2]),
                                         "enterprise": nn(f[3]), "status": nn(f[4])})
            elif tag == "F":
                ents["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nn(f[2])})
            elif tag == "S":
                v, frac = parse_num(f[2])
                stats.append({"subject": f[0], "indicator": f[1], "value": v, "unit": f[3],
                              "approx": nn(f[4]), "period": nn(f[5]), "kind": KINDS.get(f[6], f[6]),
                              "compared_to": nn(f[7]), "evidence": f[8]})
            else:
                die("%s: bad gold line %r" % (slug, ln))
            continue
        if ln.strip() == "---gold":
            flush()
            in_gold = True
            continue
        if ln.startswith("@"):
            flush()
            key, _, val = ln[1:].partition(" ")
            val = val.strip()
            if key == "style":
                meta["style"] = val
            elif key == "year":
                y, _, ev = val.partition("|")
                meta["year"], meta["year_ev"] = int(y), ev
            elif key == "subj":
                subj = val
            elif key == "period":
                period = None if val == "-" else val
            else:
                die("%s: unknown directive %r" % (slug, ln))
        elif ln.startswith("~"):
            flush()
            blocks.append(("furn", ln[1:].strip()))
        elif ln.startswith("#2 ") or ln.startswith("# "):
            flush()
            body = ln.split(" ", 1)[1]
            title, _, zone = body.partition("@")
            art = {"title": title.strip(), "main_zone": zone.strip() or None, "first_words": None}
            articles.append(art)
            pending_article = art
            blocks.append(("head2" if ln.startswith("#2") else "head", title.strip()))
        elif ln.startswith("## "):
            flush()
            blocks.append(("sub", ln[3:].strip()))
        elif not ln.strip():
            flush()
        else:
            para.append(ln.strip())
            flush()
    flush()
    return slug, meta, blocks, articles, ents, stats


def group_digits(num, rng):
    """'1300' -> '1 300' (as PDF number typesetting does), sometimes."""
    intpart, dot, frac = num.partition(".")
    if len(intpart) < 4 or rng.random() < 0.4:
        return num
    g = []
    while len(intpart) > 3:
        g.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    g.insert(0, intpart)
    return " ".join(g) + dot + frac


def noisy(text, style, rng):
    text = re.sub(r"\d+(?:\.\d+)?(?![\d年])", lambda m: group_digits(m.group(0), rng), text)
    out = []
    p = SPACE_P[style]
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 < len(text) and HAN.match(ch) and HAN.match(text[i + 1]) and rng.random() < p:
            out.append(" ")
    return "".join(out)


def wrap(text, width, rng):
    if not width:
        return text
    lines, cur, w = [], "", width + rng.randint(-2, 2)
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        cur += ch
        if len(cur) >= w:
            lines.append(cur)
            cur, w = "", width + rng.randint(-2, 2)
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def render(slug, meta, blocks):
    rng = random.Random(slug)
    style = meta["style"]
    out = []
    for typ, text in blocks:
        if typ == "furn":
            out.append(text)
        elif typ == "head":
            out.append(text)
        elif typ == "head2":
            out.append("".join(c + c for c in text if not c.isspace()))
        elif typ == "sub":
            out.append(text)
        else:
            t = CAP_RE.sub(lambda m: "\n" + m.group(1) + "\n", text)
            t = noisy(t, style, rng)
            indent = "\u3000\u3000" if style in ("pdf", "report", "circular", "web") else ""
            out.append(wrap(indent + t, WIDTH[style], rng))
    sep = "\n" if style in ("pdf", "roundup") else "\n\n"
    return sep.join(out) + "\n"


def build_one(path):
    slug, meta, blocks, articles, ents, stats = parse_src(path)
    txt = render(slug, meta, blocks)
    gold = {"doc": slug + ".txt", "doc_year": meta["year"], "doc_year_evidence": meta["year_ev"],
            "articles": articles}
    gold.update(ents)
    gold["statistics"] = stats
    return slug, txt, json.dumps(gold, ensure_ascii=False, indent=2) + "\n"


def main():
    check = "--check" in sys.argv
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    bad = 0
    for f in srcs:
        slug, txt, gj = build_one(os.path.join(ROOT, "src", f))
        tp = os.path.join(ROOT, "texts", slug + ".txt")
        gp = os.path.join(ROOT, "gold", slug + ".json")
        if check:
            for p, content in ((tp, txt), (gp, gj)):
                old = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if old != content:
                    print("DIFFERS:", p)
                    bad += 1
        else:
            with open(tp, "w", encoding="utf-8") as h:
                h.write(txt)
            with open(gp, "w", encoding="utf-8") as h:
                h.write(gj)
        g = json.loads(gj)
        print("%-34s han=%5d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            slug, len(HAN.findall(txt)), len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
            len(g["platforms"]), len(g["statistics"])))
    if check:
        print("check:", "OK" if not bad else "%d files differ" % bad)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
