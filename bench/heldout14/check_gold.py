#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; every name, alias,
evidence, period, first_words, title and doc_year_evidence occurs verbatim in the text
after score.py's norm_name(); each value is visible in its evidence; evidence stays inside
one sentence; no name/alias shared by two entities; no two statistics collide under the
scorer's de-duplication key; scoring the gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
args = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, unit_of = score.norm_name, score.unit_of

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
CN = "零一二三四五六七八九十"
regions = json.load(open(os.path.join(HERE, "tools", "regions.json"), encoding="utf-8"))

errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))

def value_forms(v, unit):
    """Ways a value may be written in its evidence."""
    forms = set()
    if isinstance(v, int) or float(v).is_integer():
        forms.add(str(int(v)))
    forms.add(repr(float(v)).rstrip("0").rstrip("."))
    if unit == "fraction":
        for d in range(2, 11):
            for n in range(1, d):
                if abs(n / d - v) < 1e-6:
                    forms |= {"%d/%d" % (n, d), "%s分之%s" % (CN[d], CN[n])}
        if abs(v * 10 - round(v * 10)) < 1e-9 and 0 < v < 1:
            forms.add(CN[int(round(v * 10))] + "成")
        if abs(v - 0.2) < 1e-9:
            forms.add("两成")
        if abs(v - 0.5) < 1e-9:
            forms.add("一半")
    if unit == "位" and v == 1:
        forms |= {"第一", "首位"}
    return forms

gold = score.load_gold(os.path.join(HERE, "gold"))
totals = {k: 0 for k in list(FIELDS) + ["statistics"]}
for doc, g in gold.items():
    path = os.path.join(HERE, "texts", doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file")
        continue
    text = open(path, encoding="utf-8").read()
    T = norm_name(text)
    occurs = lambda s: s is not None and norm_name(s) in T
    for k in ["doc", "doc_year", "doc_year_evidence", "articles"] + list(FIELDS) + ["statistics"]:
        if k not in g:
            err(doc, "missing key %s" % k)
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not an int")
    if not occurs(g.get("doc_year_evidence")) or str(g.get("doc_year")) not in norm_name(g.get("doc_year_evidence") or ""):
        err(doc, "doc_year_evidence not in text or lacks the year")
    # names
    canon = {k: {e["name"] for e in g.get(k, [])} for k in FIELDS}
    owner = {}
    for kind, fields in FIELDS.items():
        totals[kind] += len(g.get(kind, []))
        for e in g.get(kind, []):
            if set(e) != set(fields):
                err(doc, "%s %s: fields %s" % (kind, e.get("name"), sorted(e)))
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s %s: aliases not a list" % (kind, e.get("name")))
            for n in [e["name"]] + list(e.get("aliases") or []):
                if re.search(r"\s", n) or n != n.strip():
                    err(doc, "%s name/alias has spaces: %r" % (kind, n))
                if not occurs(n):
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                key = norm_name(n)
                if key in owner and owner[key] != (kind, e["name"]):
                    err(doc, "name/alias %s shared by %s and %s" % (n, owner[key], (kind, e["name"])))
                owner[key] = (kind, e["name"])
            if kind == "zones":
                for a in ("city", "province"):
                    v = e.get(a) or ""
                    if not v.endswith(("市", "省", "自治区", "州", "地区", "盟")):
                        err(doc, "zone %s: odd %s %r" % (e["name"], a, v))
            if kind != "zones" and e.get("zone") is not None and e["zone"] not in canon["zones"]:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
            if kind == "projects":
                if e.get("enterprise") is not None and e["enterprise"] not in canon["enterprises"]:
                    err(doc, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
                if e.get("status") is not None and e["status"] not in STATUS:
                    err(doc, "project %s: status %s not allowed" % (e["name"], e["status"]))
    # every name/alias must also occur outside the longer names that contain it
    allnames = {norm_name(n) for k in FIELDS for e in g.get(k, []) for n in [e["name"]] + list(e.get("aliases") or [])}
    for n in allnames:
        rest = T
        for m in sorted((x for x in allnames if n in x and x != n), key=len, reverse=True):
            rest = rest.replace(m, "\0")
        if n not in rest:
            err(doc, "name/alias %s occurs only inside a longer name" % n)
    # articles
    for a in g.get("articles", []):
        if set(a) != {"title", "main_zone", "first_words"}:
            err(doc, "article fields %s" % sorted(a))
        t = norm_name(a["title"])
        if t not in T and "".join(c + c for c in t) not in T:
            err(doc, "title not in text: %s" % a["title"])
        if not occurs(a.get("first_words")):
            err(doc, "first_words not in text: %s" % a.get("first_words"))
        if a.get("main_zone") is not None and a["main_zone"] not in canon["zones"]:
            err(doc, "article main_zone unresolved: %s" % a["main_zone"])
    # statistics
    subjects = set().union(*canon.values()) | set(regions.get(doc, []))
    keys = {}
    totals["statistics"] += len(g.get("statistics", []))
    for i, s in enumerate(g.get("statistics", [])):
        tag = "stat %d (%s)" % (i, s.get("evidence"))
        if set(s) != set(SFIELDS):
            err(doc, "%s fields %s" % (tag, sorted(s)))
        if s["subject"] not in subjects:
            err(doc, "%s subject unresolved: %s" % (tag, s["subject"]))
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "%s value not a number" % tag)
        if s["kind"] not in KINDS:
            err(doc, "%s kind %s" % (tag, s["kind"]))
        if s["approx"] is not None and s["approx"] not in APPROX:
            err(doc, "%s approx %s" % (tag, s["approx"]))
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, "%s compared_to must be set exactly for difference" % tag)
        if s["compared_to"] is not None and s["compared_to"] not in subjects and not occurs(s["compared_to"]):
            err(doc, "%s compared_to unresolved: %s" % (tag, s["compared_to"]))
        if not s.get("indicator"):
            err(doc, "%s empty indicator" % tag)
        if not occurs(s["evidence"]):
            err(doc, "%s evidence not in text" % tag)
        if re.search(r"[。！？]", s["evidence"]):
            err(doc, "%s evidence spans sentences" % tag)
        if s["period"] is not None and not occurs(s["period"]):
            err(doc, "%s period not in text: %s" % (tag, s["period"]))
        ev = norm_name(s["evidence"])
        if not any(f in ev for f in value_forms(s["value"], s["unit"])):
            err(doc, "%s value %s not visible in evidence" % (tag, s["value"]))
        if s["unit"] != "fraction" and norm_name(s["unit"]) not in ev and not (s["kind"] == "rank" and s["value"] == 1):
            err(doc, "%s unit %s not in evidence" % (tag, s["unit"]))
        fam, fac = unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "%s collides with stat %d under the de-duplication key" % (tag, keys[key]))
        keys[key] = i

# ------------------------------------------------ self-score through score.py
def result(vars_, rows):
    return {"head": {"vars": vars_}, "results": {"bindings": [
        {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}

preds = {}
preds["zones"] = score.rows_of(result(["doc", "name", "city", "province"], [
    {"doc": d, "name": e["name"], "city": e["city"], "province": e["province"]} for d, g in gold.items() for e in g["zones"]]))
preds["enterprises"] = score.rows_of(result(["doc", "name", "zone"], [
    {"doc": d, "name": e["name"], "zone": e["zone"]} for d, g in gold.items() for e in g["enterprises"]]))
preds["projects"] = score.rows_of(result(["doc", "name", "zone", "enterprise", "status"], [
    {"doc": d, "name": e["name"], "zone": e["zone"], "enterprise": e["enterprise"], "status": e["status"]}
    for d, g in gold.items() for e in g["projects"]]))
preds["platforms"] = score.rows_of(result(["doc", "name", "zone"], [
    {"doc": d, "name": e["name"], "zone": e["zone"]} for d, g in gold.items() for e in g["platforms"]]))
preds["statistics"] = score.rows_of(result(
    ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"], [
        {"doc": d, "subject": s["subject"], "indicator": s["indicator"], "value": s["value"], "unit": s["unit"],
         "period": s["period"], "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
         "evidence": s["evidence"]} for d, g in gold.items() for s in g["statistics"]]))
detail = []
summary = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = [s["p"], s["r"], s["f1"]] + [v for v in (s.get("attributes") or {}).values() if v is not None]
    vals += [v for a, v in s.items() if a.endswith("_ok") and v is not None]
    if any(v != 1.0 for v in vals):
        errors.append("self-score %s not 1.0: %s" % (k, json.dumps(s, ensure_ascii=False)))
for d in detail:
    errors.append("self-score detail: %s" % "\t".join(d))

for e in errors:
    print(e)
print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
print("self-score: " + " ".join("%s F1=%.3f" % (k, s["f1"]) for k, s in summary.items()))
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
