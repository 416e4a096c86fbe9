#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  ::meta key=value ...          style=web|pdf, year=, yearev=, seed=
  ::raw                         following lines copied verbatim (mastheads, footers, web chrome)
  ::title main_zone=NAME [double]   next line is an article headline (double = every char doubled)
  ::p                           following lines are paragraphs; <<...>> is an image caption
                                that the PDF layout drops into the middle of the paragraph
  ::ann                         annotations until end of file:
     Z name | city | province | aliases(;)
     E name | zone | aliases
     J name | zone | enterprise | status | aliases
     F name | zone | aliases
     @s SUBJECT    @p PERIOD ('-' = null)
     S indicator | evidence with the number in [brackets] | kind | k=v ...
        k: s=subject p=period u=unit a=approx c=compared_to v=value
Values, units and approx are read from the evidence (the bracketed number, the unit
printed after it, 超/超过/突破/逾/余/多/以上 -> over, 约/近/左右 -> about, 不到/不足 -> under),
then reviewed by hand (tools/review.txt); overrides are written explicitly.
Layout noise for style=pdf is deterministic (seeded): hard wraps every 30-40 chars,
spaces inside some numbers and zone words, captions as separate lines.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = sorted("""万亿元 亿元 万元 元 亿美元 万美元 美元 亿港元 万港元 港元 亿澳门元 万澳门元 澳门元
个百分点 百分点 万批次 公里 万辆 个工作日 艘次 万立方米 万标箱 篇 吉瓦时 只 家次 万台 小时 万单 万个 万家次 批次 亿袋 万辆 万片 万套 万平方米 平方米 平方公里 万人次 人次 万人 人 名 万家 家 个 项 位 艘 条 倍 年 台 套 件 所
座 万吨 吨 万载重吨 万总吨 万标箱 标箱 万亩 亩 批 场 次 万千瓦 千瓦 个月 天 户 万户 支 款 种 % 亿吨""".split(),
               key=len, reverse=True)
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
BEFORE = [("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"), ("约", "about"),
          ("近", "about"), ("不到", "under"), ("不足", "under")]


def cn_value(t):
    m = re.fullmatch(r"([一二两三四五六七八九])成", t)
    if m:
        return CN[m.group(1)] / 10, "fraction"
    m = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九])", t)
    if m:
        return round(CN[m.group(2)] / CN[m.group(1)], 6), "fraction"
    if t in CN:
        return CN[t], None
    if t == "首":
        return 1, "位"
    return None, None


def parse_stat(line, subj, per, lineno):
    parts = [p.strip() for p in line[1:].split("|")]
    ind, ev, kind = parts[0], parts[1], parts[2]
    kv = {}
    for p in parts[3:]:
        for tok in p.split():
            k, v = tok.split("=", 1)
            kv[k] = v
    m = re.search(r"\[([^\]]+)\]", ev)
    if not m:
        sys.exit("line %d: no [value] in %s" % (lineno, ev))
    raw = m.group(1)
    pre, post = ev[:m.start()], ev[m.end():]
    val, unit = None, None
    if re.fullmatch(r"[\d.]+", raw):
        val = float(raw)
        if val == int(val) and "." not in raw:
            val = int(val)
    else:
        val, unit = cn_value(raw)
        if val is None:
            sys.exit("line %d: cannot read value %s" % (lineno, raw))
    approx = None
    for w, a in BEFORE:
        if pre.endswith(w):
            approx = a
            break
    rest = post
    if rest[:1] in ("余", "多"):
        approx = "over"
        rest = rest[1:]
    if unit is None:
        for u in UNITS:
            if rest.startswith(u):
                unit = u
                rest = rest[len(u):]
                break
    if rest.startswith("以上"):
        approx = "over"
    if rest.startswith("左右"):
        approx = "about"
    if rest[:1] == "多" and approx is None:
        approx = "over"
    if "v" in kv:
        val = float(kv["v"]) if "." in kv["v"] else int(kv["v"])
    if "u" in kv:
        unit = kv["u"]
    if "a" in kv:
        approx = None if kv["a"] == "-" else kv["a"]
    p = kv.get("p", per)
    if p == "-":
        p = None
    c = kv.get("c")
    if kind == "difference" and not c:
        sys.exit("line %d: difference without c=" % lineno)
    return {"subject": kv.get("s", subj), "indicator": ind, "value": val, "unit": unit,
            "approx": approx, "period": p, "kind": kind, "compared_to": c,
            "evidence": re.sub(r"\s+", "", ev.replace("[", "").replace("]", ""))}


def dbl(s):
    return "".join(c * 2 for c in s)


def noisy(text, rng):
    # spaces inside some numbers and zone words
    def num(m):
        s = m.group(0)
        if len(s) >= 3 and rng.random() < 0.3:
            k = rng.randint(1, len(s) - 1)
            return s[:k] + " " + s[k:]
        return s
    text = re.sub(r"\d[\d.]*\d", num, text)
    def word(m):
        return " ".join(m.group(0)) if rng.random() < 0.3 else m.group(0)
    return re.sub(r"高新区|经开区|综保区|开发区", word, text)


def wrap(text, rng):
    out, i = [], 0
    while i < len(text):
        w = rng.randint(30, 40)
        out.append(text[i:i + w])
        i += w
    return out


def build(path):
    name = os.path.basename(path)[:-4]
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, out, arts, ann = {}, [], [], []
    mode, pending_title, rng = None, None, random.Random(0)
    for ln, line in enumerate(lines, 1):
        if line.startswith("::"):
            toks = line[2:].split()
            mode = toks[0]
            opts = dict(t.split("=", 1) for t in toks[1:] if "=" in t)
            if mode == "meta":
                meta = opts
                rng = random.Random(int(meta.get("seed", 1)))
            elif mode == "title":
                pending_title = {"main_zone": opts.get("main_zone"), "double": "double" in toks}
            continue
        if mode == "ann":
            ann.append((ln, line))
            continue
        if mode == "raw":
            out.append(line)
        elif mode == "title":
            if not line.strip():
                continue
            t = line.strip()
            arts.append({"title": t, "main_zone": pending_title["main_zone"], "first_words": None})
            out.append(dbl(t) if pending_title["double"] else t)
            mode = "p"
        elif mode == "p":
            if not line.strip():
                continue
            if arts and arts[-1]["first_words"] is None and "。" in line:
                arts[-1]["first_words"] = re.sub(r"\s|<<.*?>>", "", line)[:12]
            if meta.get("style") == "pdf":
                segs = re.split(r"(<<.*?>>)", line)
                for s in segs:
                    if s.startswith("<<"):
                        out.append(s[2:-2])
                    elif s:
                        out.extend(wrap(noisy(s, rng), rng))
            else:
                out.append("　　" + re.sub(r"<<(.*?)>>", r"\n\1\n", line))
    text = "\n".join(out).rstrip() + "\n"
    gold = {"doc": name + ".txt", "doc_year": int(meta["year"]), "doc_year_evidence": meta["yearev"],
            "articles": arts, "zones": [], "enterprises": [], "projects": [], "platforms": [],
            "statistics": []}
    subj, per = None, None
    al = lambda s: [a.strip() for a in s.split(";") if a.strip()] if s and s.strip() != "-" else []
    nz = lambda s: None if s is None or s.strip() in ("-", "") else s.strip()
    review = []
    for ln, line in ann:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@s "):
            subj = line[3:].strip(); continue
        if line.startswith("@p "):
            per = line[3:].strip(); continue
        t, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split("|")] + [""] * 5
        if t == "Z":
            gold["zones"].append({"name": f[0], "aliases": al(f[3]), "city": f[1], "province": f[2]})
        elif t == "E":
            gold["enterprises"].append({"name": f[0], "aliases": al(f[2]), "zone": nz(f[1])})
        elif t == "J":
            gold["projects"].append({"name": f[0], "aliases": al(f[4]), "zone": nz(f[1]),
                                     "enterprise": nz(f[2]), "status": nz(f[3])})
        elif t == "F":
            gold["platforms"].append({"name": f[0], "aliases": al(f[2]), "zone": nz(f[1])})
        elif t == "S":
            s = parse_stat(line, subj, per, ln)
            gold["statistics"].append(s)
            review.append("%s | %s | %s %s | %s | %s | %s | %s" % (s["subject"], s["indicator"], s["value"],
                          s["unit"], s["approx"], s["period"], s["kind"], s["compared_to"]))
        else:
            sys.exit("%s line %d: unknown annotation %r" % (name, ln, line))
    with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return name, review


if __name__ == "__main__":
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    if len(sys.argv) > 1:
        srcs = [s for s in srcs if any(a in s for a in sys.argv[1:])]
    with open(os.path.join(ROOT, "tools", "review.txt"), "a" if len(sys.argv) > 1 else "w", encoding="utf-8") as r:
        for s in srcs:
            name, review = build(os.path.join(ROOT, "src", s))
            r.write("## %s\n%s\n" % (name, "\n".join(review)))
            print("built", name, len(review), "statistics")
