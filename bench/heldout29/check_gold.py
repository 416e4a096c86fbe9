#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; references resolve; every evidence, name, alias,
first_words and doc_year_evidence occurs verbatim in the text after norm_name (names
must occur outside doubled-headline noise); every value is visible in its evidence;
no alias shared by two entities; no two statistics collide under the scorer's
de-duplication key; scoring gold against itself gives 1.0 everywhere.
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
norm_name = score.norm_name

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营",
          "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"}
FIELDS = {
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"},
}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
WORDS = {}  # word forms of values that may stand for the number
for w, n in CN.items():
    WORDS.setdefault(w + "成", set()).add(n / 10)
    WORDS.setdefault(w + "倍", set()).add(n)
    WORDS.setdefault("第" + w, set()).add(n)
    WORDS.setdefault(w + "家", set()).add(n)
    WORDS.setdefault(w + "个", set()).add(n)
    WORDS.setdefault(w + "项", set()).add(n)
    for v, m in CN.items():
        if m > 1 and n < m:
            WORDS.setdefault(w + "分之" + v, set()).add(round(n / m, 6) if False else None)
for m_w, m in CN.items():
    for n_w, n in CN.items():
        if m > 1 and n < m:
            WORDS[m_w + "分之" + n_w] = {round(n / m, 6), round(100 * n / m, 4)}
WORDS["首位"] = {1}
WORDS["过半"] = {0.5, 50}
WORDS["百亿"] = {100}
WORDS["千亿"] = {1000}
WORDS["一半"] = {0.5, 50}
WORDS["半数"] = {0.5, 50}
for k in list(WORDS):
    WORDS[k] = {x for x in WORDS[k] if x is not None}

errors = []
# physical units the guidelines allow ("...") but score.py does not convert; compared as raw strings
EXTRA_UNITS = {"吨", "万吨", "万台", "辆", "公斤", "万立方米"}
# region-wide comparison figures (全国, 辽宁省, 沈阳市) may be subjects of their own statistics
REGION = re.compile(r"^(全国|.+(省|自治区|市))$")


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def fmt(v):
    s = ("%f" % v).rstrip("0").rstrip(".")
    return s


def value_visible(v, unit, ev):
    e = norm_name(ev).replace(",", "")
    if fmt(abs(v)) in re.findall(r"\d+(?:\.\d+)?", e):
        return True
    if unit in ("fraction", "%"):
        for a, b in re.findall(r"(\d+)/(\d+)", e):
            if abs(int(a) / int(b) - v) < 1e-5 or abs(100 * int(a) / int(b) - v) < 1e-3:
                return True
    for w, vals in WORDS.items():
        if w in e and any(abs(v - x) < 1e-5 for x in vals):
            return True
    return False


def doubled(line):
    s = re.sub(r"\s+", "", line)
    return len(s) >= 8 and len(s) % 2 == 0 and s[0::2] == s[1::2]


gold = score.load_gold(args.gold)
for f in sorted(os.listdir(args.gold)):
    if not f.endswith(".json"):
        continue
    g = json.load(open(os.path.join(args.gold, f), encoding="utf-8"))
    doc = score.norm_doc(g.get("doc"))
    if doc + ".json" != f:
        err(f, "doc field %r does not match file name" % g.get("doc"))
    tpath = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(tpath):
        err(doc, "missing text")
        continue
    raw = open(tpath, encoding="utf-8").read()
    T = norm_name(raw)
    T_body = norm_name("\n".join(l for l in raw.split("\n") if not doubled(l)))
    T_heads = "|".join(norm_name(l)[0::2] for l in raw.split("\n") if doubled(l))
    if set(g) != TOP:
        err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
    if g.get("doc_year") is not None and not isinstance(g["doc_year"], int):
        err(doc, "doc_year not int")
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in T:
        err(doc, "doc_year_evidence not in text")
    for kind, fields in FIELDS.items():
        for i, e in enumerate(g.get(kind, [])):
            if set(e) != fields:
                err(doc, "%s[%d] fields %s" % (kind, i, sorted(set(e) ^ fields)))
    names = {k: {} for k in score.TYPES}
    for k in score.TYPES:
        for e in g.get(k, []):
            if not e.get("name"):
                err(doc, "%s without name" % k)
                continue
            if re.search(r"\s", e["name"]):
                err(doc, "%s name not normalised: %r" % (k, e["name"]))
            if norm_name(e["name"]) in names[k]:
                err(doc, "duplicate %s %s" % (k, e["name"]))
            names[k][norm_name(e["name"])] = e
            for n in [e["name"]] + list(e.get("aliases") or []):
                if norm_name(n) not in T_body:
                    err(doc, "%s name/alias not in text (outside doubled headline): %s" % (k, n))
            if e.get("aliases") and e["name"] in e["aliases"]:
                err(doc, "%s alias equals name: %s" % (k, e["name"]))
    # alias sharing: a name may only be shared by entities with identical name sets
    owner = {}
    for k in score.TYPES:
        for e in g.get(k, []):
            ns = frozenset(score.names_of(e))
            for n in ns:
                if n in owner and owner[n][1] != ns:
                    err(doc, "name/alias %s shared by %s %s and %s %s" % (n, owner[n][0], sorted(owner[n][1]), k, sorted(ns)))
                owner.setdefault(n, (k, ns))
    zone_names = set(names["zones"])
    ent_names = set(names["enterprises"])
    all_names = set().union(*[set(v) for v in names.values()])
    for z in g.get("zones", []):
        if not z.get("city") or not z.get("province"):
            err(doc, "zone %s lacks city/province" % z["name"])
        elif not z["province"].endswith(("省", "自治区", "市")) or not z["city"].endswith(("市", "州", "盟", "区")):
            err(doc, "zone %s: city/province not in full: %s %s" % (z["name"], z["city"], z["province"]))
    for k in ("enterprises", "projects", "platforms"):
        for e in g.get(k, []):
            if e.get("zone") is not None and norm_name(e["zone"]) not in zone_names:
                err(doc, "%s %s: zone %s unresolved" % (k, e["name"], e["zone"]))
    for p in g.get("projects", []):
        if p.get("enterprise") is not None and norm_name(p["enterprise"]) not in ent_names:
            err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
        if p.get("status") not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p.get("status")))
    for a in g.get("articles", []):
        if a.get("main_zone") is not None and norm_name(a["main_zone"]) not in zone_names:
            err(doc, "article main_zone %s unresolved" % a["main_zone"])
        if norm_name(a.get("first_words") or "") not in T_body or not a.get("first_words"):
            err(doc, "article first_words not in text: %s" % a.get("first_words"))
        if not a.get("title") or (norm_name(a["title"]) not in T and norm_name(a["title"]) not in T_heads):
            err(doc, "article title not in text: %s" % a.get("title"))
    seen = {}
    for i, s in enumerate(g.get("statistics", [])):
        tag = "stat[%d] %s/%s" % (i, s.get("subject"), s.get("indicator"))
        if norm_name(s.get("subject")) not in all_names and not REGION.match(s.get("subject") or ""):
            err(doc, tag + ": subject unresolved")
        if s.get("kind") not in KINDS:
            err(doc, tag + ": kind %s" % s.get("kind"))
        if s.get("approx") not in APPROX:
            err(doc, tag + ": approx %s" % s.get("approx"))
        if not isinstance(s.get("value"), (int, float)) or isinstance(s.get("value"), bool):
            err(doc, tag + ": value not a number")
            continue
        fam, fac = score.unit_of(s.get("unit"))
        if (fam.startswith("raw:") and s.get("unit") not in EXTRA_UNITS) or (fam == "none" and s.get("kind") != "other"):
            err(doc, tag + ": unit %s unknown to score.py" % s.get("unit"))
        if (s.get("kind") == "difference") != bool(s.get("compared_to")):
            err(doc, tag + ": compared_to must be set exactly for difference kinds")
        if s.get("period") is not None and (re.search(r"\s", s["period"]) or not s["period"]):
            err(doc, tag + ": period not normalised")
        if not s.get("indicator") or re.search(r"\s", s["indicator"]):
            err(doc, tag + ": indicator empty or not normalised")
        ev = s.get("evidence") or ""
        if not ev or norm_name(ev) not in T_body:
            err(doc, tag + ": evidence not in text: %s" % ev)
        if not value_visible(s["value"], s.get("unit"), ev):
            err(doc, tag + ": value %s not visible in evidence %s" % (s["value"], ev))
        key = (norm_name(s["subject"]), round(s["value"] * fac, 6), fam, norm_name(s["indicator"]))
        if key in seen:
            err(doc, tag + ": collides with stat[%d] under the de-duplication key" % seen[key])
        seen[key] = i

# ---------------------------------------------------------------- self-scoring
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
    vals = [r["p"], r["r"], r["f1"]]
    vals += [v for v in (r.get("attributes") or {}).values() if v is not None]
    vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
    if any(abs(v - 1.0) > 1e-9 for v in vals):
        errors.append("self-score %s not 1.0: %s" % (k, r))
for d in detail:
    errors.append("self-score detail: %s" % "\t".join(d))

totals = {k: sum(len(g[k]) for g in gold.values()) for k in score.TYPES + ["statistics"]}
print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
print("self-score: " + " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
