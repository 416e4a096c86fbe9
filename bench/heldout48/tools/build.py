#!/usr/bin/env python3
"""Deterministic generator for the heldout48 evaluation set.

    python3 tools/build.py            # src/*.src -> texts/*.txt + gold/*.json
    python3 tools/build.py --check    # rebuild in memory, compare with the files on disk
    python3 tools/build.py --counts   # print the per-document counts table (markdown)

Standard library only.  All randomness comes from random.Random seeded with the
SHA-256 of the document name (e.g. "001_sichuan_pdf"), so every run gives the same bytes.

Source format (src/NNN_slug.src), one directive or paragraph per line:

    # comment
    @style pdf|web|official          document-level directives come first
    @year 2024
    @year_evidence 2024年11月15日
    @masthead / @header / @footer    (pdf)
    @breadcrumb / @meta / @related / @editor / @icp   (web; @related may repeat)
    @issuer / @docno / @date         (official)
    == ARTICLE
    @title ...                       @main_zone ...   @byline ...   @first ...
    @cap 图为……（记者 某某 摄）      a caption, placed after a comma at a safe spot
    @cap N|图为……                    the same, restricted to paragraph N (0-based)
    any other line                   a paragraph of the article
    == GOLD
    Z name | aliases | city | province
    E name | aliases | zone
    P name | aliases | zone | enterprise | status
    L name | aliases | zone                         (platform)
    S subject | indicator | value | unit | approx | period | kind | compared_to | evidence

"-" or an empty field is null; aliases are separated by ";"; "^" in the subject or
period field of an S line repeats the previous S line's value.
"""
import argparse, hashlib, json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))

QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    """Same normalisation as score.norm_name (NFKC, drop whitespace and quotes)."""
    s = unicodedata.normalize("NFKC", str(s))
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def han_count(s):
    return sum(1 for c in s if is_han(c))


# ------------------------------------------------------------------ parsing
def nul(x):
    x = x.strip()
    return None if x in ("", "-") else x


def aliases(x):
    x = nul(x)
    return [] if x is None else [a.strip() for a in x.split(";") if a.strip()]


def number(x):
    x = x.strip().replace(" ", "")
    if "/" in x:
        a, b = x.split("/")
        return round(float(a) / float(b), 6)
    v = float(x)
    if "." not in x and "e" not in x.lower() and v.is_integer():
        return int(v)
    return v


def parse(path):
    doc = {"meta": {}, "articles": [], "gold": {k: [] for k in ("zones", "enterprises", "projects",
                                                                 "platforms", "statistics")}}
    section, cur, prev = "meta", None, None
    with open(path, encoding="utf-8") as h:
        lines = h.read().split("\n")
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("== ARTICLE"):
            cur = {"meta": {}, "paras": [], "caps": []}
            doc["articles"].append(cur)
            section = "article"
            continue
        if s.startswith("== GOLD"):
            section = "gold"
            continue
        where = "%s:%d" % (os.path.basename(path), n)
        if section == "meta":
            m = re.match(r"@(\w+)\s+(.*)$", s)
            if not m:
                sys.exit("%s: expected a @directive" % where)
            doc["meta"].setdefault(m.group(1), []).append(m.group(2).strip())
        elif section == "article":
            m = re.match(r"@(\w+)\s+(.*)$", s)
            if m and m.group(1) == "cap":
                cur["caps"].append(m.group(2).strip())
            elif m:
                cur["meta"][m.group(1)] = m.group(2).strip()
            else:
                if re.search(r"\s", s):
                    sys.exit("%s: whitespace inside a paragraph" % where)
                cur["paras"].append(s)
        else:
            code, _, rest = s.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            g = doc["gold"]
            want = {"Z": 4, "E": 3, "P": 5, "L": 3, "S": 9}.get(code)
            if want is None or len(f) != want:
                sys.exit("%s: bad gold line (%s fields, want %s)" % (where, len(f), want))
            if code == "Z":
                g["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nul(f[2]),
                                   "province": nul(f[3])})
            elif code == "E":
                g["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
            elif code == "P":
                g["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2]),
                                      "enterprise": nul(f[3]), "status": nul(f[4])})
            elif code == "L":
                g["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
            else:
                subj = prev["subject"] if f[0] == "^" and prev else f[0]
                per = prev["period"] if f[5] == "^" and prev else nul(f[5])
                st = {"subject": subj, "indicator": f[1], "value": number(f[2]), "unit": nul(f[3]),
                      "approx": nul(f[4]), "period": per, "kind": f[6],
                      "compared_to": nul(f[7]), "evidence": f[8]}
                g["statistics"].append(st)
                prev = st
    return doc


def meta1(d, key, default=None):
    v = d["meta"].get(key)
    return v[0] if v else default


# ------------------------------------------------------------------ gold
def first_words(art, n=12):
    """The opening words of the article body (after any byline), as printed."""
    if art["meta"].get("first"):
        return art["meta"]["first"]
    return art["paras"][0][:n]


def gold_of(name, d):
    g = d["gold"]
    arts = [{"title": a["meta"].get("title"), "main_zone": nul(a["meta"].get("main_zone", "")),
             "first_words": first_words(a)} for a in d["articles"]]
    n = 12
    while len({norm(a["first_words"]) for a in arts}) < len(arts) and n < 40:
        n += 2  # lengthen automatic openings until each article's is distinct
        for a, art in zip(arts, d["articles"]):
            if not art["meta"].get("first"):
                a["first_words"] = first_words(art, n)
    return {
        "doc": name + ".txt",
        "doc_year": int(meta1(d, "year")) if meta1(d, "year") else None,
        "doc_year_evidence": meta1(d, "year_evidence"),
        "articles": arts,
        "zones": g["zones"],
        "enterprises": g["enterprises"],
        "projects": g["projects"],
        "platforms": g["platforms"],
        "statistics": g["statistics"],
    }


def gold_strings(gold):
    out = set()
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in gold[k]:
            out.add(e["name"])
            out.update(e["aliases"])
    for s in gold["statistics"]:
        out.add(s["evidence"])
        if s["period"]:
            out.add(s["period"])
    for a in gold["articles"]:
        out.add(a["first_words"])
    if gold["doc_year_evidence"]:
        out.add(gold["doc_year_evidence"])
    return {norm(x) for x in out if x}


# ------------------------------------------------------------------ safe cut points
def forbidden_cuts(text, strings):
    """Raw positions p (cut before text[p]) that would split an occurrence of a gold string."""
    nchars, rawidx = [], []
    for i, c in enumerate(text):
        for x in norm(c):
            nchars.append(x)
            rawidx.append(i)
    nt = "".join(nchars)
    bad = set()
    for g in strings:
        if not g:
            continue
        start = nt.find(g)
        while start >= 0:
            a, b = rawidx[start], rawidx[start + len(g) - 1]
            bad.update(range(a + 1, b + 1))
            start = nt.find(g, start + 1)
    return bad


# ------------------------------------------------------------------ noise
def han_spaces(s, rng, p):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and is_han(c) and is_han(s[i + 1]) and rng.random() < p:
            out.append(" ")
    return "".join(out)


def digit_spaces(s, rng, p):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and c.isdigit() and s[i + 1].isdigit() and c.isascii() and rng.random() < p:
            out.append(" ")
    return "".join(out)


def wrap(s, rng, lo, hi):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        lines.append(s[i:i + n])
        i += n
    return lines


def place_captions(art, rng, strings, used_key):
    """Return {(para_index, raw_position): caption}; each caption goes right after a comma
    whose position cuts no gold string."""
    spots = []
    for pi, p in enumerate(art["paras"]):
        bad = forbidden_cuts(p, strings)
        for i, c in enumerate(p):
            if c == "，" and i + 1 < len(p) and (i + 1) not in bad:
                spots.append((pi, i + 1))
    rng.shuffle(spots)
    placed = {}
    for cap in art["caps"]:
        m = re.match(r"^(\d+)\|(.*)$", cap)
        want = None
        if m:  # "@cap N|图为……": the caption belongs to paragraph N (0-based)
            want, cap = int(m.group(1)), m.group(2)
        cand = [s for s in spots if s not in placed and (want is None or s[0] == want)]
        # keep captions apart: at most one per paragraph while spots allow it
        pick = next((s for s in cand if all(s[0] != q[0] for q in placed)), None)
        if pick is None:
            pick = next(iter(cand), None)
        if pick is None:
            sys.exit("%s: no safe comma for a caption" % used_key)
        placed[pick] = cap
    return placed


def split_para(p, pi, placed):
    """Paragraph -> list of ("text", s) / ("cap", s) segments."""
    cuts = sorted(pos for (q, pos) in placed if q == pi)
    segs, last = [], 0
    for pos in cuts:
        segs.append(("text", p[last:pos]))
        segs.append(("cap", placed[(pi, pos)]))
        last = pos
    segs.append(("text", p[last:]))
    return segs


# ------------------------------------------------------------------ renderers
def render_pdf(name, d, gold, rng, strings):
    out = [meta1(d, "masthead"), meta1(d, "header"), ""]
    for ai, art in enumerate(d["articles"]):
        title = art["meta"]["title"]
        if ai == 0:
            out.append("".join(c * 2 for c in title))
        else:
            out.append(digit_spaces(han_spaces(title, rng, 0.01), rng, 0.15))
        if art["meta"].get("subtitle"):
            out.append(art["meta"]["subtitle"])
        placed = place_captions(art, rng, strings, name)
        for pi, p in enumerate(art["paras"]):
            segs = split_para(p, pi, placed)
            if pi == 0 and art["meta"].get("byline"):
                segs[0] = ("text", art["meta"]["byline"] + segs[0][1])
            for kind, s in segs:
                if kind == "cap":
                    out.append(s)
                    continue
                s = digit_spaces(han_spaces(s, rng, 0.01), rng, 0.15)
                out.extend(wrap(s, rng, 30, 40))
        out.append("")
    out.append(meta1(d, "footer"))
    return "\n".join(x for x in out if x is not None) + "\n"


def render_web(name, d, gold, rng, strings):
    art = d["articles"][0]
    out = [meta1(d, "breadcrumb"), "", art["meta"]["title"], meta1(d, "meta"),
           "【字号：大 中 小】　【打印本页】　【关闭窗口】", ""]
    for ai, art in enumerate(d["articles"]):
        if ai > 0:
            out.append(art["meta"]["title"])
        placed = place_captions(art, rng, strings, name)
        for pi, p in enumerate(art["paras"]):
            segs = split_para(p, pi, placed)
            line = "　　"
            for kind, s in segs:
                if kind == "cap":
                    out.append(line)
                    out.append("")
                    out.append("[图片]")
                    out.append(s)
                    out.append("")
                    line = ""
                else:
                    line += s
            out.append(line)
    out.append("")
    if meta1(d, "editor"):
        out.append(meta1(d, "editor"))
    out.append("分享到：微信　微博　QQ空间　复制链接")
    out.append("")
    if d["meta"].get("related"):
        out.append("相关链接：")
        out.extend("· " + r for r in d["meta"]["related"])
        out.append("")
    out.append(meta1(d, "icp"))
    return "\n".join(out) + "\n"


def render_official(name, d, gold, rng, strings):
    art = d["articles"][0]
    out = []
    if meta1(d, "docno"):
        out.append(meta1(d, "docno"))
    out += [art["meta"]["title"], "", meta1(d, "issuer"), meta1(d, "date"), ""]
    page, since, target = 1, 0, rng.randint(520, 640)
    for pi, p in enumerate(art["paras"]):
        bad = forbidden_cuts(p, strings)
        pieces, last = [], 0
        i = 0
        while i < len(p):
            since += 1
            i += 1
            if since >= target and i < len(p) and i not in bad:
                pieces.append(p[last:i])
                pieces.append(None)  # page break
                last, since, target = i, 0, rng.randint(520, 640)
        pieces.append(p[last:])
        indent = "" if re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", p) else "　　"
        first = True
        for piece in pieces:
            if piece is None:
                out.append("")
                out.append("— %d —" % page)
                out.append("")
                page += 1
                continue
            if not piece:
                continue
            lines = wrap(piece, rng, 32, 38)
            if first:
                lines[0] = indent + lines[0]
                first = False
            out.extend(lines)
    if meta1(d, "signature"):
        out += ["", meta1(d, "signature")]
    out += ["", "— %d —" % page]
    return "\n".join(out) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


def build_one(path):
    name = os.path.basename(path)[:-4]
    d = parse(path)
    gold = gold_of(name, d)
    rng = random.Random(int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))
    strings = gold_strings(gold)
    text = RENDER[meta1(d, "style")](name, d, gold, rng, strings)
    gjson = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    return name, text, gjson, gold


def counts_row(name, text, gold):
    return [name, han_count(text), len(gold["zones"]), len(gold["enterprises"]),
            len(gold["projects"]), len(gold["platforms"]), len(gold["statistics"])]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare a fresh build with texts/ and gold/")
    ap.add_argument("--counts", action="store_true", help="print the counts table")
    args = ap.parse_args()
    srcs = sorted(f for f in os.listdir(SRC) if f.endswith(".src"))
    bad, rows = 0, []
    for f in srcs:
        name, text, gjson, gold = build_one(os.path.join(SRC, f))
        rows.append(counts_row(name, text, gold))
        tp, gp = os.path.join(TEXTS, name + ".txt"), os.path.join(GOLD, name + ".json")
        if args.check:
            for p, want in ((tp, text), (gp, gjson)):
                have = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if have != want:
                    print("DIFFERS: %s" % os.path.relpath(p, ROOT))
                    bad += 1
        elif not args.counts:
            os.makedirs(TEXTS, exist_ok=True)
            os.makedirs(GOLD, exist_ok=True)
            with open(tp, "w", encoding="utf-8") as h:
                h.write(text)
            with open(gp, "w", encoding="utf-8") as h:
                h.write(gjson)
    if args.counts or not args.check:
        print("| document | han chars | zones | enterprises | projects | platforms | statistics |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        tot = [0] * 6
        for r in rows:
            print("| %s | %d | %d | %d | %d | %d | %d |" % tuple(r))
            tot = [a + b for a, b in zip(tot, r[1:])]
        print("| **total** | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    if args.check:
        print("check: %d document(s), %s" % (len(srcs), "all identical" if not bad else "%d file(s) differ" % bad))
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
