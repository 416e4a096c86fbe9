#!/usr/bin/env python3
"""Validate the heldout19 gold files against their texts, using score.py's own code.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias, first_words and period occurs verbatim in the text after score.py's
norm_name(); every value is visible in its evidence; no alias (or name) is shared by two
entities; no two statistics collide under the scorer's de-duplication key; and scoring
the gold against itself (as SPARQL-style rows) gives 1.0 for every figure.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold = score.norm_name, score.load_gold

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"]
FIELDS = {
    "articles": ["title", "main_zone", "first_words"],
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
}
REGION = re.compile(r"^(全国|全省|全市|全区|.{2,8}省|.{2,6}市|.{2,8}自治区)$")
# number words that may stand for a value in evidence
WORDS = {0.3: ["三成"], 0.4: ["四成"], 0.6: ["六成"], 0.7: ["七成"], 0.2: ["两成", "五分之一"],
         0.25: ["四分之一"], 0.5: ["一半", "半数", "五成"], 1: ["第一", "首位", "榜首", "之首"],
         0.333333: ["三分之一"], 2: ["第二", "两倍"], 3: ["第三"], 0.8: ["八成"], 0.9: ["九成"],
         0.15: ["一成半"], 4: ["第四"], 5: ["第五"], 6: ["第六"], 7: ["第七"], 8: ["第八"],
         9: ["第九"], 10: ["第十"], 0.1: ["一成"], 100: ["百亿", "百家"]}

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def num_forms(v):
    f = float(v)
    out = set()
    if f == int(f):
        out.add(str(int(f)))
    out.add(("%.6f" % f).rstrip("0").rstrip("."))
    out.add(str(v))
    for k, ws in WORDS.items():
        if abs(k - f) < 1e-6:
            out.update(ws)
    return out


gold = load_gold(args.gold)
total = {"zones": 0, "enterprises": 0, "projects": 0, "platforms": 0, "statistics": 0}
for doc, g in gold.items():
    tp = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(tp):
        err(doc, "no text file")
        continue
    text = norm_name(open(tp, encoding="utf-8").read())
    for k in TOP:
        if k not in g:
            err(doc, "missing top-level field %s" % k)
    if g.get("doc") != doc + ".txt":
        err(doc, "doc field %r" % g.get("doc"))
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not an int")
    if norm_name(g.get("doc_year_evidence") or "") not in text or str(g.get("doc_year")) not in (g.get("doc_year_evidence") or ""):
        err(doc, "doc_year_evidence not in text or lacks the year")
    for kind, fields in FIELDS.items():
        for e in g.get(kind, []):
            for fl in fields:
                if fl not in e:
                    err(doc, "%s %r lacks %s" % (kind, e.get("name") or e.get("title"), fl))
            extra = set(e) - set(fields)
            if extra:
                err(doc, "%s has unknown fields %s" % (kind, extra))
    # names and aliases
    owner = {}
    canon = {}
    for kind in score.TYPES:
        total[kind] += len(g.get(kind, []))
        for e in g.get(kind, []):
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s aliases not a list" % e["name"])
            for n in [e["name"]] + list(e.get("aliases") or []):
                nn = norm_name(n)
                if nn not in text:
                    err(doc, "%s name/alias %r not in text" % (kind, n))
                if nn in owner and owner[nn] != (kind, e["name"]):
                    err(doc, "name/alias %r shared by %s and %s" % (n, owner[nn], (kind, e["name"])))
                owner[nn] = (kind, e["name"])
                canon[nn] = (kind, e["name"])
    zone_names = {norm_name(n) for z in g["zones"] for n in [z["name"]] + z["aliases"]}
    ent_names = {norm_name(n) for z in g["enterprises"] for n in [z["name"]] + z["aliases"]}
    canon_names = {norm_name(e["name"]) for k in score.TYPES for e in g.get(k, [])}
    for z in g["zones"]:
        if not z["city"] or not z["province"]:
            err(doc, "zone %s lacks city/province" % z["name"])
        if z["city"] and not z["city"].endswith(("市", "州", "盟", "地区")):
            err(doc, "zone %s city %r not a full name" % (z["name"], z["city"]))
        if z["province"] and not z["province"].endswith(("省", "市", "自治区")):
            err(doc, "zone %s province %r not a full name" % (z["name"], z["province"]))
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e.get("zone") is not None and norm_name(e["zone"]) not in zone_names:
                err(doc, "%s %s: zone %r does not resolve" % (kind, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["status"] not in STATUS:
            err(doc, "project %s: bad status %r" % (p["name"], p["status"]))
        if p["enterprise"] is not None and norm_name(p["enterprise"]) not in ent_names:
            err(doc, "project %s: enterprise %r does not resolve" % (p["name"], p["enterprise"]))
    for a in g["articles"]:
        if a["main_zone"] is not None and norm_name(a["main_zone"]) not in zone_names:
            err(doc, "article %s: main_zone does not resolve" % a["title"])
        if norm_name(a["first_words"]) not in text:
            err(doc, "article first_words %r not in text" % a["first_words"])
    # statistics
    keys = {}
    total["statistics"] += len(g["statistics"])
    for s in g["statistics"]:
        tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if s["kind"] not in KINDS:
            err(doc, "stat %s: bad kind %r" % (tag, s["kind"]))
        if s["approx"] not in APPROX:
            err(doc, "stat %s: bad approx %r" % (tag, s["approx"]))
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "stat %s: value not a number" % tag)
            continue
        if not s.get("unit"):
            err(doc, "stat %s: no unit" % tag)
        if not s.get("indicator"):
            err(doc, "stat %s: no indicator" % tag)
        subj = norm_name(s["subject"])
        if subj in canon:
            if subj not in canon_names:
                err(doc, "stat %s: subject is an alias, not the canonical name" % tag)
        elif not REGION.match(subj):
            err(doc, "stat %s: subject does not resolve" % tag)
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, "stat %s: compared_to must be set exactly for difference" % tag)
        ev = norm_name(s["evidence"])
        if not ev or ev not in text:
            err(doc, "stat %s: evidence not in text: %r" % (tag, s["evidence"]))
        if not any(f in ev for f in num_forms(s["value"])):
            err(doc, "stat %s: value not visible in evidence %r" % (tag, s["evidence"]))
        if s["value"] != s["value"] or (s["unit"] == "fraction" and "/" not in ev and not any(
                w in ev for ws in WORDS.values() for w in ws)):
            err(doc, "stat %s: fraction without its words in evidence" % tag)
        if s["period"] is not None and norm_name(s["period"]) not in text:
            err(doc, "stat %s: period %r not in text" % (tag, s["period"]))
        if s["period"] is not None and re.search(r"\s", s["period"]):
            err(doc, "stat %s: period has spaces" % tag)
        fam, fac = score.unit_of(s["unit"])
        key = (subj, round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "stats collide under the dedup key: %s / %s" % (tag, keys[key]))
        keys[key] = tag

# self-scoring: the gold as prediction rows must score 1.0 everywhere
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
    figs = {"p": r["p"], "r": r["r"], "f1": r["f1"]}
    figs.update({"attr." + a: v for a, v in (r.get("attributes") or {}).items()})
    figs.update({a: r[a] for a in r if a.endswith("_ok")})
    for a, v in figs.items():
        if v is not None and v != 1.0:
            errors.append("self-score %s %s = %s" % (k, a, v))
for d in detail:
    errors.append("self-score detail: " + "\t".join(map(str, d)))

for e in errors:
    print("ERROR", e)
print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in total.items())))
print("self-score: " + " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
