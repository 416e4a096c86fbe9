#!/usr/bin/env python3
"""Validate the heldout40 gold files against their texts, using score.py's own code.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; names, aliases,
evidence, first_words and periods occur verbatim in the text after score.py's
norm_name(); each value is visible in its evidence; no alias shared by two entities;
no two statistics collide under the scorer's de-duplication key; scoring the gold
against itself gives 1.0 for every measure. Exit code = number of errors (capped).
"""
import argparse, collections, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
# number words used in the texts -> value they stand for
WORDS = {"三成": 0.3, "四成": 0.4, "五成": 0.5, "两成": 0.2, "六成": 0.6, "七成": 0.7, "八成": 0.8, "一半": 0.5, "半数": 0.5,
         "四分之一": 0.25, "八分之一": 0.125, "五分之三": 0.6, "三分之一": 1 / 3, "三分之二": 2 / 3, "五分之一": 0.2, "二十分之一": 0.05, "五分之二": 0.4,
         "一倍": 1, "两倍": 2, "三倍": 3, "两": 2, "三": 3, "五": 5, "六": 6, "十": 10, "第一": 1, "首位": 1,
         "第二": 2, "第三": 3, "一": 1, "二": 2, "四": 4, "七": 7, "八": 8, "九": 9}
# units the scorer does not know but compares literally (same raw unit on both sides)
RAW_UNITS_OK = {"分"}
ZONE_FIELDS = ["name", "aliases", "city", "province"]
ENT_FIELDS = ["name", "aliases", "zone"]
PROJ_FIELDS = ["name", "aliases", "zone", "enterprise", "status"]
PLAT_FIELDS = ["name", "aliases", "zone"]
STAT_FIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]

def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m

def fmt(v):
    if isinstance(v, int) or float(v).is_integer():
        return [str(int(v))]
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    return [s, repr(v)]

def value_visible(v, unit, ev):
    ev = ev.replace(",", "")
    if any(f in ev for f in fmt(v)):
        return True
    for w, x in WORDS.items():
        if abs(x - v) < 1e-4 and w in ev:
            return True
    m = re.findall(r"(\d+)/(\d+)", ev)
    return any(abs(int(a) / int(b) - v) < 1e-5 for a, b in m)

def as_rows(g, doc):
    """The gold itself as SPARQL-JSON-like rows (what a perfect system would return)."""
    p = {}
    for kind in ["zones", "enterprises", "projects", "platforms"]:
        p[kind] = [dict(doc=doc, **{k: v for k, v in e.items() if k != "aliases"}) for e in g[kind]]
    p["statistics"] = [dict(doc=doc, subject=s["subject"], indicator=s["indicator"], value=str(s["value"]),
                            unit=s["unit"], period=s["period"], kind=s["kind"], approx=s["approx"],
                            comparedTo=s["compared_to"], evidence=s["evidence"]) for s in g["statistics"]]
    return p

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    a = ap.parse_args()
    S = load_score(a.score)
    n = S.norm_name
    gold = S.load_gold(os.path.join(HERE, "gold"))
    errors = []
    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))
    totals = collections.Counter()
    for doc, g in sorted(gold.items()):
        tpath = os.path.join(HERE, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file"); continue
        text = n(open(tpath, encoding="utf-8").read())
        for k in ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]:
            if k not in g:
                err(doc, "missing key " + k)
        if g["doc"] != doc + ".txt":
            err(doc, "doc field %r" % g["doc"])
        if not isinstance(g["doc_year"], int) or n(g["doc_year_evidence"]) not in text or str(g["doc_year"]) not in g["doc_year_evidence"]:
            err(doc, "doc_year evidence")
        for kind, fields in [("zones", ZONE_FIELDS), ("enterprises", ENT_FIELDS), ("projects", PROJ_FIELDS), ("platforms", PLAT_FIELDS)]:
            totals[kind] += len(g[kind])
            for e in g[kind]:
                if sorted(e) != sorted(fields):
                    err(doc, "%s fields %s" % (kind, sorted(e)))
                for nm in [e["name"]] + e["aliases"]:
                    if not nm or re.search(r"\s", nm) or any(c in nm for c in S.QUOTES):
                        err(doc, "%s name not normalised: %r" % (kind, nm))
                    if n(nm) not in text:
                        err(doc, "%s name/alias not in text: %s" % (kind, nm))
        zones = {z["name"] for z in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        allnames = collections.Counter()
        for kind in ["zones", "enterprises", "projects", "platforms"]:
            for e in g[kind]:
                for nm in {n(e["name"])} | {n(x) for x in e["aliases"]}:
                    allnames[nm] += 1
        for nm, c in allnames.items():
            if c > 1:
                err(doc, "name/alias shared by %d entities: %s" % (c, nm))
        places = {"全国"}
        for z in g["zones"]:
            if not z["city"].endswith(("市", "州", "盟")) or not z["province"].endswith(("省", "市", "自治区")):
                err(doc, "zone city/province form: %s" % z)
            places |= {z["city"], z["province"]}
        for kind in ["enterprises", "platforms", "projects"]:
            for e in g[kind]:
                if e["zone"] is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
        for p in g["projects"]:
            if p["enterprise"] is not None and p["enterprise"] not in ents:
                err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
            if p["status"] not in STATUS:
                err(doc, "project %s: status %s" % (p["name"], p["status"]))
        for art in g["articles"]:
            if sorted(art) != ["first_words", "main_zone", "title"]:
                err(doc, "article fields")
            if art["main_zone"] is not None and art["main_zone"] not in zones:
                err(doc, "article main_zone %s unresolved" % art["main_zone"])
            if n(art["first_words"]) not in text:
                err(doc, "first_words not in text: %s" % art["first_words"])
        subjects = {e["name"] for k in ["zones", "enterprises", "projects", "platforms"] for e in g[k]}
        keys = {}
        totals["statistics"] += len(g["statistics"])
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s %s)" % (i, s.get("subject"), s.get("evidence"))
            if sorted(s) != sorted(STAT_FIELDS):
                err(doc, tag + " fields")
                continue
            if s["subject"] not in subjects and s["subject"] not in places:
                err(doc, tag + " subject unresolved")
            if s["kind"] not in KINDS:
                err(doc, tag + " kind")
            if s["approx"] not in APPROX:
                err(doc, tag + " approx")
            if (s["compared_to"] is not None) != (s["kind"] == "difference"):
                err(doc, tag + " compared_to only (and always) for difference")
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, tag + " value not a number")
                continue
            fam = S.unit_of(s["unit"])[0]
            if fam.startswith("raw:") and s["unit"] not in RAW_UNITS_OK:
                err(doc, tag + " unit unknown to scorer: %s" % s["unit"])
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, tag + " rank unit")
            if not s["indicator"] or re.search(r"\s", s["indicator"]):
                err(doc, tag + " indicator")
            ev = s["evidence"]
            if re.search(r"\s", ev) or n(ev) not in text:
                err(doc, tag + " evidence not verbatim in text")
            if "。" in ev or ";" in n(ev):
                err(doc, tag + " evidence crosses a sentence")
            if not value_visible(s["value"], s["unit"], n(ev)):
                err(doc, tag + " value %s not visible in evidence" % s["value"])
            if s["period"] is not None and (re.search(r"\s", s["period"]) or n(s["period"]) not in text):
                err(doc, tag + " period not verbatim in text: %s" % s["period"])
            fac = S.unit_of(s["unit"])[1]
            key = (n(s["subject"]), round(float(s["value"]) * fac, 6), fam, n(s["indicator"]))
            if key in keys:
                err(doc, tag + " collides with stat %d under the scorer's de-duplication key" % keys[key])
            keys[key] = i
        # self-score: the gold as predictions must score 1.0 everywhere
        detail = []
        one = {doc: g}
        preds = as_rows(g, doc)
        res = {"zones": S.score_entities("zones", one, preds, ["city", "province"], detail),
               "enterprises": S.score_entities("enterprises", one, preds, ["zone"], detail),
               "projects": S.score_entities("projects", one, preds, ["zone", "enterprise", "status"], detail),
               "platforms": S.score_entities("platforms", one, preds, ["zone"], detail),
               "statistics": S.score_statistics(one, preds, detail)}
        for k, r in res.items():
            vals = [r["p"], r["r"], r["f1"]] if r["tp"] else []
            vals += [v for v in (r.get("attributes") or {}).values() if v is not None]
            vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
            if any(v != 1.0 for v in vals):
                err(doc, "self-score %s not 1.0: %s" % (k, r))
        for d in detail:
            err(doc, "self-score detail %s" % (d,))
    # whole-set self-score
    detail = []
    preds = collections.defaultdict(list)
    for doc, g in gold.items():
        for k, v in as_rows(g, doc).items():
            preds[k].extend(v)
    allres = {"statistics": S.score_statistics(gold, preds, detail)}
    for k, attrs in [("zones", ["city", "province"]), ("enterprises", ["zone"]), ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"])]:
        allres[k] = S.score_entities(k, gold, preds, attrs, detail)
    for k, r in allres.items():
        print("self-score %-12s P=%.3f R=%.3f F1=%.3f tp=%d %s" % (k, r["p"], r["r"], r["f1"], r["tp"],
              " ".join("%s=%s" % (x, y) for x, y in (r.get("attributes") or {x: r[x] for x in r if x.endswith("_ok")}).items())))
        if r["f1"] != 1.0:
            errors.append("whole-set self-score %s F1 %s" % (k, r["f1"]))
    for e in errors:
        print("ERROR", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
    print("%d errors" % len(errors))
    sys.exit(min(len(errors), 100))

if __name__ == "__main__":
    main()
