#!/usr/bin/env python3
"""Validate the heldout41 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval]   (or env SCORE_DIR)

Checks: fields and allowed values; references resolve; names, aliases, evidence and
first_words occur verbatim in the text after score.py's norm_name; each value is visible
in its evidence; no alias shared by two entities; no two statistics collide under the
scorer's de-duplication key; scoring the gold against itself gives 1.0 everywhere.
"""
import os, re, sys, argparse

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default=os.environ.get("SCORE_DIR", "/work/shared/eval"))
args = ap.parse_args()
sys.path.insert(0, args.score)
from score import (load_gold, norm_name, norm_doc, unit_of, to_float, score_entities,  # noqa: E402
                   score_statistics, TYPES)

GOLD, TEXTS = os.path.join(HERE, "gold"), os.path.join(HERE, "texts")
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
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
# number words that stand for a value in evidence (fractions, ranks, multiples)
WORDS = {"一成": 0.1, "两成": 0.2, "二成": 0.2, "三成": 0.3, "四成": 0.4, "五成": 0.5, "六成": 0.6,
         "七成": 0.7, "八成": 0.8, "九成": 0.9, "一半": 0.5, "四分之一": 0.25, "三分之一": 0.333333,
         "三分之二": 0.666667, "七分之一": 0.142857, "五分之一": 0.2, "十分之一": 0.1, "第一": 1, "首位": 1, "第二": 2,
         "第三": 3, "两倍": 2, "一倍": 1, "翻一番": 1, "翻了一番": 1, "两": 2, "三": 3, "四": 4, "五": 5}

errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))

def num_forms(v):
    f = float(v)
    out = {("%d" % f) if f == int(f) else repr(f)}
    out.add(("%.6f" % f).rstrip("0").rstrip("."))
    return out

gold = load_gold(GOLD)
totals = {k: 0 for k in TYPES + ["statistics"]}
for doc, g in gold.items():
    for k in TOP:
        if k not in g:
            err(doc, "missing top-level field " + k)
    path = os.path.join(TEXTS, g["doc"])
    if not os.path.exists(path):
        err(doc, "no text file " + g["doc"]); continue
    text = norm_name(open(path, encoding="utf-8").read())
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
        err(doc, "doc_year_evidence not in text")
    if g.get("doc_year") and str(g["doc_year"]) not in norm_name(g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not visible in its evidence")
    for k, fields in FIELDS.items():
        for i, e in enumerate(g.get(k, [])):
            for f in fields:
                if f not in e:
                    err(doc, "%s[%d] lacks %s" % (k, i, f))
            extra = set(e) - set(fields)
            if extra:
                err(doc, "%s[%d] unknown fields %s" % (k, i, extra))
    zones = {norm_name(z["name"]) for z in g["zones"]}
    ents = {norm_name(e["name"]) for e in g["enterprises"]}
    all_names = {}
    for k in TYPES:
        totals[k] += len(g[k])
        seen = set()
        for e in g[k]:
            n = norm_name(e["name"])
            if n in seen:
                err(doc, "%s: duplicate name %s" % (k, n))
            seen.add(n)
            for a in [e["name"]] + list(e.get("aliases") or []):
                if not a or norm_name(a) not in text:
                    err(doc, "%s %s: name/alias %r not in text" % (k, e["name"], a))
            for a in e.get("aliases") or []:
                if norm_name(a) == n:
                    err(doc, "%s %s: alias equals name" % (k, n))
            for a in {n} | {norm_name(a) for a in e.get("aliases") or []}:
                all_names.setdefault(a, []).append((k, n))
            if k != "zones" and e.get("zone") is not None and norm_name(e["zone"]) not in zones:
                err(doc, "%s %s: zone %s unresolved" % (k, n, e["zone"]))
        if k == "zones":
            for z in g[k]:
                if not (z.get("city") or "").endswith(("市", "州", "盟", "地区")) or not (z.get("province") or "").endswith(("省", "市", "自治区")):
                    err(doc, "zone %s: city/province not written in full" % z["name"])
        if k == "projects":
            for p in g[k]:
                if p.get("enterprise") is not None and norm_name(p["enterprise"]) not in ents:
                    err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
                if p.get("status") is not None and p["status"] not in STATUSES:
                    err(doc, "project %s: bad status %s" % (p["name"], p["status"]))
    # an alias (or name) may be shared only by an enterprise and the project of the same name
    for a, owners in all_names.items():
        if len(owners) > 1:
            kinds = sorted(k for k, _ in owners)
            if not (kinds == ["enterprises", "projects"] and len({n for _, n in owners}) == 1):
                err(doc, "name/alias %s shared by %s" % (a, owners))
    for art in g["articles"]:
        if norm_name(art["first_words"]) not in text:
            err(doc, "article first_words not in text: " + art["first_words"])
        if art.get("main_zone") and norm_name(art["main_zone"]) not in zones:
            err(doc, "article main_zone unresolved: " + art["main_zone"])
    subjects = set(all_names)
    keys = {}
    totals["statistics"] += len(g["statistics"])
    for s in g["statistics"]:
        tag = "stat %s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if norm_name(s["subject"]) not in subjects:
            err(doc, tag + ": subject is no entity of the document (ok only for regions)") if not re.search(
                r"(省|市|全国|区|县)$", s["subject"] or "") else None
        if s["kind"] not in KINDS:
            err(doc, tag + ": bad kind")
        if s["approx"] not in APPROX | {None}:
            err(doc, tag + ": bad approx")
        if s["kind"] == "difference" and not s.get("compared_to"):
            err(doc, tag + ": difference without compared_to")
        if s["kind"] != "difference" and s.get("compared_to"):
            err(doc, tag + ": compared_to on non-difference")
        if not isinstance(s["value"], (int, float)):
            err(doc, tag + ": value not a number")
        if unit_of(s["unit"])[0].startswith("raw:") and s["unit"] not in ("万锭", "万单", "款", "万批次", "万标准箱", "亿吨", "万吨", "标准箱", "万辆", "吨", "辆", "万箱", "列", "班", "条", "万立方米", "公斤", "万公斤", "万头", "亿件", "万票", "座", "兆瓦", "千瓦", "公里", "千米", "立方米", "万千瓦时", "亿千瓦时", "架次", "万架次", "吨/年", "万吨/年", "亿单", "自然箱/小时", "架", "艘", "万锭", "台/套", "万台", "万套", "万只", "亿只", "个/年", "辆/年", "颗", "万台", "万辆", "台", "万千瓦", "万吨", "千瓦每升", "元/公斤", "自然箱", "万片", "GWh", "家次", "个月", "亿部", "万班次", "个工作日"):
            err(doc, tag + ": unknown unit %s" % s["unit"])
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in text:
            err(doc, tag + ": evidence not in text: " + (s["evidence"] or ""))
        if not any(f in ev for f in num_forms(abs(s["value"]))) and not any(
                w in ev and abs(v - abs(s["value"])) < 1e-5 for w, v in WORDS.items()):
            err(doc, tag + ": value not visible in evidence " + ev)
        if s["value"] < 0 and "-" not in ev and "下降" not in ev and "减少" not in ev:
            err(doc, tag + ": negative value without sign in evidence")
        if s["period"] is not None and re.search(r"\s", s["period"]):
            err(doc, tag + ": period has spaces")
        if s["approx"] == "over" and not re.search(r"超|突破|以上|逾|余|多|不少于|不低于", ev):
            err(doc, tag + ": approx=over without a marker in evidence")
        if s["approx"] == "about" and not re.search(r"约|近|左右", ev):
            err(doc, tag + ": approx=about without a marker in evidence")
        if s["approx"] == "under" and not re.search(r"不到|不足|以下|低于", ev):
            err(doc, tag + ": approx=under without a marker in evidence")
        fam, fac = unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, tag + ": collides under the scorer's de-duplication key")
        keys[key] = 1

# self-scoring: gold turned into SPARQL-style rows must score 1.0 everywhere
preds = {k: [] for k in TYPES + ["statistics"]}
for doc, g in gold.items():
    for z in g["zones"]:
        preds["zones"].append({"doc": g["doc"], "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": g["doc"], "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        preds["projects"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"],
                                  "enterprise": p["enterprise"], "status": p["status"]})
    for f in g["platforms"]:
        preds["platforms"].append({"doc": g["doc"], "name": f["name"], "zone": f["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": g["doc"], "subject": s["subject"], "indicator": s["indicator"],
                                    "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                    "evidence": s["evidence"]})
detail = []
summary = {
    "zones": score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = [s["p"], s["r"], s["f1"]] + [v for v in (s.get("attributes") or {}).values() if v is not None]
    vals += [v for kk, v in s.items() if kk.endswith("_ok") and v is not None]
    if any(abs(v - 1.0) > 1e-9 for v in vals):
        err("self-score", "%s not 1.0: %s" % (k, s))
for d in detail:
    err("self-score", "\t".join(map(str, d)))

print("docs=%d  %s" % (len(gold), "  ".join("%s=%d" % kv for kv in totals.items())))
print("self-score F1: " + "  ".join("%s=%.3f" % (k, s["f1"]) for k, s in summary.items()))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
