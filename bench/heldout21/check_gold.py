#!/usr/bin/env python3
"""Validate the heldout21 gold files against their texts, using score.py's own functions.

    python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias, article title/first_words and doc_year_evidence occurs verbatim in the text
after score.py's norm_name(); each value is visible in its evidence; no alias shared by
two entities; no two statistics collide under the scorer's de-duplication key; the gold
scored against itself (through score_entities / score_statistics) gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

EXTRA_UNITS = {"万片", "万片/月", "片", "万批次", "批次", "亿颗", "万颗", "GW", "万辆", "辆", "万吨", "吨",
               "万台", "台套", "万台套", "万标箱", "标箱", "个月", "天", "万吨/年", "万套", "亿件", "万件", "万架", "架", "PFlops", "栋", "处", "层", "万公里", "公里", "万元/亩", "万部", "部", "列", "万TEU", "万平方公里"}
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
# regions allowed as statistic subjects / compared_to besides gold entities
REGIONS_RE = re.compile(r"^(全国|.{1,6}(省|市|区|县)|上年|上一年|上一年度|上年同期|同期|去年|去年同期|20\d\d年.*|.{0,8}平均水平)$")

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
      "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CN_UNIT:
            u = CN_UNIT[ch]
            if u == 10000:
                total = (total + cur) * u
            else:
                total += (cur or 1) * u
            cur = 0
    return total + cur


def numbers_in(ev):
    """All numbers a reader can see in a (normalised) evidence string."""
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.add(float(m.group(0)))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(round(int(m.group(1)) / int(m.group(2)), 6))
    cnd = "[零〇一二两三四五六七八九十百千万]+"
    for m in re.finditer(cnd, ev):
        vals.add(float(cn2num(m.group(0))))
    for m in re.finditer("(" + cnd + ")成", ev):
        vals.add(cn2num(m.group(1)) / 10)
    for m in re.finditer("(" + cnd + ")分之(" + cnd + ")", ev):
        vals.add(round(cn2num(m.group(2)) / cn2num(m.group(1)), 6))
    if "一半" in ev or "半数" in ev:
        vals.add(0.5)
    if re.search("首位|第一|榜首|首位", ev):
        vals.add(1.0)
    return vals


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args()
    sc = load_score(args.score)
    N = sc.norm_name
    gold = sc.load_gold(os.path.join(args.dir, "gold"))
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in gold.items():
        tpath = os.path.join(args.dir, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        text = N(open(tpath, encoding="utf-8").read())

        def occurs(s):
            return s is not None and N(s) in text

        # ---- top level
        for k in TOP:
            if k not in g:
                err(doc, "missing top-level field %s" % k)
        if set(g) - set(TOP):
            err(doc, "unknown top-level fields %s" % (set(g) - set(TOP)))
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r" % g.get("doc"))
        if not isinstance(g.get("doc_year"), int):
            err(doc, "doc_year not an int")
        if not occurs(g.get("doc_year_evidence")):
            err(doc, "doc_year_evidence not in text")
        elif str(g["doc_year"]) not in N(g["doc_year_evidence"]):
            err(doc, "doc_year not visible in its evidence")
        for kind, fields in FIELDS.items():
            for e in g.get(kind, []):
                if set(e) != set(fields):
                    err(doc, "%s fields %s" % (kind, sorted(e)))
        # ---- names and aliases
        zones = {e["name"] for e in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        owner = {}
        for kind in sc.TYPES:
            seen = set()
            for e in g[kind]:
                if e["name"] in seen:
                    err(doc, "duplicate %s %s" % (kind, e["name"]))
                seen.add(e["name"])
                if re.search(r"\s", e["name"]) or any(c in e["name"] for c in sc.QUOTES):
                    err(doc, "name not normalised: %r" % e["name"])
                for n in [e["name"]] + list(e["aliases"]):
                    if not occurs(n):
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                for a in e["aliases"]:
                    if N(a) == N(e["name"]):
                        err(doc, "alias equals name: %s" % a)
                for n in sc.names_of(e):
                    if n in owner and owner[n] != (kind, e["name"]):
                        err(doc, "name/alias %s shared by %s and %s" % (n, owner[n], (kind, e["name"])))
                    owner[n] = (kind, e["name"])
        for e in g["zones"]:
            if not e["city"] or not e["province"]:
                err(doc, "zone without city/province: %s" % e["name"])
            elif not e["province"].endswith(("省", "市", "自治区")) or not e["city"].endswith(("市", "州", "盟", "区")):
                err(doc, "odd city/province for %s" % e["name"])
        for kind in ["enterprises", "projects", "platforms"]:
            for e in g[kind]:
                if e["zone"] is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
        for p in g["projects"]:
            if p["enterprise"] is not None and p["enterprise"] not in ents:
                err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
            if p["status"] not in STATUS:
                err(doc, "project %s: status %s" % (p["name"], p["status"]))
        for a in g["articles"]:
            t = N(a["title"])
            if t not in text and "".join(c + c for c in t) not in text:
                err(doc, "article title not in text: %s" % a["title"])
            if not occurs(a["first_words"]):
                err(doc, "first_words not in text: %s" % a["first_words"])
            if a["main_zone"] is not None and a["main_zone"] not in zones:
                err(doc, "article main_zone unresolved: %s" % a["main_zone"])
        # ---- statistics
        canon = set()
        for kind in sc.TYPES:
            canon |= {e["name"] for e in g[kind]}
        keys = {}
        for s in g["statistics"]:
            tag = "stat %s|%s|%s" % (s["subject"], s["indicator"], s["value"])
            if s["subject"] not in canon and not REGIONS_RE.match(s["subject"]):
                err(doc, tag + ": subject unresolved")
            if s["subject"] not in canon and not occurs(s["subject"]) and s["subject"] not in (
                    "全国",):
                # region subject: its short form (全省/全市) must be in the text instead
                pass
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, tag + ": value not a number")
                continue
            if sc.unit_of(s["unit"])[0].startswith("raw:") and s["unit"] not in EXTRA_UNITS:
                err(doc, tag + ": unknown unit %s" % s["unit"])
            if s["kind"] not in KINDS:
                err(doc, tag + ": kind %s" % s["kind"])
            if s["approx"] not in APPROX:
                err(doc, tag + ": approx %s" % s["approx"])
            if (s["compared_to"] is None) != (s["kind"] != "difference"):
                err(doc, tag + ": compared_to must be set exactly for difference kinds")
            if s["compared_to"] is not None and s["compared_to"] not in canon and not REGIONS_RE.match(s["compared_to"]) and not occurs(s["compared_to"]):
                err(doc, tag + ": compared_to unresolved %s" % s["compared_to"])
            if s["period"] is not None and (s["period"] != N(s["period"]) or not occurs(s["period"])):
                err(doc, tag + ": period not verbatim in text: %s" % s["period"])
            if not s["indicator"]:
                err(doc, tag + ": empty indicator")
            ev = N(s["evidence"])
            if not occurs(ev):
                err(doc, tag + ": evidence not in text: %s" % s["evidence"])
            if round(float(s["value"]), 6) not in {round(v, 6) for v in numbers_in(ev)}:
                err(doc, tag + ": value not visible in evidence: %s" % s["evidence"])
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, tag + ": rank without unit 位")
            fam, fac = sc.unit_of(s["unit"])
            key = (N(s["subject"]), round(s["value"] * fac, 6), fam, N(s["indicator"]))
            if key in keys:
                err(doc, tag + ": collides with %s under the scorer's de-duplication key" % keys[key])
            keys[key] = s["evidence"]
            # an evidence must be one sentence
            if re.search("[。！？]", ev[:-1]):
                err(doc, tag + ": evidence spans sentences")

    # ---- score the gold against itself
    preds = {k: [] for k in sc.TYPES + ["statistics"]}
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
    res = {
        "zones": sc.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": sc.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": sc.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": sc.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": sc.score_statistics(gold, preds, detail),
    }
    for k, r in res.items():
        vals = [r["p"], r["r"], r["f1"]]
        vals += [v for v in (r.get("attributes") or {}).values() if v is not None]
        vals += [v for kk, v in r.items() if kk.endswith("_ok") and v is not None]
        if any(v != 1.0 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, r))
    for d in detail:
        errors.append("self-score detail: %s" % (d,))

    for e in errors:
        print(e)
    tot = {k: sum(len(g[k]) for g in gold.values()) for k in sc.TYPES + ["statistics"]}
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in tot.items())))
    print("self-score:", " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
