#!/usr/bin/env python3
"""Validate the heldout32 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--set DIR]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias and first_words occurs verbatim in the text after score.py's norm_name;
each value is visible in its evidence; no name/alias shared by two entities of one type
(nor an alias shared across types); no two statistics collide under the scorer's
de-duplication key; scoring the gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default=os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
ap.add_argument("--set", default=HERE)
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
load_gold, norm_name, norm_doc = score.load_gold, score.norm_name, score.norm_doc
unit_of, to_float = score.unit_of, score.to_float

TYPES = score.TYPES
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
PROVINCES = {"北京市", "天津市", "上海市", "重庆市", "河北省", "山东省", "陕西省", "宁夏回族自治区", "青海省",
             "江苏省", "浙江省", "广东省", "甘肃省", "河南省", "山西省", "内蒙古自治区", "湖南省"}
REGIONS = PROVINCES | {"全国"}
FIELDS = {
    "top": {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"},
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
# number words the texts use instead of digits -> value
WORDS = {"三成": 0.3, "四成": 0.4, "两成": 0.2, "六成": 0.6, "七成": 0.7, "五成": 0.5, "一半": 0.5,
         "四分之一": 0.25, "三分之一": 0.333333, "五分之一": 0.2, "三分之二": 0.666667,
         "第一": 1, "首位": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "一倍": 1, "两倍": 2,
         "翻了一番": 2, "两位": 2, "三位": 3}

# units score.py does not know (compared as raw strings): allowed in the set as printed
EXTRA_UNITS = {"万千瓦", "千瓦", "兆瓦", "兆瓦时", "万千瓦时", "亿千瓦时", "万吨", "吨", "架", "架次", "万架次",
               "公里", "千米", "万辆", "辆", "万立方米", "万架", "万台", "吉瓦", "万片", "万公里", "列", "个月", "个工作日", "单", "台次"}
errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))

def fmt_forms(v):
    out = set()
    if float(v).is_integer():
        out.add(str(int(v)))
    s = repr(float(v))
    out.add(s.rstrip("0").rstrip(".") if "." in s else s)
    out.add(str(v))
    return out

def value_visible(v, evidence):
    ev = evidence.replace(",", "")
    if any(f in ev for f in fmt_forms(v)):
        return True
    if any(w in ev and abs(x - v) < 1e-5 for w, x in WORDS.items()):
        return True
    m = re.search(r"(\d+)/(\d+)", ev)
    if m and abs(int(m.group(1)) / int(m.group(2)) - v) < 1e-5:
        return True
    return False

gold_dir = os.path.join(args.set, "gold")
text_dir = os.path.join(args.set, "texts")
gold = load_gold(gold_dir)
han_total = 0
for doc, g in gold.items():
    path = os.path.join(text_dir, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file")
        continue
    raw = open(path, encoding="utf-8").read()
    text = norm_name(raw)
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 1500 <= han <= 1800:
        err(doc, "han chars %d outside 1500-1800" % han)
    if set(g) != FIELDS["top"]:
        err(doc, "top-level fields %s" % sorted(set(g) ^ FIELDS["top"]))
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
        err(doc, "doc_year_evidence not in text")
    if g.get("doc_year") and str(g["doc_year"]) not in (g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not visible in its evidence")
    for kind in ["articles"] + TYPES + ["statistics"]:
        for e in g.get(kind, []):
            if set(e) != FIELDS[kind]:
                err(doc, "%s fields %s in %s" % (kind, sorted(set(e) ^ FIELDS[kind]), e))
    zone_names = {e["name"] for e in g["zones"]}
    ent_names = {e["name"] for e in g["enterprises"]}
    for a in g["articles"]:
        if norm_name(a["first_words"]) not in text:
            err(doc, "first_words not in text: " + a["first_words"])
        if a["main_zone"] is not None and a["main_zone"] not in zone_names:
            err(doc, "article main_zone unresolved: " + a["main_zone"])
    # names and aliases
    owner = {}
    for kind in TYPES:
        seen = {}
        for e in g[kind]:
            for n in [e["name"]] + (e.get("aliases") or []):
                if n != norm_name(n):
                    err(doc, "%s name not normalised: %r" % (kind, n))
                if norm_name(n) not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if n in seen and seen[n] != e["name"]:
                    err(doc, "%s name/alias %s shared by %s and %s" % (kind, n, seen[n], e["name"]))
                seen[n] = e["name"]
            for a in e.get("aliases") or []:
                if a == e["name"]:
                    err(doc, "alias equals name: " + a)
                for k2, e2 in owner.get(a, []):
                    if k2 != kind:
                        err(doc, "alias %s shared by %s %s and %s %s" % (a, k2, e2, kind, e["name"]))
            for n in [e["name"]] + (e.get("aliases") or []):
                owner.setdefault(n, []).append((kind, e["name"]))
        for e in g[kind]:
            if kind != "zones" and e["zone"] is not None and e["zone"] not in zone_names:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
    # a name used by entities of two types must be the enterprise/project pair (guidelines)
    for n, lst in owner.items():
        kinds = {k for k, _ in lst}
        if len(lst) > 1 and kinds != {"enterprises", "projects"}:
            err(doc, "name %s used by %s" % (n, lst))
    for z in g["zones"]:
        if z["province"] not in PROVINCES:
            err(doc, "zone %s province %s" % (z["name"], z["province"]))
        if not z["city"] or not re.search(r"(市|州|盟|地区)$", z["city"]):
            err(doc, "zone %s city %s" % (z["name"], z["city"]))
    for p in g["projects"]:
        if p["status"] is not None and p["status"] not in STATUS:
            err(doc, "project %s status %s" % (p["name"], p["status"]))
        if p["enterprise"] is not None and p["enterprise"] not in ent_names:
            err(doc, "project %s enterprise %s unresolved" % (p["name"], p["enterprise"]))
    # statistics
    canon = {e["name"] for k in TYPES for e in g[k]}
    keys = {}
    for s in g["statistics"]:
        tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
        if s["subject"] not in canon and s["subject"] not in REGIONS and not re.search(r"(省|市)$", s["subject"]):
            err(doc, "stat subject unresolved: " + tag)
        if s["kind"] not in KINDS:
            err(doc, "stat kind %s: %s" % (s["kind"], tag))
        if s["approx"] is not None and s["approx"] not in APPROX:
            err(doc, "stat approx %s: %s" % (s["approx"], tag))
        if (s["compared_to"] is not None) != (s["kind"] == "difference"):
            err(doc, "compared_to must be set exactly for difference kinds: " + tag)
        if s["compared_to"] is not None and s["compared_to"] not in canon and not re.search(
                r"(省|市|自治区|全国|同期|年|年末|年底|季度|月|全年|巡检)$", s["compared_to"]):
            err(doc, "compared_to unresolved: " + tag)
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "stat value not a number: " + tag)
            continue
        fam, fac = unit_of(s["unit"])
        if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS:
            err(doc, "unit unknown to score.py: %s (%s)" % (s["unit"], tag))
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, "rank with unit %s: %s" % (s["unit"], tag))
        if s["kind"] == "growth" and s["unit"] != "%":
            err(doc, "growth with unit %s: %s" % (s["unit"], tag))
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in text:
            err(doc, "evidence not in text: " + tag + " | " + str(s["evidence"]))
        if "。" in ev or "；" in ev:
            err(doc, "evidence spans sentences: " + tag)
        if not value_visible(s["value"], ev):
            err(doc, "value not visible in evidence: " + tag + " | " + ev)
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(doc, "period not normalised: " + tag)
        key = (norm_name(s["subject"]), round(to_float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "dedup-key collision: %s / %s" % (tag, keys[key]))
        keys[key] = tag
    han_total += han

# scoring the gold against itself
preds = {k: [] for k in TYPES + ["statistics"]}
for doc, g in gold.items():
    for z in g["zones"]:
        preds["zones"].append({"doc": g["doc"], "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": g["doc"], "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        preds["projects"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"],
                                  "enterprise": p["enterprise"], "status": p["status"]})
    for p in g["platforms"]:
        preds["platforms"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": g["doc"], "subject": s["subject"], "indicator": s["indicator"],
                                    "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                    "evidence": s["evidence"]})
detail = []
summary = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = [("p", s["p"]), ("r", s["r"]), ("f1", s["f1"])]
    vals += [("attr:" + a, v) for a, v in (s.get("attributes") or {}).items()]
    vals += [(a, s[a]) for a in s if a.endswith("_ok")]
    for name, v in vals:
        if v is not None and v != 1.0:
            err("self-score", "%s %s = %s" % (k, name, v))
for d in detail:
    err("self-score", "\t".join(d))

counts = {k: sum(len(g[k]) for g in gold.values()) for k in TYPES + ["statistics"]}
print("docs %d, han chars %d; %s" % (len(gold), han_total, ", ".join("%s %d" % kv for kv in counts.items())))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
