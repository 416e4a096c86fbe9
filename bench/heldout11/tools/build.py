#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  #doc NNN_slug            file stem
  #style pdf|web           pdf: hard wraps, spaces in words/numbers, captions; web: page chrome
  #year 2024 | evidence    doc_year and its evidence quote
  #text                    the clean text, line by line:
     =M line               masthead / date line / page header / footer / 责任编辑 (verbatim)
     =H title | main_zone  headline printed with every character doubled; starts an article
     =A title | main_zone  ordinary headline; starts an article
     =C line               caption / chrome line kept verbatim (web pages)
     other lines           paragraphs; [[CAP:...]] inside a paragraph is an image caption
                           that the PDF layout prints in the middle of the sentence
  #zones   name | alias;alias | city | province
  #ents    name | aliases | zone
  #projs   name | aliases | zone | enterprise | status
  #plats   name | aliases | zone
  #stats   @s SUBJECT / @p PERIOD (or @p -) set defaults; then
           indicator | value | kind | evidence | opt=... (u=unit s=subject p=period a=approx c=compared_to)
           kind: A amount C count G growth S share R rank D difference T target O other
           unit is read from the evidence after the number unless u= is given;
           approx is read from the words around the number unless a= is given.
Deterministic (fixed random seed per document). Python 3 standard library only.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"A": "amount", "C": "count", "G": "growth", "S": "share", "R": "rank",
         "D": "difference", "T": "target", "O": "other"}
UNITS = sorted("""万亿元 亿美元 万美元 亿元 万元 元 个百分点 % 万平方米 平方公里 平方米 万亩 亩
万人次 人次 万人 万家 万户 万个 万件 万套 万名 万吨 万辆 万千瓦 千瓦 兆瓦 吨 辆 家 个 项 人 名 户 所 件 套 座 台
位 倍 年 场次 场 次 批 届 款 种 支 条 篇 份 间 天 小时 公里 分钟 张""".split(), key=len, reverse=True)
NUM = r"\d+(?:\.\d+)?"


def fmt_num(v):
    return ("%.6f" % v).rstrip("0").rstrip(".")


def parse_value(s):
    s = s.strip()
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return round(int(m.group(1)) / int(m.group(2)), 6)
    return float(s) if "." in s else int(s)


def infer_unit_approx(ev, raw_value):
    """Find the value in the evidence; return (unit, approx) read around it."""
    unit, approx = None, None
    for m in re.finditer(NUM, ev):
        if float(m.group()) != float(raw_value):
            continue
        before, after = ev[:m.start()], ev[m.end():]
        if re.search(r"(超过|超|突破|逾)$", before):
            approx = "over"
        elif re.search(r"(约|近)$", before):
            approx = "about"
        elif re.search(r"(不到|不足)$", before):
            approx = "under"
        if after[:1] in ("余", "多"):
            approx = "over"
            after = after[1:]
        for u in UNITS:
            if after.startswith(u):
                unit = u
                rest = after[len(u):]
                if rest.startswith("以上"):
                    approx = "over"
                elif rest.startswith("左右"):
                    approx = "about"
                break
        return unit, approx
    return unit, approx


def parse_src(path):
    sec, d = None, {"text": [], "zones": [], "ents": [], "projs": [], "plats": [], "stats": []}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            parts = line[1:].split(None, 1)
            key = parts[0]
            if key in ("doc", "style"):
                d[key] = parts[1].strip()
            elif key == "year":
                y, ev = parts[1].split("|", 1)
                d["year"] = (int(y), ev.strip())
            else:
                sec = key
            continue
        if sec is None:
            continue
        if sec == "text":
            d["text"].append(line)
        elif line.strip():
            d[sec].append(line.strip())
    return d


def split_fields(line, n):
    f = [x.strip() for x in line.split("|")]
    f += [""] * (n - len(f))
    return f


def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()]


def null(s):
    return None if s in ("", "-", "null", "None") else s


def gold_of(d, articles):
    g = {"doc": d["doc"] + ".txt", "doc_year": d["year"][0], "doc_year_evidence": d["year"][1],
         "articles": articles, "zones": [], "enterprises": [], "projects": [], "platforms": [],
         "statistics": []}
    for l in d["zones"]:
        n, a, c, p = split_fields(l, 4)
        g["zones"].append({"name": n, "aliases": aliases(a), "city": null(c), "province": null(p)})
    for l in d["ents"]:
        n, a, z = split_fields(l, 3)
        g["enterprises"].append({"name": n, "aliases": aliases(a), "zone": null(z)})
    for l in d["projs"]:
        n, a, z, e, s = split_fields(l, 5)
        g["projects"].append({"name": n, "aliases": aliases(a), "zone": null(z),
                              "enterprise": null(e), "status": null(s)})
    for l in d["plats"]:
        n, a, z = split_fields(l, 3)
        g["platforms"].append({"name": n, "aliases": aliases(a), "zone": null(z)})
    subj, period = None, None
    for l in d["stats"]:
        if l.startswith("@s "):
            subj = l[3:].strip()
            continue
        if l.startswith("@p "):
            period = null(l[3:].strip())
            continue
        f = [x.strip() for x in l.split("|")]
        if len(f) < 4:
            sys.exit("%s: bad stat line: %s" % (d["doc"], l))
        ind, val, kind, ev = f[:4]
        opts = {}
        for o in f[4:]:
            k, v = o.split("=", 1)
            opts[k.strip()] = v.strip()
        value = parse_value(val)
        unit, approx = infer_unit_approx(ev, value) if "/" not in val else ("fraction", None)
        if "u" in opts:
            unit = opts["u"]
        if "a" in opts:
            approx = null(opts["a"])
        kind = KINDS.get(kind, kind)
        if unit is None and kind == "rank":
            unit = "位"
        if unit is None:
            sys.exit("%s: no unit for: %s" % (d["doc"], l))
        g["statistics"].append({
            "subject": opts.get("s", subj), "indicator": ind, "value": value, "unit": unit,
            "approx": approx, "period": null(opts["p"]) if "p" in opts else period,
            "kind": kind, "compared_to": null(opts.get("c", "")), "evidence": ev})
    return g


def double(s):
    return "".join(ch * 2 if not ch.isspace() else ch for ch in s)


def add_spaces(par, rng):
    """Spaces inside a few numbers and zone words, as PDF extraction leaves them."""
    out = par
    digit_pairs = [m.start() + 1 for m in re.finditer(r"\d(?=[\d.]\d)", out)]
    rng.shuffle(digit_pairs)
    for pos in sorted(digit_pairs[:max(1, len(digit_pairs) // 5)], reverse=True):
        out = out[:pos] + " " + out[pos:]
    words = [m for m in re.finditer(r"高新区|开发区|综保区|新区|片区|有限公司|创新|产业", out)]
    rng.shuffle(words)
    for m in sorted(words[:max(1, len(words) // 6)], key=lambda m: -m.start()):
        out = out[:m.start()] + " ".join(m.group()) + out[m.end():]
    return out


def wrap(s, rng, first_offset=0):
    lines, i = [], 0
    first = True
    while i < len(s):
        w = rng.randint(30, 40)
        if first and first_offset:
            w = max(8, w - first_offset)
        first = False
        lines.append(s[i:i + w])
        i += w
    return lines


def render(d):
    rng = random.Random(d["doc"])
    pdf = d["style"] == "pdf"
    out, articles, pending = [], [], None
    for line in d["text"]:
        if not line.strip():
            if not pdf:
                out.append("")
            continue
        if line.startswith("=M ") or line.startswith("=C "):
            out.append(line[3:])
            continue
        if line.startswith("=H ") or line.startswith("=A "):
            title, mz = (split_fields(line[3:], 2))
            pending = {"title": title, "main_zone": null(mz), "first_words": None}
            articles.append(pending)
            out.append(double(title) if line.startswith("=H ") else title)
            continue
        par = line.strip()
        clean = re.sub(r"\[\[CAP:.*?\]\]", "", par)
        if pending is not None and pending["first_words"] is None:
            pending["first_words"] = clean[:12]
        if not pdf:
            out.append("\u3000\u3000" + clean)
            # captions in web pages stay as their own line before the paragraph
            for cap in re.findall(r"\[\[CAP:(.*?)\]\]", par):
                out.insert(len(out) - 1, cap)
            continue
        pieces = re.split(r"\[\[CAP:(.*?)\]\]", par)
        for k, piece in enumerate(pieces):
            if k % 2 == 1:
                out.append(piece)
                continue
            if not piece:
                continue
            piece = add_spaces(piece, rng)
            if k == 0:
                piece = "\u3000\u3000" + piece
            out.extend(wrap(piece, rng))
    return "\n".join(out) + "\n", articles


def main():
    src_dir = os.path.join(ROOT, "src")
    for f in sorted(os.listdir(src_dir)):
        if not f.endswith(".src"):
            continue
        d = parse_src(os.path.join(src_dir, f))
        text, articles = render(d)
        g = gold_of(d, articles)
        with open(os.path.join(ROOT, "texts", d["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", d["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-34s han=%5d zones=%2d ents=%2d projs=%2d plats=%2d stats=%3d" % (
            d["doc"], han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
            len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
