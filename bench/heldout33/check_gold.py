#!/usr/bin/env python3
"""Validate the heldout33 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; references resolve; every evidence, name,
alias, first_words and doc_year_evidence occurs in the text after score.py's norm_name;
each value is visible in its evidence; no name/alias shared by two entities (an
enterprise and a project of the same name, as the guidelines allow, excepted); no two
statistics collide under the scorer's de-duplication key; scoring gold against itself
gives 1.0 everywhere.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default=os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
args = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold = score.norm_name, score.load_gold

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
errors, warnings = [], []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def values_in(ev):
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.add(float(m.group(0)))
    for m in re.finditer(r"([一二两三四五六七八九])成", ev):
        vals.add(round(CN[m.group(1)] / 10, 6))
    for m in re.finditer(r"([一二三四五六七八九十])分之([一二三四五六七八九])", ev):
        vals.add(round(CN[m.group(2)] / CN[m.group(1)], 6))
    for m in re.finditer(r"第([一二三四五六七八九十])", ev):
        vals.add(float(CN[m.group(1)]))
    if re.search(r"居首|首位|之首", ev):
        vals.add(1.0)
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(round(int(m.group(1)) / int(m.group(2)), 6))
    return vals


def han(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


gold = load_gold(os.path.join(HERE, "gold"))
summary = []
for doc, g in gold.items():
    tpath = os.path.join(HERE, "texts", doc + ".txt")
    if not os.path.exists(tpath):
        err(doc, "no text file"); continue
    raw = open(tpath, encoding="utf-8").read()
    text = norm_name(raw)
    for k in ["doc", "doc_year", "doc_year_evidence", "articles"] + list(FIELDS):
        if k not in g:
            err(doc, "missing key " + k)
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not int")
    if norm_name(g.get("doc_year_evidence") or "") not in text or str(g.get("doc_year")) not in g.get("doc_year_evidence", ""):
        err(doc, "doc_year_evidence not in text / lacks year")
    zone_names = {z["name"] for z in g["zones"]}
    ent_names = {e["name"] for e in g["enterprises"]}
    all_names = {}
    for a in g["articles"]:
        if set(a) != {"title", "main_zone", "first_words"}:
            err(doc, "article fields %s" % sorted(a))
        t = norm_name(a["title"])
        if t not in text and "".join(c * 2 for c in t) not in text:
            err(doc, "title not in text: " + a["title"])
        if norm_name(a["first_words"]) not in text:
            err(doc, "first_words not in text: " + a["first_words"])
        if a["main_zone"] not in zone_names:
            err(doc, "main_zone unknown: %s" % a["main_zone"])
    for kind in ["zones", "enterprises", "projects", "platforms"]:
        for e in g[kind]:
            if set(e) != FIELDS[kind]:
                err(doc, "%s fields %s" % (kind, sorted(e)))
            if not isinstance(e["aliases"], list):
                err(doc, "aliases not a list: " + e["name"])
            for n in [e["name"]] + e["aliases"]:
                if n != norm_name(n):
                    err(doc, "name not normalised: %r" % n)
                if norm_name(n) not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                all_names.setdefault(norm_name(n), []).append((kind, e["name"]))
            if kind == "zones":
                if not e["city"] or not e["province"] or not e["city"].endswith(("市", "州", "盟")) \
                        or not e["province"].endswith(("省", "自治区", "市")):
                    err(doc, "zone city/province: %s" % e)
                if e["name"] in ("高新区", "本区", "该高新区") or e["name"] in e["aliases"]:
                    err(doc, "bad zone name/alias " + e["name"])
            if kind in ("enterprises", "projects", "platforms") and e["zone"] is not None and e["zone"] not in zone_names:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
            if kind == "projects":
                if e["enterprise"] is not None and e["enterprise"] not in ent_names:
                    err(doc, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
                if e["status"] not in STATUS:
                    err(doc, "project %s: status %s" % (e["name"], e["status"]))
    for n, owners in all_names.items():
        kinds = sorted(k for k, _ in owners)
        if len(owners) > 1 and not (len(owners) == 2 and kinds == ["enterprises", "projects"]
                                    and owners[0][1] == owners[1][1]):
            err(doc, "name/alias %s shared by %s" % (n, owners))
    canon = {e["name"] for k in ["zones", "enterprises", "projects", "platforms"] for e in g[k]}
    keys = {}
    units = set()
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
        if set(s) != FIELDS["statistics"]:
            err(doc, tag + " fields %s" % sorted(s)); continue
        if s["subject"] not in canon and not re.fullmatch(r"\w{2,6}(省|自治区)", s["subject"]):
            err(doc, tag + " subject not a canonical entity name: %s" % s["subject"])
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, tag + " value not a number")
        if not s["indicator"] or not s["unit"]:
            err(doc, tag + " empty indicator/unit")
        if s["kind"] not in KINDS:
            err(doc, tag + " kind " + str(s["kind"]))
        if s["approx"] not in APPROX:
            err(doc, tag + " approx " + str(s["approx"]))
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, tag + " compared_to only (and always) for difference")
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(doc, tag + " period has spaces")
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in text:
            err(doc, tag + " evidence not in text: " + s["evidence"])
        if re.search(r"[。；！？]", ev[:-1]):
            err(doc, tag + " evidence spans sentences: " + ev)
        if round(float(s["value"]), 6) not in {round(v, 6) for v in values_in(ev)}:
            err(doc, tag + " value not visible in evidence: " + ev)
        fam, fac = score.unit_of(s["unit"])
        units.add(s["unit"] if not fam.startswith("raw:") else s["unit"] + "(raw)")
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, tag + " collides with stat %d under the scorer's key" % keys[key])
        keys[key] = i
    n_h = han(raw)
    if not 1500 <= n_h <= 1800:
        warnings.append("%s: %d han characters (target 1500-1800)" % (doc, n_h))
    summary.append((doc, n_h, len(g["articles"]), len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                    len(g["platforms"]), len(g["statistics"]), sorted(units)))

# ---- self-score: the gold as predictions must score 1.0 everywhere
def b(row):
    return {k: {"type": "literal", "value": str(v)} for k, v in row.items() if v is not None}
preds = {k: [] for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
for doc, g in gold.items():
    for z in g["zones"]:
        preds["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        preds["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"], "enterprise": p["enterprise"], "status": p["status"]})
    for f in g["platforms"]:
        preds["platforms"].append({"doc": doc, "name": f["name"], "zone": f["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                    "value": s["value"], "unit": s["unit"], "period": s["period"], "kind": s["kind"],
                                    "approx": s["approx"], "comparedTo": s["compared_to"], "evidence": s["evidence"]})
for k in preds:  # round-trip through the SPARQL JSON results shape the scorer reads
    vars_ = sorted({v for r in preds[k] for v in r})
    preds[k] = score.rows_of({"head": {"vars": vars_}, "results": {"bindings": [b(r) for r in preds[k]]}})
detail = []
res = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, r in res.items():
    vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None] \
        + [v for kk, v in r.items() if kk.endswith("_ok") and v is not None]
    if any(v != 1.0 for v in vals):
        err("self-score", "%s not 1.0: %s" % (k, r))
for d in detail:
    err("self-score", "\t".join(d))

print("%-28s %5s %3s %4s %4s %4s %4s %5s" % ("doc", "han", "art", "zone", "ent", "proj", "plat", "stat"))
for row in summary:
    print("%-28s %5d %3d %4d %4d %4d %4d %5d" % row[:8])
tot = [sum(r[i] for r in summary) for i in range(1, 8)]
print("%-28s %5d %3d %4d %4d %4d %4d %5d" % ("TOTAL", *tot))
print("units:", sorted({u for r in summary for u in r[8]}))
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
