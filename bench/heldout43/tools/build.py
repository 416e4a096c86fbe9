#!/usr/bin/env python3
"""Rebuild texts/*.txt and gold/*.json from the hand-written src/*.src files.

Layout noise is drawn from random.Random(seed) with seed = 43000 + document number,
so a rebuild is byte-identical. Python 3 standard library only.

src format (see README.md):
  @meta      key: value lines (style pdf|web, doc_year, doc_year_evidence, ...)
  @article   title:/main_zone:/byline:/double: lines, then one body paragraph per line
  @zones       name | aliases | city | province
  @enterprises name | aliases | zone
  @projects    name | aliases | zone | enterprise | status
  @platforms   name | aliases | zone
  @stats       subject | indicator | value | unit | approx | period | kind | compared_to | evidence
Empty cell or "-" means null (or no aliases); aliases are separated by ";".
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, TEXTS, GOLD = (os.path.join(ROOT, d) for d in ("src", "texts", "gold"))
TABLES = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "stats": ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"],
}
ART_KEYS = ("title", "main_zone", "byline", "double", "first_words")


def cell(v):
    v = v.strip()
    return None if v in ("", "-") else v


def parse(path):
    meta, arts, tables = {"caption": []}, [], {k: [] for k in TABLES}
    cur = None
    with open(path, encoding="utf-8") as h:
        for n, raw in enumerate(h, 1):
            line = raw.rstrip("\n")
            if line.startswith("@"):
                cur = line[1:].strip()
                if cur == "article":
                    arts.append({"body": []})
                elif cur not in ("meta",) and cur not in TABLES:
                    sys.exit("%s:%d: unknown section %s" % (path, n, cur))
                continue
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if cur == "meta":
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k == "caption":
                    meta["caption"].append(v)
                elif k in ("link",):
                    meta.setdefault("link", []).append(v)
                else:
                    meta[k] = v
            elif cur == "article":
                m = re.match(r"^(%s):\s?(.*)$" % "|".join(ART_KEYS), line)
                if m:
                    arts[-1][m.group(1)] = m.group(2).strip()
                else:
                    arts[-1]["body"].append(line.strip())
            elif cur in TABLES:
                cells = line.split("|")
                if len(cells) != len(TABLES[cur]):
                    sys.exit("%s:%d: %d cells, want %d: %s" % (path, n, len(cells), len(TABLES[cur]), line))
                tables[cur].append(dict(zip(TABLES[cur], (cell(c) for c in cells))))
            else:
                sys.exit("%s:%d: text outside a section" % (path, n))
    return meta, arts, tables


def protected_spans(text, needles):
    spans = []
    for s in needles:
        if not s:
            continue
        for m in re.finditer(re.escape(s), text):
            spans.append((m.start(), m.end()))
    return spans


def inside(pos, spans):
    return any(a < pos < b for a, b in spans)


def han(c):
    return "\u4e00" <= c <= "\u9fff"


def caption_cut(rng, para, needles):
    """A position between two han characters inside a sentence, outside names and evidence."""
    spans = protected_spans(para, needles)
    cands = [i for i in range(15, len(para) - 8)
             if han(para[i - 1]) and han(para[i]) and not inside(i, spans)
             and "，" not in para[i - 3:i + 3] and "。" not in para[i - 3:i + 3]]
    if not cands:
        sys.exit("no caption position in paragraph: " + para[:30])
    return rng.choice(cands)


def sprinkle(rng, s):
    """Random single spaces inside words and inside long numbers."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        out.append(c)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if c.isdigit():
            m = re.match(r"\d+", s[i:])
            run = m.group(0)
            if len(run) >= 4 and rng.random() < 0.5:
                k = len(run) - 3
                out[-1:] = [run[:k], " ", run[k:]]
            else:
                out[-1:] = [run]
            i += len(run)
            continue
        if nxt and han(c) and han(nxt) and rng.random() < 0.012:
            out.append(" ")
        i += 1
    return "".join(out)


def wrap(rng, s):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(30, 40)
        lines.append(s[i:i + n])
        i += n
    return lines


def doubled(s):
    return "".join(c + c for c in s)


def needles_of(tables):
    out = [r["evidence"] for r in tables["stats"]]
    for k in ("zones", "enterprises", "projects", "platforms"):
        for r in tables[k]:
            out.append(r["name"])
            out += [a for a in (r["aliases"] or "").split(";") if a]
    return [n for n in out if n]


def build_pdf(meta, arts, tables, rng):
    needles = needles_of(tables) + [a.get("first_words") or a["body"][0][:12] for a in arts]
    caps = list(meta["caption"])
    # choose which paragraphs get a caption (two distinct long paragraphs)
    paras = [(ai, pi) for ai, a in enumerate(arts) for pi, p in enumerate(a["body"]) if len(p) > 60]
    chosen = sorted(rng.sample(paras, len(caps)))
    capmap = dict(zip(chosen, caps))
    out = [" ".join(meta["paper"]), meta["pinyin"],
           "%s  %s" % (meta["date"], meta.get("issue", "")),
           meta["page"], ""]
    for ai, a in enumerate(arts):
        if a.get("double"):
            out.append(doubled(a["title"]))
        else:
            out.append(a["title"])
        if a.get("byline", "").startswith("本报记者"):
            out.append(a["byline"])
            pre = ""
        else:
            pre = a.get("byline", "")
        for pi, p in enumerate(a["body"]):
            text = (pre if pi == 0 else "") + p
            cap = capmap.get((ai, pi))
            if cap:
                cut = caption_cut(rng, text, needles)
                head, tail = text[:cut], text[cut:]
                out += wrap(rng, sprinkle(rng, head))
                out.append(cap)
                out += wrap(rng, sprinkle(rng, tail))
            else:
                out += wrap(rng, sprinkle(rng, text))
        out.append("")
    out.append("责任编辑：%s  校对：%s" % (meta["editor"], meta["proof"]))
    out.append("— %s —" % meta["pageno"])
    return "\n".join(out) + "\n"


def build_web(meta, arts, tables, rng):
    out = ["首页 > %s > 正文" % meta["channel"], ""]
    multi = len(arts) > 1
    if multi:
        out.append(meta["column"])
    else:
        out.append(arts[0]["title"])
    out.append("发布时间：%s  来源：%s  【字号：大 中 小】 【打印】 【关闭】" % (meta["date"], meta["source"]))
    out.append("")
    for a in arts:
        if multi:
            out.append("【%s】" % a["title"])
        for p in a["body"]:
            out.append("\u3000\u3000" + p)
        if multi:
            out.append("")
    if not multi:
        out.append("")
    out.append("（责任编辑：%s）" % meta["editor"])
    share = ["微信", "微博", "QQ空间", "复制链接"]
    rng.shuffle(share)
    out.append("分享到：" + " ".join(share))
    out.append("")
    out.append("相关链接：")
    links = list(meta.get("link", []))
    rng.shuffle(links)
    out += ["· " + l for l in links]
    out.append("")
    out.append("版权所有：%s  %s" % (meta["site"], meta["icp"]))
    return "\n".join(out) + "\n"


def gold_of(name, meta, arts, tables):
    def al(v):
        return [a.strip() for a in (v or "").split(";") if a.strip()]
    g = {"doc": name + ".txt",
         "doc_year": int(meta["doc_year"]) if meta.get("doc_year") else None,
         "doc_year_evidence": meta.get("doc_year_evidence"),
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for a in arts:
        fw = a.get("first_words") or a["body"][0][:12]
        g["articles"].append({"title": a["title"], "main_zone": a.get("main_zone"), "first_words": fw})
    for r in tables["zones"]:
        g["zones"].append({"name": r["name"], "aliases": al(r["aliases"]), "city": r["city"], "province": r["province"]})
    for r in tables["enterprises"]:
        g["enterprises"].append({"name": r["name"], "aliases": al(r["aliases"]), "zone": r["zone"]})
    for r in tables["projects"]:
        g["projects"].append({"name": r["name"], "aliases": al(r["aliases"]), "zone": r["zone"],
                              "enterprise": r["enterprise"], "status": r["status"]})
    for r in tables["platforms"]:
        g["platforms"].append({"name": r["name"], "aliases": al(r["aliases"]), "zone": r["zone"]})
    for r in tables["stats"]:
        v = float(r["value"])
        if v == int(v) and "." not in r["value"]:
            v = int(v)
        g["statistics"].append({"subject": r["subject"], "indicator": r["indicator"], "value": v,
                                "unit": r["unit"], "approx": r["approx"], "period": r["period"],
                                "kind": r["kind"], "compared_to": r["compared_to"], "evidence": r["evidence"]})
    return g


def main():
    os.makedirs(TEXTS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for f in sorted(os.listdir(SRC)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        meta, arts, tables = parse(os.path.join(SRC, f))
        rng = random.Random(43000 + int(name[:3]))
        text = (build_pdf if meta["style"] == "pdf" else build_web)(meta, arts, tables, rng)
        with open(os.path.join(TEXTS, name + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(name, meta, arts, tables), h, ensure_ascii=False, indent=2)
            h.write("\n")
        nh = sum(1 for c in text if han(c))
        flag = "" if 1500 <= nh <= 1800 else "   <-- han count outside 1500-1800"
        print("built %s  han=%d%s" % (name, nh, flag))


if __name__ == "__main__":
    main()
