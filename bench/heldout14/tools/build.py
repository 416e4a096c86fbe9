#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one directive per line):
  @doc NAME              output name (texts/NAME.txt, gold/NAME.json)
  @layout web|pdf        pdf adds line wraps (30-40 chars), spaces inside words/numbers
  @year 2024             doc_year
  @year_ev QUOTE         doc_year_evidence (must occur in the text)
  @region NAME           a region that may be a statistic subject or compared_to
  @seed N                random seed for the layout noise
  Z name | alias;alias | city | province
  E name | aliases | zone
  P name | aliases | zone | enterprise | status
  L name | aliases | zone                       (platform)
  ---                    start of the page layout; lines below are output in order:
  #X text                raw layout line (masthead, header, footer, chrome) - no wrapping
  #T title | main_zone   headline of a new article (printed as is)
  #TD title | main_zone  headline printed with every character doubled
  other lines            body paragraphs, wrapped in pdf layout
Inside body paragraphs:
  [[evidence]]{spec}{spec}...   evidence of one or more statistics
     spec = subject|indicator|kind|period|opts
       subject empty -> previous statistic's subject; period empty -> previous
       statistic's period; period "-" -> null
       kind: a amount, c count, g growth, s share, r rank, d difference, t target, o other
       opts (space separated): v=VALUE u=UNIT n=K (K-th number in evidence)
                               ap=over|about|under|- cmp=REGION
  <<caption>>                   an image caption / box inserted here (cuts the sentence)
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
UNITS = sorted("""万亿元 亿美元 万美元 个百分点 亿元 万元 美元 元 % 万平方米 平方公里 平方米 万亩 亩
万人次 人次 万人 万家 万户 万个 万名 万件 万套 万份 万吨 吨 万千瓦 千瓦 亿千瓦时 万标箱 家 个 项 户 所 套 件 座 台 名 人 位 倍 年 场次 场 次 批 条 款 种 支 万亿 亿 万""".split(),
               key=len, reverse=True)
NUMRE = re.compile(r"\d+(?:\.\d+)?")
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
FRAC = re.compile(r"([一二三四五六七八九十])分之([一二三四五六七八九])|([一二两三四五六七八九])成|(一半)")
BEFORE = [("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"), ("约", "about"),
          ("近", "about"), ("不到", "under"), ("不足", "under")]


def numbers(ev):
    """(value, unit, approx, start) for each number with a unit in the evidence."""
    out = []
    for m in NUMRE.finditer(ev):
        s, e = m.span()
        if s > 0 and (ev[s - 1].isdigit() or ev[s - 1] == "."):
            continue
        rest = ev[e:]
        ap = None
        if rest[:1] in ("余", "多"):
            ap, rest2, skip = "over", rest[1:], 1
        else:
            rest2, skip = rest, 0
        unit = next((u for u in UNITS if rest2.startswith(u)), None)
        if unit is None:
            out.append((m.group(), None, None, s))
            continue
        if unit == "年" and re.fullmatch(r"(19|20)\d\d", m.group()):
            continue
        if unit == "个" and rest2[1:2] == "月":
            continue
        after = rest2[len(unit):]
        if after.startswith("以上") or after.startswith("多") or after.startswith("余"):
            ap = "over"
        elif after.startswith("左右"):
            ap = "about"
        pre = ev[:s]
        for w, a in BEFORE:
            if pre.endswith(w):
                ap = a
                break
        if ap is None and re.search(r"(?<![签合节契])约[^\d，、；]{0,7}$", pre):
            ap = "about"
        out.append((m.group(), unit, ap, s))
    for m in FRAC.finditer(ev):
        if m.group(1):
            val = CN[m.group(2)] / CN[m.group(1)]
        elif m.group(3):
            val = CN[m.group(3)] / 10
        else:
            val = 0.5
        pre = ev[:m.start()]
        ap = next((a for w, a in BEFORE if pre.endswith(w)), None)
        if ap is None and re.search(r"(?<![签合节契])约[^\d，、；]{0,7}$", pre):
            ap = "about"
        if ev[m.end():].startswith("以上") or ev[m.end():].startswith("多"):
            ap = "over"
        elif ev[m.end():].startswith("左右"):
            ap = "about"
        out.append((str(round(val, 6)), "fraction", ap, m.start()))
    out.sort(key=lambda x: x[3])
    return out


def num(s):
    f = float(s)
    return int(f) if f == int(f) and "." not in s else f


def parse(path):
    d = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "regions": [],
         "layout_lines": [], "seed": 1}
    in_layout = False
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not in_layout:
            if not line.strip() or line.startswith("//"):
                continue
            if line == "---":
                in_layout = True
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                v = v.strip()
                if k == "region":
                    d["regions"].append(v)
                else:
                    d[k] = v
                continue
            t, _, rest = line.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            al = [a for a in f[1].split(";") if a] if len(f) > 1 else []
            nul = lambda x: x if x and x != "-" else None
            if t == "Z":
                d["zones"].append({"name": f[0], "aliases": al, "city": f[2], "province": f[3]})
            elif t == "E":
                d["enterprises"].append({"name": f[0], "aliases": al, "zone": nul(f[2])})
            elif t == "P":
                d["projects"].append({"name": f[0], "aliases": al, "zone": nul(f[2]),
                                      "enterprise": nul(f[3]), "status": nul(f[4])})
            elif t == "L":
                d["platforms"].append({"name": f[0], "aliases": al, "zone": nul(f[2])})
            else:
                sys.exit("%s: bad line %r" % (path, line))
        else:
            d["layout_lines"].append(line)
    return d


MARK = re.compile(r"\[\[(.+?)\]\]((?:\{[^}]*\})+)|<<(.+?)>>")


def process_para(text, stats, state, path):
    """Return list of segments: ('t', clean text) / ('c', caption) and collect statistics."""
    segs = []
    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            segs.append(("t", text[pos:m.start()]))
        pos = m.end()
        if m.group(3):
            segs.append(("c", m.group(3)))
            continue
        ev = m.group(1)
        segs.append(("t", ev))
        for spec in re.findall(r"\{([^}]*)\}", m.group(2)):
            f = spec.split("|")
            if len(f) < 4:
                sys.exit("%s: bad spec {%s}" % (path, spec))
            subj, ind, kind, per = f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()
            opts = dict(o.split("=", 1) for o in (f[4].split() if len(f) > 4 else []))
            subj = subj or state["subj"]
            if per == "":
                per = state["period"]
            elif per == "-":
                per = None
            state["subj"], state["period"] = subj, per
            nums = numbers(ev)
            k = int(opts.get("n", "1"))
            if "v" in opts:
                val, unit, ap = opts["v"], opts.get("u"), None
                cand = [x for x in nums if x[0] == opts["v"]]
                if cand:
                    unit = unit or cand[0][1]
                    ap = cand[0][2]
            else:
                cand = [x for x in nums if x[1] or "u" in opts]
                if len(cand) < k:
                    sys.exit("%s: no number in evidence %r" % (path, ev))
                val, unit, ap, _ = cand[k - 1]
                unit = opts.get("u", unit)
            if "ap" in opts:
                ap = None if opts["ap"] == "-" else opts["ap"]
            if unit is None:
                sys.exit("%s: no unit for %r" % (path, ev))
            if unit == "fraction":
                value = float(val)
            else:
                value = num(val)
            stats.append({"subject": subj, "indicator": ind, "value": value, "unit": unit,
                          "approx": ap, "period": per, "kind": KINDS[kind],
                          "compared_to": opts.get("cmp"), "evidence": ev})
    if pos < len(text):
        segs.append(("t", text[pos:]))
    return segs


def noisy(s, rng, rate):
    """Insert spaces inside words and numbers."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i + 1 < len(s) and not s[i + 1] in "，。、；：）" and rng.random() < rate:
            out.append(" ")
    return "".join(out)


def spaced_numbers(s, rng, k):
    """Put a space inside k multi-digit numbers (e.g. '3 2.5亿元')."""
    ms = [m for m in re.finditer(r"\d{2,}(?:\.\d+)?", s)]
    rng.shuffle(ms)
    cuts = sorted({m.start() + rng.randint(1, len(m.group()) - 1) for m in ms[:k]}, reverse=True)
    for c in cuts:
        s = s[:c] + " " + s[c:]
    return s


def wrap(s, rng):
    lines, i = [], 0
    while i < len(s):
        w = rng.randint(30, 40)
        lines.append(s[i:i + w])
        i += w
    return lines


def build(path):
    d = parse(path)
    rng = random.Random(int(d.get("seed", 1)))
    pdf = d.get("layout") == "pdf"
    stats, arts = [], []
    state = {"subj": None, "period": None}
    out_lines = []
    cur = None
    spaced_words = ["高新区", "开发区", "示范区", "经开区", "新区", "科学城", "综保区"]
    for line in d["layout_lines"]:
        if line.startswith("#X"):
            out_lines.append(line[3:] if len(line) > 3 else "")
            continue
        if line.startswith("#T"):
            title, main = [x.strip() for x in line.split(" ", 1)[1].split("|")]
            cur = {"title": title, "main_zone": main or None, "first_words": None}
            arts.append(cur)
            if line.startswith("#TD"):
                out_lines.append("".join(c + c for c in title))
            else:
                out_lines.append(title)
            continue
        if not line.strip():
            continue
        segs = process_para(line, stats, state, path)
        if cur is not None and cur["first_words"] is None:
            clean = "".join(t for k, t in segs if k == "t")
            cur["first_words"] = re.sub(r"\s+", "", clean)[:12]
        if not pdf:
            para = "".join(t if k == "t" else "\n" + t + "\n" for k, t in segs)
            out_lines.extend(para.split("\n"))
            continue
        # pdf: noise, then wrap each text piece; captions on their own lines
        body = []
        for k, t in segs:
            if k == "c":
                body.append(("c", t))
            else:
                body.append(("t", t))
        first = True
        buf = "　　"
        for k, t in body:
            if k == "c":
                out_lines.extend(wrap(buf, rng) if buf.strip() else [])
                out_lines.append(t)
                buf = ""
                continue
            t = spaced_numbers(t, rng, 1 if rng.random() < 0.12 else 0)
            for w in spaced_words:
                if w in t and rng.random() < 0.12:
                    t = t.replace(w, " ".join(w), 1)
            t = noisy(t, rng, 0.006)
            buf += t
        if buf.strip():
            out_lines.extend(wrap(buf, rng))
    text = "\n".join(out_lines).rstrip("\n") + "\n"
    name = d["doc"]
    with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    gold = {"doc": name + ".txt", "doc_year": int(d["year"]) if d.get("year") else None,
            "doc_year_evidence": d.get("year_ev"), "articles": arts,
            "zones": d["zones"], "enterprises": d["enterprises"], "projects": d["projects"],
            "platforms": d["platforms"], "statistics": stats}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    # regions are metadata for the checker only
    with open(os.path.join(ROOT, "gold", name + ".json"), encoding="utf-8") as h:
        pass
    meta = os.path.join(ROOT, "tools", "regions.json")
    regs = json.load(open(meta, encoding="utf-8")) if os.path.exists(meta) else {}
    regs[name] = d["regions"]
    with open(meta, "w", encoding="utf-8") as h:
        json.dump(regs, h, ensure_ascii=False, indent=1, sort_keys=True)
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-28s han=%4d art=%d Z=%d E=%d P=%d L=%d S=%d" % (
        name, han, len(arts), len(d["zones"]), len(d["enterprises"]), len(d["projects"]),
        len(d["platforms"]), len(stats)))


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for p in srcs:
        build(p)
