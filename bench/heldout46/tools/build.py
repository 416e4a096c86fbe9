#!/usr/bin/env python3
"""Render texts/ and gold/ from the hand-written sources in src/.

    python3 tools/build.py            # writes texts/*.txt and gold/*.json
    python3 tools/build.py --check    # renders in memory and compares with what is on disk

Python 3 standard library only. Every random choice comes from random.Random(seed) with the
seed given in the source file, so a rebuild is byte-identical.

Source format (src/NNN_slug.src): sections introduced by a line "## <section>".
  ## meta         key: value lines (style, seed, doc_year, doc_year_evidence, layout fields)
  ## article      key: value lines (title, main_zone, byline, caption, ...), a line "---",
                  then the body, one paragraph per line
  ## zones        name | aliases | city | province
  ## enterprises  name | aliases | zone
  ## projects     name | aliases | zone | enterprise | status
  ## platforms    name | aliases | zone
  ## statistics   subject | indicator | value | unit | period | kind | approx | compared_to | evidence
"-" stands for null / empty; aliases are separated by ";". Lines starting with "#" (one hash
and a space) inside tables are comments.
"""
import json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))

TABLES = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "period", "kind", "approx",
                   "compared_to", "evidence"],
}


# ---------------------------------------------------------------- parsing
def parse(path):
    doc = {"meta": {}, "articles": [], **{t: [] for t in TABLES}}
    section, art, in_body = None, None, False
    with open(path, encoding="utf-8") as h:
        lines = h.read().split("\n")
    for n, line in enumerate(lines, 1):
        if line.startswith("## "):
            section = line[3:].strip()
            if section == "article":
                art = {"fields": {}, "body": []}
                doc["articles"].append(art)
                in_body = False
            elif section not in TABLES and section != "meta":
                sys.exit("%s:%d: unknown section %s" % (path, n, section))
            continue
        if section is None:
            continue
        if section == "article":
            if in_body:
                if line.strip():
                    art["body"].append(line.strip())
            elif line.strip() == "---":
                in_body = True
            elif line.strip():
                k, _, v = line.partition(":")
                art["fields"][k.strip()] = v.strip()
            continue
        if not line.strip() or line.startswith("# "):
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            doc["meta"][k.strip()] = v.strip()
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) != len(TABLES[section]):
            sys.exit("%s:%d: %s row needs %d columns, has %d" % (path, n, section, len(TABLES[section]), len(cols)))
        doc[section].append(dict(zip(TABLES[section], cols)))
    return doc


def nul(v):
    return None if v in ("-", "") else v


def num(v):
    if "/" in v:
        a, b = v.split("/")
        return round(int(a) / int(b), 6)
    f = float(v)
    return int(f) if f == int(f) and "." not in v else f


def gold_of(doc, name):
    m = doc["meta"]
    out = {"doc": name + ".txt",
           "doc_year": int(m["doc_year"]) if nul(m.get("doc_year", "-")) else None,
           "doc_year_evidence": nul(m.get("doc_year_evidence", "-")),
           "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [],
           "statistics": []}
    for a in doc["articles"]:
        f = a["fields"]
        fw = f.get("first_words") or first_words(a["body"][0])
        out["articles"].append({"title": f["title"], "main_zone": nul(f.get("main_zone", "-")),
                                "first_words": fw})
    for t in ("zones", "enterprises", "projects", "platforms"):
        for r in doc[t]:
            e = {}
            for k in TABLES[t]:
                if k == "aliases":
                    e[k] = [a.strip() for a in r[k].split(";")] if nul(r[k]) else []
                else:
                    e[k] = nul(r[k])
            out[t].append(e)
    for r in doc["statistics"]:
        s = {k: nul(r[k]) for k in TABLES["statistics"]}
        s["value"] = num(r["value"])
        out["statistics"].append(s)
    return out


def first_words(body):
    s = re.sub(r"\s+", "", body)
    return s[:12]


# ---------------------------------------------------------------- noise helpers
QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    """The scorer's name normalisation (NFKC, no whitespace, no quotes)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def doubled(s):
    return "".join(c + c for c in s if not c.isspace())


def protected_spans(text, needles):
    spans = []
    for s in needles:
        if not s:
            continue
        i = text.find(s)
        while i >= 0:
            spans.append((i, i + len(s)))
            i = text.find(s, i + 1)
    return spans


def free_at(pos, spans):
    return all(not (a < pos < b) for a, b in spans)


def sprinkle_spaces(rng, s, p, gap=0.5):
    """Single spaces inside words and numbers, plus thousands gaps in long numbers."""
    s = re.sub(r"\d{4,}", lambda m: (m.group()[:-3] + " " + m.group()[-3:])
               if rng.random() < gap else m.group(), s)
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and not c.isspace() and not s[i + 1].isspace() and rng.random() < p:
            out.append(" ")
    return "".join(out)


def wrap(rng, s, lo, hi):
    lines, i = [], 0
    while i < len(s):
        w = rng.randint(lo, hi)
        lines.append(s[i:i + w].strip(" "))
        i += w
    return [l for l in lines if l]


def needles_of(gold):
    n = [s["evidence"] for s in gold["statistics"]]
    for t in ("zones", "enterprises", "projects", "platforms"):
        for e in gold[t]:
            n.append(e["name"])
            n.extend(e["aliases"])
    n.extend(a["first_words"] for a in gold["articles"])
    if gold["doc_year_evidence"]:
        n.append(gold["doc_year_evidence"])
    return n


def split_at_free_comma(rng, paras, needles, what):
    """Pick a paragraph and a comma outside every protected span; return (para index, cut)."""
    cands = []
    for pi, p in enumerate(paras):
        spans = protected_spans(p, needles)
        for m in re.finditer("，", p):
            cut = m.end()
            if 15 <= cut <= len(p) - 15 and free_at(cut, spans) and free_at(m.start(), spans):
                cands.append((pi, cut))
    if not cands:
        sys.exit("no free comma for %s" % what)
    later = [c for c in cands if c[0] > 0]  # keep the caption out of the opening paragraph
    return rng.choice(later or cands)


# ---------------------------------------------------------------- styles
def render_pdf(doc, gold, rng):
    m = doc["meta"]
    needles = needles_of(gold)
    out = [" ".join(m["masthead"]) + "        " + m["date_line"],
           "第%s版  %s" % (m["page"], m["page_title"]) + "      " + m.get("header_right", ""),
           ""]
    for a in doc["articles"]:
        f = a["fields"]
        if f.get("kicker"):
            out.append(f["kicker"])
        out.append(doubled(f["title"]))
        if f.get("subtitle"):
            out.append(sprinkle_spaces(rng, f["subtitle"], 0.03))
        if f.get("byline"):
            out.append(f["byline"])
        paras = list(a["body"])
        cap_at = None
        if f.get("caption"):
            cap_at = split_at_free_comma(rng, paras, needles, f["title"])
        for pi, p in enumerate(paras):
            pieces = [p]
            if cap_at and cap_at[0] == pi:
                pieces = [p[:cap_at[1]], None, p[cap_at[1]:]]
            for piece in pieces:
                if piece is None:
                    out.append(f["caption"])
                    continue
                out.extend(wrap(rng, sprinkle_spaces(rng, piece, 0.035), 30, 40))
        out.append("")
    out.append(m["footer"])
    out.append("第%s版" % m["page"] + "    " + " ".join(m["masthead"]) + "    " + m["date_line"])
    return "\n".join(out) + "\n"


def render_web(doc, gold, rng):
    m = doc["meta"]
    needles = needles_of(gold)
    out = [m["site"], m["nav"], "当前位置：" + m["breadcrumb"], ""]
    for a in doc["articles"]:
        f = a["fields"]
        out.append(f["title"])
        if f.get("subtitle"):
            out.append(f["subtitle"])
        info = "发布时间：%s" % m["publish_time"]
        info += rng.choice(["　", "  ", "\xa0\xa0"]) + "来源：%s" % m["source"]
        if m.get("author"):
            info += rng.choice(["　", "  "]) + "作者：%s" % m["author"]
        info += "　【字号：大 中 小】"
        out.append(info)
        out.append(m.get("share", "分享到：微信 微博 QQ空间 复制链接"))
        out.append("")
        for p in a["body"]:
            parts = [p]
            if len(p) > 120 and rng.random() < 0.5:
                spans = protected_spans(p, needles)
                cuts = [mm.end() for mm in re.finditer("。", p)
                        if 20 < mm.end() < len(p) - 20 and free_at(mm.end(), spans)]
                if cuts:
                    c = rng.choice(cuts)
                    parts = [p[:c], p[c:]]
            for part in parts:
                indent = rng.choice(["\u3000\u3000", "", "  ", "\xa0\xa0", "&nbsp;&nbsp;"])
                tail = rng.choice(["", "", " ", "\xa0"])
                out.append(indent + sprinkle_spaces(rng, part, 0.006, gap=0.0) + tail)
                out.extend([""] * rng.choice([0, 1, 1, 2]))
        if f.get("editor"):
            out.append(f["editor"])
    out.append("")
    out.append("【打印本页】　【关闭窗口】　【返回顶部】")
    if m.get("related"):
        out.append("相关链接：")
        for r in m["related"].split(";"):
            out.append("· " + r.strip())
    if m.get("prev"):
        out.append("上一篇：" + m["prev"])
    if m.get("next"):
        out.append("下一篇：" + m["next"])
    out.append("")
    out.append(m["copyright"])
    out.append(m["icp"])
    return "\n".join(out) + "\n"


def render_official(doc, gold, rng):
    m = doc["meta"]
    needles = needles_of(gold)
    out = []
    for line in m["heading"].split(";"):
        out.append(" " * rng.randint(8, 14) + line.strip())
    out.append("")
    if m.get("issuer"):
        out.append(" " * 20 + m["issuer"])
    out.append("")
    lines = []
    for a in doc["articles"]:
        f = a["fields"]
        if f.get("show_title") == "yes":
            lines.append(" " * 10 + f["title"])
        for p in a["body"]:
            # a hard page break (page number) may fall inside a paragraph, never inside a quote
            body = "\u3000\u3000" + sprinkle_spaces(rng, p, 0.01, gap=0.3)
            lines.extend(wrap(rng, body, 27, 29))
    # page numbers go between lines, but never where the line break falls inside a quote
    normed = [norm(l) for l in lines]
    joined = "".join(normed)
    spans = protected_spans(joined, [norm(x) for x in needles])
    cum, ends = 0, []
    for l in normed:
        cum += len(l)
        ends.append(cum)
    page, per, since = 1, int(m.get("lines_per_page", "22")), 0
    for i, l in enumerate(lines):
        out.append(l)
        since += 1
        if since >= per and i + 1 < len(lines) and free_at(ends[i], spans):
            out.append("")
            out.append(" " * 16 + "— %d —" % page)
            out.append("")
            page += 1
            since = 0
    out.append("")
    out.append(" " * 16 + "— %d —" % page)
    if m.get("footer"):
        out.append("")
        out.extend(m["footer"].split("\\n"))
    return "\n".join(out) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


def build(name):
    doc = parse(os.path.join(SRC, name + ".src"))
    gold = gold_of(doc, name)
    rng = random.Random(int(doc["meta"]["seed"]))
    text = RENDER[doc["meta"]["style"]](doc, gold, rng)
    gtext = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    return text, gtext


def han(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def main():
    check = "--check" in sys.argv
    names = sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".src"))
    os.makedirs(TEXTS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for name in names:
        text, gtext = build(name)
        tp, gp = os.path.join(TEXTS, name + ".txt"), os.path.join(GOLD, name + ".json")
        if check:
            for p, c in ((tp, text), (gp, gtext)):
                same = os.path.exists(p) and open(p, encoding="utf-8").read() == c
                print("%-4s %s" % ("ok" if same else "DIFF", os.path.relpath(p, ROOT)))
                bad += not same
        else:
            with open(tp, "w", encoding="utf-8", newline="\n") as h:
                h.write(text)
            with open(gp, "w", encoding="utf-8", newline="\n") as h:
                h.write(gtext)
            print("%-40s han=%d" % (name, han(text)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
