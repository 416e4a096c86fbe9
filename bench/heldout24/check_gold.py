#!/usr/bin/env python3
"""Validate the heldout24 gold files against their texts, using the scorer's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; entity references resolve; every name, alias,
evidence, first_words and doc_year_evidence occurs verbatim in the text after
score.norm_name(); every value is visible in its evidence; no name/alias shared by two
entities; no two statistics collide under the scorer's de-duplication key; and scoring
the gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
args = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
load_gold, norm_name, norm_doc, unit_of = score.load_gold, score.norm_name, score.norm_doc, score.unit_of

TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"}
FIELDS = {
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
PROVINCES = {"黑龙江省", "吉林省", "辽宁省", "内蒙古自治区", "新疆维吾尔自治区", "甘肃省", "宁夏回族自治区",
             "青海省", "云南省", "西藏自治区"}

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
def cn_int(s):
    """Chinese numeral up to the thousands: 十二, 二十, 一百二十, 三."""
    total, cur = 0, 0
    for c in s:
        if c in CN:
            cur = CN[c]
        elif c in "十百千":
            m = {"十": 10, "百": 100, "千": 1000}[c]
            total += (cur or 1) * m
            cur = 0
    return total + cur

def numbers_in(ev):
    """Every number a reader sees in the evidence, as floats."""
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev.replace(",", "")):
        vals.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(int(m.group(1)) / int(m.group(2)))
    C = "零〇一二两三四五六七八九十百千"
    for m in re.finditer(r"([%s]+)分之([%s]+)" % (C, C), ev):
        vals.add(cn_int(m.group(2)) / cn_int(m.group(1)))
    for m in re.finditer(r"([%s]+)成" % C, ev):
        vals.add(cn_int(m.group(1)) / 10)
    for m in re.finditer(r"[%s]+" % C, ev):
        vals.add(float(cn_int(m.group())))
    if "翻一番" in ev or "翻番" in ev or "翻了一番" in ev:
        vals.add(2.0)
    if "首位" in ev or "榜首" in ev:
        vals.add(1.0)
    if "一半" in ev or "过半" in ev:
        vals.add(0.5)
    return vals

def visible(value, ev):
    v = float(value)
    return any(abs(v - x) <= 1e-6 * max(abs(v), abs(x)) + 1e-9 or abs(v - x * 100) < 1e-6 for x in numbers_in(ev))

def han(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))

errors, warnings = [], []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))

gold = load_gold(args.gold)
table = []
for doc, g in gold.items():
    tpath = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(tpath):
        err(doc, "no text file")
        continue
    raw = open(tpath, encoding="utf-8").read()
    text = norm_name(raw)
    if set(g) != TOP:
        err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
    if not isinstance(g.get("doc_year"), int) or norm_name(g.get("doc_year_evidence") or "") not in text:
        err(doc, "doc_year / doc_year_evidence")
    elif str(g["doc_year"]) not in g["doc_year_evidence"]:
        err(doc, "doc_year not visible in its evidence")
    for kind, fields in FIELDS.items():
        for e in g.get(kind, []):
            if set(e) != fields:
                err(doc, "%s fields %s in %s" % (kind, sorted(set(e) ^ fields), e))
    names = {k: {e["name"] for e in g.get(k, [])} for k in score.TYPES}
    all_names = set().union(*names.values())
    owner = {}
    for kind in score.TYPES:
        for e in g.get(kind, []):
            if not isinstance(e.get("aliases"), list):
                err(doc, "aliases not a list: %s" % e["name"])
                continue
            if e["name"] != norm_name(e["name"]):
                err(doc, "name not normalised: %s" % e["name"])
            for n in [e["name"]] + e["aliases"]:
                k = norm_name(n)
                if k not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if k in owner:
                    err(doc, "name/alias %s shared by %s and %s" % (n, owner[k], e["name"]))
                owner[k] = e["name"]
    for z in g.get("zones", []):
        if z["province"] not in PROVINCES:
            warnings.append("%s: province outside the brief's list: %s %s" % (doc, z["name"], z["province"]))
        if not (z["city"] or "").endswith(("市", "州", "盟", "地区")):
            err(doc, "city not written in full: %s %s" % (z["name"], z["city"]))
    for kind in ("enterprises", "projects", "platforms"):
        for e in g.get(kind, []):
            if e["zone"] is not None and e["zone"] not in names["zones"]:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
    for p in g.get("projects", []):
        if p["enterprise"] is not None and p["enterprise"] not in names["enterprises"]:
            err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
        if p["status"] not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p["status"]))
    for a in g.get("articles", []):
        if a["main_zone"] is not None and a["main_zone"] not in names["zones"]:
            err(doc, "article main_zone %s unresolved" % a["main_zone"])
        if norm_name(a["first_words"]) not in text:
            err(doc, "article first_words not in text: %s" % a["first_words"])
    keys = {}
    for s in g.get("statistics", []):
        ev = s.get("evidence") or ""
        tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
        if s["subject"] not in all_names:
            err(doc, "stat subject unresolved: " + tag)
        if s["kind"] not in KINDS:
            err(doc, "stat kind %s: %s" % (s["kind"], tag))
        if s["approx"] not in APPROX:
            err(doc, "stat approx %s: %s" % (s["approx"], tag))
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, "compared_to must be set exactly for difference: " + tag)
        if not isinstance(s["value"], (int, float)):
            err(doc, "value not a number: " + tag)
            continue
        fam, fac = unit_of(s["unit"])
        if fam.startswith("raw:"):
            warnings.append("%s: unit unknown to the scorer (%s): %s" % (doc, s["unit"], tag))
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(doc, "period not normalised: " + tag)
        if norm_name(ev) not in text:
            err(doc, "evidence not in text: %s  [%s]" % (ev, tag))
        if not visible(s["value"], norm_name(ev)):
            err(doc, "value not visible in evidence: %s  [%s]" % (ev, tag))
        if s["kind"] == "rank" and s["unit"] != "位":
            warnings.append("%s: rank without unit 位: %s" % (doc, tag))
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "statistics collide under the scorer's key: %s / %s" % (keys[key], tag))
        keys[key] = tag
    table.append((doc, han(raw), len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                  len(g["platforms"]), len(g["statistics"])))

# ---------------------------------------------------------------- gold against itself
def as_rows(gold):
    preds = {k: [] for k in score.TYPES + ["statistics"]}
    for doc, g in gold.items():
        for z in g["zones"]:
            preds["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g["enterprises"]:
            preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for p in g["projects"]:
            preds["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"],
                                      "enterprise": p["enterprise"], "status": p["status"]})
        for p in g["platforms"]:
            preds["platforms"].append({"doc": doc, "name": p["name"], "zone": p["zone"]})
        for s in g["statistics"]:
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                        "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                        "evidence": s["evidence"]})
    return preds

preds = as_rows(gold)
detail = []
res = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, r in res.items():
    vals = {"f1": r["f1"]}
    vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
    vals.update({a: v for a, v in r.items() if a.endswith("_ok")})
    for a, v in vals.items():
        if v is not None and v != 1.0:
            errors.append("self-score %s %s = %s" % (k, a, v))
for d in detail:
    errors.append("self-score detail: " + "\t".join(d))

print("%-36s %6s %5s %5s %5s %5s %5s" % ("doc", "han", "zone", "ent", "proj", "plat", "stat"))
for row in table:
    print("%-36s %6d %5d %5d %5d %5d %5d" % row)
tot = [sum(r[i] for r in table) for i in range(1, 7)]
print("%-36s %6d %5d %5d %5d %5d %5d" % tuple(["TOTAL"] + tot))
print("self-score F1:", {k: r["f1"] for k, r in res.items()})
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
