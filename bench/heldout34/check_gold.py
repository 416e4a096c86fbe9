#!/usr/bin/env python3
"""Validate the heldout34 gold files against their texts and against score.py itself.

Usage: python3 check_gold.py [--score /work/shared/eval/score.py] [--verbose]
Imports score.py's own load_gold, norm_name, unit_of, alias_index, score_entities and
score_statistics, so the checks use exactly the scorer's normalisation and matching.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

TOP_KEYS = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
            "projects", "platforms", "statistics"]
STAT_KEYS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
# units printed in the texts that score.py has no family for (compared as raw strings)
RAW_UNITS_OK = {"万辆", "辆", "万套", "万片", "万票", "小时", "万批次", "吨", "万吨", "个工作日",
                "天", "万千瓦", "GWh", "万台", "千瓦时", "万千瓦时", "标箱", "万标箱", "万单", "万台次", "台次", "亿只", "万只", "颗"}
PROVINCES = {"安徽省", "河南省", "湖北省", "吉林省", "黑龙江省", "云南省", "四川省"}

CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
      "九": 9, "十": 10, "半": 0.5}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cn_num(s):
    if not s:
        return None
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + CN[s[1]]
    if len(s) == 2 and s[1] == "十":
        return CN[s[0]] * 10
    if len(s) == 3 and s[1] == "十":
        return CN[s[0]] * 10 + CN[s[2]]
    if len(s) == 1:
        return CN[s]
    return None


def numbers_in(ev):
    """Every number a reader can see in an evidence string."""
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        out.append(float(m.group()))
    for m in re.finditer(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", ev):
        out.append(float(m.group(1)) / float(m.group(2)))
    cnc = "零一二两三四五六七八九十"
    for m in re.finditer(r"([%s]{1,3})分之([%s]{1,3})" % (cnc, cnc), ev):
        a, b = cn_num(m.group(1)), cn_num(m.group(2))
        if a and b is not None:
            out.append(b / a)
    for m in re.finditer(r"([一二两三四五六七八九])成", ev):
        out.append(CN[m.group(1)] / 10)
    for m in re.finditer(r"[%s]{1,3}" % cnc, ev):
        v = cn_num(m.group())
        if v is not None:
            out.append(v)
    if re.search(r"一半|半数|过半", ev):
        out.append(0.5)
    if re.search(r"首位|之首|第一|居首|首位|榜首|首|冠", ev):
        out.append(1)
    return out


def visible(value, ev):
    for n in numbers_in(ev):
        if abs(n - value) <= 1e-5 * max(abs(n), abs(value)) + 1e-9:
            return True
    return False


def gold_as_results(gold):
    """The gold itself as SPARQL-JSON rows, as score.load_results would return them."""
    preds = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
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
    return preds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    sc = load_score(args.score)
    norm = sc.norm_name
    gold = sc.load_gold(args.gold)
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
    for doc, g in gold.items():
        tpath = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        raw = open(tpath, encoding="utf-8").read()
        text = norm(raw)
        han = len(re.findall(r"[\u4e00-\u9fff]", raw))
        if list(g.keys()) != TOP_KEYS:
            err(doc, "top-level keys %s" % list(g.keys()))
        if g["doc"] != doc + ".txt":
            err(doc, "doc field %s" % g["doc"])
        if not isinstance(g["doc_year"], int) or norm(g["doc_year_evidence"]) not in text \
                or str(g["doc_year"]) not in g["doc_year_evidence"]:
            err(doc, "doc_year / evidence")
        for a in g["articles"]:
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article keys %s" % a)
            if norm(a["first_words"]) not in text:
                err(doc, "article first_words not in text: %s" % a["first_words"])
        zone_names = {z["name"] for z in g["zones"]}
        allowed_subj = {"全国"} | PROVINCES | {z["city"] for z in g["zones"]}
        owner = {}
        for kind, keys in [("zones", ["name", "aliases", "city", "province"]),
                           ("enterprises", ["name", "aliases", "zone"]),
                           ("projects", ["name", "aliases", "zone", "enterprise", "status"]),
                           ("platforms", ["name", "aliases", "zone"])]:
            totals[kind] += len(g[kind])
            for e in g[kind]:
                if list(e.keys()) != keys:
                    err(doc, "%s keys %s" % (kind, list(e.keys())))
                if e["name"] != norm(e["name"]):
                    err(doc, "%s name not normalised: %r" % (kind, e["name"]))
                for n in [e["name"]] + list(e["aliases"]):
                    if not n or norm(n) not in text:
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                    if norm(n) in owner:
                        err(doc, "name/alias %s shared by %s and %s" % (n, owner[norm(n)], e["name"]))
                    owner[norm(n)] = e["name"]
                if kind == "zones":
                    if e["province"] not in PROVINCES:
                        err(doc, "zone province %s" % e["province"])
                    if not re.search(r"(市|州)$", e["city"]):
                        err(doc, "zone city %s" % e["city"])
                elif e["zone"] is not None and e["zone"] not in zone_names:
                    err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e["status"] not in STATUS:
                        err(doc, "project status %s" % e["status"])
                    if e["enterprise"] is not None and e["enterprise"] not in {x["name"] for x in g["enterprises"]}:
                        err(doc, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
        for a in g["articles"]:
            if a["main_zone"] is not None and a["main_zone"] not in zone_names:
                err(doc, "article main_zone %s unresolved" % a["main_zone"])
        ent_names = {e["name"] for k in ["zones", "enterprises", "projects", "platforms"] for e in g[k]}
        keys = {}
        totals["statistics"] += len(g["statistics"])
        for s in g["statistics"]:
            tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
            if list(s.keys()) != STAT_KEYS:
                err(doc, "stat keys %s" % list(s.keys()))
            if s["subject"] not in ent_names and s["subject"] not in allowed_subj:
                err(doc, "stat subject unresolved: %s" % tag)
            if not s["indicator"]:
                err(doc, "empty indicator: %s" % tag)
            if not isinstance(s["value"], (int, float)):
                err(doc, "value not a number: %s" % tag)
                continue
            fam, _ = sc.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in RAW_UNITS_OK:
                err(doc, "unknown unit %s: %s" % (s["unit"], tag))
            if s["kind"] not in KINDS:
                err(doc, "kind %s: %s" % (s["kind"], tag))
            if s["approx"] not in APPROX:
                err(doc, "approx %s: %s" % (s["approx"], tag))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "compared_to only and always for difference: %s" % tag)
            if s["kind"] == "share" and s["unit"] not in ("%", "fraction"):
                err(doc, "share unit %s: %s" % (s["unit"], tag))
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "rank unit %s: %s" % (s["unit"], tag))
            if s["unit"] == "个百分点" and s["kind"] not in ("difference", "target"):
                err(doc, "个百分点 outside difference: %s" % tag)
            ev = norm(s["evidence"] or "")
            if not ev or ev not in text:
                err(doc, "evidence not in text: %s | %s" % (tag, s["evidence"]))
            if re.search(r"\s", s["evidence"] or ""):
                err(doc, "evidence holds whitespace: %s" % tag)
            if not visible(float(s["value"]), ev):
                err(doc, "value not visible in evidence: %s | %s" % (tag, ev))
            if s["period"] is not None and norm(s["period"]) not in text:
                err(doc, "period not in text: %s | %s" % (tag, s["period"]))
            if s["compared_to"] is not None and s["compared_to"] not in allowed_subj | ent_names \
                    and norm(s["compared_to"]) not in text:
                err(doc, "compared_to unresolved: %s | %s" % (tag, s["compared_to"]))
            v = float(s["value"])
            _, fac = sc.unit_of(s["unit"])
            key = (norm(s["subject"]), round(v * fac, 6), fam, norm(s["indicator"]))
            if key in keys:
                err(doc, "dedup key collision: %s" % (key,))
            keys[key] = tag
        if args.verbose:
            print("%-28s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (
                doc, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                len(g["platforms"]), len(g["statistics"])))

    # the gold scored against itself must give 1.0 everywhere
    preds = gold_as_results(gold)
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
        vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(v != 1.0 for v in vals):
            err("self-score", "%s not 1.0: %s" % (k, json.dumps(r, ensure_ascii=False)))
    for d in detail:
        err("self-score", "\t".join(d))
    print("self-score:", "  ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    print("totals:", totals, "docs:", len(gold))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
