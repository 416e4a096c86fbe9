#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--dir THIS_FOLDER]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias, first_words and doc_year_evidence occurs verbatim in the text after
score.py's norm_name(); each value is visible in its evidence; no name/alias shared by
two entities (except an enterprise and a project of the same name, as the guidelines
allow); no two statistics collide under score.py's de-duplication key; scoring the
gold against itself with score.py gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold, unit_of = score.norm_name, score.load_gold, score.unit_of

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"}
FIELDS = {
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
# region-wide subjects allowed besides entities (comparison figures stated on their own)
REGION_RE = re.compile(r"^(全国|全省|全市|全区|全州|全自治区|.{2,8}(省|市|自治区|州))$")

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s):
    """'十二' -> 12, '三十' -> 30, '九' -> 9, '一百' -> 100; None if not parseable."""
    if not s:
        return None
    if s == "十":
        return 10
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


def visible_values(ev):
    """All numbers a reader can see in an evidence string."""
    vals = []
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.append(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.append(int(m.group(1)) / int(m.group(2)))
    for m in re.finditer(r"([一二三四五六七八九十两]+)分之([一二三四五六七八九十两]+)", ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b:
            vals.append(b / a)
    for m in re.finditer(r"([一二三四五六七八九两])成", ev):
        vals.append(CN[m.group(1)] / 10)
        vals.append(CN[m.group(1)] * 10)
    for m in re.finditer(r"[零〇一二三四五六七八九十百千两]+", ev):
        v = cn_int(m.group())
        if v is not None:
            vals.append(float(v))
    if re.search(r"首位|第一|榜首|翻番|翻一番|一半|半数", ev):
        vals += [1.0, 2.0, 0.5, 50.0]
    return vals


def main():
    gold = load_gold(os.path.join(args.dir, "gold"))
    errors, warnings = [], []
    E = lambda doc, msg: errors.append("%s: %s" % (doc, msg))
    W = lambda doc, msg: warnings.append("%s: %s" % (doc, msg))
    raw_units = {}
    totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
    for doc, g in gold.items():
        tpath = os.path.join(args.dir, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            E(doc, "no text file")
            continue
        text = norm_name(open(tpath, encoding="utf-8").read())
        # ---- fields
        if set(g) != TOP:
            E(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
        if not isinstance(g.get("doc_year"), (int, type(None))):
            E(doc, "doc_year not int/null")
        if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
            E(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and g.get("doc_year_evidence") and str(g["doc_year"]) not in g["doc_year_evidence"]:
            W(doc, "doc_year not visible in its evidence")
        for kind, fields in FIELDS.items():
            for i, e in enumerate(g.get(kind, [])):
                if set(e) != fields:
                    E(doc, "%s[%d] fields %s" % (kind, i, sorted(set(e) ^ fields)))
            if kind in totals:
                totals[kind] += len(g.get(kind, []))
        # ---- names
        zones = {z["name"] for z in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        owner = {}
        for kind in score.TYPES:
            for e in g[kind]:
                if norm_name(e["name"]) != e["name"]:
                    E(doc, "%s name not normalised: %r" % (kind, e["name"]))
                if not isinstance(e.get("aliases"), list):
                    E(doc, "%s %s aliases not a list" % (kind, e["name"]))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    if norm_name(n) not in text:
                        E(doc, "%s name/alias not in text: %s" % (kind, n))
                    if n in ("高新区", "该高新区", "本区", "新区", "园区", "经开区", "开发区"):
                        E(doc, "%s bare generic alias %s" % (kind, n))
                    k = norm_name(n)
                    if k in owner:
                        ok, oname = owner[k]
                        same_ep = {ok, kind} == {"enterprises", "projects"} and oname == e["name"] and n == e["name"]
                        if not same_ep:
                            E(doc, "name/alias %s shared by %s %s and %s %s" % (n, ok, oname, kind, e["name"]))
                    else:
                        owner[k] = (kind, e["name"])
        for z in g["zones"]:
            if not z.get("city") or not z.get("province"):
                E(doc, "zone %s lacks city/province" % z["name"])
            elif not re.search(r"(市|州|地区|盟)$", z["city"]) or not re.search(r"(省|自治区|市)$", z["province"]):
                E(doc, "zone %s city/province not written in full: %s %s" % (z["name"], z["city"], z["province"]))
        for kind in ["enterprises", "projects", "platforms"]:
            for e in g[kind]:
                if e["zone"] is not None and e["zone"] not in zones:
                    E(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
        for p in g["projects"]:
            if p["enterprise"] is not None and p["enterprise"] not in ents:
                E(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
            if p["status"] not in STATUS:
                E(doc, "project %s: bad status %s" % (p["name"], p["status"]))
        for a in g["articles"]:
            if a["main_zone"] is not None and a["main_zone"] not in zones:
                E(doc, "article main_zone %s unresolved" % a["main_zone"])
            if norm_name(a["first_words"]) not in text:
                E(doc, "article first_words not in text: %s" % a["first_words"])
        # ---- statistics
        canon = {e["name"] for kind in score.TYPES for e in g[kind]}
        keys = {}
        for i, s in enumerate(g["statistics"]):
            tag = "stat[%d] %s/%s/%s" % (i, s.get("subject"), s.get("indicator"), s.get("value"))
            if s["subject"] not in canon and not REGION_RE.match(s["subject"] or ""):
                E(doc, tag + ": subject unresolved")
            if s["subject"] not in canon:
                W(doc, tag + ": region subject")
            if s["kind"] not in KINDS:
                E(doc, tag + ": bad kind")
            if s["approx"] not in APPROX:
                E(doc, tag + ": bad approx")
            if not isinstance(s["value"], (int, float)):
                E(doc, tag + ": value not a number")
                continue
            if not s.get("indicator"):
                E(doc, tag + ": no indicator")
            if s["compared_to"] is not None and s["kind"] != "difference":
                E(doc, tag + ": compared_to on non-difference")
            if s["kind"] == "difference" and not s["compared_to"]:
                E(doc, tag + ": difference without compared_to")
            if s["period"] is not None and norm_name(s["period"]) != s["period"]:
                E(doc, tag + ": period not normalised")
            if s["unit"] is None:
                E(doc, tag + ": no unit")
            elif unit_of(s["unit"])[0].startswith("raw:"):
                raw_units[s["unit"]] = raw_units.get(s["unit"], 0) + 1
            ev = s.get("evidence") or ""
            if re.search(r"\s", ev):
                E(doc, tag + ": evidence contains whitespace")
            if norm_name(ev) not in text:
                E(doc, tag + ": evidence not in text: " + ev)
            if not any(score.same_value(float(s["value"]), v) for v in visible_values(ev)):
                E(doc, tag + ": value not visible in evidence: " + ev)
            if len(ev) > 60:
                W(doc, tag + ": long evidence (%d)" % len(ev))
            fam, fac = unit_of(s["unit"])
            key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
            if key in keys:
                E(doc, tag + ": collides with stat[%d] under the scorer's de-dup key" % keys[key])
            keys[key] = i
    # ---- self-score
    preds = {k: [] for k in score.TYPES + ["statistics"]}
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
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"], "value": str(s["value"]),
                                        "unit": s["unit"], "period": s["period"], "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    res = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    for k, r in res.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None]
        vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(abs(v - 1.0) > 1e-9 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, r))
    for d in detail:
        errors.append("self-score detail: %s" % (d,))
    n_region = sum(1 for w in warnings if "region subject" in w)
    others = [w for w in warnings if "region subject" not in w]
    print("docs=%d  %s" % (len(gold), "  ".join("%s=%d" % kv for kv in totals.items())))
    print("self-score: " + "  ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    print("region-subject statistics: %d" % n_region)
    print("units unknown to score.py (matched literally): %s" % ", ".join("%s x%d" % kv for kv in sorted(raw_units.items())))
    for w in others:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(others)))
    sys.exit(1 if errors else 0)


main()
