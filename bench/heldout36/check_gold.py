#!/usr/bin/env python3
"""Validate the heldout36 gold files against their texts, using the scorer's own code.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--quiet]

Checks: fields and allowed values; entity references; every name, alias, evidence,
first_words and doc_year_evidence occurs verbatim in the text after score.py's
norm_name(); each value is visible in its evidence; no name/alias shared by two
entities of one type (and across types only for the guideline case "company listed as
project" with the identical name); no two statistics share the scorer's de-duplication
key; scoring the gold against itself gives 1.0 on every measure.
Exit status 1 when there is any error.
"""
import argparse, importlib.util, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--quiet", action="store_true")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold, unit_of = score.norm_name, score.load_gold, score.unit_of

TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"}
FIELDS = {
    "articles": {"title", "main_zone", "first_words"},
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
}
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
PROVINCES = {"浙江省", "福建省", "广东省", "广西壮族自治区", "海南省", "江西省"}

errors, warnings = [], []
def err(doc, msg): errors.append("%s: %s" % (doc, msg))
def warn(doc, msg): warnings.append("%s: %s" % (doc, msg))

CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
def cn_int(s):
    """Chinese numerals up to the thousands: 十二 -> 12, 三百 -> 300."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in "十百千":
            m = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * m
            cur = 0
        else:
            return None
    return total + cur

def word_values(ev):
    """Values written in words in an evidence quote."""
    vals = set()
    for m in re.finditer(r"([一二两三四五六七八九十]+)成", ev):
        vals.add(cn_int(m.group(1)) / 10)
    for m in re.finditer(r"([一二两三四五六七八九十]+)分之([一二三四五六七八九十]+)", ev):
        vals.add(cn_int(m.group(2)) / cn_int(m.group(1)))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(int(m.group(1)) / int(m.group(2)))
    if re.search(r"一半|半数", ev):
        vals.add(0.5)
    if re.search(r"第一|首位|榜首|居首", ev):
        vals.add(1)
    if re.search(r"翻一番", ev):
        vals.add(2)
    for m in re.finditer(r"第?([一二两三四五六七八九十百千]+)(倍|位|名|家|个|项|座|条|批|成)?", ev):
        v = cn_int(m.group(1))
        if v:
            vals.add(v)
    return vals

def value_visible(v, ev):
    e = norm_name(ev).replace(",", "")
    f = float(v)
    forms = {repr(f), "%g" % f, str(v)}
    if f == int(f):
        forms.add(str(int(f)))
    if any(x in e for x in forms if x):
        # the digits must not be part of a longer number
        for x in forms:
            for m in re.finditer(re.escape(x), e):
                a, b = m.start(), m.end()
                if (a == 0 or not (e[a - 1].isdigit() or e[a - 1] == ".")) and (b == len(e) or not (e[b].isdigit() or (e[b] == "." and b + 1 < len(e) and e[b + 1].isdigit()))):
                    return True
    return any(abs(w - f) < 1e-4 for w in word_values(e))

gold = load_gold(os.path.join(ROOT, "gold"))
totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
preds = {k: [] for k in score.TYPES + ["statistics"]}
for doc, g in sorted(gold.items()):
    tpath = os.path.join(ROOT, "texts", doc + ".txt")
    if not os.path.exists(tpath):
        err(doc, "no text file")
        continue
    raw = open(tpath, encoding="utf-8").read()
    text = norm_name(raw)
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 1500 <= han <= 1800:
        warn(doc, "han characters %d outside 1500-1800" % han)
    if set(g) != TOP:
        err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
    if g.get("doc") != doc + ".txt":
        err(doc, "doc field %r" % g.get("doc"))
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not an int")
    if norm_name(g.get("doc_year_evidence") or "") not in text or str(g.get("doc_year")) not in (g.get("doc_year_evidence") or ""):
        err(doc, "doc_year_evidence not in text or without the year")
    for kind, fields in FIELDS.items():
        for i, e in enumerate(g.get(kind, [])):
            if set(e) != fields:
                err(doc, "%s[%d] fields %s" % (kind, i, sorted(set(e) ^ fields)))
    zone_names = {z["name"] for z in g["zones"]}
    ent_names = {e["name"] for e in g["enterprises"]}
    canon = set()
    for kind in score.TYPES:
        canon |= {e["name"] for e in g[kind]}
    # --- entities
    for kind in score.TYPES:
        for e in g[kind]:
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s %s aliases not a list" % (kind, e["name"]))
                continue
            for n in [e["name"]] + e["aliases"]:
                if re.sub(r"\s+", "", n) != n:
                    warn(doc, "%s name %r not in normalised form" % (kind, n))
                if norm_name(n) not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
            if len(set(e["aliases"])) != len(e["aliases"]) or e["name"] in e["aliases"]:
                err(doc, "%s %s: duplicate alias" % (kind, e["name"]))
            if kind in ("enterprises", "platforms", "projects") and e.get("zone") is not None and e["zone"] not in zone_names:
                err(doc, "%s %s: zone %s is not a gold zone name" % (kind, e["name"], e["zone"]))
        seen = {}
        for e in g[kind]:
            for n in score.names_of(e):
                if n in seen:
                    err(doc, "%s: name/alias %s shared by %s and %s" % (kind, n, seen[n], e["name"]))
                seen[n] = e["name"]
    for z in g["zones"]:
        if not z.get("city") or not z["city"].endswith(("市", "州", "盟", "地区")):
            err(doc, "zone %s: city %r" % (z["name"], z.get("city")))
        if z.get("province") not in PROVINCES:
            err(doc, "zone %s: province %r" % (z["name"], z.get("province")))
    for p in g["projects"]:
        if p["status"] not in STATUS:
            err(doc, "project %s: status %r" % (p["name"], p["status"]))
        if p["enterprise"] is not None and p["enterprise"] not in ent_names:
            err(doc, "project %s: enterprise %s not a gold enterprise name" % (p["name"], p["enterprise"]))
    # names across types: only identical company/project names are allowed to coincide
    owner = {}
    for kind in score.TYPES:
        for e in g[kind]:
            for n in score.names_of(e):
                if n in owner and owner[n][0] != kind:
                    other = owner[n]
                    ok = {kind, other[0]} == {"enterprises", "projects"} and e["name"] == other[1]
                    if not ok:
                        err(doc, "name %s used by %s %s and %s %s" % (n, other[0], other[1], kind, e["name"]))
                owner.setdefault(n, (kind, e["name"]))
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zone_names:
            err(doc, "article %s: main_zone %s not a zone" % (a["title"], a["main_zone"]))
        if norm_name(a["first_words"]) not in text:
            err(doc, "article first_words not in text: %s" % a["first_words"])
        t = norm_name(a["title"])
        if t not in text and "".join(c + c for c in t) not in text:
            err(doc, "article title not in text (plain or doubled): %s" % a["title"])
    # --- statistics
    keys = {}
    regions = set()
    for s in g["statistics"]:
        tag = "stat %s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if s["subject"] not in canon:
            if re.search(r"(省|市|自治区|县)$", s["subject"]) or s["subject"] == "全国":
                regions.add(s["subject"])
            else:
                err(doc, tag + ": subject is not a canonical entity name nor a region")
        if s["kind"] not in KINDS:
            err(doc, tag + ": kind %r" % s["kind"])
        if s["approx"] not in APPROX:
            err(doc, tag + ": approx %r" % s["approx"])
        if not isinstance(s["value"], (int, float)):
            err(doc, tag + ": value not a number")
        fam = unit_of(s["unit"])[0]
        if fam == "none":
            err(doc, tag + ": no unit")
        elif fam.startswith("raw:"):
            warn(doc, tag + ": unit %r unknown to score.py (matched literally)" % s["unit"])
        if s["kind"] == "difference":
            if not s["compared_to"]:
                err(doc, tag + ": difference without compared_to")
        elif s["compared_to"] is not None:
            err(doc, tag + ": compared_to set on a %s" % s["kind"])
        if s["kind"] == "rank" and s["unit"] != "位":
            warn(doc, tag + ": rank with unit %s" % s["unit"])
        if not s["indicator"] or norm_name(s["indicator"]) != s["indicator"]:
            err(doc, tag + ": indicator empty or not normalised")
        if s["period"] is not None and norm_name(s["period"]) != s["period"]:
            err(doc, tag + ": period has spaces")
        ev = s.get("evidence") or ""
        if re.sub(r"\s+", "", ev) != ev:
            warn(doc, tag + ": evidence not in normalised form")
        if norm_name(ev) not in text:
            err(doc, tag + ": evidence not in text: %s" % ev)
        if not value_visible(s["value"], ev):
            err(doc, tag + ": value not visible in evidence: %s" % ev)
        fam, fac = unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, tag + ": same de-duplication key as %s" % keys[key])
        keys[key] = s["evidence"]
    for k in totals:
        totals[k] += len(g[k])
    # --- predictions = the gold itself, as SPARQL result rows
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
    if not args.quiet:
        print("%-30s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (
            doc, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]), len(g["platforms"]), len(g["statistics"])))

# --- self-score
detail = []
res = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, r in res.items():
    vals = {"p": r["p"], "r": r["r"], "f1": r["f1"]}
    vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
    vals.update({a: r[a] for a in r if a.endswith("_ok")})
    bad = {a: v for a, v in vals.items() if v is not None and v != 1.0}
    if bad:
        err("self-score", "%s %s" % (k, bad))
for d in detail:
    err("self-score", "\t".join(d))

print("totals:", totals)
print("self-score F1:", {k: r["f1"] for k, r in res.items()})
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
