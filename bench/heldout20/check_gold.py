#!/usr/bin/env python3
"""Validate the heldout20 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; entity references resolve; every name, alias,
evidence, first_words and doc_year_evidence occurs verbatim in the text after
score.py's norm_name(); each value is visible in its evidence; no name or alias is
shared by two entities; no two statistics collide under the scorer's de-duplication
key; scoring the gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
PROVINCES = {"新疆维吾尔自治区", "西藏自治区", "甘肃省", "宁夏回族自治区", "内蒙古自治区", "吉林省",
             "广西壮族自治区", "云南省", "陕西省"}
CN_VALUES = {"一成": 0.1, "两成": 0.2, "三成": 0.3, "四成": 0.4, "五成": 0.5, "六成": 0.6, "七成": 0.7,
             "八成": 0.8, "九成": 0.9, "四分之一": 0.25, "三分之一": 1 / 3, "二分之一": 0.5, "一半": 0.5,
             "三分之二": 2 / 3, "五分之一": 0.2, "四分之三": 0.75, "第一": 1, "首位": 1, "六分之一": 1 / 6, "第二": 2, "第三": 3, "二": 2, "两倍": 2, "一倍": 1,
             "三倍": 3, "翻一番": 2, "翻了一番": 2, "一": 1, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9, "十": 10}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms",
       "statistics"]
FIELDS = {"zones": ["name", "aliases", "city", "province"], "enterprises": ["name", "aliases", "zone"],
          "projects": ["name", "aliases", "zone", "enterprise", "status"], "platforms": ["name", "aliases", "zone"]}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def fmt_values(v):
    out = {repr(v), str(v)}
    if float(v) == int(v):
        out.add(str(int(v)))
    out.add(("%.6f" % v).rstrip("0").rstrip("."))
    return out


def value_visible(s, ev_n):
    v = s["value"]
    if any(t in ev_n for t in fmt_values(abs(v))):
        return True
    for w, cv in CN_VALUES.items():
        if w in ev_n and abs(cv - v) < 1e-5:
            return True
    m = re.search(r"(\d+)/(\d+)", ev_n)
    if m and abs(int(m.group(1)) / int(m.group(2)) - v) < 1e-5:
        return True
    return False


def as_results(gold, S):
    """The gold turned into SPARQL JSON results, as the tool's queries would return them."""
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}
    preds = {}
    rows = {k: [] for k in S.TYPES + ["statistics"]}
    for doc, g in gold.items():
        for z in g["zones"]:
            rows["zones"].append({"doc": g["doc"], "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g["enterprises"]:
            rows["enterprises"].append({"doc": g["doc"], "name": e["name"], "zone": e["zone"]})
        for p in g["projects"]:
            rows["projects"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"],
                                     "enterprise": p["enterprise"], "status": p["status"]})
        for p in g["platforms"]:
            rows["platforms"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"]})
        for s in g["statistics"]:
            rows["statistics"].append({"doc": g["doc"], "subject": s["subject"], "indicator": s["indicator"],
                                       "value": s["value"], "unit": s["unit"], "period": s["period"],
                                       "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                       "evidence": s["evidence"]})
    vars_ = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
             "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
             "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                            "comparedTo", "evidence"]}
    for k in rows:
        preds[k] = S.rows_of(res(vars_[k], rows[k]))
    return preds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    args = ap.parse_args()
    S = load_score(args.score)
    gold = S.load_gold(args.gold)
    norm = S.norm_name
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in gold.items():
        if list(g.keys()) != TOP:
            err(doc, "top-level keys %s" % list(g.keys()))
        tpath = os.path.join(args.texts, g["doc"])
        if not os.path.exists(tpath):
            err(doc, "no text file %s" % g["doc"])
            continue
        text = open(tpath, encoding="utf-8").read()
        tn = norm(text)

        def in_text(s, what):
            if not s or norm(s) not in tn:
                err(doc, "%s not in text: %r" % (what, s))
        if not isinstance(g["doc_year"], int):
            err(doc, "doc_year not int")
        in_text(g["doc_year_evidence"], "doc_year_evidence")
        if str(g["doc_year"]) not in norm(g["doc_year_evidence"]):
            err(doc, "doc_year not in its evidence")
        zone_names = {z["name"] for z in g["zones"]}
        ent_names = {e["name"] for e in g["enterprises"]}
        for a in g["articles"]:
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article keys %s" % list(a))
            t = norm(a["title"])
            if t not in tn and "".join(c * 2 for c in t) not in tn:
                err(doc, "title not in text: %r" % a["title"])
            in_text(a["first_words"], "first_words")
            if a["main_zone"] is not None and a["main_zone"] not in zone_names:
                err(doc, "main_zone unresolved: %r" % a["main_zone"])
        owner = {}
        for kind in S.TYPES:
            for e in g[kind]:
                if list(e.keys()) != FIELDS[kind]:
                    err(doc, "%s keys %s" % (kind, list(e.keys())))
                if not isinstance(e["aliases"], list):
                    err(doc, "%s aliases not a list" % e["name"])
                if norm(e["name"]) != e["name"]:
                    err(doc, "name not normalised: %r" % e["name"])
                for n in [e["name"]] + e["aliases"]:
                    in_text(n, kind + " name/alias")
                    k = norm(n)
                    if k in owner and owner[k] != (kind, e["name"]):
                        err(doc, "name/alias %r shared by %s and %s" % (n, owner[k], (kind, e["name"])))
                    owner[k] = (kind, e["name"])
                if kind == "zones":
                    if e["province"] not in PROVINCES:
                        err(doc, "province %r" % e["province"])
                    if not re.search(r"(市|州|地区|盟)$", e["city"] or ""):
                        err(doc, "city %r" % e["city"])
                else:
                    if e["zone"] is not None and e["zone"] not in zone_names:
                        err(doc, "%s %s: zone unresolved %r" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e["status"] not in STATUS:
                        err(doc, "status %r" % e["status"])
                    if e["enterprise"] is not None and e["enterprise"] not in ent_names:
                        err(doc, "project %s: enterprise unresolved %r" % (e["name"], e["enterprise"]))
        all_names = {e["name"] for kind in S.TYPES for e in g[kind]}
        keys = {}
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s)" % (i, s.get("evidence"))
            if list(s.keys()) != SFIELDS:
                err(doc, "%s keys %s" % (tag, list(s.keys())))
                continue
            if s["subject"] not in all_names:
                # region-wide comparison figures: the region must be named in the text
                if not re.search(r"(省|自治区|全国|市)$", s["subject"] or "") or norm(s["subject"]) not in tn:
                    err(doc, "%s subject unresolved %r" % (tag, s["subject"]))
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s value not a number" % tag)
                continue
            if not isinstance(s["unit"], str) or not s["unit"]:
                err(doc, "%s empty unit" % tag)
            if s["kind"] not in KINDS:
                err(doc, "%s kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s approx %r" % (tag, s["approx"]))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "%s compared_to %r with kind %s" % (tag, s["compared_to"], s["kind"]))
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "%s rank unit %r" % (tag, s["unit"]))
            if not s["indicator"] or not s["evidence"]:
                err(doc, "%s empty indicator/evidence" % tag)
                continue
            in_text(s["evidence"], "evidence")
            if s["period"] is not None and norm(s["period"]) != s["period"]:
                err(doc, "%s period not normalised" % tag)
            if not value_visible(s, norm(s["evidence"])):
                err(doc, "%s value %r not visible in evidence" % (tag, s["value"]))
            fam, fac = S.unit_of(s["unit"])
            key = (norm(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm(s["indicator"]))
            if key in keys:
                err(doc, "%s collides with stat %d under the de-dup key %s" % (tag, keys[key], key))
            keys[key] = i

    # scoring the gold against itself must give 1.0 everywhere
    preds = as_results(gold, S)
    detail = []
    summary = {
        "zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": S.score_statistics(gold, preds, detail),
    }
    for k, r in summary.items():
        vals = {"p": r["p"], "r": r["r"], "f1": r["f1"]}
        vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
        vals.update({a: r[a] for a in r if a.endswith("_ok")})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                errors.append("self-score: %s %s = %s" % (k, a, v))
        print("self-score %-12s %s" % (k, " ".join("%s=%s" % kv for kv in vals.items())))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(map(str, d)))

    n = {k: sum(len(g[k]) for g in gold.values()) for k in S.TYPES + ["statistics"]}
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in n.items())))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
