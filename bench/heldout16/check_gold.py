#!/usr/bin/env python3
"""Validate the heldout16 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--quiet]

Checks: schema and allowed values; entity references; every evidence / name / alias /
first_words / year evidence occurs verbatim in the text after score.norm_name; each value
is visible in its evidence; no name or alias shared by two entities; no two statistics
collide under the scorer's de-duplication key; gold scored against itself gives 1.0.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--quiet", action="store_true")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, unit_of, load_gold = score.norm_name, score.unit_of, score.load_gold

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]
FIELDS = {
    "articles": ["title", "main_zone", "first_words"],
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"],
}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}

errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def cn_int(s):
    if s in CN:
        return CN[s]
    if len(s) == 2 and s[0] == "十":
        return 10 + CN[s[1]]
    if len(s) == 2 and s[1] == "十":
        return CN[s[0]] * 10
    if len(s) == 3 and s[1] == "十":
        return CN[s[0]] * 10 + CN[s[2]]
    return None


def numbers_in(ev):
    """Every number a reader sees in the evidence (arabic, fractions, Chinese numerals)."""
    out = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        out.add(float(m.group(0)))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        out.add(round(int(m.group(1)) / int(m.group(2)), 6))
    c = "零一二两三四五六七八九十半"
    for m in re.finditer(r"([%s]+)分之([%s]+)" % (c, c), ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            out.add(round(b / a, 6))
    for m in re.finditer(r"([%s]+)成" % c, ev):
        n = cn_int(m.group(1))
        if n is not None:
            out.add(n * 10); out.add(round(n / 10, 6))
    for m in re.finditer(r"[%s]+" % c, ev):
        n = cn_int(m.group(0))
        if n is not None:
            out.add(n)
    if re.search(r"第一|首位|榜首|居首|位居第一", ev):
        out.add(1)
    if "一半" in ev:
        out.update({0.5, 50})
    if "翻一番" in ev or "翻番" in ev:
        out.add(2)
    return out


def check_doc(stem, g, text):
    nt = norm_name(text)
    if list(g.keys()) != TOP:
        err(stem, "top-level keys %s" % list(g.keys()))
    if score.norm_doc(g["doc"]) != stem:
        err(stem, "doc field %r does not name the file" % g["doc"])
    if not isinstance(g["doc_year"], int) or not g["doc_year_evidence"] or norm_name(g["doc_year_evidence"]) not in nt:
        err(stem, "doc_year / evidence")
    elif str(g["doc_year"]) not in g["doc_year_evidence"]:
        err(stem, "doc_year not in its evidence")
    for kind, fields in FIELDS.items():
        for e in g[kind]:
            if list(e.keys()) != fields:
                err(stem, "%s fields %s" % (kind, list(e.keys())))
    zone_names = {z["name"] for z in g["zones"]}
    ent_names = {e["name"] for e in g["enterprises"]}
    # names and aliases
    owner = {}
    canon = set()
    for kind in score.TYPES:
        for e in g[kind]:
            canon.add(e["name"])
            for n in [e["name"]] + e["aliases"]:
                if re.search(r"\s", n):
                    err(stem, "%s name/alias has whitespace: %r" % (kind, n))
                if norm_name(n) not in nt:
                    err(stem, "%s name/alias not in text: %s" % (kind, n))
                key = norm_name(n)
                if key in owner and owner[key] != (kind, e["name"]):
                    err(stem, "name/alias %s shared by %s and %s" % (n, owner[key], (kind, e["name"])))
                owner[key] = (kind, e["name"])
            if e["name"] in e["aliases"]:
                err(stem, "alias repeats name " + e["name"])
    for z in g["zones"]:
        if not z["city"] or not z["province"] or not z["city"].endswith(("市", "州", "盟", "地区")) \
                or not z["province"].endswith(("省", "自治区", "市")):
            err(stem, "zone city/province %s" % z)
    for e in g["enterprises"]:
        if e["zone"] is not None and e["zone"] not in zone_names:
            err(stem, "enterprise zone unresolved: %s -> %s" % (e["name"], e["zone"]))
    for p in g["projects"]:
        if p["zone"] is not None and p["zone"] not in zone_names:
            err(stem, "project zone unresolved: %s -> %s" % (p["name"], p["zone"]))
        if p["enterprise"] is not None and p["enterprise"] not in ent_names:
            err(stem, "project enterprise unresolved: %s -> %s" % (p["name"], p["enterprise"]))
        if p["status"] is not None and p["status"] not in STATUS:
            err(stem, "project status %s" % p["status"])
    for p in g["platforms"]:
        if p["zone"] is not None and p["zone"] not in zone_names:
            err(stem, "platform zone unresolved: %s -> %s" % (p["name"], p["zone"]))
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zone_names:
            err(stem, "article main_zone unresolved: %s" % a["main_zone"])
        if norm_name(a["first_words"]) not in nt:
            err(stem, "article first_words not in text: %s" % a["first_words"])
    # statistics
    keys = {}
    for s in g["statistics"]:
        tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
        if s["subject"] not in canon:
            if s["subject"] in {a for e in g["zones"] + g["enterprises"] + g["projects"] + g["platforms"] for a in e["aliases"]}:
                err(stem, "stat subject is an alias, not the canonical name: " + tag)
            elif norm_name(s["subject"]) not in nt:
                err(stem, "stat subject neither entity nor region in text: " + tag)
        if s["kind"] not in KINDS:
            err(stem, "kind %s: %s" % (s["kind"], tag))
        if s["approx"] is not None and s["approx"] not in APPROX:
            err(stem, "approx %s: %s" % (s["approx"], tag))
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(stem, "compared_to must be set exactly for difference: " + tag)
        fam, fac = unit_of(s["unit"])
        if fam.startswith("raw:") and s["unit"] not in ("吨", "万吨", "列", "标箱", "万标箱", "辆", "万辆", "PFlops", "EFlops",
                                                        "万片/月", "万立方米", "亿穗", "亿枝", "车次", "万剂", "万片", "张", "PUE", "片", "亿片", "纳米", "台套", "千瓦时", "万千瓦", "万千瓦时", "兆瓦", "吉瓦", "兆瓦时",
                                                        "亿千瓦时", "公里", "千米", "天", "个工作日", "小时", "吨/年", "万吨/年", "万台", "台套/年", "亿颗", "万只",
                                                        "Gbps", "毫秒", "kV", "万平方公里", "万千瓦时/年", "万亩/年", "万头", "万吨标准煤", "人/年", "元/亩", "万元/亩"):
            err(stem, "unit not known to score.py nor whitelisted: %s: %s" % (s["unit"], tag))
        if not isinstance(s["value"], (int, float)):
            err(stem, "value not a number: " + tag)
        ev = s["evidence"]
        if norm_name(ev) not in nt:
            err(stem, "evidence not in text: " + ev)
        if "。" in ev or re.search(r"\s", ev):
            err(stem, "evidence not one clean sentence: " + ev)
        nums = numbers_in(norm_name(ev))
        v = float(s["value"])
        if not any(abs(v - n) <= 1e-6 * max(1, abs(v)) for n in nums):
            err(stem, "value %s not visible in evidence %s" % (s["value"], ev))
        nev = norm_name(ev)
        vs = ("%g" % v) if v == int(v) else str(s["value"])
        i = nev.find(vs)
        near = nev[max(0, i - 3):i] + "|" + nev[i + len(vs):i + len(vs) + 5] if i >= 0 else ""
        if s["approx"] is None and re.search(r"超过|突破|以上|逾|余|多|约|近|左右|不到|不足|以下|以内", near):
            # warning-level: approximation words near the number but approx null
            if not args.quiet:
                print("note %s: approx null but evidence has approx word: %s" % (stem, ev))
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(stem, "period not normalised: " + tag)
        k = (norm_name(s["subject"]), round(v * fac, 6), fam, norm_name(s["indicator"]))
        if k in keys:
            err(stem, "dedup-key collision: %s / %s" % (tag, keys[k]))
        keys[k] = tag


def self_score(gold):
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}
    preds = {}
    preds["zones"] = score.rows_of(res(["doc", "name", "city", "province"], [
        {"doc": d, "name": z["name"], "city": z["city"], "province": z["province"]} for d, g in gold.items() for z in g["zones"]]))
    preds["enterprises"] = score.rows_of(res(["doc", "name", "zone"], [
        {"doc": d, "name": e["name"], "zone": e["zone"]} for d, g in gold.items() for e in g["enterprises"]]))
    preds["projects"] = score.rows_of(res(["doc", "name", "zone", "enterprise", "status"], [
        {"doc": d, "name": p["name"], "zone": p["zone"], "enterprise": p["enterprise"], "status": p["status"]}
        for d, g in gold.items() for p in g["projects"]]))
    preds["platforms"] = score.rows_of(res(["doc", "name", "zone"], [
        {"doc": d, "name": p["name"], "zone": p["zone"]} for d, g in gold.items() for p in g["platforms"]]))
    preds["statistics"] = score.rows_of(res(
        ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"], [
            {"doc": d, "subject": s["subject"], "indicator": s["indicator"], "value": s["value"], "unit": s["unit"],
             "period": s["period"], "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
             "evidence": s["evidence"]} for d, g in gold.items() for s in g["statistics"]]))
    detail = []
    out = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    for k, r in out.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None] \
            + [r.get(a) for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok") if r.get(a) is not None]
        if any(v != 1.0 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, r))
    for d in detail:
        errors.append("self-score detail: %s" % (d,))
    return out


def main():
    gold = load_gold(os.path.join(HERE, "gold"))
    texts = {f[:-4] for f in os.listdir(os.path.join(HERE, "texts")) if f.endswith(".txt")}
    if texts != set(gold):
        errors.append("texts and gold differ: %s" % (texts ^ set(gold)))
    tot = {k: 0 for k in score.TYPES + ["statistics"]}
    for stem, g in sorted(gold.items()):
        text = open(os.path.join(HERE, "texts", stem + ".txt"), encoding="utf-8").read()
        check_doc(stem, g, text)
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        if not 1500 <= han <= 1800:
            errors.append("%s: han characters %d outside 1500-1800" % (stem, han))
        for k in tot:
            tot[k] += len(g[k])
        if not args.quiet:
            print("%-30s han=%4d zones=%2d enterprises=%2d projects=%2d platforms=%2d statistics=%3d" % (
                stem, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]), len(g["platforms"]), len(g["statistics"])))
    out = self_score(gold)
    print("total: docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in tot.items())))
    print("self-score F1: " + " ".join("%s=%.3f" % (k, r["f1"]) for k, r in out.items()))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
