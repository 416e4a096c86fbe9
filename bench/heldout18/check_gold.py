#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name and alias occurs verbatim in the text after score.py's norm_name(); every value is
visible in its evidence; no alias is shared by two entities; no two statistics collide
under the scorer's de-duplication key; gold scored against itself gives 1.0 everywhere.
Prints one line per error and a summary; exit status 1 if there are errors.
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
norm_name, unit_of = score.norm_name, score.unit_of

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"]
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
    "articles": ["title", "main_zone", "first_words"],
}
# physical units score.py does not convert; they still score by exact unit string
RAW_OK = {"兆瓦", "千瓦", "万千瓦", "万千瓦时", "亿千瓦时", "吨", "万吨", "吨标准煤", "万吨标准煤",
          "立方米", "万立方米", "标箱", "万标箱", "公里", "吨标准煤/万元", "架次", "万票", "批次", "元/千瓦时", "天", "辆", "万辆", "万批次", "亿颗", "万台", "毫米", "万项", "万组"}
REGION = re.compile(r"^(全国|全省|全市|全区|全县|.{1,8}(省|市|县|自治区))$")

errors = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))

# ---------------------------------------------------------------- value rendering
CN = "零一二三四五六七八九"
def cn_int(n):
    if n < 10:
        return [CN[n]] + (["两"] if n == 2 else [])
    if n < 100:
        t, u = divmod(n, 10)
        s = ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")
        return [s, CN[t] + "十" + (CN[u] if u else "")]
    return []

def renderings(v, unit):
    """Strings that may show the value v in an evidence quote."""
    out = set()
    f = float(v)
    if f == int(f):
        out.add(str(int(f)))
        out.update(cn_int(int(f)) if 0 <= f < 100 else [])
    else:
        out.add(("%.6f" % f).rstrip("0").rstrip("."))
    if unit in ("fraction",):
        for den in range(2, 11):
            num = round(f * den)
            if num and abs(num / den - f) < 1e-5:
                out.add("%d/%d" % (num, den))
                for a in cn_int(den):
                    for b in cn_int(num):
                        out.add(a + "分之" + b)
        if abs(f * 10 - round(f * 10)) < 1e-9:
            for b in cn_int(int(round(f * 10))):
                out.add(b + "成")
        if abs(f - 0.5) < 1e-9:
            out.add("一半")
    if unit == "位" and f == 1:
        out.update(["首位", "第一", "榜首", "之首", "首", "最多", "最高", "最大", "最快"])
    if unit == "倍" and f == 2:
        out.update(["翻一番", "翻了一番"])
    if f == 1000:
        out.add("千")
    return out

# ---------------------------------------------------------------- per-document checks
gold = score.load_gold(args.gold)
texts = {}
for doc, g in gold.items():
    path = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file %s" % path)
        continue
    raw = open(path, encoding="utf-8").read()
    T = norm_name(raw)
    texts[doc] = raw
    for k in TOP:
        if k not in g:
            err(doc, "missing top-level field %s" % k)
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in T:
        err(doc, "doc_year_evidence not in text")
    if g.get("doc_year") and str(g["doc_year"]) not in norm_name(g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not visible in its evidence")
    for kind, fields in FIELDS.items():
        for e in g.get(kind, []):
            if set(e) != set(fields):
                err(doc, "%s %s: fields %s" % (kind, e.get("name") or e.get("evidence"), sorted(e)))
    zones = {e["name"] for e in g["zones"]}
    ents = {e["name"] for e in g["enterprises"]}
    # names and aliases: verbatim in text, not shared
    owner = {}
    for kind in score.TYPES:
        for e in g[kind]:
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s %s: aliases is not a list" % (kind, e["name"]))
            for n in [e["name"]] + list(e.get("aliases") or []):
                nn = norm_name(n)
                if nn != n:
                    err(doc, "%s name/alias %r not in normal form" % (kind, n))
                if nn not in T:
                    err(doc, "%s name/alias %r not in text" % (kind, n))
                if nn in owner and owner[nn] != (kind, e["name"]):
                    err(doc, "alias %r shared by %s and %s" % (n, owner[nn], (kind, e["name"])))
                owner[nn] = (kind, e["name"])
    for e in g["zones"]:
        if not e.get("city") or not e.get("province"):
            err(doc, "zone %s lacks city/province" % e["name"])
        elif not re.search(r"(市|州|盟|地区)$", e["city"]) or not re.search(r"(省|市|自治区)$", e["province"]):
            err(doc, "zone %s: city/province not written in full" % e["name"])
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e.get("zone") is not None and e["zone"] not in zones:
                err(doc, "%s %s: zone %r is not a gold zone name" % (kind, e["name"], e["zone"]))
    for e in g["projects"]:
        if e.get("enterprise") is not None and e["enterprise"] not in ents:
            err(doc, "project %s: enterprise %r is not a gold enterprise name" % (e["name"], e["enterprise"]))
        if e.get("status") not in STATUS:
            err(doc, "project %s: bad status %r" % (e["name"], e["status"]))
    for a in g["articles"]:
        if a.get("main_zone") is not None and a["main_zone"] not in zones:
            err(doc, "article %s: main_zone %r not a zone" % (a["title"], a["main_zone"]))
        if norm_name(a["first_words"]) not in T:
            err(doc, "article first_words %r not in text" % a["first_words"])
    # statistics
    names = {n for n, _ in owner.items()}
    canon = {e["name"] for kind in score.TYPES for e in g[kind]}
    keys = {}
    for s in g["statistics"]:
        tag = "stat %s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if s["subject"] not in canon and not REGION.match(s["subject"] or ""):
            err(doc, tag + ": subject is neither a canonical entity name nor a region")
        if s["subject"] in canon:
            pass
        elif norm_name(s["subject"]) not in T:
            err(doc, tag + ": region subject not in text")
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, tag + ": value not a number")
            continue
        if s["kind"] not in KINDS:
            err(doc, tag + ": bad kind %r" % s["kind"])
        if s["approx"] not in APPROX:
            err(doc, tag + ": bad approx %r" % s["approx"])
        fam, fac = unit_of(s["unit"])
        if fam.startswith("raw:") and s["unit"] not in RAW_OK:
            err(doc, tag + ": unit %r unknown to score.py" % s["unit"])
        if s["kind"] == "difference" and not s["compared_to"]:
            err(doc, tag + ": difference without compared_to")
        if s["kind"] != "difference" and s["compared_to"]:
            err(doc, tag + ": compared_to on a non-difference kind")
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, tag + ": rank with unit %r" % s["unit"])
        if s["unit"] == "个百分点" and s["kind"] != "difference":
            err(doc, tag + ": 个百分点 but kind %s" % s["kind"])
        if not s.get("indicator"):
            err(doc, tag + ": empty indicator")
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in T:
            err(doc, tag + ": evidence not in text: %r" % s["evidence"])
        if not any(r in ev for r in renderings(s["value"], s["unit"])):
            err(doc, tag + ": value not visible in evidence %r" % s["evidence"])
        if s["unit"] not in ("fraction", "位") and s["unit"] not in ev and not (
                s["unit"] == "%" and "％" in s["evidence"]) and not (s["unit"] == "倍" and "翻" in ev):
            err(doc, tag + ": unit %r not in evidence" % s["unit"])
        if s["approx"] == "over" and not re.search(r"超|突破|以上|逾|余|多|高于", ev):
            err(doc, tag + ": approx over without a marker")
        if s["approx"] == "about" and not re.search(r"约|近|左右|上下", ev):
            err(doc, tag + ": approx about without a marker")
        if s["approx"] == "under" and not re.search(r"不到|不足", ev):
            err(doc, tag + ": approx under without a marker")
        marked = False
        for r in renderings(s["value"], s["unit"]):
            for m in re.finditer(re.escape(r), ev):
                if re.search(r"((?<![签节预制公条])约|近|超过|超|突破|逾|不到|不足)$", ev[max(0, m.start() - 3):m.start()]) or \
                        re.match(r"[^\d，。；,;、]{0,3}?(余|多|以上|左右)", ev[m.end():m.end() + 5]):
                    marked = True
        if s["approx"] is None and marked:
            err(doc, tag + ": evidence has an approximation marker but approx is null")
        if s["period"] is not None and norm_name(s["period"]) != s["period"]:
            err(doc, tag + ": period not in normal form")
        v = float(s["value"])
        key = (norm_name(s["subject"]), round(v * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, tag + ": collides with %s under the scorer's de-duplication key" % keys[key])
        keys[key] = tag

# ---------------------------------------------------------------- self-score
def as_results(rows, names):
    return [{k: (None if r.get(k) is None else str(r.get(k))) for k in names} for r in rows]

preds = {k: [] for k in score.TYPES + ["statistics"]}
for doc, g in gold.items():
    for e in g["zones"]:
        preds["zones"].append({"doc": doc, "name": e["name"], "city": e["city"], "province": e["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for e in g["projects"]:
        preds["projects"].append({"doc": doc, "name": e["name"], "zone": e["zone"],
                                  "enterprise": e["enterprise"], "status": e["status"]})
    for e in g["platforms"]:
        preds["platforms"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                    "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"],
                                    "comparedTo": s["compared_to"], "evidence": s["evidence"]})
detail = []
summary = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = {"p": s["p"], "r": s["r"], "f1": s["f1"]}
    vals.update({"attr_" + a: v for a, v in (s.get("attributes") or {}).items()})
    vals.update({a: s[a] for a in s if a.endswith("_ok")})
    for a, v in vals.items():
        if v is not None and v != 1.0:
            err("self-score", "%s %s = %s" % (k, a, v))
for d in detail:
    err("self-score", "\t".join(d))

# ---------------------------------------------------------------- report
han = lambda s: len(re.findall(r"[\u4e00-\u9fff]", s))
print("%-34s %5s %5s %5s %5s %5s %5s %5s" % ("doc", "han", "art", "zone", "ent", "proj", "plat", "stat"))
tot = [0] * 6
for doc, g in gold.items():
    c = [len(g["articles"]), len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
         len(g["platforms"]), len(g["statistics"])]
    tot = [a + b for a, b in zip(tot, c)]
    print("%-34s %5d %5d %5d %5d %5d %5d %5d" % ((doc, han(texts.get(doc, ""))) + tuple(c)))
print("%-34s %5s %5d %5d %5d %5d %5d %5d" % (("total", "") + tuple(tot)))
print("self-score: " + " ".join("%s F1=%.3f" % (k, s["f1"]) for k, s in summary.items()))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
