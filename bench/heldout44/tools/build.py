#!/usr/bin/env python3
"""Rebuild texts/ and gold/ from the hand-written sources in src/.

A source file (src/NNN_slug.src) has sections:

  #META       key: value lines (style = pdf | web | plain, seed, doc_year, doc_year_evidence,
              masthead, pinyin, date, page, editor, proofreader, caption (twice, pdf only),
              crumbs, source, pubtime, site, icp, related (repeatable), ...)
  #TEXT       the clean article text. "## title" starts an article, "##! title" starts an
              article whose headline is printed with every character doubled (pdf only),
              "%% line" is an unwrapped layout line kept as is (subtitle, byline block);
              every other non-empty line is a paragraph.
  #ARTICLES   title | main_zone | first_words
  #ZONES      name | aliases | city | province
  #ENTERPRISES name | aliases | zone
  #PROJECTS   name | aliases | zone | enterprise | status
  #PLATFORMS  name | aliases | zone
  #STATS      subject | indicator | value | unit | period | kind | approx | compared_to | evidence

Fields are pipe-separated; "-" or an empty field means null; aliases are separated by ";".
Lines starting with "#" followed by a space are comments. The layout noise is drawn from
random.Random(seed), so a rebuild gives byte-identical files.
"""
import json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))
QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def han_count(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def field(x):
    x = x.strip()
    return None if x in ("", "-") else x


def parse(path):
    sec, meta, text, tables = None, [], [], {}
    with open(path, encoding="utf-8") as h:
        for raw in h:
            line = raw.rstrip("\n")
            if re.match(r"^#[A-Z]+\s*$", line):
                sec = line.strip()[1:]
                tables.setdefault(sec, [])
                continue
            if line.startswith("# ") or (sec != "TEXT" and not line.strip()):
                continue
            if sec == "META":
                k, _, v = line.partition(":")
                meta.append((k.strip(), v.strip()))
            elif sec == "TEXT":
                text.append(line)
            else:
                tables[sec].append([field(x) for x in line.split("|")])
    m = {}
    for k, v in meta:
        m.setdefault(k, []).append(v)
    return m, text, tables


def aliases(x):
    return [a.strip() for a in x.split(";") if a.strip()] if x else []


def number(x):
    v = float(x)
    return int(v) if v == int(v) and "." not in x else v


def gold_of(name, m, tables):
    def rows(sec, n):
        out = []
        for r in tables.get(sec, []):
            if len(r) != n:
                sys.exit("%s: %s row has %d fields, want %d: %s" % (name, sec, len(r), n, r))
            out.append(r)
        return out
    g = {"doc": name + ".txt",
         "doc_year": int(m["doc_year"][0]) if m.get("doc_year") else None,
         "doc_year_evidence": m.get("doc_year_evidence", [None])[0],
         "articles": [{"title": t, "main_zone": z, "first_words": f} for t, z, f in rows("ARTICLES", 3)],
         "zones": [{"name": n, "aliases": aliases(a), "city": c, "province": p} for n, a, c, p in rows("ZONES", 4)],
         "enterprises": [{"name": n, "aliases": aliases(a), "zone": z} for n, a, z in rows("ENTERPRISES", 3)],
         "projects": [{"name": n, "aliases": aliases(a), "zone": z, "enterprise": e, "status": s}
                      for n, a, z, e, s in rows("PROJECTS", 5)],
         "platforms": [{"name": n, "aliases": aliases(a), "zone": z} for n, a, z in rows("PLATFORMS", 3)],
         "statistics": []}
    for r in rows("STATS", 9):
        subj, ind, val, unit, per, kind, appr, comp, ev = r
        g["statistics"].append({"subject": subj, "indicator": ind, "value": number(val), "unit": unit,
                                "approx": appr, "period": per, "kind": kind, "compared_to": comp,
                                "evidence": ev})
    return g


# ---------------------------------------------------------------- layout noise
def protected(g):
    out = []
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in g[k]:
            out.append(e["name"]); out += e["aliases"]
    out += [s["evidence"] for s in g["statistics"]]
    out += [a["first_words"] for a in g["articles"] if a["first_words"]]
    return [norm(x) for x in out if x]


def safe_cuts(par, prot):
    """Positions after a full-width comma where a caption may cut the paragraph without
    splitting any name or evidence (compared in normalised form)."""
    npar, pos_of = [], []
    for i, c in enumerate(par):
        for d in norm(c):
            npar.append(d)
            pos_of.append(i)
    npar = "".join(npar)
    spans = []
    for s in prot:
        start = npar.find(s)
        while start != -1:
            spans.append((pos_of[start], pos_of[start + len(s) - 1] + 1))
            start = npar.find(s, start + 1)
    cuts = []
    for i, c in enumerate(par):
        pos = i + 1
        if c == "，" and 10 < pos < len(par) - 10 and not any(a < pos < b for a, b in spans):
            cuts.append(pos)
    return cuts


def space_noise(s, rng, rate):
    """Random single spaces inside words, and thin-space style splits inside long numbers."""
    s = re.sub(r"\d{4,}", lambda mo: (mo.group(0)[:-3] + " " + mo.group(0)[-3:]) if rng.random() < 0.5 else mo.group(0), s)
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and c != " " and s[i + 1] != " " and rng.random() < rate:
            out.append(" ")
    return "".join(out)


def wrap(s, rng):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(30, 40)
        lines.append(s[i:i + n])
        i += n
    return lines


def render_pdf(m, text, g, rng):
    prot = protected(g)
    caps = m.get("caption", [])
    # choose where the two captions go: paragraphs with a safe cut, spread over the page
    pars = [i for i, l in enumerate(text) if l and not l.startswith("##") and not l.startswith("%%")]
    cands = [(i, safe_cuts(text[i], prot)) for i in pars]
    cands = [(i, c) for i, c in cands if c]
    chosen = {}
    if caps:
        half = len(cands) // 2
        for cap, pool in zip(caps, (cands[1:half] or cands[:1], cands[half:])):
            i, cuts = pool[rng.randrange(len(pool))]
            chosen[i] = (rng.choice(cuts), cap)
    out = [m["masthead"][0], m["pinyin"][0], m["date"][0], m["page"][0], ""]
    for i, l in enumerate(text):
        if not l.strip():
            continue
        if l.startswith("##!"):
            t = l[3:].strip()
            out += ["", "".join(c + c for c in t)]
        elif l.startswith("##"):
            out += ["", space_noise(l[2:].strip(), rng, 0.03)]
        elif l.startswith("%%"):
            out.append(space_noise(l[2:].strip(), rng, 0.02))
        else:
            if i in chosen:
                pos, cap = chosen[i]
                out += wrap(space_noise(l[:pos], rng, 0.025), rng)
                out.append(cap)
                out += wrap(space_noise(l[pos:], rng, 0.025), rng)
            else:
                out += wrap(space_noise(l, rng, 0.025), rng)
    out += ["", m["footer"][0], m["pageno"][0]]
    return "\n".join(out) + "\n"


def render_web(m, text, g, rng):
    out = [m["crumbs"][0], ""]
    title_done = False
    buttons = rng.choice(["【字号：大 中 小】【打印本页】【关闭窗口】", "字体：[大] [中] [小]  打印  关闭",
                          "【字体：大 中 小】 【打印】 【收藏】"])
    for l in text:
        if not l.strip():
            continue
        if l.startswith("##"):
            out.append(l.lstrip("#!").strip())
            if not title_done:
                out.append("发布时间：%s  来源：%s  %s" % (m["pubtime"][0], m["source"][0], buttons))
                out.append("")
                title_done = True
        elif l.startswith("%%"):
            out.append(l[2:].strip())
        else:
            out.append("　　" + l)
    share = rng.choice(["分享到：微信 微博 QQ空间", "分享：微信 | 微博 | 复制链接", "分享到： 微信朋友圈  新浪微博  QQ"])
    icp = "%sICP备%08d号-%d" % (m["icp"][0], rng.randrange(10 ** 7, 10 ** 8), rng.randint(1, 3))
    out += ["", "（责任编辑：%s）" % m["editor"][0], share, "", "相关链接："]
    out += ["· " + r for r in m.get("related", [])]
    out += ["", "版权所有：%s  %s" % (m["site"][0], icp), m.get("contact", [""])[0]]
    return "\n".join(out).rstrip("\n") + "\n"


def render_plain(m, text, g, rng):
    out = list(m.get("header", []))
    for l in text:
        if not l.strip():
            continue
        if l.startswith("##"):
            out += ["", l.lstrip("#!").strip(), ""]
        elif l.startswith("%%"):
            out.append(l[2:].strip())
        else:
            out.append(l)
    out += [""] + m.get("trailer", [])
    return "\n".join(out).rstrip("\n") + "\n"


def doubled_lines_removed(txt):
    keep = []
    for l in txt.split("\n"):
        s = re.sub(r"\s+", "", l)
        if len(s) >= 8 and len(s) % 2 == 0 and s[0::2] == s[1::2]:
            continue
        keep.append(l)
    return "\n".join(keep)


def main():
    os.makedirs(TEXTS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for f in sorted(os.listdir(SRC)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        m, text, tables = parse(os.path.join(SRC, f))
        g = gold_of(name, m, tables)
        rng = random.Random(int(m["seed"][0]))
        style = m["style"][0]
        txt = {"pdf": render_pdf, "web": render_web, "plain": render_plain}[style](m, text, g, rng)
        body = norm(doubled_lines_removed(txt))
        for s in protected(g):
            if s not in body:
                print("%s: not in text after noise: %s" % (name, s)); bad += 1
        with open(os.path.join(TEXTS, name + ".txt"), "w", encoding="utf-8") as h:
            h.write(txt)
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2); h.write("\n")
        n = han_count(txt)
        flag = "" if 1500 <= n <= 1800 else "  <-- han count out of 1500-1800"
        if flag:
            bad += 1
        print("%-28s %-5s han=%4d stats=%3d%s" % (name, style, n, len(g["statistics"]), flag))
    if bad:
        sys.exit("build: %d problem(s)" % bad)


if __name__ == "__main__":
    main()
