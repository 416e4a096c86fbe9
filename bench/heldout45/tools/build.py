#!/usr/bin/env python3
"""Render texts/ and gold/ from the hand-written sources in src/.

    python3 tools/build.py            # (re)write texts/*.txt and gold/*.json
    python3 tools/build.py --check    # render in memory, compare with the files on disk

Deterministic: every random choice comes from random.Random seeded with a SHA-256 of
the document name, files are written in sorted order with fixed formatting, so two
builds are byte-identical.  Python 3 standard library only.

Source format (src/NNN_slug.src), one directive per line, '//' starts a comment line:
  @key value             document metadata (style, date, year, year_evidence, ...);
                         @link may repeat (web "related links")
  [article]              then 'key: value' lines (title, main_zone, first_words, byline,
                         double: yes, caption: ... may repeat), then 'body:' and one
                         paragraph per line until the next [section]
  [zones]        name | aliases;... | city | province
  [enterprises]  name | aliases;... | zone
  [projects]     name | aliases;... | zone | enterprise | status
  [platforms]    name | aliases;... | zone
  [statistics]   subject | indicator | value | unit | approx | period | kind | compared_to | evidence
  '-' stands for null / empty.
"""
import datetime, hashlib, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
WEEK = "一二三四五六日"
SECTIONS = ("article", "zones", "enterprises", "projects", "platforms", "statistics")
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
}


# ------------------------------------------------------------------ parsing
def parse(path):
    doc = {"meta": {}, "links": [], "articles": []}
    for k in FIELDS:
        doc[k] = []
    section, art, in_body = None, None, False
    with open(path, encoding="utf-8") as h:
        for lineno, raw in enumerate(h, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            m = re.fullmatch(r"\[(\w+)\]\s*", line)
            if m:
                section = m.group(1)
                if section not in SECTIONS:
                    raise SystemExit("%s:%d: unknown section %s" % (path, lineno, section))
                if section == "article":
                    art = {"captions": [], "paras": []}
                    doc["articles"].append(art)
                    in_body = False
                continue
            if section is None:
                m = re.fullmatch(r"@(\w+)\s+(.*)", line)
                if not m:
                    raise SystemExit("%s:%d: expected @key value" % (path, lineno))
                k, v = m.group(1), m.group(2).strip()
                if k == "link":
                    doc["links"].append(v)
                else:
                    doc["meta"][k] = v
            elif section == "article":
                if in_body:
                    art["paras"].append(line.strip())
                    continue
                m = re.fullmatch(r"(\w+):\s*(.*)", line)
                if not m:
                    raise SystemExit("%s:%d: expected key: value" % (path, lineno))
                k, v = m.group(1), m.group(2).strip()
                if k == "body":
                    in_body = True
                elif k == "caption":
                    art["captions"].append(v)
                else:
                    art[k] = v
            else:
                cells = [c.strip() for c in line.split("|")]
                names = FIELDS[section]
                if len(cells) != len(names):
                    raise SystemExit("%s:%d: %s needs %d cells, got %d" % (
                        path, lineno, section, len(names), len(cells)))
                rec = {}
                for n, c in zip(names, cells):
                    if n == "aliases":
                        rec[n] = [] if c in ("", "-") else [a.strip() for a in c.split(";")]
                    else:
                        rec[n] = None if c in ("", "-") else c
                doc[section].append(rec)
    return doc


def number(s):
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return round(int(m.group(1)) / int(m.group(2)), 6)
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    return float(s)


# ------------------------------------------------------------------ gold
def build_gold(name, doc):
    meta = doc["meta"]
    g = {
        "doc": name + ".txt",
        "doc_year": int(meta["year"]) if meta.get("year") else None,
        "doc_year_evidence": meta.get("year_evidence"),
        "articles": [{"title": a["title"], "main_zone": a.get("main_zone"),
                      "first_words": a["first_words"]} for a in doc["articles"]],
    }
    for kind in ("zones", "enterprises", "projects", "platforms"):
        out = []
        for r in doc[kind]:
            r = dict(r)
            if kind == "projects" and r["name"].endswith("项目") and len(r["name"]) > 4:
                bare = r["name"][:-2]
                if bare not in r["aliases"]:
                    r["aliases"] = r["aliases"] + [bare]   # "with and without the word 项目"
            out.append(r)
        g[kind] = out
    stats = []
    for r in doc["statistics"]:
        r = dict(r)
        r["value"] = number(r["value"])
        stats.append({k: r[k] for k in FIELDS["statistics"]})
    g["statistics"] = stats
    return json.dumps(g, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ noise
def protected(doc):
    """Strings that a caption must never cut: names, aliases, evidence, first words."""
    out = set()
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for r in doc[kind]:
            out.add(r["name"])
            out.update(r["aliases"])
    for r in doc["statistics"]:
        out.add(r["evidence"])
    for a in doc["articles"]:
        out.add(a["first_words"])
    if doc["meta"].get("year_evidence"):
        out.add(doc["meta"]["year_evidence"])
    return [s for s in out if s]


def insert_captions(art, prot, rng):
    """Insert each caption after a comma in the middle of a sentence, never inside a
    protected string.  Returns the paragraphs with captions."""
    paras = list(art["paras"])
    for cap in art["captions"]:
        cands = []
        for pi, p in enumerate(paras):
            if "图为" in p:
                continue
            cover = [False] * (len(p) + 1)
            for s in prot:
                start = p.find(s)
                while start >= 0:
                    for k in range(start + 1, start + len(s)):
                        cover[k] = True
                    start = p.find(s, start + 1)
            for i, ch in enumerate(p):
                if ch == "，" and 8 < i < len(p) - 8 and not cover[i + 1]:
                    cands.append((pi, i + 1))
        if not cands:
            raise SystemExit("no safe comma for caption %r" % cap)
        pi, pos = rng.choice(cands)
        paras[pi] = paras[pi][:pos] + cap + paras[pi][pos:]
    return paras


def sprinkle_spaces(text, rng, rate):
    """Random single spaces inside words, and more often inside numbers."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 < len(text) and not ch.isspace() and not text[i + 1].isspace():
            r = rate
            if ch.isdigit() and (text[i + 1].isdigit() or text[i + 1] == "."):
                r = 0.18
            if rng.random() < r:
                out.append(" ")
    return "".join(out)


def hard_wrap(text, rng, lo=30, hi=40):
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


def doubled(s):
    return "".join(c + c for c in s)


def weekday(date):
    d = datetime.date(*map(int, date.split()[0].split("-")))
    return "%d年%d月%d日" % (d.year, d.month, d.day), "星期" + WEEK[d.weekday()]


# ------------------------------------------------------------------ layouts
def render_paper(doc, rng):
    m = doc["meta"]
    prot = protected(doc)
    day, wk = weekday(m["date"])
    out = [m["masthead"], m.get("masthead_latin", ""),
           "%s  %s  %s" % (day, wk, m["page"]), ""]
    for art in doc["articles"]:
        head = doubled(art["title"]) if art.get("double") == "yes" else art["title"]
        out.append(head)
        if art.get("subtitle"):
            out.append(art["subtitle"])
        if art.get("byline"):
            out.append(sprinkle_spaces(art["byline"], rng, 0.0))
        for p in insert_captions(art, prot, rng):
            p = sprinkle_spaces(p, rng, 0.012)
            out.extend(hard_wrap(p, rng))
        out.append("")
    out.append(m["footer"])
    out.append("%s  %s  %s" % (m["page"], m["masthead"], day))
    return "\n".join(out) + "\n"


def render_web(doc, rng):
    m = doc["meta"]
    art = doc["articles"][0]
    views = rng.randint(300, 4000)
    sep = rng.choice(["　　", "  ", "\u00a0\u00a0"])
    out = [m["breadcrumb"], "", art["title"], "",
           "发布时间：%s%s来源：%s%s浏览次数：%d" % (m["date"], sep, m["source"], sep, views),
           rng.choice(["【字体：大 中 小】【打印本页】【关闭窗口】", "字号：T | T | T　打印　收藏"]),
           ""]
    for p in art["paras"]:
        out.append("　　" + p)
        if rng.random() < 0.4:
            out.append("")
    if art.get("byline"):
        out.append("（%s）" % art["byline"])
    out.append("")
    out.append(rng.choice(["分享到：微信 微博 QQ空间 复制链接", "分享：[微信] [微博] [QQ] [+]"]))
    out.append("")
    out.append("相关链接")
    for l in doc["links"]:
        out.append("· " + l)
    out.append("")
    out.append("版权所有：%s%s%s" % (m["site"], sep, m["icp"]))
    out.append(m.get("contact", "网站标识码：无　　建议使用1920×1080分辨率浏览"))
    return "\n".join(out) + "\n"


def render_official(doc, rng):
    m = doc["meta"]
    art = doc["articles"][0]
    out = [art["title"], "", art["byline"], art["dateline"], ""]
    page, since = 1, 0
    for p in art["paras"]:
        out.append("　　" + p)
        since += len(p)
        if since > rng.randint(380, 620):
            out.append("")
            out.append("— %d —" % page)
            out.append(m["header"])
            out.append("")
            page, since = page + 1, 0
    out.append("")
    out.append("— %d —" % page)
    return "\n".join(out) + "\n"


RENDER = {"paper": render_paper, "web": render_web, "official": render_official}


def render(name, doc):
    seed = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:16], 16)
    rng = random.Random(seed)
    return RENDER[doc["meta"]["style"]](doc, rng)


def build_all():
    files = {}
    for f in sorted(os.listdir(SRC)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        doc = parse(os.path.join(SRC, f))
        text = render(name, doc)
        n = len(HAN.findall(text))
        if not 1500 <= n <= 1800:
            print("warning: %s has %d han characters (want 1500-1800)" % (name, n), file=sys.stderr)
        files[os.path.join(TEXTS, name + ".txt")] = text
        files[os.path.join(GOLD, name + ".json")] = build_gold(name, doc)
    return files


def main():
    files = build_all()
    if "--check" in sys.argv[1:]:
        bad = 0
        for path, content in sorted(files.items()):
            try:
                with open(path, "rb") as h:
                    same = h.read() == content.encode("utf-8")
            except FileNotFoundError:
                same = False
            if not same:
                bad += 1
                print("differs: %s" % os.path.relpath(path, ROOT))
        print("%d files, %d differ" % (len(files), bad))
        sys.exit(1 if bad else 0)
    for d in (TEXTS, GOLD):
        os.makedirs(d, exist_ok=True)
    for path, content in sorted(files.items()):
        with open(path, "w", encoding="utf-8", newline="\n") as h:
            h.write(content)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
