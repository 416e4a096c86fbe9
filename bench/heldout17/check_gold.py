#!/usr/bin/env python3
"""Validate the gold files of this held-out set against their texts, using score.py's
own functions (load_gold, norm_name, unit_of, score_entities, score_statistics).

  python3 check_gold.py [--score /work/shared/eval/score.py]
Prints every problem and a final 'N errors' line; exit status 1 if any."""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
args = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", args.score)
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
norm_name, unit_of = S.norm_name, S.unit_of

TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"]
FIELDS = {"zones": ["name", "aliases", "city", "province"],
          "enterprises": ["name", "aliases", "zone"],
          "projects": ["name", "aliases", "zone", "enterprise", "status"],
          "platforms": ["name", "aliases", "zone"]}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
RAW_UNITS_OK = {"万辆", "万台", "张", "亿条"}  # units the scorer keeps as raw strings; allowed on purpose
REGIONS_EXTRA = {"全国", "全省", "全市"}

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
def cn_int(s):
    """Chinese numeral string (up to 万) -> int, or None."""
    if not s or any(c not in CN and c not in "十百千万" for c in s):
        return None
    total, sec, num = 0, 0, 0
    for c in s:
        if c in CN:
            num = CN[c]
        elif c == "万":
            total += (sec + num) * 10000; sec = num = 0
        else:
            mul = {"十": 10, "百": 100, "千": 1000}[c]
            sec += (num or 1) * mul; num = 0
    return total + sec + num

def numbers_in(ev):
    ev = ev.replace(",", "")
    nums = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        nums.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        nums.add(int(m.group(1)) / int(m.group(2)))
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万]+", ev):
        v = cn_int(m.group())
        if v is not None:
            nums.add(float(v))
    for m in re.finditer(r"([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)", ev):
        nums.add(cn_int(m.group(2)) / cn_int(m.group(1)))
    for m in re.finditer(r"([一二两三四五六七八九])成", ev):
        nums.add(CN[m.group(1)] / 10); nums.add(CN[m.group(1)] * 10.0)
    if "一半" in ev:
        nums.add(0.5); nums.add(50.0)
    if re.search(r"首位|第一|居首|榜首|翻一番", ev):
        nums.add(1.0); nums.add(2.0)
    return nums

def main():
    gold = S.load_gold(os.path.join(HERE, "gold"))
    errors = []
    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))
    for doc, g in gold.items():
        tpath = os.path.join(HERE, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file"); continue
        text = norm_name(open(tpath, encoding="utf-8").read())
        for k in TOP:
            if k not in g:
                err(doc, "missing top-level field " + k)
        if set(g) - set(TOP):
            err(doc, "unknown top-level fields %s" % (set(g) - set(TOP)))
        if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in text:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in g.get("doc_year_evidence", ""):
            err(doc, "doc_year not visible in its evidence")
        canon = {}
        owner = {}
        for kind, fl in FIELDS.items():
            canon[kind] = set()
            for e in g.get(kind, []):
                if set(e) != set(fl):
                    err(doc, "%s %s: fields %s" % (kind, e.get("name"), sorted(e)))
                canon[kind].add(e["name"])
                for n in [e["name"]] + (e.get("aliases") or []):
                    nn = norm_name(n)
                    if nn not in text:
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                    if nn in owner and owner[nn] != (kind, e["name"]):
                        err(doc, "name/alias %s shared by %s and %s" % (n, owner[nn], (kind, e["name"])))
                    owner[nn] = (kind, e["name"])
                    if n != n.strip() or re.search(r"\s", n):
                        err(doc, "whitespace in name " + n)
        for z in g.get("zones", []):
            if not z.get("city") or not z["city"].endswith(("市", "州", "盟", "地区")):
                err(doc, "zone %s city %s" % (z["name"], z.get("city")))
            if not z.get("province") or not z["province"].endswith(("省", "市", "自治区")):
                err(doc, "zone %s province %s" % (z["name"], z.get("province")))
        zones = canon["zones"]
        for kind in ("enterprises", "projects", "platforms"):
            for e in g.get(kind, []):
                if e.get("zone") is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %s does not resolve" % (kind, e["name"], e["zone"]))
        for p in g.get("projects", []):
            if p.get("enterprise") is not None and p["enterprise"] not in canon["enterprises"]:
                err(doc, "project %s: enterprise %s does not resolve" % (p["name"], p["enterprise"]))
            if p.get("status") is not None and p["status"] not in STATUS:
                err(doc, "project %s: status %s" % (p["name"], p["status"]))
        for a in g.get("articles", []):
            if a.get("main_zone") is not None and a["main_zone"] not in zones:
                err(doc, "article main_zone %s" % a["main_zone"])
            if norm_name(a["first_words"]) not in text:
                err(doc, "article first_words not in text: " + a["first_words"])
        regions = {z["city"] for z in g["zones"]} | {z["province"] for z in g["zones"]} | REGIONS_EXTRA
        allnames = set().union(*canon.values())
        keys = {}
        for s in g.get("statistics", []):
            tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            if set(s) != set(SFIELDS):
                err(doc, "stat %s: fields %s" % (tag, sorted(s)))
            if s["subject"] not in allnames and s["subject"] not in regions:
                err(doc, "stat %s: subject does not resolve" % tag)
            if s["subject"] in regions and norm_name(s["subject"]) not in text:
                err(doc, "stat %s: region subject not in text" % tag)
            if s["kind"] not in KINDS:
                err(doc, "stat %s: kind %s" % (tag, s["kind"]))
            if s["approx"] is not None and s["approx"] not in APPROX:
                err(doc, "stat %s: approx %s" % (tag, s["approx"]))
            if (s["compared_to"] is None) != (s["kind"] != "difference"):
                err(doc, "stat %s: compared_to %s with kind %s" % (tag, s["compared_to"], s["kind"]))
            if not isinstance(s["value"], (int, float)):
                err(doc, "stat %s: value not a number" % tag)
            fam, fac = unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in RAW_UNITS_OK:
                err(doc, "stat %s: unit %s unknown to the scorer" % (tag, s["unit"]))
            if s["unit"] is None and s["kind"] != "other":
                err(doc, "stat %s: null unit outside kind other" % tag)
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "stat %s: rank unit %s" % (tag, s["unit"]))
            ev = norm_name(s["evidence"])
            if ev not in text:
                err(doc, "stat %s: evidence not in text: %s" % (tag, s["evidence"]))
            if s["period"] is not None and re.search(r"\s", s["period"]):
                err(doc, "stat %s: whitespace in period" % tag)
            if not any(abs(n - abs(float(s["value"]))) < 1e-4 * max(1, abs(n)) for n in numbers_in(ev)):
                err(doc, "stat %s: value not visible in evidence %s" % (tag, s["evidence"]))
            if s["unit"] is not None and s["unit"] not in ("fraction", "位") and norm_name(s["unit"]) not in ev and not (
                    s["unit"] == "%" and re.search("成|分之", ev)):
                err(doc, "stat %s: unit %s not in evidence" % (tag, s["unit"]))
            key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
            if key in keys:
                err(doc, "stat %s collides with %s under the scorer's de-duplication key" % (tag, keys[key]))
            keys[key] = tag
    # score the gold against itself
    preds = {k: [] for k in S.TYPES + ["statistics"]}
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
    res = {k: S.score_entities(k, gold, preds, a, detail) for k, a in
           [("zones", ["city", "province"]), ("enterprises", ["zone"]),
            ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"])]}
    res["statistics"] = S.score_statistics(gold, preds, detail)
    for k, r in res.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None] + \
               [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(v != 1.0 for v in vals):
            err("self-score", "%s not 1.0: %s" % (k, r))
        print("self-score %-12s tp=%d P=%.3f R=%.3f F1=%.3f" % (k, r["tp"], r["p"], r["r"], r["f1"]))
    for d in detail:
        err("self-score", "\t".join(d))
    for e in errors:
        print(e)
    print("%d documents, %d errors" % (len(gold), len(errors)))
    sys.exit(1 if errors else 0)

main()
