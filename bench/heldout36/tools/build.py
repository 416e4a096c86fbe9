#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  #doc NNN_slug            output name (texts/NNN_slug.txt, gold/NNN_slug.json)
  #style web|pdf           pdf: hard wraps, spaces in words/numbers, doubled headline, captions
  #year 2024               doc_year
  #year_ev ...             doc_year_evidence (verbatim quote)
  #seed N                  random seed for the layout noise
  #fullwidth 0.3           (web) share of numbers printed with full-width digits
  #doubled N               (pdf) 1-based index of the article whose headline is doubled
  #caption ANCHOR || TEXT  (pdf) caption inserted right after ANCHOR (cuts the sentence)
  #pre / #post            following lines (until next # directive or ===) are page noise
  === ARTICLE title | main_zone [| first_words]
  paragraphs, one per line ('>' prefix = line printed as-is, not part of the body)
  === ZONES   name | aliases;.. | city | province
  === ENT     name | aliases;.. | zone
  === PROJ    name | aliases;.. | zone | enterprise | status
  === PLAT    name | aliases;.. | zone
  === STATS   '@s SUBJECT' and '@p PERIOD' set defaults; then
              indicator | <value><unit> | kind | evidence [| a=over|about|under|-] [c=..] [s=..] [p=..]
              kind: amount count growth share rank difference target other
              approx is filled automatically from the evidence unless given.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NULL = {"", "-", "null", "None"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}


def nz(s):
    s = s.strip()
    return None if s in NULL else s


def aliases(s):
    s = s.strip()
    return [] if s in NULL else [a.strip() for a in s.split(";") if a.strip()]


def auto_approx(evidence, value_str):
    ev = re.sub(r"\s+", "", evidence)
    i = ev.find(value_str)
    if i < 0:
        return None
    before, after = ev[:i], ev[i + len(value_str):]
    if re.search(r"(超过|超|突破|逾|高达逾)$", before):
        return "over"
    if re.search(r"(约|近|接近|大约)$", before):
        return "about"
    if re.search(r"(不到|不足)$", before):
        return "under"
    if re.match(r"^[^\d，。；、,（）]{0,4}?(余|多|以上)", after):
        return "over"
    if re.match(r"^[^\d，。；、,（）]{0,4}?左右", after):
        return "about"
    return None


def parse(path):
    meta = {"captions": [], "pre": [], "post": [], "fullwidth": 0.0, "doubled": None, "seed": 1}
    arts, zones, ents, projs, plats, stats = [], [], [], [], [], []
    section, mode = None, None
    subj, per = None, None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() and section != "ARTICLE":
            continue
        if line.startswith("#") and not line.startswith("##"):
            key, _, val = line[1:].partition(" ")
            if key in ("pre", "post"):
                mode = key
                section = None
                continue
            mode = None
            if key == "caption":
                a, _, t = val.partition("||")
                meta["captions"].append((a.strip(), t.strip()))
            elif key in ("seed", "year", "doubled"):
                meta[key] = int(val)
            elif key == "fullwidth":
                meta[key] = float(val)
            else:
                meta[key] = val.strip()
            continue
        if line.startswith("==="):
            mode = None
            head = line[3:].strip()
            section = head.split()[0]
            if section == "ARTICLE":
                parts = [p.strip() for p in head[len("ARTICLE"):].split("|")]
                arts.append({"title": parts[0], "main_zone": nz(parts[1]),
                             "first_words": parts[2] if len(parts) > 2 else None, "paras": []})
            continue
        if mode:
            meta[mode].append(line)
            continue
        if section == "ARTICLE":
            if line.strip():
                arts[-1]["paras"].append(line.strip())
            continue
        f = [x.strip() for x in line.split("|")]
        if section == "ZONES":
            zones.append({"name": f[0], "aliases": aliases(f[1]), "city": nz(f[2]), "province": nz(f[3])})
        elif section == "ENT":
            ents.append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
        elif section == "PROJ":
            projs.append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2]),
                          "enterprise": nz(f[3]), "status": nz(f[4])})
        elif section == "PLAT":
            plats.append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
        elif section == "STATS":
            if line.startswith("@s "):
                subj = line[3:].strip()
                continue
            if line.startswith("@p "):
                per = nz(line[3:])
                continue
            m = re.match(r"^([\d.]+)(.*)$", f[1].replace(" ", ""))
            if not m:
                sys.exit("%s: bad value field: %s" % (path, line))
            vstr, unit = m.group(1), m.group(2)
            value = float(vstr)
            if value == int(value) and "." not in vstr:
                value = int(value)
            st = {"subject": subj, "indicator": f[0], "value": value, "unit": unit or None,
                  "approx": "AUTO", "period": per, "kind": f[2], "compared_to": None, "evidence": f[3]}
            for tok in f[4:]:
                for t in tok.split():
                    k, _, v = t.partition("=")
                    if k == "a":
                        st["approx"] = nz(v)
                    elif k == "c":
                        st["compared_to"] = nz(v)
                    elif k == "s":
                        st["subject"] = v
                    elif k == "p":
                        st["period"] = nz(v)
                    elif k == "ev":
                        st["evidence"] = v
                    else:
                        sys.exit("%s: bad extra %s" % (path, t))
            if st["kind"] not in KINDS:
                sys.exit("%s: bad kind %s" % (path, line))
            if st["approx"] == "AUTO":
                st["approx"] = auto_approx(st["evidence"], vstr)
            stats.append(st)
    return meta, arts, zones, ents, projs, plats, stats


FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def web_text(meta, arts, rng):
    out = list(meta["pre"])
    for a in arts:
        out.append(a["title"])
        for p in a["paras"]:
            if p.startswith(">"):
                out.append(p[1:].strip())
                continue
            if meta["fullwidth"]:
                p = re.sub(r"[\d.]+%?", lambda m: m.group(0).translate(FW)
                           if rng.random() < meta["fullwidth"] else m.group(0), p)
            out.append("　　" + p)
        out.append("")
    out += meta["post"]
    return "\n".join(out).rstrip() + "\n"


def spaced(p, rng):
    """Spaces inside some numbers and some words, as PDF extraction leaves them."""
    def num(m):
        s = m.group(0)
        if len(s) >= 3 and rng.random() < 0.3:
            k = rng.randrange(1, len(s))
            return s[:k] + " " + s[k:]
        return s
    p = re.sub(r"\d[\d.]*\d", num, p)
    out = []
    for i, ch in enumerate(p):
        out.append(ch)
        if '\u4e00' <= ch <= '\u9fff' and i + 1 < len(p) and '\u4e00' <= p[i + 1] <= '\u9fff' and rng.random() < 0.035:
            out.append(" ")
    s = "".join(out)
    # one run of letter-spaced characters per paragraph now and then ("高 新 区")
    m = re.search(r"(高新区|经开区|综保区|开发区|新区)", s)
    if m and rng.random() < 0.35:
        s = s[:m.start()] + " ".join(m.group(0)) + s[m.end():]
    return s


def wrap(p, rng, first_indent=True):
    lines, i = [], 0
    if first_indent:
        p = "　　" + p
    while i < len(p):
        w = rng.randint(30, 40)
        lines.append(p[i:i + w])
        i += w
    return lines


def pdf_text(meta, arts, rng):
    out = list(meta["pre"])
    caps = list(meta["captions"])
    used = []
    for n, a in enumerate(arts, 1):
        if meta["doubled"] == n:
            out.append("".join(c + c for c in a["title"]))
        else:
            out.append(a["title"])
        for p in a["paras"]:
            if p.startswith(">"):
                out.append(p[1:].strip())
                continue
            pieces, cap_after = [p], []
            for anchor, cap in caps:
                last = pieces[-1]
                k = last.find(anchor)
                if k >= 0 and (anchor, cap) not in used:
                    used.append((anchor, cap))
                    k += len(anchor)
                    pieces[-1:] = [last[:k], last[k:]]
                    cap_after.append(cap)
            for j, piece in enumerate(pieces):
                out += wrap(spaced(piece, rng), rng, first_indent=(j == 0))
                if j < len(cap_after):
                    out.append(cap_after[j])
    out += meta["post"]
    return "\n".join(out).rstrip() + "\n"


def build(path):
    meta, arts, zones, ents, projs, plats, stats = parse(path)
    rng = random.Random(meta["seed"])
    text = pdf_text(meta, arts, rng) if meta["style"] == "pdf" else web_text(meta, arts, rng)
    doc = meta["doc"]
    for a in arts:
        if not a["first_words"]:
            body = next(p for p in a["paras"] if not p.startswith(">"))
            a["first_words"] = body[:12]
    gold = {
        "doc": doc + ".txt",
        "doc_year": meta["year"],
        "doc_year_evidence": meta["year_ev"],
        "articles": [{"title": a["title"], "main_zone": a["main_zone"], "first_words": a["first_words"]} for a in arts],
        "zones": zones, "enterprises": ents, "projects": projs, "platforms": plats,
        "statistics": stats,
    }
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-28s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (
        doc, han, len(zones), len(ents), len(projs), len(plats), len(stats)))


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for s in srcs:
        build(s)
