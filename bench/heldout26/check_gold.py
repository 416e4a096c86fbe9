#!/usr/bin/env python3
"""Validate the held-out gold against its texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; entity references resolve; evidence, names, aliases,
first_words and doc_year_evidence occur verbatim in the text after score.py's
normalisation (norm_name); each value is visible in its evidence; no alias shared by two
entities; no two statistics collide under the scorer's de-duplication key; scoring the
gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
norm_name, unit_of = S.norm_name, S.unit_of

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]
FIELDS = {"zones": ["name", "aliases", "city", "province"], "enterprises": ["name", "aliases", "zone"],
          "projects": ["name", "aliases", "zone", "enterprise", "status"], "platforms": ["name", "aliases", "zone"]}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
def cn_int(s):
    """Parse a simple Chinese numeral (up to 千) to int, or None."""
    if not s:
        return None
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in "十百千":
            mul = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mul; cur = 0
        else:
            return None
    return total + cur

def numbers_in(ev):
    """All numbers a reader sees in the evidence (digits, Chinese numerals, fractions)."""
    out = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        out.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        out.add(round(int(m.group(1)) / int(m.group(2)), 6))
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千]+", ev):
        v = cn_int(m.group())
        if v is not None:
            out.add(float(v))
    for m in re.finditer(r"([一二两三四五六七八九十]+)成", ev):
        out.add(cn_int(m.group(1)) / 10)
    for m in re.finditer(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", ev):
        out.add(round(cn_int(m.group(2)) / cn_int(m.group(1)), 6))
    if re.search(r"第一|首位|居首|榜首", ev):
        out.add(1.0)
    if "一半" in ev or "减半" in ev or "过半" in ev or "半数" in ev:
        out.add(0.5)
    if "翻一番" in ev or "翻番" in ev:
        out.add(2.0)
    return out

errors, warnings = [], []
def err(doc, msg): errors.append("%s: %s" % (doc, msg))
def warn(doc, msg): warnings.append("%s: %s" % (doc, msg))

gold = S.load_gold(args.gold)
totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
for doc, g in gold.items():
    for k in TOP:
        if k not in g:
            err(doc, "missing top-level field " + k)
    path = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file"); continue
    raw = open(path, encoding="utf-8").read()
    T = norm_name(raw)
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 1500 <= han <= 1900:
        warn(doc, "han characters %d outside 1500-1900" % han)
    if not isinstance(g.get("doc_year"), int) or norm_name(g.get("doc_year_evidence") or "") not in T:
        err(doc, "doc_year / doc_year_evidence not found")
    def must_occur(label, s):
        if not s or norm_name(s) not in T:
            err(doc, "%s not in text: %r" % (label, s))
    names = {}
    owner = {}
    for kind, flds in FIELDS.items():
        totals[kind] += len(g.get(kind, []))
        for e in g.get(kind, []):
            if sorted(e) != sorted(flds):
                err(doc, "%s fields %s" % (kind, sorted(e)))
            must_occur(kind + " name", e["name"])
            for a in e.get("aliases") or []:
                must_occur(kind + " alias", a)
                if norm_name(a) == norm_name(e["name"]):
                    err(doc, "alias equals name: " + a)
            for n in S.names_of(e):
                if n in owner and owner[n] != (kind, e["name"]):
                    err(doc, "name/alias %s shared by %s and %s" % (n, owner[n], (kind, e["name"])))
                owner[n] = (kind, e["name"])
            names.setdefault(kind, set()).add(e["name"])
    zones, ents = names.get("zones", set()), names.get("enterprises", set())
    for z in g.get("zones", []):
        if not z.get("city") or not z.get("province"):
            err(doc, "zone without city/province: " + z["name"])
        elif not re.search(r"(市|州|盟|地区)$", z["city"]) or not re.search(r"(省|市|自治区)$", z["province"]):
            err(doc, "city/province not written in full: %s %s %s" % (z["name"], z["city"], z["province"]))
    for kind in ["enterprises", "projects", "platforms"]:
        for e in g.get(kind, []):
            if e.get("zone") is not None and e["zone"] not in zones:
                err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
    for p in g.get("projects", []):
        if p.get("enterprise") is not None and p["enterprise"] not in ents:
            err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
        if p.get("status") not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p.get("status")))
    for a in g.get("articles", []):
        if a.get("main_zone") is not None and a["main_zone"] not in zones:
            err(doc, "article main_zone unresolved: %s" % a["main_zone"])
        must_occur("article first_words", a.get("first_words"))
    canon = set().union(*names.values()) if names else set()
    # region-wide figures (全国, a province or city of the document's zones) may be subjects
    regions = {"全国"} | {z.get("city") for z in g.get("zones", [])} | {z.get("province") for z in g.get("zones", [])}
    canon |= {r for r in regions if r}
    keys = {}
    totals["statistics"] += len(g.get("statistics", []))
    for i, s in enumerate(g.get("statistics", [])):
        tag = "stat %d (%s %s)" % (i, s.get("subject"), s.get("indicator"))
        if sorted(s) != sorted(SFIELDS):
            err(doc, tag + " fields " + str(sorted(s)))
        if s.get("subject") not in canon:
            err(doc, tag + " subject is not a canonical entity name")
        if s.get("kind") not in KINDS:
            err(doc, tag + " kind " + str(s.get("kind")))
        if s.get("approx") not in APPROX:
            err(doc, tag + " approx " + str(s.get("approx")))
        if not s.get("indicator"):
            err(doc, tag + " empty indicator")
        fam, fac = unit_of(s.get("unit"))
        if fam.startswith("raw:"):
            warn(doc, tag + " unit unknown to score.py: " + str(s.get("unit")))
        if (s.get("compared_to") is None) == (s.get("kind") == "difference"):
            err(doc, tag + " compared_to must be set exactly for kind difference")
        if s.get("kind") == "rank" and s.get("unit") != "位":
            err(doc, tag + " rank unit should be 位")
        if s.get("unit") == "个百分点" and s.get("kind") != "difference":
            err(doc, tag + " 个百分点 should be kind difference")
        ev = norm_name(s.get("evidence") or "")
        if not ev or ev not in T:
            err(doc, tag + " evidence not in text: %r" % s.get("evidence"))
        if s.get("period") and norm_name(s["period"]) != s["period"]:
            err(doc, tag + " period has spaces")
        v = S.to_float(s.get("value"))
        if v is None:
            err(doc, tag + " value not numeric")
        else:
            seen = numbers_in(ev)
            if not any(S.same_value(v, x) for x in seen):
                err(doc, tag + " value %s not visible in evidence %r" % (s.get("value"), ev))
            key = (norm_name(s["subject"]), round(v * fac, 6), fam, norm_name(s.get("indicator")))
            if key in keys:
                err(doc, tag + " collides with stat %d under the scorer's key" % keys[key])
            keys[key] = i

# self-score: gold rendered as SPARQL-style rows must score 1.0 everywhere
def as_rows(kind):
    rows = []
    for doc, g in gold.items():
        for e in g.get(kind, []):
            r = dict(e); r["doc"] = doc
            if kind == "statistics":
                r["comparedTo"] = r.pop("compared_to")
                r["value"] = str(r["value"])
            rows.append(r)
    return rows
preds = {k: as_rows(k) for k in S.TYPES + ["statistics"]}
detail = []
res = {"zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
       "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
       "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
       "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
       "statistics": S.score_statistics(gold, preds, detail)}
for k, r in res.items():
    vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None]
    vals += [v for kk, v in r.items() if kk.endswith("_ok") and v is not None]
    if any(abs(x - 1.0) > 1e-9 for x in vals):
        errors.append("self-score %s not 1.0: %s" % (k, r))
for d in detail:
    errors.append("self-score detail: %s" % (d,))

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
