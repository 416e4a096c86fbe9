#!/usr/bin/env python3
"""Validate the held-out gold set against its texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--coverage]

Errors (counted): schema, allowed values, references, verbatim occurrence of names,
aliases, evidence and first_words in the normalised text, value visible in evidence,
aliases shared by two entities, statistics colliding under the scorer's de-duplication
key, and gold-vs-gold self-scoring below 1.0.
--coverage also lists digit strings of the text that no evidence covers (warnings).
"""
import argparse, importlib.util, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--coverage", action="store_true")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, norm_doc = score.norm_name, score.norm_doc

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
STAT_FIELDS = {"subject", "indicator", "value", "unit", "approx", "period", "kind",
               "compared_to", "evidence"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"}
FIELDS = {"zones": {"name", "aliases", "city", "province"},
          "enterprises": {"name", "aliases", "zone"},
          "projects": {"name", "aliases", "zone", "enterprise", "status"},
          "platforms": {"name", "aliases", "zone"}}
# numbers written in words: value -> spellings
WORDS = {0.3: ["三成"], 0.4: ["四成"], 0.2: ["两成"], 0.6: ["六成"], 0.7: ["七成"], 0.8: ["八成"],
         0.25: ["四分之一"], 0.333333: ["三分之一"], 0.5: ["一半"], 1: ["第一", "首位"],
         2: ["两", "二"], 3: ["三"]}
REGION = re.compile(r"(省|市|全国|自治区|县|区)$")

errors, warnings = [], []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def fmt(v):
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    return s


def value_visible(v, ev):
    e = ev.replace(",", "")
    if fmt(v) in e:
        return True
    for k, spellings in WORDS.items():
        if score.same_value(float(k), float(v)) and any(s in e for s in spellings):
            return True
    cn = dict(zip("一二三四五六七八九十", range(1, 11)))
    for b, a in re.findall(r"([一二三四五六七八九十])分之([一二三四五六七八九十])", e):
        if score.same_value(cn[a] / cn[b], float(v)) or abs(cn[a] / cn[b] - float(v)) < 1e-5:
            return True
    # a fraction a/b
    for a, b in re.findall(r"(\d+)/(\d+)", e):
        if score.same_value(int(a) / int(b), float(v)):
            return True
    return False


gold = score.load_gold(os.path.join(ROOT, "gold"))
texts = {norm_doc(f): f for f in os.listdir(os.path.join(ROOT, "texts")) if f.endswith(".txt")}
if set(gold) != set(texts):
    err("-", "gold/text mismatch: %s" % (set(gold) ^ set(texts)))

totals = {}
for doc, g in sorted(gold.items()):
    if doc not in texts:
        continue
    raw = open(os.path.join(ROOT, "texts", texts[doc]), encoding="utf-8").read()
    T = norm_name(raw)

    def occurs(s, what):
        if not s or norm_name(s) not in T:
            err(doc, "%s not found verbatim: %r" % (what, s))

    if set(g) != TOP:
        err(doc, "top-level keys %s" % (set(g) ^ TOP))
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not int")
    occurs(g.get("doc_year_evidence"), "doc_year_evidence")
    if str(g.get("doc_year")) not in (g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not in its evidence")
    for a in g["articles"]:
        if set(a) != {"title", "main_zone", "first_words"}:
            err(doc, "article fields %s" % a)
        occurs(a["first_words"], "first_words")
    ents = {}
    owner = {}
    for kind in score.TYPES:
        ents[kind] = {}
        for e in g[kind]:
            if set(e) != FIELDS[kind]:
                err(doc, "%s fields %s" % (kind, set(e) ^ FIELDS[kind]))
            if e["name"] in ents[kind]:
                err(doc, "%s duplicate %s" % (kind, e["name"]))
            ents[kind][e["name"]] = e
            if re.search(r"\s", e["name"]):
                err(doc, "name has spaces %r" % e["name"])
            for n in [e["name"]] + (e["aliases"] or []):
                occurs(n, kind + " name/alias")
                k = norm_name(n)
                if k in owner and owner[k] != (kind, e["name"]):
                    err(doc, "alias %s shared by %s and %s" % (n, owner[k], (kind, e["name"])))
                owner[k] = (kind, e["name"])
    for z in g["zones"]:
        if z["city"] and norm_name(z["city"].rstrip("市")) not in T:
            warnings.append("%s: city stem of %s not in text: %s" % (doc, z["name"], z["city"]))
        if not z["city"] or not z["city"].endswith(("市", "州", "县")):
            err(doc, "zone city not in full: %s" % z)
        if z["province"] not in {"福建省", "广西壮族自治区", "海南省", "云南省", "湖南省"}:
            warnings.append("%s: zone outside the five provinces: %s %s" % (doc, z["name"], z["province"]))
    zn = set(ents["zones"])
    for e in g["enterprises"]:
        if e["zone"] is not None and e["zone"] not in zn:
            err(doc, "enterprise zone unresolved %s" % e)
    for p in g["projects"]:
        if p["zone"] is not None and p["zone"] not in zn:
            err(doc, "project zone unresolved %s" % p)
        if p["enterprise"] is not None and p["enterprise"] not in ents["enterprises"]:
            err(doc, "project enterprise unresolved %s" % p)
        if p["status"] not in STATUS:
            err(doc, "project status %s" % p)
    for p in g["platforms"]:
        if p["zone"] is not None and p["zone"] not in zn:
            err(doc, "platform zone unresolved %s" % p)
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zn:
            err(doc, "article main_zone unresolved %s" % a)
    allnames = set(owner)
    keys = {}
    for s in g["statistics"]:
        tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if set(s) != STAT_FIELDS:
            err(doc, "stat fields %s %s" % (tag, set(s) ^ STAT_FIELDS))
            continue
        if norm_name(s["subject"]) not in allnames:
            if REGION.search(s["subject"]) and norm_name(s["subject"]) in T:
                warnings.append("%s: region subject %s (%s)" % (doc, s["subject"], s["indicator"]))
            else:
                err(doc, "stat subject unresolved %s" % tag)
        if s["kind"] not in KINDS:
            err(doc, "kind %s" % tag)
        if s["approx"] not in APPROX:
            err(doc, "approx %s" % tag)
        if not isinstance(s["value"], (int, float)):
            err(doc, "value not a number %s" % tag)
            continue
        if not s["unit"]:
            err(doc, "unit empty %s" % tag)
        elif score.unit_of(s["unit"])[0].startswith("raw:"):
            warnings.append("%s: unit outside score.py's table: %s (%s)" % (doc, s["unit"], s["indicator"]))
        if s["kind"] == "difference":
            if not s["compared_to"]:
                err(doc, "difference without compared_to %s" % tag)
            else:
                occurs(s["compared_to"].rstrip("省市") or s["compared_to"], "compared_to")
        elif s["compared_to"] is not None:
            err(doc, "compared_to on non-difference %s" % tag)
        if s["kind"] == "rank" and s["unit"] != "位":
            warnings.append("%s: rank with unit %s (%s)" % (doc, s["unit"], tag))
        occurs(s["evidence"], "evidence (%s)" % tag)
        if re.search(r"\s", s["evidence"]):
            err(doc, "evidence has spaces %r" % s["evidence"])
        if not value_visible(s["value"], norm_name(s["evidence"])):
            err(doc, "value not visible in evidence %s / %s" % (tag, s["evidence"]))
        if s["period"] is not None:
            if s["period"] != norm_name(s["period"]):
                err(doc, "period has spaces %s" % tag)
        ev = re.sub(r"(规模以上|级以上|亿元以上|万元以上)", "", s["evidence"])
        cue = None
        if re.search(r"(超过|突破|以上|逾|余|多)", ev) or re.search(r"超\d", ev):
            cue = "over"
        if re.search(r"((?<![签合节预])约|近\d|近[一二三四五六七八九十两]|左右)", ev):
            cue = cue or "about"
        if re.search(r"(不到|不足)", ev):
            cue = cue or "under"
        if cue and s["approx"] is None:
            warnings.append("%s: approx cue %s in evidence but approx null: %s" % (doc, cue, tag))
        fam, fac = score.unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "statistics collide under de-dup key: %s / %s" % (keys[key], tag))
        keys[key] = tag
    # evidence coverage of the digits in the text
    if args.coverage:
        covered = "".join(norm_name(s["evidence"]) + "\u0000" for s in g["statistics"])
        for m in re.finditer(r"\d+(?:\.\d+)?", T):
            num = m.group(0)
            ctx = T[max(0, m.start() - 6): m.end() + 6]
            after = T[m.end(): m.end() + 1]
            if (after in "年月日号" and "." not in num) or after in "-:" or T[m.start() - 1: m.start()] in "-:":
                continue
            if not any(num in norm_name(s["evidence"]) and norm_name(s["evidence"]) in T[max(0, m.start() - 60): m.end() + 60]
                       for s in g["statistics"]):
                warnings.append("%s: uncovered number %s in …%s…" % (doc, num, ctx))
    for kind in score.TYPES + ["statistics"]:
        totals.setdefault(kind, []).append(len(g[kind]))
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    totals.setdefault("han", []).append(han)
    if not 1500 <= han <= 1800:
        warnings.append("%s: %d han characters (target 1500-1800)" % (doc, han))


# ------------------------------------------------ self-scoring: gold as predictions
def res(vars_, rows):
    return {"head": {"vars": vars_}, "results": {"bindings": [
        {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}


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
                                    "value": s["value"], "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"],
                                    "comparedTo": s["compared_to"], "evidence": s["evidence"]})
VARS = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
        "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
        "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                       "comparedTo", "evidence"]}
rows = {k: score.rows_of(res(VARS[k], v)) for k, v in preds.items()}
detail = []
summary = {
    "zones": score.score_entities("zones", gold, rows, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, rows, ["zone"], detail),
    "projects": score.score_entities("projects", gold, rows, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, rows, ["zone"], detail),
    "statistics": score.score_statistics(gold, rows, detail),
}
for k, s in summary.items():
    vals = {"f1": s["f1"], "p": s["p"], "r": s["r"]}
    vals.update({a: v for a, v in (s.get("attributes") or {}).items()})
    vals.update({a: s[a] for a in s if a.endswith("_ok")})
    for a, v in vals.items():
        if v is not None and v != 1.0:
            err("self-score", "%s %s = %s" % (k, a, v))
for d in detail:
    err("self-score", "\t".join(d))

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print()
print("docs=%d  " % len(gold) + "  ".join("%s=%d (%s)" % (k, sum(v), "/".join(map(str, v)))
                                          for k, v in totals.items()))
print("self-score: " + "  ".join("%s F1=%.3f" % (k, s["f1"]) for k, s in summary.items()))
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
