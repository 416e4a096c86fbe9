#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using the scorer's own code.

  python3 check_gold.py [--score PATH] [--dir DIR]

Imports score.py (default /work/shared/eval/score.py) and uses load_gold, norm_name,
unit_of, rows_of, score_entities and score_statistics. Exit status 1 on any error.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
PROVINCES = {"陕西省", "甘肃省", "宁夏回族自治区", "青海省", "新疆维吾尔自治区"}
ALL_PROVINCES = PROVINCES | {"山东省", "河南省", "四川省", "内蒙古自治区", "北京市", "上海市"}
REGIONS = {"全国", "西部地区", "西北地区"} | ALL_PROVINCES | {p[:2] for p in ALL_PROVINCES} | {"宁夏", "新疆", "内蒙古"}
# units the scorer does not know, accepted here on purpose (compared as raw strings)
RAW_UNITS = {"成", "列", "万吨", "吨", "万千瓦", "千瓦", "万标箱", "标箱", "万辆", "辆", "架", "亿千瓦时",
             "万千瓦时", "公里", "万吨标准煤", "吉瓦", "万架", "吉瓦时", "亿吨"}
ENT_TYPES = ["zones", "enterprises", "projects", "platforms"]

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    """Chinese numerals below 10 000 (十二, 三百, 一千二百) -> int, else None."""
    if not s:
        return None
    total, cur = 0, 0
    for c in s:
        if c in CN:
            cur = CN[c]
        elif c in CNU:
            total += (cur or 1) * CNU[c]
            cur = 0
        else:
            return None
    return total + cur


def numbers_in(ev):
    """Every number a reader sees in an evidence string."""
    ev = ev.replace(",", "")
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.add(float(m.group(0)))
    for m in re.finditer(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", ev):
        vals.add(float(m.group(1)) / float(m.group(2)))
    for m in re.finditer(r"([零一二两三四五六七八九十百千]+)分之([零一二两三四五六七八九十百千]+)", ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            vals.add(b / a)
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千]+", ev):
        v = cn_int(m.group(0))
        if v is not None:
            vals.add(float(v))
    if re.search(r"首位|第一|首", ev):
        vals.add(1.0)
    if "一半" in ev:
        vals.add(0.5)
    if "一番" in ev:
        vals.update({1.0, 2.0})
    return vals


def close(a, b):
    return abs(a - b) <= 1e-4 * max(abs(a), abs(b)) + 1e-6


def is_doubled(line):
    s = re.sub(r"\s+", "", line)
    return len(s) >= 8 and len(s) % 2 == 0 and s[0::2] == s[1::2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args()
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("score", args.score)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    nn = sc.norm_name

    gold = sc.load_gold(os.path.join(args.dir, "gold"))
    errors, warnings = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in sorted(gold.items()):
        tpath = os.path.join(args.dir, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        raw = open(tpath, encoding="utf-8").read()
        lines = raw.split("\n")
        dbl = [l for l in lines if is_doubled(l)]
        body = nn("\n".join(l for l in lines if not is_doubled(l)))
        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
                  "projects", "platforms", "statistics"):
            if k not in g:
                err(doc, "missing field " + k)
        if g.get("doc_year_evidence") and nn(g["doc_year_evidence"]) not in body:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in (g.get("doc_year_evidence") or ""):
            err(doc, "doc_year not in its evidence")
        for a in g.get("articles", []):
            if nn(a.get("first_words") or "") not in body:
                err(doc, "article first_words not in text: %s" % a.get("first_words"))
        # ---- entities
        canon = {k: {e["name"] for e in g.get(k, [])} for k in ENT_TYPES}
        owner = {}
        fields = {"zones": ["name", "aliases", "city", "province"], "enterprises": ["name", "aliases", "zone"],
                  "projects": ["name", "aliases", "zone", "enterprise", "status"],
                  "platforms": ["name", "aliases", "zone"]}
        for k in ENT_TYPES:
            for e in g.get(k, []):
                if set(e) != set(fields[k]):
                    err(doc, "%s %s: fields %s" % (k, e.get("name"), sorted(e)))
                if re.search(r"\s", e["name"]) or any(c in e["name"] for c in sc.QUOTES):
                    err(doc, "%s name not normalised: %r" % (k, e["name"]))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    if not n or nn(n) not in body:
                        err(doc, "%s name/alias not in text (outside doubled headline): %s" % (k, n))
                    prev = owner.get(nn(n))
                    if prev and prev != (k, e["name"]):
                        pk, pname = prev
                        ok = ({pk, k} == {"enterprises", "projects"} and pname == e["name"] and
                              any(p["name"] == pname and p.get("enterprise") == pname for p in g.get("projects", [])))
                        if not ok:
                            err(doc, "name %s shared by %s %s and %s %s" % (n, pk, pname, k, e["name"]))
                    owner[nn(n)] = (k, e["name"])
                for ref in ("zone",):
                    if ref in e and e[ref] is not None and e[ref] not in canon["zones"]:
                        err(doc, "%s %s: zone %s is not a canonical zone name" % (k, e["name"], e[ref]))
        for z in g.get("zones", []):
            if not re.search(r"(市|州|地区|盟)$", z.get("city") or ""):
                err(doc, "zone %s: city form %s" % (z["name"], z.get("city")))
            if z.get("province") not in PROVINCES:
                err(doc, "zone %s: province form %s" % (z["name"], z.get("province")))
        for p in g.get("projects", []):
            if p.get("status") not in STATUS:
                err(doc, "project %s: status %s" % (p["name"], p.get("status")))
            if p.get("enterprise") is not None and p["enterprise"] not in canon["enterprises"]:
                err(doc, "project %s: enterprise %s not canonical" % (p["name"], p["enterprise"]))
        # ---- statistics
        subjects = set().union(*canon.values())
        keys = {}
        for s in g.get("statistics", []):
            tag = "stat %s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            want = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
            if set(s) != want:
                err(doc, tag + ": fields %s" % sorted(s))
            if s.get("subject") not in subjects and s.get("subject") not in REGIONS:
                err(doc, tag + ": subject not canonical nor a region")
            if s.get("kind") not in KINDS:
                err(doc, tag + ": kind %s" % s.get("kind"))
            if s.get("approx") not in APPROX:
                err(doc, tag + ": approx %s" % s.get("approx"))
            if s.get("compared_to") is not None and s.get("kind") != "difference":
                err(doc, tag + ": compared_to on a non-difference statistic")
            if s.get("kind") == "difference" and not s.get("compared_to"):
                warnings.append("%s: %s: difference without compared_to" % (doc, tag))
            if not isinstance(s.get("value"), (int, float)):
                err(doc, tag + ": value is not a number")
                continue
            ev = s.get("evidence") or ""
            if not ev or nn(ev) not in body:
                err(doc, tag + ": evidence not in text: %s" % ev)
            if re.search(r"\s", ev) or any(c in ev for c in sc.QUOTES):
                err(doc, tag + ": evidence has spaces/quotes")
            if s.get("period") and re.search(r"\s", s["period"]):
                err(doc, tag + ": period has spaces")
            if not any(close(v, s["value"]) for v in numbers_in(nn(ev))):
                err(doc, tag + ": value not visible in evidence %s" % ev)
            fam, fac = sc.unit_of(s.get("unit"))
            if fam.startswith("raw:") and s.get("unit") not in RAW_UNITS:
                err(doc, tag + ": unit %s unknown to the scorer and not allow-listed" % s.get("unit"))
            key = (nn(s["subject"]), round(float(s["value"]) * fac, 6), fam, nn(s.get("indicator")))
            if key in keys:
                err(doc, tag + ": collides with another statistic under the scorer's de-duplication key")
            keys[key] = tag
        if not dbl and any(l.startswith("— ") for l in lines):
            warnings.append("%s: PDF-like text without a doubled headline" % doc)

    # ---- self-score through the scorer
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}
    preds = {
        "zones": sc.rows_of(res(["doc", "name", "city", "province"], [
            {"doc": d, "name": e["name"], "city": e["city"], "province": e["province"]} for d, g in gold.items() for e in g["zones"]])),
        "enterprises": sc.rows_of(res(["doc", "name", "zone"], [
            {"doc": d, "name": e["name"], "zone": e["zone"]} for d, g in gold.items() for e in g["enterprises"]])),
        "projects": sc.rows_of(res(["doc", "name", "zone", "enterprise", "status"], [
            {"doc": d, "name": e["name"], "zone": e["zone"], "enterprise": e["enterprise"], "status": e["status"]}
            for d, g in gold.items() for e in g["projects"]])),
        "platforms": sc.rows_of(res(["doc", "name", "zone"], [
            {"doc": d, "name": e["name"], "zone": e["zone"]} for d, g in gold.items() for e in g["platforms"]])),
        "statistics": sc.rows_of(res(["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                                      "comparedTo", "evidence"], [
            {"doc": d, "subject": s["subject"], "indicator": s["indicator"], "value": s["value"], "unit": s["unit"],
             "period": s["period"], "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
             "evidence": s["evidence"]} for d, g in gold.items() for s in g["statistics"]])),
    }
    detail = []
    summary = {k: sc.score_entities(k, gold, preds, a, detail) for k, a in (
        ("zones", ["city", "province"]), ("enterprises", ["zone"]),
        ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"]))}
    summary["statistics"] = sc.score_statistics(gold, preds, detail)
    for k, s in summary.items():
        vals = [s["f1"]] + [v for v in (s.get("attributes") or {}).values() if v is not None]
        vals += [v for kk, v in s.items() if kk.endswith("_ok") and v is not None]
        if any(v != 1.0 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, {kk: v for kk, v in s.items() if kk != "attribute_counts"}))
    for d in detail:
        errors.append("self-score detail: " + " ".join(map(str, d)))

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n = {k: sum(len(g[k]) for g in gold.values()) for k in ENT_TYPES + ["statistics"]}
    print("checked %d docs: %s" % (len(gold), " ".join("%s=%d" % kv for kv in n.items())))
    print("self-score: " + " ".join("%s F1=%.3f" % (k, s["f1"]) for k, s in summary.items()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
