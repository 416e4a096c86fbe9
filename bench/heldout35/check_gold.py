#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references; every evidence, name, alias,
first_words and doc_year_evidence occurs verbatim in the text after score.py's norm_name;
each value is visible in its evidence; no name/alias shared by two entities; no two
statistics share score.py's de-duplication key; scoring the gold against itself gives 1.0.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
norm_name, load_gold = S.norm_name, S.load_gold

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
TOP = {"doc": str, "doc_year": (int, type(None)), "doc_year_evidence": (str, type(None)), "articles": list,
       "zones": list, "enterprises": list, "projects": list, "platforms": list, "statistics": list}
FIELDS = {
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
REGIONS = {"全国", "全省", "全市"}
WORDNUM = {"一成": 0.1, "两成": 0.2, "二成": 0.2, "三成": 0.3, "四成": 0.4, "五成": 0.5, "六成": 0.6, "七成": 0.7,
           "八成": 0.8, "九成": 0.9, "一半": 0.5, "过半": 0.5, "四分之一": 0.25, "三分之一": 0.333333,
           "三分之二": 0.666667, "五分之一": 0.2, "五分之二": 0.4, "十分之一": 0.1, "第一": 1, "首位": 1, "第二": 2,
           "第三": 3, "两倍": 2, "一倍": 1, "翻一番": 1, "百亿": 100}

errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def value_visible(v, ev):
    ev = ev.replace(",", "")
    cands = set()
    if isinstance(v, (int, float)):
        f = float(v)
        cands.add(("%d" % f) if f == int(f) else repr(f).rstrip("0"))
        cands.add("%g" % f)
    if any(re.search(r"(?<![\d.])" + re.escape(c) + r"(?![\d])", ev) for c in cands):
        return True
    return any(w in ev and abs(n - float(v)) < 1e-6 for w, n in WORDNUM.items())


gold = load_gold(args.gold)
totals = dict.fromkeys(["zones", "enterprises", "projects", "platforms", "statistics"], 0)
for doc, g in sorted(gold.items()):
    path = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file"); continue
    raw = open(path, encoding="utf-8").read()
    text = norm_name(raw)
    for k, t in TOP.items():
        if k not in g: err(doc, "missing top field " + k)
        elif not isinstance(g[k], t): err(doc, "bad type for " + k)
    if set(g) - set(TOP): err(doc, "unknown top fields %s" % (set(g) - set(TOP)))
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
        err(doc, "doc_year_evidence not in text")
    for k in FIELDS:
        for i, e in enumerate(g.get(k, [])):
            if set(e) != FIELDS[k]:
                err(doc, "%s[%d] fields %s" % (k, i, sorted(set(e) ^ FIELDS[k])))
    zones = {e["name"] for e in g["zones"]}
    ents = {e["name"] for e in g["enterprises"]}
    allnames = {}
    for k in ("zones", "enterprises", "projects", "platforms"):
        totals[k] += len(g[k])
        for e in g[k]:
            if not isinstance(e.get("aliases"), list): err(doc, "aliases not a list: " + e["name"])
            for n in [e["name"]] + (e.get("aliases") or []):
                nn = norm_name(n)
                if re.search(r"\s", n): err(doc, "name contains whitespace: %r" % n)
                if nn not in text: err(doc, "%s name/alias not in text: %s" % (k, n))
                if nn in allnames: err(doc, "name/alias %s shared by %s and %s" % (n, allnames[nn], e["name"]))
                allnames[nn] = e["name"]
    provinces = set()
    for z in g["zones"]:
        if not (z["city"] or "").endswith(("市", "州", "盟", "地区")): err(doc, "zone city %s" % z["city"])
        if not (z["province"] or "").endswith(("省", "市", "自治区")): err(doc, "zone province %s" % z["province"])
        provinces |= {z["city"], z["province"]}
    for e in g["enterprises"]:
        if e["zone"] is not None and e["zone"] not in zones: err(doc, "enterprise zone unresolved: %s" % e["zone"])
    for p in g["projects"]:
        if p["zone"] is not None and p["zone"] not in zones: err(doc, "project zone unresolved: %s" % p["zone"])
        if p["enterprise"] is not None and p["enterprise"] not in ents: err(doc, "project enterprise unresolved: %s" % p["enterprise"])
        if p["status"] not in STATUS: err(doc, "bad status %s" % p["status"])
    for p in g["platforms"]:
        if p["zone"] is not None and p["zone"] not in zones: err(doc, "platform zone unresolved: %s" % p["zone"])
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zones: err(doc, "article main_zone unresolved: %s" % a["main_zone"])
        if norm_name(a["first_words"]) not in text: err(doc, "first_words not in text: %s" % a["first_words"])
    canon = set(allnames.values())
    keys = {}
    totals["statistics"] += len(g["statistics"])
    for i, s in enumerate(g["statistics"]):
        tag = "stat[%d] %s/%s" % (i, s.get("subject"), s.get("indicator"))
        if s["subject"] not in canon and s["subject"] not in provinces | REGIONS:
            err(doc, tag + ": subject unresolved")
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool): err(doc, tag + ": value not a number")
        if s["kind"] not in KINDS: err(doc, tag + ": bad kind %s" % s["kind"])
        if s["approx"] not in APPROX: err(doc, tag + ": bad approx %s" % s["approx"])
        if s["kind"] == "difference" and not s["compared_to"]: err(doc, tag + ": difference without compared_to")
        if s["kind"] != "difference" and s["compared_to"] is not None: err(doc, tag + ": compared_to on non-difference")
        if not s["indicator"] or not s["unit"]: err(doc, tag + ": empty indicator/unit")
        if S.unit_of(s["unit"])[0].startswith("raw:"):
            pass  # units outside score.py's table (栋, 欧元, P ...) are compared literally
        ev = norm_name(s["evidence"])
        if ev not in text: err(doc, tag + ": evidence not in text: " + s["evidence"])
        if not value_visible(s["value"], ev): err(doc, tag + ": value %s not visible in evidence %s" % (s["value"], ev))
        if s["period"] is not None and norm_name(s["period"]) != s["period"].replace(" ", ""):
            err(doc, tag + ": period not normalised")
        if s["approx"] is None and re.search("约|近|超|以上|余|多|突破|逾|不足|不到|左右", ev):
            print("note %s %s: approx null though evidence has a hedge word: %s" % (doc, tag, ev))
        fam, fac = S.unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys: err(doc, tag + ": collides with stat[%d] under the scorer's de-duplication key" % keys[key])
        keys[key] = i

# ---- self-score: the gold rendered as SPARQL-style rows must score 1.0 everywhere
preds = {k: [] for k in ("zones", "enterprises", "projects", "platforms", "statistics")}
for doc, g in gold.items():
    for z in g["zones"]:
        preds["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        preds["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"], "enterprise": p["enterprise"], "status": p["status"]})
    for p in g["platforms"]:
        preds["platforms"].append({"doc": doc, "name": p["name"], "zone": p["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                    "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                    "evidence": s["evidence"]})
detail = []
res = {
    "zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": S.score_statistics(gold, preds, detail),
}
for k, r in res.items():
    vals = {"f1": r["f1"]}
    vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
    vals.update({a: r[a] for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok") if a in r})
    bad = {a: v for a, v in vals.items() if v is not None and v != 1.0}
    if bad: err("self-score", "%s %s" % (k, bad))
    print("self-score %-12s %s" % (k, " ".join("%s=%s" % kv for kv in vals.items())))
for d in detail:
    err("self-score", "\t".join(map(str, d)))

print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
