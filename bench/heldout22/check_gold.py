#!/usr/bin/env python3
"""Validate the held-out gold against its texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; entity references resolve; every evidence, name,
alias, first_words, title and doc_year_evidence occurs verbatim in the text after
score.py's norm_name; every value is visible in its evidence; no alias is shared by two
entities; no two statistics collide under the scorer's de-duplication key; scoring the
gold against itself gives 1.0 everywhere. Prints the errors and their count.
"""
import argparse, importlib.util, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(ROOT, "gold"))
ap.add_argument("--texts", default=os.path.join(ROOT, "texts"))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold = score.norm_name, score.load_gold

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"},
}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"}
CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
REGION = re.compile(r"(省|市|自治区|全国|全省|全市|全区)$")

errors = []
warnings = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def cn_int(s):
    """一..九十九 -> int, else None."""
    if not s or any(c not in CN for c in s):
        return None
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s] if len(s) == 1 else None


def value_visible(v, unit, ev):
    v = float(v)
    forms = set()
    if v.is_integer():
        forms.add(str(int(v)))
    forms.add(("%.6f" % v).rstrip("0").rstrip("."))
    for f in forms:
        if re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", ev):
            return True
    # numbers in words: 三成, 四分之一, 两倍, 第一, 首位
    for m in re.finditer(r"([一两二三四五六七八九十]+)成", ev):
        if abs(cn_int(m.group(1)) / 10 - v) < 1e-6 or abs(cn_int(m.group(1)) * 10 - v) < 1e-6:
            return True
    for m in re.finditer(r"([一两二三四五六七八九十]+)分之([一两二三四五六七八九十]+)", ev):
        frac = cn_int(m.group(2)) / cn_int(m.group(1))
        if abs(frac - v) < 1e-4 or abs(frac * 100 - v) < 1e-2:
            return True
    for m in re.finditer(r"[一两二三四五六七八九十]+", ev):
        n = cn_int(m.group(0))
        if n is not None and abs(n - v) < 1e-9:
            return True
    for m in re.finditer(r"([一两二三四五六七八九]?)([千百万])", ev):
        n = (CN[m.group(1)] if m.group(1) else 1) * {"千": 1000, "百": 100, "万": 10000}[m.group(2)]
        if abs(n - v) < 1e-9:
            return True
    if abs(v - 0.5) < 1e-9 and ("一半" in ev or "半数" in ev):
        return True
    if v == 1 and unit == "位" and ("首位" in ev or "第一" in ev):
        return True
    return False


gold = load_gold(args.gold)
totals = {k: 0 for k in FIELDS}
for doc, g in gold.items():
    path = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file")
        continue
    text = norm_name(open(path, encoding="utf-8").read())
    raw = open(path, encoding="utf-8").read()
    if set(g) != TOP:
        err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
    if g.get("doc_year") is not None and not isinstance(g["doc_year"], int):
        err(doc, "doc_year not int")
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
        err(doc, "doc_year_evidence not in text")
    if g.get("doc_year") and str(g["doc_year"]) not in norm_name(g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not in its evidence")
    zone_names = {}
    for z in g["zones"]:
        for n in score.names_of(z):
            zone_names[n] = z["name"]
    for a in g["articles"]:
        if set(a) != {"title", "main_zone", "first_words"}:
            err(doc, "article keys %s" % a)
        t = norm_name(a["title"])
        if t not in text and "".join(c * 2 for c in t) not in text:
            err(doc, "article title not in text: %s" % a["title"])
        if norm_name(a["first_words"]) not in text:
            err(doc, "first_words not in text: %s" % a["first_words"])
        if a["main_zone"] is not None and norm_name(a["main_zone"]) not in zone_names:
            err(doc, "main_zone unresolved: %s" % a["main_zone"])
    # entities
    owner = {}
    all_names = {}
    for kind in score.TYPES:
        for e in g[kind]:
            totals[kind] += 1
            if set(e) != FIELDS[kind]:
                err(doc, "%s keys %s" % (kind, sorted(set(e) ^ FIELDS[kind])))
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s aliases not a list: %s" % (kind, e["name"]))
            for n in [e["name"]] + list(e.get("aliases") or []):
                nn = norm_name(n)
                if re.search(r"\s", n):
                    err(doc, "%s name has spaces: %r" % (kind, n))
                if nn not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if nn in owner and owner[nn] != (kind, e["name"]):
                    ok, (k2, n2) = False, owner[nn]
                    # a company listed as a project: enterprise and project of the same name
                    if {kind, k2} == {"enterprises", "projects"} and e["name"] == n2:
                        ok = True
                    if not ok:
                        err(doc, "alias %s shared by %s/%s and %s/%s" % (n, k2, n2, kind, e["name"]))
                owner.setdefault(nn, (kind, e["name"]))
                all_names[nn] = e["name"]
            if len(set(map(norm_name, e.get("aliases") or []))) != len(e.get("aliases") or []):
                err(doc, "duplicate alias in %s" % e["name"])
            if norm_name(e["name"]) in map(norm_name, e.get("aliases") or []):
                err(doc, "name repeated as alias: %s" % e["name"])
        names_here = [e["name"] for e in g[kind]]
        if len(names_here) != len(set(names_here)):
            err(doc, "duplicate %s names" % kind)
    for z in g["zones"]:
        if not (z.get("city") or "").endswith(("市", "州", "地区", "盟")) or not (z.get("province") or "").endswith(("省", "自治区", "市")):
            err(doc, "zone city/province not in full: %s %s %s" % (z["name"], z.get("city"), z.get("province")))
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e.get("zone") is not None and e["zone"] not in zone_names:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
            if e.get("zone") is not None and zone_names.get(e["zone"]) != e["zone"]:
                err(doc, "%s %s: zone given by alias %s" % (kind, e["name"], e["zone"]))
    ent_names = {e["name"] for e in g["enterprises"]}
    for p in g["projects"]:
        if p.get("enterprise") is not None and p["enterprise"] not in ent_names:
            err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
        if p.get("status") not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p.get("status")))
    canon = {e["name"] for k in score.TYPES for e in g[k]}
    # statistics
    keys = {}
    for s in g["statistics"]:
        totals["statistics"] += 1
        tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if set(s) != FIELDS["statistics"]:
            err(doc, "statistic keys %s: %s" % (sorted(set(s) ^ FIELDS["statistics"]), tag))
        if s["subject"] not in canon and not REGION.search(s["subject"]):
            err(doc, "subject unresolved or not canonical: %s" % tag)
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "value not a number: %s" % tag)
        if s["kind"] not in KINDS:
            err(doc, "kind %s: %s" % (s["kind"], tag))
        if s["approx"] not in APPROX:
            err(doc, "approx %s: %s" % (s["approx"], tag))
        if s["kind"] == "difference":
            if not s.get("compared_to"):
                err(doc, "difference without compared_to: %s" % tag)
        elif s.get("compared_to") is not None:
            err(doc, "compared_to on a %s: %s" % (s["kind"], tag))
        fam, fac = score.unit_of(s["unit"])
        if fam.startswith("raw:"):
            warnings.append("%s: unit not in the scorer's table (matched verbatim): %s (%s)" % (doc, s["unit"], tag))
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, "rank unit not 位: %s" % tag)
        if s["unit"] == "fraction" and not (0 < s["value"] <= 1):
            err(doc, "fraction outside (0,1]: %s" % tag)
        if not s.get("indicator") or not s.get("evidence"):
            err(doc, "empty indicator/evidence: %s" % tag)
            continue
        ev = norm_name(s["evidence"])
        if re.search(r"\s", s["evidence"]):
            err(doc, "evidence has spaces: %s" % tag)
        if ev not in text:
            err(doc, "evidence not in text: %s  [%s]" % (tag, s["evidence"]))
        if not value_visible(s["value"], s["unit"], ev):
            err(doc, "value not visible in evidence: %s  [%s]" % (tag, s["evidence"]))
        if s.get("period") and norm_name(s["period"]) != s["period"]:
            err(doc, "period has spaces: %s" % tag)
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "dedup-key collision: %s  /  %s" % (tag, keys[key]))
        keys[key] = tag

# ---- self-score: the gold, written as the scorer's prediction rows, must score 1.0
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
                                    "kind": s["kind"], "approx": s["approx"],
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
    vals = {"f1": r["f1"]}
    vals.update({a: v for a, v in (r.get("attributes") or {}).items() if v is not None})
    vals.update({a: r[a] for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok",
                                    "compared_to_ok", "evidence_ok") if r.get(a) is not None})
    for a, v in vals.items():
        if v != 1.0:
            err("self-score", "%s %s = %s" % (k, a, v))
    print("self-score %-12s %s" % (k, " ".join("%s=%s" % kv for kv in vals.items())))
for d in detail:
    err("self-score", "\t".join(d))

print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
for w in warnings:
    print("note", w)
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
