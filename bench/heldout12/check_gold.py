#!/usr/bin/env python3
"""Validate the heldout12 gold files against their texts and the scorer's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--dir .]

Checks: schema fields and allowed values; entity references resolve; every name, alias,
evidence, article title / first words occurs verbatim in the text after score.py's
norm_name(); each value is visible in its evidence; no alias is shared by two entities;
no two statistics collide under the scorer's de-duplication key; scoring the gold
against itself gives 1.0 everywhere. Exit status 1 when any error is found.
"""
import argparse, importlib.util, os, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("-v", action="store_true", help="print per-document counts")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold, unit_of, norm_doc = score.norm_name, score.load_gold, score.unit_of, score.norm_doc

STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"}
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"},
    "articles": {"title", "main_zone", "first_words"},
}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def value_forms(v):
    """Printed forms under which a value may appear in its evidence."""
    forms = set()
    f = float(v)
    if f.is_integer():
        forms.add(str(int(f)))
    forms.add(repr(f).rstrip("0").rstrip(".") if "." in repr(f) else repr(f))
    forms.add(("%.2f" % f).rstrip("0").rstrip("."))
    forms.add(str(v))
    return {x for x in forms if x}


def value_visible(s):
    ev = norm_name(s["evidence"])
    v = float(s["value"])
    if s["unit"] == "fraction":
        for m in re.finditer(r"(\d+)/(\d+)", ev):
            if abs(int(m.group(1)) / int(m.group(2)) - v) < 1e-5:
                return True
        for m in re.finditer(r"([一二三四五六七八九十])分之([一二三四五六七八九十])", ev):
            if abs(CN[m.group(2)] / CN[m.group(1)] - v) < 1e-5:
                return True
        for m in re.finditer(r"([一二三四五六七八九])成", ev):
            if abs(CN[m.group(1)] / 10 - v) < 1e-9:
                return True
        if "一半" in ev and abs(v - 0.5) < 1e-9:
            return True
        return False
    # digits: the value must be a whole number token of the evidence
    for tok in re.findall(r"\d+(?:\.\d+)?", ev):
        if abs(float(tok) - v) < 1e-9:
            return True
    # small numbers written in Chinese (两倍, 三家, 第一)
    if v == 1 and ("首位" in ev or "第一" in ev):
        return True
    if v.is_integer() and 1 <= v <= 10:
        for c, n in CN.items():
            if n == v and c in ev:
                return True
    return False


def check_doc(path, g, text):
    doc = os.path.basename(path)
    T = norm_name(text)
    for k in TOP - set(g):
        err(doc, "missing top-level field %s" % k)
    for k in set(g) - TOP:
        err(doc, "unexpected top-level field %s" % k)
    if norm_doc(g["doc"]) != doc[:-5]:
        err(doc, "doc field %r does not match file name" % g["doc"])
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not an int")
    if norm_name(g.get("doc_year_evidence") or "") not in T or str(g.get("doc_year")) not in g.get("doc_year_evidence", ""):
        err(doc, "doc_year_evidence not in text or lacks the year")
    for kind, fields in FIELDS.items():
        for e in g.get(kind, []):
            if set(e) != fields:
                err(doc, "%s fields %s != %s" % (kind, sorted(e), sorted(fields)))
    zones = {e["name"] for e in g["zones"]}
    ents = {e["name"] for e in g["enterprises"]}
    # names and aliases: verbatim, unique
    owner = {}
    for kind in score.TYPES:
        for e in g[kind]:
            if not e["name"] or e["name"] != e["name"].strip():
                err(doc, "%s bad name %r" % (kind, e["name"]))
            if not isinstance(e["aliases"], list):
                err(doc, "%s %s aliases not a list" % (kind, e["name"]))
            for n in [e["name"]] + e["aliases"]:
                nn = norm_name(n)
                if nn not in T:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if nn in owner and owner[nn] != (kind, e["name"]):
                    err(doc, "name/alias %s shared by %s and %s" % (n, owner[nn], (kind, e["name"])))
                owner[nn] = (kind, e["name"])
    for e in g["zones"]:
        if not (e["city"] and e["province"]):
            err(doc, "zone %s lacks city/province" % e["name"])
        elif not (e["city"].endswith(("市", "州", "盟", "地区")) and e["province"].endswith(("省", "市", "自治区"))):
            err(doc, "zone %s city/province not written in full: %s %s" % (e["name"], e["city"], e["province"]))
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e["zone"] is not None and e["zone"] not in zones:
                err(doc, "%s %s: zone %s is not a gold zone" % (kind, e["name"], e["zone"]))
    for e in g["projects"]:
        if e["enterprise"] is not None and e["enterprise"] not in ents:
            err(doc, "project %s: enterprise %s is not a gold enterprise" % (e["name"], e["enterprise"]))
        if e["status"] is not None and e["status"] not in STATUSES:
            err(doc, "project %s: status %s not allowed" % (e["name"], e["status"]))
    for a in g["articles"]:
        if a["main_zone"] not in zones:
            err(doc, "article main_zone %s not a gold zone" % a["main_zone"])
        t = norm_name(a["title"])
        if t not in T and "".join(c + c for c in t) not in T:
            err(doc, "article title not in text: %s" % a["title"])
        if norm_name(a["first_words"]) not in T:
            err(doc, "article first_words not in text: %s" % a["first_words"])
    # statistics
    names = {norm_name(n) for kind in score.TYPES for e in g[kind] for n in [e["name"]] + e["aliases"]}
    canon = {norm_name(e["name"]) for kind in score.TYPES for e in g[kind]}
    keys = {}
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s | %s | %s)" % (i, s.get("subject"), s.get("indicator"), s.get("value"))
        if norm_name(s["subject"]) not in canon:
            err(doc, tag + ": subject is not the canonical name of a gold entity")
        if not s["indicator"]:
            err(doc, tag + ": empty indicator")
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, tag + ": value not a number")
            continue
        fam, fac = unit_of(s["unit"])
        if fam.startswith("raw:") and s["unit"] not in getattr(sys.modules[__name__], "RAW_OK", ()):
            RAW_SEEN.add(s["unit"])
        if s["kind"] not in KINDS:
            err(doc, tag + ": kind %s not allowed" % s["kind"])
        if s["approx"] is not None and s["approx"] not in APPROX:
            err(doc, tag + ": approx %s not allowed" % s["approx"])
        if s["kind"] == "difference" and not s["compared_to"]:
            err(doc, tag + ": difference without compared_to")
        if s["kind"] != "difference" and s["compared_to"]:
            err(doc, tag + ": compared_to on a %s" % s["kind"])
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, tag + ": rank unit should be 位")
        if s["period"] is not None and (s["period"] != norm_name(s["period"]) or not s["period"]):
            err(doc, tag + ": period has spaces or is empty")
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in T:
            err(doc, tag + ": evidence not in text: %s" % s["evidence"])
        if not value_visible(s):
            err(doc, tag + ": value not visible in evidence: %s" % s["evidence"])
        if len(ev) > 60:
            err(doc, tag + ": evidence longer than 60 chars")
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, tag + ": collides with stat %d under the scorer's de-duplication key" % keys[key])
        keys[key] = i
        if s["compared_to"] and s["compared_to"] not in T and norm_name(s["compared_to"]) not in names:
            # compared_to may be a region or a period; it need not be verbatim, but say so
            NOTE.append("%s: %s compared_to %s not verbatim" % (doc, tag, s["compared_to"]))


def self_score(gold):
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
    res = {"zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
           "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
           "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
           "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
           "statistics": score.score_statistics(gold, preds, detail)}
    for k, r in res.items():
        vals = {"p": r["p"], "r": r["r"], "f1": r["f1"]}
        vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
        vals.update({a: r[a] for a in r if a.endswith("_ok")})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                errors.append("self-score: %s %s = %s" % (k, a, v))
    for d in detail:
        errors.append("self-score detail: " + "\t".join(map(str, d)))
    return res


RAW_SEEN, NOTE = set(), []
gold_dir = os.path.join(args.dir, "gold")
text_dir = os.path.join(args.dir, "texts")
gold = load_gold(gold_dir)
import json
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".json"):
        continue
    with open(os.path.join(gold_dir, f), encoding="utf-8") as h:
        g = json.load(h)
    tp = os.path.join(text_dir, f[:-5] + ".txt")
    if not os.path.exists(tp):
        err(f, "no text file")
        continue
    with open(tp, encoding="utf-8") as h:
        text = h.read()
    check_doc(os.path.join(gold_dir, f), g, text)
    if args.v:
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-28s han=%5d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            f[:-5], han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
            len(g["platforms"]), len(g["statistics"])))
res = self_score(gold)
for n in NOTE:
    print("note:", n)
if RAW_SEEN:
    print("note: units outside score.py's table (compared literally):", " ".join(sorted(RAW_SEEN)))
for e in errors:
    print("ERROR", e)
print("%d documents, %d errors" % (len(gold), len(errors)))
sys.exit(1 if errors else 0)
