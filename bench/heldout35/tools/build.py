#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the annotated sources in src/*.src.

Source format (one file per document):
  header lines until a line '===':
    DOC <name>            output file stem
    STYLE web|pdf
    SEED <int>            random seed for the layout noise
    YEAR <year> | <evidence quote>
    Z name | alias,alias | city | province
    E name | aliases | zone
    J name | aliases | zone | enterprise | status      (project)
    F name | aliases | zone                            (platform)
  body lines:
    RAW <text>            emitted verbatim (masthead, page header/footer, web chrome)
    # title | main_zone [| D]   article start; D = headline printed with doubled characters
    @S <subject>          default subject for the following statistics
    @P <period>|-         default period
    CAP <text>            image caption; in pdf style cut into the middle of the next paragraph
    other lines           paragraphs; statistics are marked  [[evidence]]{indicator|kind|k=v...}{...}
  spec keys: v value, u unit, s subject, p period (- = null), a approx (over/about/under/-),
             c compared_to, n number index in evidence (1-based; default = spec position)
  kind codes: a amount, c count, g growth, s share, r rank, d difference, t target, o other
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = dict(a="amount", c="count", g="growth", s="share", r="rank", d="difference", t="target", o="other")
UNITS = sorted("""万亿元 亿美元 万美元 美元 亿欧元 万欧元 欧元 亿元 万元 元 个百分点 万平方米 平方米 平方公里 万人次 人次 万人 万家
万户 万亩 亩 万台 万件 万套 万吨 吨 % 倍 家 个 项 栋 座 人 名 位 件 台 套 户 所 条 款 种 批 次 场 年 天 辆 笔 只 支 间""".split(),
               key=len, reverse=True)
NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers(ev):
    out = []
    for m in NUM.finditer(ev):
        nxt = ev[m.end():m.end() + 2]
        if re.fullmatch(r"(19|20)\d\d", m.group()) and nxt.startswith("年"):
            continue
        if nxt[:1] in ("月", "日", "号", "-", "—", "~") or nxt.startswith("季度"):
            continue
        if ev[max(0, m.start() - 1):m.start()] in ("-", "—"):
            continue
        out.append(m)
    return out


def detect(ev, m):
    rest = ev[m.end():]
    approx = None
    if rest[:1] in ("余", "多"):
        approx = "over"
        rest = rest[1:]
    unit = next((u for u in UNITS if rest.startswith(u)), None)
    after = rest[len(unit):] if unit else rest
    before = ev[:m.start()]
    if after.startswith("以上"):
        approx = "over"
    elif after.startswith("左右"):
        approx = "about"
    for w, a in (("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"), ("近", "about"),
                 ("约", "about"), ("不到", "under"), ("不足", "under")):
        if before.endswith(w):
            approx = a
            break
    return unit, approx


def unq(p):
    return None if p is None else re.sub("[“”‘’\"'「」『』《》]", "", p)


def parse_spec(s):
    parts = s.split("|")
    d = {"indicator": parts[0], "kind": KINDS[parts[1]]}
    for p in parts[2:]:
        k, v = p.split("=", 1)
        d[k] = v
    return d


def build(path):
    head, body = open(path, encoding="utf-8").read().split("\n===\n", 1)
    meta = {"zones": [], "enterprises": [], "projects": [], "platforms": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        tag, rest = line.split(" ", 1)
        f = [x.strip() for x in rest.split("|")]
        al = lambda x: [a for a in x.split(",") if a] if x else []
        nz = lambda x: None if x in ("", "-") else x
        if tag == "DOC": meta["doc"] = rest.strip()
        elif tag == "STYLE": meta["style"] = rest.strip()
        elif tag == "SEED": meta["seed"] = int(rest)
        elif tag == "YEAR": meta["year"], meta["year_ev"] = int(f[0]), f[1]
        elif tag == "Z": meta["zones"].append({"name": f[0], "aliases": al(f[1]), "city": f[2], "province": f[3]})
        elif tag == "E": meta["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2])})
        elif tag == "J": meta["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2]),
                                                  "enterprise": nz(f[3]), "status": nz(f[4])})
        elif tag == "F": meta["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2])})
        else: sys.exit("bad header line: " + line)
    rnd = random.Random(meta.get("seed", 1))
    pdf = meta["style"] == "pdf"
    out, stats, articles = [], [], []
    subj = period = None
    cap = []
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.startswith("RAW "):
            out.append(line[4:]); continue
        if line.startswith("@S "):
            subj = line[3:].strip(); continue
        if line.startswith("@P "):
            period = None if line[3:].strip() == "-" else line[3:].strip(); continue
        if line.startswith("CAP "):
            cap.append(line[4:].strip()); continue
        if line.startswith("# "):
            f = [x.strip() for x in line[2:].split("|")]
            articles.append({"title": f[0], "main_zone": f[1], "first_words": None})
            t = f[0]
            if len(f) > 2 and f[2] == "D":
                t = "".join(c * 2 for c in t)
            out.append(""); out.append(t); continue
        # paragraph with markers
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\[\[(.+?)\]\]((?:\{[^}]*\})+)", line):
            text += line[pos:m.start()]
            ev = m.group(1)
            start = len(text)
            text += ev
            spans.append((start, len(text)))
            nums = numbers(ev)
            for i, sp in enumerate(re.findall(r"\{([^}]*)\}", m.group(2))):
                d = parse_spec(sp)
                n = int(d.get("n", i + 1)) - 1
                unit = approx = None
                if n < len(nums) and ("v" not in d or float(nums[n].group()) == float(d["v"])):
                    unit, approx = detect(ev, nums[n])
                v = d["v"] if "v" in d else nums[n].group()
                val = float(v)
                if val == int(val) and "." not in v:
                    val = int(val)
                st = {"subject": d.get("s", subj), "indicator": d["indicator"], "value": val,
                      "unit": d.get("u", unit), "approx": None if d.get("a") == "-" else d.get("a", approx),
                      "period": unq((None if d["p"] == "-" else d["p"]) if "p" in d else period),
                      "kind": d["kind"], "compared_to": d.get("c"), "evidence": ev}
                if st["unit"] is None:
                    sys.exit("%s: no unit for %s" % (path, ev))
                stats.append(st)
            pos = m.end()
        text += line[pos:]
        if "[[" in text or "]]" in text:
            sys.exit("%s: unparsed marker in %s" % (path, line))
        if articles and articles[-1]["first_words"] is None:
            articles[-1]["first_words"] = re.sub(r"\s", "", text)[:12]
        if pdf and cap:
            for c in cap:
                cands = [i + 1 for i, ch in enumerate(text) if ch == "，" and 15 < i < len(text) - 15
                         and not any(a < i + 1 < b for a, b in spans)]
                if not cands:
                    sys.exit("%s: no place for caption %s" % (path, c))
                k = rnd.choice(cands)
                text = text[:k] + "\n" + c + "\n" + text[k:]
                spans = [(a + (len(c) + 2 if a >= k else 0), b + (len(c) + 2 if b >= k else 0)) for a, b in spans]
            cap = []
        elif cap:
            out.extend(cap); cap = []
        if pdf:
            text = noisy(text, rnd, meta)
        else:
            text = "　　" + text if rnd.random() < 0.5 else text
        out.append(text)
    txt = "\n".join(out).strip("\n") + "\n"
    gold = {"doc": meta["doc"] + ".txt", "doc_year": meta["year"], "doc_year_evidence": meta["year_ev"],
            "articles": articles}
    for k in ("zones", "enterprises", "projects", "platforms"):
        gold[k] = meta[k]
    gold["statistics"] = stats
    with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
        h.write(txt)
    with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return meta["doc"], txt, gold


def noisy(text, rnd, meta):
    """Spaces inside some names and numbers, then hard line wraps every 30-40 characters."""
    lines = text.split("\n")
    res = []
    for li, seg in enumerate(lines):
        if seg.startswith("图为"):
            res.append(seg); continue
        # spaces inside a few numbers
        def numsp(m):
            s = m.group()
            if len(s) >= 3 and rnd.random() < 0.18:
                k = rnd.randint(1, len(s) - 1)
                return s[:k] + " " + s[k:]
            return s
        seg = re.sub(r"\d[\d.]*\d", numsp, seg)
        # spaces inside a few zone names / words
        for z in meta["zones"]:
            if z["name"] in seg and rnd.random() < 0.3:
                seg = seg.replace(z["name"], " ".join(z["name"]), 1)
        for w in ("高新区", "开发区", "新区", "企业", "项目"):
            if w in seg and rnd.random() < 0.15:
                seg = seg.replace(w, " ".join(w), 1)
        seg = "　　" + seg if li == 0 else seg
        i = 0
        while i < len(seg):
            w = rnd.randint(30, 40)
            res.append(seg[i:i + w])
            i += w
    return "\n".join(res)


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for p in srcs:
        doc, txt, gold = build(p)
        han = len(re.findall(r"[\u4e00-\u9fff]", txt))
        print("%-28s han=%5d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            doc, han, len(gold["zones"]), len(gold["enterprises"]), len(gold["projects"]),
            len(gold["platforms"]), len(gold["statistics"])))
