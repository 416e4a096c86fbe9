#!/usr/bin/env python3
"""heldout49 generator: src/NNN_slug.src -> texts/NNN_slug.txt + gold/NNN_slug.json

  python3 tools/build.py            # (re)write texts/ and gold/
  python3 tools/build.py --check    # regenerate in memory, compare byte for byte
  python3 tools/build.py --counts   # per-document counts (markdown table)
  python3 tools/build.py --lint     # numbers in the body that no evidence covers

Python 3 standard library only.  Deterministic: every random choice comes from a
random.Random seeded with the SHA-256 of the document name; nothing iterates over
sets or dicts whose order depends on PYTHONHASHSEED.

Source format (one directive or one paragraph per line):
  # comment
  @name NNN_slug            document name (texts/NNN_slug.txt)
  @style pdf|web|official
  @year 2024                doc_year (or "null")
  @year_evidence TEXT       quote supporting doc_year (must occur in a header line)
  @head TEXT                header line (printed in order before the body)
  @tail TEXT                footer line (printed in order after the body)
  @related TEXT             web only: one entry of the 相关链接 list
  @article                  starts an article
  @title TEXT               article title (pdf/web: printed as headline)
  @subtitle TEXT            pdf: printed under the headline
  @byline TEXT              pdf: printed before the first paragraph
  @main_zone NAME           article main zone (canonical zone name)
  @first_words TEXT         first words of the article body
  @caption TEXT             image caption, inserted into the NEXT paragraph
  @subj NAME                default subject of following S lines
  @per TEXT|-               default period of following S lines ("-" = null)
  Z name | aliases;.. | city | province
  E name | aliases;.. | zone|-
  P name | aliases;.. | zone|- | enterprise|- | status|-
  L name | aliases;.. | zone|-
  S indicator | value+unit | kind | evidence | options
      value+unit: "523.6亿元", "6.1%", "1/3" (fraction), "12位"
      options (space separated): ~over ~about ~under s=SUBJECT p=PERIOD|- c=COMPARED_TO
  any other line: one body paragraph of the current article
"""
import argparse, hashlib, json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))

QUOTES = "“”‘’\"'「」『』《》〈〉"
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
            "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


class SrcError(Exception):
    pass


# ------------------------------------------------------------------ parsing
def parse(path):
    doc = {"name": None, "style": None, "year": None, "year_evidence": None,
           "head": [], "tail": [], "related": [], "articles": [],
           "Z": [], "E": [], "P": [], "L": [], "S": []}
    art = None
    subj = per = None
    pending_caption = None
    with open(path, encoding="utf-8") as h:
        lines = h.read().split("\n")
    for ln, raw in enumerate(lines, 1):
        line = raw.rstrip()
        where = "%s:%d" % (os.path.basename(path), ln)
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            val = val.strip()
            if key in ("name", "style", "year_evidence"):
                doc[key] = val
            elif key == "year":
                doc["year"] = None if val == "null" else int(val)
            elif key in ("head", "tail", "related"):
                doc[key].append(val)
            elif key == "article":
                art = {"title": None, "subtitle": None, "byline": None, "main_zone": None,
                       "first_words": None, "paras": []}
                doc["articles"].append(art)
            elif key in ("title", "subtitle", "byline", "main_zone", "first_words"):
                if art is None:
                    raise SrcError("%s: @%s outside an article" % (where, key))
                art[key] = val
            elif key == "caption":
                pending_caption = val
            elif key == "subj":
                subj = val
            elif key == "per":
                per = None if val == "-" else val
            else:
                raise SrcError("%s: unknown directive @%s" % (where, key))
            continue
        m = re.match(r"^([ZEPLS]) (.*)$", line)
        if m:
            kind, rest = m.groups()
            f = [x.strip() for x in rest.split("|")]
            if kind == "S":
                if len(f) not in (4, 5):
                    raise SrcError("%s: S needs 4 or 5 fields" % where)
                doc["S"].append(parse_stat(f, subj, per, where))
            else:
                need = {"Z": 4, "E": 3, "P": 5, "L": 3}[kind]
                if len(f) != need:
                    raise SrcError("%s: %s needs %d fields" % (where, kind, need))
                f = [None if x == "-" else x for x in f]
                f[1] = [a.strip() for a in (f[1] or "").split(";") if a.strip()]
                doc[kind].append(f + [where])
            continue
        if art is None:
            raise SrcError("%s: text outside an article" % where)
        art["paras"].append({"text": line.strip(), "caption": pending_caption})
        pending_caption = None
    if pending_caption:
        raise SrcError("%s: dangling @caption" % path)
    return doc


def parse_stat(f, subj, per, where):
    ind, vu, kind, ev = f[:4]
    opts = f[4].split() if len(f) == 5 else []
    m = re.match(r"^(\d+(?:\.\d+)?)(?:/(\d+))?(.*)$", vu)
    if not m:
        raise SrcError("%s: bad value %r" % (where, vu))
    num, den, unit = m.groups()
    if den:
        value = round(float(num) / float(den), 6)
        unit = "fraction"
    else:
        value = float(num) if "." in num else int(num)
    unit = unit.strip()
    if not unit:
        raise SrcError("%s: no unit in %r" % (where, vu))
    s = {"subject": subj, "indicator": ind, "value": value, "unit": unit, "approx": None,
         "period": per, "kind": kind, "compared_to": None, "evidence": ev, "_where": where,
         "_printed": num + ("/" + den if den else "")}
    for o in opts:
        if o in ("~over", "~about", "~under"):
            s["approx"] = o[1:]
        elif o.startswith("s="):
            s["subject"] = o[2:]
        elif o.startswith("p="):
            s["period"] = None if o[2:] == "-" else o[2:]
        elif o.startswith("c="):
            s["compared_to"] = o[2:]
        else:
            raise SrcError("%s: bad option %r" % (where, o))
    if kind not in KINDS:
        raise SrcError("%s: bad kind %r" % (where, kind))
    if not s["subject"]:
        raise SrcError("%s: no subject" % where)
    return s


# ------------------------------------------------------------------ gold
def build_gold(doc):
    where = doc["name"]
    canon = {}      # (type, any name) -> canonical

    def reg(t, name, aliases, w):
        for n in [name] + aliases:
            k = (t, norm(n))
            if k in canon and canon[k] != name:
                raise SrcError("%s: ambiguous %s name %s" % (w, t, n))
            canon[k] = name

    for z in doc["Z"]:
        reg("Z", z[0], z[1], z[-1])
    for t in "EPL":
        for e in doc[t]:
            reg(t, e[0], e[1], e[-1])

    def ref(t, n, w):
        if n is None:
            return None
        k = (t, norm(n))
        if k not in canon:
            raise SrcError("%s: unresolved %s reference %r" % (w, t, n))
        return canon[k]

    any_name = {}
    for (t, n), c in sorted(canon.items()):
        any_name.setdefault(n, c)

    g = {"doc": doc["name"] + ".txt", "doc_year": doc["year"],
         "doc_year_evidence": doc["year_evidence"], "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for a in doc["articles"]:
        g["articles"].append({"title": a["title"], "main_zone": ref("Z", a["main_zone"], where),
                              "first_words": a["first_words"]})
    for z in doc["Z"]:
        g["zones"].append({"name": z[0], "aliases": z[1], "city": z[2], "province": z[3]})
    for e in doc["E"]:
        g["enterprises"].append({"name": e[0], "aliases": e[1], "zone": ref("Z", e[2], e[-1])})
    for p in doc["P"]:
        if p[4] is not None and p[4] not in STATUSES:
            raise SrcError("%s: bad status %r" % (p[-1], p[4]))
        g["projects"].append({"name": p[0], "aliases": p[1], "zone": ref("Z", p[2], p[-1]),
                              "enterprise": ref("E", p[3], p[-1]), "status": p[4]})
    for l in doc["L"]:
        g["platforms"].append({"name": l[0], "aliases": l[1], "zone": ref("Z", l[2], l[-1])})
    for s in doc["S"]:
        subj = any_name.get(norm(s["subject"]), s["subject"])
        cmp_ = s["compared_to"]
        if cmp_ is not None:
            cmp_ = any_name.get(norm(cmp_), cmp_)
        g["statistics"].append({"subject": subj, "indicator": s["indicator"], "value": s["value"],
                                "unit": s["unit"], "approx": s["approx"], "period": s["period"],
                                "kind": s["kind"], "compared_to": cmp_, "evidence": s["evidence"]})
    return g


def gold_strings(doc, g):
    out = set()
    for t in ("zones", "enterprises", "projects", "platforms"):
        for e in g[t]:
            out.add(e["name"])
            out.update(e["aliases"])
    for s in g["statistics"]:
        out.add(s["evidence"])
        if s["period"]:
            out.add(s["period"])
    for a in g["articles"]:
        out.add(a["first_words"])
    if g["doc_year_evidence"]:
        out.add(g["doc_year_evidence"])
    return sorted(x for x in out if x)


# ------------------------------------------------------------------ rendering helpers
def forbidden_gaps(text, strings):
    """gap i lies between text[i-1] and text[i]; a gap strictly inside an occurrence of
    any gold string is forbidden."""
    bad = set()
    for s in strings:
        start = text.find(s)
        while start >= 0:
            bad.update(range(start + 1, start + len(s)))
            start = text.find(s, start + 1)
    return bad


def caption_gap(rng, text, bad, where):
    """a gap right after a comma, not inside a gold string, near a random point."""
    cands = [i + 1 for i, c in enumerate(text) if c == "，" and i + 1 not in bad
             and 8 <= i + 1 <= len(text) - 8]
    if not cands:
        raise SrcError("%s: no free comma for a caption in %r" % (where, text[:30]))
    target = rng.uniform(0.3, 0.7) * len(text)
    return min(cands, key=lambda i: (abs(i - target), i))


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def sprinkle_spaces(rng, text):
    out = []
    for i, c in enumerate(text):
        if i:
            a, b = text[i - 1], c
            if is_cjk(a) and is_cjk(b):
                if rng.random() < 0.01:
                    out.append(" ")
            elif (a.isdigit() and (b.isdigit() or b == ".")) or (a == "." and b.isdigit()):
                if rng.random() < 0.15:
                    out.append(" ")
        out.append(c)
    return "".join(out)


def hard_wrap(rng, text, lo, hi):
    lines = []
    i = 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


# ------------------------------------------------------------------ styles
def render_pdf(doc, g, rng, strings):
    out = list(doc["head"]) + [""]
    for k, a in enumerate(doc["articles"]):
        if k == 0:
            out.append("".join(c + c for c in a["title"]))
        else:
            out.append(a["title"])
        if a["subtitle"]:
            out.append(a["subtitle"])
        for j, p in enumerate(a["paras"]):
            text = p["text"]
            if j == 0 and a["byline"]:
                text = a["byline"] + text
            if p["caption"]:
                bad = forbidden_gaps(text, strings)
                gap = caption_gap(rng, text, bad, doc["name"])
                text = text[:gap] + p["caption"] + text[gap:]
            text = sprinkle_spaces(rng, text)
            out.extend(hard_wrap(rng, text, 30, 40))
        out.append("")
    out.extend(doc["tail"])
    return "\n".join(out) + "\n"


def render_web(doc, g, rng, strings):
    out = list(doc["head"])
    out.append("【字体：大 中 小】　【打印本页】　【关闭窗口】")
    out.append("")
    for a in doc["articles"]:
        for p in a["paras"]:
            text = p["text"]
            if p["caption"]:
                bad = forbidden_gaps(text, strings)
                gap = caption_gap(rng, text, bad, doc["name"])
                out.append("　　" + text[:gap])
                out.append("[图片]")
                out.append(p["caption"])
                out.append(text[gap:])
            else:
                out.append("　　" + text)
    out.append("")
    tail = list(doc["tail"])
    # editor line first, then share buttons, related links, copyright
    out.append(tail.pop(0))
    out.append("分享到：微信　微博　QQ空间　复制链接")
    out.append("相关链接：")
    for r in doc["related"]:
        out.append("· " + r)
    out.extend(tail)
    return "\n".join(out) + "\n"


def render_official(doc, g, rng, strings):
    head = list(doc["head"])
    paras = []
    for a in doc["articles"]:
        for p in a["paras"]:
            paras.append(p["text"])
    tail = list(doc["tail"])
    # decide page-break gaps over the running character count of head + body
    count = sum(len(h) for h in head)
    target = rng.randint(500, 650)
    breaks = []        # per paragraph: list of gaps
    for text in paras:
        bad = forbidden_gaps(text, strings)
        gaps = []
        for i in range(1, len(text) + 1):
            count += 1
            if count >= target and i not in bad and i < len(text) and text[i] not in PUNCT:
                gaps.append(i)
                count = 0
                target = rng.randint(500, 650)
        breaks.append(gaps)
    page = 1
    out = list(head) + [""]
    for text, gaps in zip(paras, breaks):
        pieces = []
        last = 0
        for gp in gaps:
            pieces.append(text[last:gp])
            last = gp
        pieces.append(text[last:])
        for n, piece in enumerate(pieces):
            body = ("　　" if n == 0 else "") + piece
            out.extend(hard_wrap(rng, body, 32, 38))
            if n < len(pieces) - 1:
                out.append("")
                out.append("— %d —" % page)
                out.append("")
                page += 1
    out.append("")
    out.extend(tail)
    out.append("")
    out.append("— %d —" % page)
    return "\n".join(out) + "\n"


PUNCT = "，。；、：！？）”》%"

RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


def render(doc, g):
    seed = int(hashlib.sha256(doc["name"].encode("utf-8")).hexdigest(), 16)
    rng = random.Random(seed)
    strings = gold_strings(doc, g)
    return RENDER[doc["style"]](doc, g, rng, strings)


# ------------------------------------------------------------------ self-checks of a source
def verify(doc, g, text):
    """every gold string must survive rendering (normalised) outside the doubled headline."""
    errs = []
    lines = text.split("\n")
    if doc["style"] == "pdf":
        lines = [l for l in lines if not is_doubled(l)]
    nt = norm("\n".join(lines))
    for s in gold_strings(doc, g):
        if norm(s) not in nt:
            errs.append("%s: gold string not in text: %s" % (doc["name"], s))
    # evidence must also sit inside one source paragraph or header line
    srcs = [norm(p["text"]) for a in doc["articles"] for p in a["paras"]]
    srcs += [norm(h) for h in doc["head"] + doc["tail"]]
    if doc["style"] == "pdf":      # printed (not doubled) headlines and subtitles
        srcs += [norm(a["title"]) for a in doc["articles"][1:]]
        srcs += [norm(a["subtitle"]) for a in doc["articles"] if a["subtitle"]]
    for s in doc["S"]:
        ev = norm(s["evidence"])
        if not any(ev in p for p in srcs):
            errs.append("%s: evidence not inside one paragraph: %s" % (s["_where"], s["evidence"]))
        if s["_printed"] not in ev and not re.search(r"[零〇一二两三四五六七八九十百千首]", ev):
            errs.append("%s: printed value %s not in evidence %s" % (s["_where"], s["_printed"], ev))
    if doc["year_evidence"] and not any(norm(doc["year_evidence"]) in norm(h) for h in doc["head"] + doc["tail"]):
        errs.append("%s: year evidence not in a header/footer line" % doc["name"])
    return errs


def is_doubled(line):
    s = re.sub(r"\s+", "", line)
    return len(s) >= 8 and len(s) % 2 == 0 and all(s[i] == s[i + 1] for i in range(0, len(s), 2))


NUM = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6}(?=[万亿]?[家个项名人件所套台辆列条座倍位%年次批])")


def lint(doc, g):
    """numbers in body paragraphs that no evidence covers (to catch missed statistics)."""
    evs = [s["evidence"] for s in g["statistics"]]
    rep = []
    for a in doc["articles"]:
        for p in a["paras"]:
            t = p["text"]
            cov = set()
            for e in evs:
                st = t.find(e)
                while st >= 0:
                    cov.update(range(st, st + len(e)))
                    st = t.find(e, st + 1)
            for m in NUM.finditer(t):
                if m.start() not in cov:
                    rep.append("%s: %s  …%s…" % (doc["name"], m.group(), t[max(0, m.start() - 12):m.end() + 8]))
    return rep


# ------------------------------------------------------------------ driver
def load_all():
    docs = []
    for f in sorted(os.listdir(SRC)):
        if f.endswith(".src"):
            d = parse(os.path.join(SRC, f))
            if d["name"] != f[:-4]:
                raise SrcError("%s: @name %s does not match the file name" % (f, d["name"]))
            docs.append(d)
    return docs


def outputs(d):
    g = build_gold(d)
    text = render(d, g)
    gj = json.dumps(g, ensure_ascii=False, indent=2) + "\n"
    return g, text, gj


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--lint", action="store_true")
    args = ap.parse_args()
    docs = load_all()
    errs = []
    rows = []
    for d in docs:
        g, text, gj = outputs(d)
        errs.extend(verify(d, g, text))
        tp = os.path.join(TEXTS, d["name"] + ".txt")
        gp = os.path.join(GOLD, d["name"] + ".json")
        if args.check:
            for path, new in ((tp, text), (gp, gj)):
                old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
                if old != new:
                    errs.append("%s differs from the regenerated output" % os.path.relpath(path, ROOT))
        elif not args.counts and not args.lint:
            with open(tp, "w", encoding="utf-8", newline="\n") as h:
                h.write(text)
            with open(gp, "w", encoding="utf-8", newline="\n") as h:
                h.write(gj)
        rows.append((d["name"], d["style"], len(HAN.findall(text)), len(g["zones"]), len(g["enterprises"]),
                     len(g["projects"]), len(g["platforms"]), len(g["statistics"])))
        if args.lint:
            for r in lint(d, g):
                print(r)
    if args.check:
        names = {d["name"] for d in docs}
        for folder, ext in ((TEXTS, ".txt"), (GOLD, ".json")):
            for f in sorted(os.listdir(folder)):
                if f.endswith(ext) and f[:-len(ext)] not in names:
                    errs.append("stray file %s/%s" % (os.path.basename(folder), f))
    if args.counts:
        print("| doc | han chars | zones | enterprises | projects | platforms | statistics |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        tot = [0] * 6
        for r in rows:
            print("| %s | %d | %d | %d | %d | %d | %d |" % ((r[0],) + r[2:]))
            tot = [a + b for a, b in zip(tot, r[2:])]
        print("| **total** | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    if args.check:
        print("build --check: %d documents regenerate byte for byte" % len(docs))
    elif not args.counts and not args.lint:
        print("build: wrote %d texts and %d gold files" % (len(docs), len(docs)))


if __name__ == "__main__":
    try:
        main()
    except SrcError as e:
        sys.exit("build: %s" % e)
