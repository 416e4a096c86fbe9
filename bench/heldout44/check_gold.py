#!/usr/bin/env python3
"""Validate the held-out gold files in gold/ against the texts in texts/.

Uses the scorer's own functions (load_gold, norm_name, unit_of, rows_of, score_entities,
score_statistics), imported from --score (default /work/shared/eval/score.py).

  python3 check_gold.py [--score PATH] [--gold DIR] [--texts DIR] [-v]

Exit status 0 only when there are no errors and the gold scores 1.0 against itself.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
PROVINCES = {"北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
             "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
             "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
             "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
             "香港特别行政区", "澳门特别行政区"}
REGIONS = {"全国"} | PROVINCES
# units the scorer does not know (they fall into a raw: family of their own); allowed here
UNKNOWN_UNITS_OK = {"万吨", "吨", "万辆", "辆", "万标箱", "万单", "亿单", "万票", "台", "万台", "列", "万升", "升", "个工作日", "工作日", "天", "亿支"}

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(s):
    """Chinese numeral (up to 万/亿 groups) -> int, or None."""
    if not s:
        return None
    total, section, digit = 0, 0, None
    for c in s:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        elif c in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[c]
            digit = None
        elif c in ("万", "亿"):
            section += digit or 0
            total += section * (10000 if c == "万" else 10 ** 8)
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


CN_RE = "[零〇一二两三四五六七八九十百千万亿]+"


def numbers_in(ev):
    """Numbers a reader sees in an evidence string (already normalised)."""
    vals = set()
    s = re.sub(r"(?<=\d),(?=\d{3})", "", ev)
    for mo in re.finditer(r"\d+(?:\.\d+)?", s):
        vals.add(float(mo.group(0)))
    for mo in re.finditer(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", s):
        a, b = float(mo.group(1)), float(mo.group(2))
        if b:
            vals.add(a / b)
    for mo in re.finditer(r"(%s)分之(%s)" % (CN_RE, CN_RE), s):
        a, b = cn_number(mo.group(1)), cn_number(mo.group(2))
        if a and b is not None:
            vals.update({b / a, 100.0 * b / a})
    for mo in re.finditer(r"(%s)成" % CN_RE, s):
        n = cn_number(mo.group(1))
        if n is not None:
            vals.update({n, n * 10.0})
    for mo in re.finditer(CN_RE, s):
        t = mo.group(0)
        for u in ([t, t[:-1]] if len(t) > 1 and t[-1] in "万亿" else [t]):
            n = cn_number(u)
            if n is not None:
                vals.add(float(n))
    if re.search("首位|第一|榜首|居首", s):
        vals.add(1.0)
    if "一番" in s:
        vals.update({1.0, 2.0})
    return vals


def close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) + 5e-7


def doubled_removed(txt):
    keep = []
    for l in txt.split("\n"):
        s = re.sub(r"\s+", "", l)
        if len(s) >= 8 and len(s) % 2 == 0 and s[0::2] == s[1::2]:
            continue
        keep.append(l)
    return "\n".join(keep)


def self_score(S, gold):
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in zip(vars_, r) if v is not None} for r in rows]}}
    zr, er, pr, lr, sr = [], [], [], [], []
    for doc, g in gold.items():
        zr += [(doc, z["name"], z["city"], z["province"]) for z in g.get("zones", [])]
        er += [(doc, e["name"], e["zone"]) for e in g.get("enterprises", [])]
        pr += [(doc, p["name"], p["zone"], p["enterprise"], p["status"]) for p in g.get("projects", [])]
        lr += [(doc, p["name"], p["zone"]) for p in g.get("platforms", [])]
        sr += [(doc, s["subject"], s["indicator"], s["value"], s["unit"], s["period"], s["kind"],
                s["approx"], s["compared_to"], s["evidence"]) for s in g.get("statistics", [])]
    preds = {
        "zones": S.rows_of(res(["doc", "name", "city", "province"], zr)),
        "enterprises": S.rows_of(res(["doc", "name", "zone"], er)),
        "projects": S.rows_of(res(["doc", "name", "zone", "enterprise", "status"], pr)),
        "platforms": S.rows_of(res(["doc", "name", "zone"], lr)),
        "statistics": S.rows_of(res(["doc", "subject", "indicator", "value", "unit", "period", "kind",
                                     "approx", "comparedTo", "evidence"], sr)),
    }
    detail = []
    out = {
        "zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": S.score_statistics(gold, preds, detail),
    }
    problems = []
    for k, r in out.items():
        vals = {"f1": r["f1"]}
        vals.update({"attr." + a: v for a, v in (r.get("attributes") or {}).items()})
        vals.update({a: r[a] for a in r if a.endswith("_ok")})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                problems.append("self-score %s %s = %s" % (k, a, v))
    return out, problems, detail


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.score)
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)
    nn = S.norm_name

    gold = S.load_gold(args.gold)
    errors, warnings = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    def warn(doc, msg):
        warnings.append("%s: %s" % (doc, msg))

    for doc, g in gold.items():
        tpath = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file %s" % tpath)
            continue
        raw = open(tpath, encoding="utf-8").read()
        body = nn(doubled_removed(raw))
        full = nn(raw)
        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
                  "platforms", "statistics"):
            if k not in g:
                err(doc, "missing top-level field %s" % k)
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r does not name the text file" % g.get("doc"))
        if g.get("doc_year") is not None:
            if not isinstance(g["doc_year"], int):
                err(doc, "doc_year not an integer")
            ev = g.get("doc_year_evidence")
            if not ev or nn(ev) not in body or str(g["doc_year"]) not in nn(ev):
                err(doc, "doc_year_evidence missing, not in text or without the year: %r" % ev)

        # ---- entities
        canon = {}
        owner = {}
        fields = {"zones": ("name", "aliases", "city", "province"), "enterprises": ("name", "aliases", "zone"),
                  "projects": ("name", "aliases", "zone", "enterprise", "status"),
                  "platforms": ("name", "aliases", "zone")}
        for kind, fs in fields.items():
            canon[kind] = set()
            for e in g.get(kind, []):
                if set(e) != set(fs):
                    err(doc, "%s %r has fields %s, want %s" % (kind, e.get("name"), sorted(e), sorted(fs)))
                if not e.get("name"):
                    err(doc, "%s without a name" % kind)
                    continue
                canon[kind].add(e["name"])
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s: aliases not a list" % (kind, e["name"]))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    key = nn(n)
                    if n != n.strip() or re.search(r"\s", n):
                        err(doc, "%s name/alias with spaces: %r" % (kind, n))
                    if key not in body:
                        err(doc, "%s name/alias not in text (outside doubled headline): %s" % (kind, n))
                    if key in owner and owner[key] != (kind, e["name"]):
                        ok, other = False, owner[key]
                        # allowed: a company listed as a project under its own name
                        pair = {other[0], kind}
                        if pair == {"enterprises", "projects"}:
                            proj = e if kind == "projects" else next(p for p in g["projects"] if p["name"] == other[1])
                            ent = other[1] if kind == "projects" else e["name"]
                            ok = proj.get("enterprise") == ent
                        if not ok:
                            err(doc, "name %s shared by %s and %s %s" % (n, other, kind, e["name"]))
                    owner.setdefault(key, (kind, e["name"]))
        zones = canon["zones"]
        for z in g.get("zones", []):
            if not z.get("city") or not re.fullmatch(r".+(市|州|地区|盟)", z["city"]):
                err(doc, "zone %s: city %r not a full city name" % (z["name"], z.get("city")))
            if z.get("province") not in PROVINCES:
                err(doc, "zone %s: province %r not a full province name" % (z["name"], z.get("province")))
        for kind in ("enterprises", "projects", "platforms"):
            for e in g.get(kind, []):
                if e.get("zone") is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %r is not a canonical zone name" % (kind, e["name"], e["zone"]))
        for p in g.get("projects", []):
            if p.get("enterprise") is not None and p["enterprise"] not in canon["enterprises"]:
                err(doc, "project %s: enterprise %r is not a canonical enterprise name" % (p["name"], p["enterprise"]))
            if p.get("status") not in STATUS:
                err(doc, "project %s: status %r not allowed" % (p["name"], p.get("status")))
        for a in g.get("articles", []):
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article fields %s" % sorted(a))
            if a.get("main_zone") is not None and a["main_zone"] not in zones:
                err(doc, "article %r: main_zone %r not a canonical zone" % (a.get("title"), a.get("main_zone")))
            if not a.get("first_words") or nn(a["first_words"]) not in body:
                err(doc, "article %r: first_words not in text" % a.get("title"))
            t = nn(a.get("title") or "")
            if not t or (t not in body and "".join(c + c for c in t) not in full):
                err(doc, "article title not in text: %r" % a.get("title"))

        # ---- statistics
        all_names = set().union(*canon.values())
        cities = {z.get("city") for z in g.get("zones", [])}
        sfields = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
        keys = {}
        for i, s in enumerate(g.get("statistics", [])):
            tag = "stat %d (%s %s)" % (i + 1, s.get("indicator"), s.get("value"))
            if set(s) != sfields:
                err(doc, "%s fields %s" % (tag, sorted(set(s) ^ sfields)))
                continue
            if s["subject"] not in all_names and s["subject"] not in REGIONS and s["subject"] not in cities:
                err(doc, "%s: subject %r is neither a canonical name nor a region" % (tag, s["subject"]))
            if not s["indicator"]:
                err(doc, "%s: empty indicator" % tag)
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s: value not a number" % tag)
                continue
            if s["kind"] not in KINDS:
                err(doc, "%s: kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s: approx %r" % (tag, s["approx"]))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "%s: compared_to %r with kind %s" % (tag, s["compared_to"], s["kind"]))
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "%s: rank with unit %r" % (tag, s["unit"]))
            if s["period"] is not None and re.search(r"\s", s["period"]):
                err(doc, "%s: period with spaces" % tag)
            fam, fac = S.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in UNKNOWN_UNITS_OK:
                err(doc, "%s: unit %r unknown to the scorer and not allow-listed" % (tag, s["unit"]))
            if fam == "none":
                err(doc, "%s: no unit" % tag)
            ev = nn(s["evidence"] or "")
            if not ev or ev not in body:
                err(doc, "%s: evidence not in text: %r" % (tag, s["evidence"]))
            if not any(close(float(s["value"]), v) for v in numbers_in(ev)):
                err(doc, "%s: value %s not visible in evidence %r" % (tag, s["value"], s["evidence"]))
            if s["unit"] not in ("fraction",) and nn(s["unit"]) not in ev and not (s["unit"] == "%" and "成" in ev) \
                    and not (s["unit"] == "位" and re.search("第|首|居", ev)):
                warn(doc, "%s: unit %r not printed in evidence %r" % (tag, s["unit"], s["evidence"]))
            key = (nn(s["subject"]), round(float(s["value"]) * fac, 6), fam, nn(s["indicator"]))
            if key in keys:
                err(doc, "%s collides with stat %d under the scorer's de-duplication key" % (tag, keys[key]))
            keys[key] = i + 1
            words = {"over": "超|突破|以上|逾|余|多", "about": "约|近|左右", "under": "不到|不足"}
            ev2 = re.sub("规模以上|签约|以上年|多元|多式", "", ev)
            for a, pat in words.items():
                if re.search(pat, ev2) and s["approx"] is None:
                    warn(doc, "%s: evidence has %s-words but approx is null" % (tag, a))
            if s["kind"] == "target" and not re.search("预计|力争|计划|目标|到20|将|争取|拟|有望|建成后|达产后|可", ev):
                warn(doc, "%s: target without a target word in evidence" % tag)

    out, problems, detail = self_score(S, gold)
    errors += problems
    if args.verbose or problems:
        for d in detail:
            print("  self-score detail:", "\t".join(map(str, d)))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    n = {k: sum(len(g.get(k, [])) for g in gold.values()) for k in ("zones", "enterprises", "projects",
                                                                     "platforms", "statistics")}
    print("checked %d docs: %s" % (len(gold), ", ".join("%s=%d" % kv for kv in n.items())))
    print("self-score F1: " + ", ".join("%s=%.3f" % (k, r["f1"]) for k, r in out.items()))
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
