#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  #META            key=value lines: doc, style (web|pdf), year, year_ev, seed
  #HEAD            verbatim lines put on top of the page (masthead, date line, breadcrumbs)
  #ART title|main_zone|flags      flags: double (headline with every character doubled),
                   fw=<first words>; then lines: '~' prefix = verbatim line under the title
                   (byline, subtitle, source line), other non-empty lines = paragraphs.
                   Inside a paragraph {CAP:...} is an image caption cut into the sentence.
  #FOOT            verbatim lines at the end (page footer, 责任编辑)
  #ZONES name|aliases(;)|city|province
  #ENT   name|aliases|zone
  #PROJ  name|aliases|zone|enterprise|status
  #PLAT  name|aliases|zone
  #STATS 'S=subject' / 'P=period' set defaults; 'kind|indicator|evidence|k=v ...'
         kind: a amount, c count, g growth, s share, r rank, d difference, t target, o other
         overrides: v=value u=unit a=over|about|under|none c=compared_to s=subject p=period
         Value, unit and approx are read from the evidence unless overridden.
The layout noise (hard wraps, spaces in words and numbers) is seeded, so rebuilding
gives the same files.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
UNITS_TXT = sorted("""万亿元 亿美元 万美元 亿元 万元 元 个百分点 百分点 % ％ 万平方米 平方米 平方公里 万亩 亩
万人次 人次 万人 万户 万家 万个 万件 万单 万票 万吨 吨 万标箱 标箱 家 个 项 户 所 套 件 座 台 名 人 位
倍 年 天 个工作日 工作日 小时 分钟 张 款 种 批 次 场次 场 条 万千瓦 千瓦 兆瓦 吉瓦 万辆 辆 列 班 支 个月 万只 万套
万片 万台 亿条 万条 吨标准煤 人才 个品种 张次 笔 亿件 万平方公里""".split(), key=len, reverse=True)
NUM = re.compile(r"\d+(?:\.\d+)?")
CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def candidates(ev):
    out = []
    for m in NUM.finditer(ev):
        s, e = m.span()
        after, before = ev[e:], ev[:s]
        if re.match(r"(月|日|季度|号)", after) or re.match(r"[-—~至]\d+月", after):
            continue
        if re.match(r"年", after) and len(m.group()) == 4 and m.group()[:2] in ("19", "20"):
            continue
        if before.endswith(("第",)) and re.match(r"(届|批|期)", after):
            continue
        approx = None
        rest = after
        if rest[:1] in ("余", "多"):
            approx, rest = "over", rest[1:]
        unit = next((u for u in UNITS_TXT if rest.startswith(u)), None)
        if unit:
            rest = rest[len(unit):]
        if rest.startswith("以上") or rest.startswith("多"):
            approx = "over"
        elif rest.startswith("左右"):
            approx = "about"
        for w, a in (("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"), ("约", "about"),
                     ("近", "about"), ("不到", "under"), ("不足", "under"), ("接近", "about")):
            if before.endswith(w):
                approx = a
                break
        out.append({"value": float(m.group()), "text": m.group(), "unit": unit, "approx": approx})
    return out


def num(v):
    f = float(v)
    return int(f) if f == int(f) and "." not in str(v) else f


def parse_src(path):
    sec, meta, head, foot, arts = None, {}, [], [], []
    ents = {"zones": [], "enterprises": [], "projects": [], "platforms": []}
    stats, cur = [], {"S": None, "P": None}
    secmap = {"#ZONES": "zones", "#ENT": "enterprises", "#PROJ": "projects", "#PLAT": "platforms"}
    for ln_no, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            tag = line.split()[0]
            sec = tag
            if tag == "#ART":
                parts = line[4:].strip().split("|")
                flags = parts[2:] if len(parts) > 2 else []
                art = {"title": parts[0].strip(), "main_zone": parts[1].strip() or None,
                       "double": "double" in flags, "pre": [], "paras": [], "fw": None}
                for f in flags:
                    if f.startswith("fw="):
                        art["fw"] = f[3:]
                arts.append(art)
            continue
        if not line.strip() or line.startswith("//"):
            continue
        if sec == "#META":
            k, v = line.split("=", 1)
            meta[k.strip()] = v.strip()
        elif sec == "#HEAD":
            head.append(line)
        elif sec == "#FOOT":
            foot.append(line)
        elif sec == "#ART":
            if line.startswith("~"):
                arts[-1]["pre"].append(line[1:])
            else:
                arts[-1]["paras"].append(line.strip())
        elif sec in secmap:
            f = [x.strip() for x in line.split("|")]
            al = [a for a in f[1].split(";") if a] if len(f) > 1 else []
            nz = lambda x: x if x and x != "-" else None
            kind = secmap[sec]
            if kind == "zones":
                ents[kind].append({"name": f[0], "aliases": al, "city": f[2], "province": f[3]})
            elif kind == "projects":
                ents[kind].append({"name": f[0], "aliases": al, "zone": nz(f[2]), "enterprise": nz(f[3]),
                                   "status": nz(f[4])})
            else:
                ents[kind].append({"name": f[0], "aliases": al, "zone": nz(f[2])})
        elif sec == "#STATS":
            if re.match(r"^[SP]=", line):
                k, v = line.split("=", 1)
                cur[k] = v.strip() if v.strip() not in ("", "-") else None
                continue
            f = [x.strip() for x in line.split("|")]
            if len(f) < 3:
                sys.exit("%s:%d: bad stat line" % (path, ln_no))
            ov = {}
            if len(f) > 3 and f[3]:
                for kv in f[3].split():
                    k, v = kv.split("=", 1)
                    ov[k] = v
            ev = f[2]
            cands = candidates(ev)
            if "v" in ov:
                pick = [c for c in cands if c["value"] == float(ov["v"])]
                c = pick[0] if pick else {"value": float(ov["v"]), "text": ov["v"], "unit": None, "approx": None}
            else:
                if len(cands) != 1:
                    sys.exit("%s:%d: %d numbers in evidence, give v=: %s" % (path, ln_no, len(cands), ev))
                c = cands[0]
            unit = ov.get("u", c["unit"])
            if unit is None:
                sys.exit("%s:%d: no unit found, give u=: %s" % (path, ln_no, ev))
            approx = ov.get("a", c["approx"])
            if approx == "none":
                approx = None
            period = ov.get("p", cur["P"])
            if period == "-":
                period = None
            stats.append({"subject": ov.get("s", cur["S"]), "indicator": f[1],
                          "value": num(ov["v"]) if "v" in ov else num(c["text"]),
                          "unit": unit, "approx": approx, "period": period,
                          "kind": KINDS[f[0]], "compared_to": ov.get("c"), "evidence": ev})
    return meta, head, foot, arts, ents, stats


def doubled(s):
    return "".join(ch * 2 if not ch.isspace() else ch for ch in s)


SPACE_WORDS = ["高新区", "新区", "开发区", "经开区", "综合保税区", "片区", "孵化器", "众创空间", "产业园",
               "有限公司", "同比增长", "亿元", "企业"]


def space_noise(text, rnd, p_word=0.18, p_num=0.12):
    # spaces inside some words and some numbers
    def wsub(m):
        w = m.group(0)
        return " ".join(w) if rnd.random() < p_word else w
    text = re.sub("|".join(map(re.escape, SPACE_WORDS)), wsub, text)
    def nsub(m):
        n = m.group(0)
        if len(n) >= 3 and rnd.random() < p_num:
            k = rnd.randint(1, len(n) - 1)
            return n[:k] + " " + n[k:]
        return n
    return re.sub(r"\d+(?:\.\d+)?", nsub, text)


def wrap(text, rnd):
    lines, i = [], 0
    while i < len(text):
        n = rnd.randint(30, 40)
        lines.append(text[i:i + n])
        i += n
    return lines


def render(meta, head, foot, arts):
    rnd = random.Random(int(meta.get("seed", "7")))
    out = list(head)
    pdf = meta["style"] == "pdf"
    for a in arts:
        out.append("")
        out.append(doubled(a["title"]) if a["double"] else a["title"])
        out.extend(a["pre"])
        for p in a["paras"]:
            chunks = re.split(r"(\{CAP:[^}]*\})", p)
            if pdf:
                buf = []
                for ch in chunks:
                    if ch.startswith("{CAP:"):
                        if buf:
                            out.extend(wrap(space_noise("".join(buf), rnd), rnd))
                            buf = []
                        out.append(ch[5:-1])
                    else:
                        buf.append(ch)
                if buf:
                    out.extend(wrap(space_noise("".join(buf), rnd), rnd))
            else:
                segs = []
                for ch in chunks:
                    if ch.startswith("{CAP:"):
                        out.append("　　" + "".join(segs))
                        out.append(ch[5:-1])
                        segs = []
                    else:
                        segs.append(ch)
                out.append("　　" + "".join(segs))
    out.append("")
    out.extend(foot)
    return "\n".join(x for x in out if x is not None) + "\n"


def clean_para(p):
    return re.sub(r"\{CAP:[^}]*\}", "", p)


def main():
    srcdir = os.path.join(ROOT, "src")
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith(".src"):
            continue
        meta, head, foot, arts, ents, stats = parse_src(os.path.join(srcdir, fn))
        doc = meta["doc"] + ".txt"
        text = render(meta, head, foot, arts)
        with open(os.path.join(ROOT, "texts", doc), "w", encoding="utf-8") as h:
            h.write(text)
        articles = []
        for a in arts:
            fw = a["fw"] or clean_para(a["paras"][0])[:12]
            articles.append({"title": a["title"], "main_zone": a["main_zone"], "first_words": fw})
        gold = {"doc": doc, "doc_year": int(meta["year"]) if meta.get("year") else None,
                "doc_year_evidence": meta.get("year_ev"), "articles": articles}
        gold.update(ents)
        gold["statistics"] = stats
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-34s han=%4d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            doc, han, len(ents["zones"]), len(ents["enterprises"]), len(ents["projects"]),
            len(ents["platforms"]), len(stats)))


if __name__ == "__main__":
    main()
