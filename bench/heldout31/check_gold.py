#!/usr/bin/env python3
"""Validate the heldout31 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: fields and allowed values; references resolve; every evidence, name, alias,
first_words, period and doc_year_evidence occurs verbatim in the text after score.py's
norm_name(); every value is visible in its evidence; no name/alias shared by two entities;
no two statistics collide under the scorer's de-duplication key; scoring the gold against
itself gives 1.0 everywhere.  Exits 1 when there is an error.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
# regions that may be the subject of a comparison figure or the compared_to of a difference
REGIONS = {"全国", "全省", "全市", "全区", "江苏省", "浙江省", "四川省", "重庆市", "贵州省", "成都市", "嘉兴市",
           "绵阳市", "遵义市", "南京市", "贵阳市", "杭州市", "苏州市", "全省开发区", "全省国家级开发区",
           "全市开发区", "全市平均", "全省平均", "全省高新区", "全省国家级高新区", "全省国家级经开区", "全省省级开发区"}
# units that score.py does not know but that are printed in the texts (matched by exact string)
RAW_OK = {"列", "标箱", "万标箱", "万吨", "吨", "辆", "万辆", "天", "兆瓦时", "PFlops", "分", "个月"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]
FIELDS = {"zones": ["name", "aliases", "city", "province"], "enterprises": ["name", "aliases", "zone"],
          "projects": ["name", "aliases", "zone", "enterprise", "status"], "platforms": ["name", "aliases", "zone"]}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]

CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}


def cn_int(s):
    if s in CN:
        return CN[s]
    if re.fullmatch(r"[零一二两三四五六七八九十百千]+", s) and re.search("[百千]", s):
        total, cur = 0, 0
        for ch in s:
            if ch in "百千十":
                total += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
                cur = 0
            else:
                cur = CN[ch]
        return total + cur
    m = re.fullmatch(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)", s)
    if m:
        return (CN[m.group(1)] if m.group(1) else 1) * 10 + (CN[m.group(2)] if m.group(2) else 0)
    return None


def cn_values(ev):
    """Numbers written in Chinese words: 三成 -> 0.3, 四分之一 -> 0.25, 第一/首位 -> 1, 两倍 -> 2, 十一家 -> 11."""
    vals = set()
    for m in re.finditer(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            vals.add(b / a)
    for m in re.finditer(r"([一二三四五六七八九两]|[一二三四五六七八九]?十[一二三四五六七八九]?)成", ev):
        v = cn_int(m.group(1))
        if v is not None:
            vals.add(v / 10)
    for m in re.finditer(r"[一二三四五六七八九十百千两半]+", ev):
        v = cn_int(m.group(0))
        if v is not None:
            vals.add(v)
    if "一半" in ev:
        vals.add(0.5)
    if "首位" in ev or "第一" in ev or "榜首" in ev or "之首" in ev:
        vals.add(1)
    return vals


def fmt_forms(v):
    forms = {repr(v), str(v)}
    if isinstance(v, float):
        forms.add(("%.6f" % v).rstrip("0").rstrip("."))
        if v == int(v):
            forms.add(str(int(v)))
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.score)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    N = sc.norm_name

    gold = sc.load_gold(a.gold)
    errors = []
    err = lambda doc, msg: errors.append("%s: %s" % (doc, msg))
    totals = {k: 0 for k in sc.TYPES + ["statistics"]}

    for doc, g in gold.items():
        path = os.path.join(a.texts, doc + ".txt")
        if not os.path.exists(path):
            err(doc, "no text file")
            continue
        raw = open(path, encoding="utf-8").read()
        raw_lines = raw.split("\n")   # flattened table rows: unit is in the column header
        text = N(raw)
        for k in TOP:
            if k not in g:
                err(doc, "missing top-level field " + k)
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r" % g.get("doc"))
        if not isinstance(g.get("doc_year"), int):
            err(doc, "doc_year not an int")
        if N(g.get("doc_year_evidence") or "") not in text or str(g.get("doc_year")) not in (g.get("doc_year_evidence") or ""):
            err(doc, "doc_year_evidence not in text or lacks the year")
        zone_names = {z["name"] for z in g.get("zones", [])}
        ent_names = {e["name"] for e in g.get("enterprises", [])}
        all_names = set()
        for k in sc.TYPES:
            all_names |= {e["name"] for e in g.get(k, [])}
        for art in g.get("articles", []):
            if set(art) != {"title", "main_zone", "first_words"}:
                err(doc, "article fields %s" % sorted(art))
            if art.get("main_zone") is not None and art["main_zone"] not in zone_names:
                err(doc, "article main_zone %r unknown" % art["main_zone"])
            if N(art.get("first_words") or "") not in text:
                err(doc, "first_words not in text: %r" % art.get("first_words"))
        # entities
        owner = {}
        for k in sc.TYPES:
            for e in g.get(k, []):
                totals[k] += 1
                if list(e) != FIELDS[k] and set(e) != set(FIELDS[k]):
                    err(doc, "%s fields %s" % (k, sorted(e)))
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s aliases not a list" % (k, e.get("name")))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    if not n or N(n) not in text:
                        err(doc, "%s name/alias not in text: %r" % (k, n))
                    if N(n) in owner and owner[N(n)] != (k, e["name"]):
                        err(doc, "name/alias %r shared by %s and %s" % (n, owner[N(n)], (k, e["name"])))
                    owner[N(n)] = (k, e["name"])
                if re.search(r"\s", e["name"]):
                    err(doc, "name contains whitespace: %r" % e["name"])
                if k == "zones":
                    for f in ("city", "province"):
                        if not e.get(f) or not e[f].endswith(("市", "省", "州")):
                            err(doc, "zone %s bad %s %r" % (e["name"], f, e.get(f)))
                if k in ("enterprises", "projects", "platforms"):
                    if e.get("zone") is not None and e["zone"] not in zone_names:
                        err(doc, "%s %s: zone %r unknown" % (k, e["name"], e["zone"]))
                if k == "projects":
                    if e.get("enterprise") is not None and e["enterprise"] not in ent_names:
                        err(doc, "project %s: enterprise %r unknown" % (e["name"], e["enterprise"]))
                    if e.get("status") not in STATUSES:
                        err(doc, "project %s: status %r" % (e["name"], e.get("status")))
        # zone/enterprise aliases must be used on their own somewhere, not only inside a longer name
        longer = [N(n) for k in sc.TYPES for e in g.get(k, []) for n in [e["name"]] + list(e.get("aliases") or [])]
        for k in ("zones", "enterprises"):
            for e in g.get(k, []):
                for al in e.get("aliases") or []:
                    a_ = N(al)
                    inside = sum(text.count(L) * L.count(a_) for L in set(longer) if L != a_ and a_ in L)
                    if text.count(a_) <= inside:
                        err(doc, "%s alias %r occurs only inside longer names" % (k, al))
        # statistics
        keys = {}
        for i, s in enumerate(g.get("statistics", [])):
            totals["statistics"] += 1
            tag = "stat %d (%s)" % (i, s.get("evidence"))
            if set(s) != set(SFIELDS):
                err(doc, "%s fields %s" % (tag, sorted(s)))
                continue
            if s["subject"] not in all_names and s["subject"] not in REGIONS:
                err(doc, "%s subject %r unknown" % (tag, s["subject"]))
            if s["subject"] in REGIONS and N(s["subject"]) not in text:
                err(doc, "%s region subject not in text" % tag)
            if s["kind"] not in KINDS:
                err(doc, "%s kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s approx %r" % (tag, s["approx"]))
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s value not a number" % tag)
                continue
            fam, fac = sc.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in RAW_OK:
                err(doc, "%s unit %r unknown to score.py" % (tag, s["unit"]))
            if (s["kind"] == "difference") != bool(s["compared_to"]):
                err(doc, "%s compared_to must be set exactly for difference" % tag)
            if s["compared_to"] and N(s["compared_to"]) not in text:
                err(doc, "%s compared_to not in text" % tag)
            if not s["indicator"] or N(s["indicator"]) != s["indicator"]:
                err(doc, "%s empty or unnormalised indicator" % tag)
            if s["period"] is not None and N(s["period"]) not in text:
                err(doc, "%s period %r not in text" % (tag, s["period"]))
            ev = N(s["evidence"] or "")
            if not ev or ev not in text:
                err(doc, "%s evidence not in text" % tag)
            if "。" in ev:
                err(doc, "%s evidence spans two sentences" % tag)
            shown = fmt_forms(s["value"])
            if s["value"] < 0 and re.search("下降|减少|下滑|回落|降幅|减", ev):
                shown |= fmt_forms(-s["value"])   # declines are stored as negative growth
            if not any(f in ev for f in shown) and \
                    not any(abs(v - s["value"]) < 1e-6 for v in cn_values(ev)):
                err(doc, "%s value %r not visible in evidence" % (tag, s["value"]))
            table_row = any(ev in N(l) and re.search(r"\d\s{2,}-?\d", l) for l in raw_lines)
            if s["unit"] not in ("fraction", "位") and N(s["unit"]) not in ev and not table_row:
                err(doc, "%s unit %r not in evidence" % (tag, s["unit"]))
            key = (N(s["subject"]), round(s["value"] * fac, 6), fam, N(s["indicator"]))
            if key in keys:
                err(doc, "%s collides with stat %d under the de-duplication key" % (tag, keys[key]))
            keys[key] = i

    # self-score: the gold rendered as SPARQL result rows must score 1.0
    preds = {k: [] for k in sc.TYPES + ["statistics"]}
    for doc, g in gold.items():
        for z in g["zones"]:
            preds["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g["enterprises"]:
            preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for p in g["projects"]:
            preds["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"],
                                      "enterprise": p["enterprise"], "status": p["status"]})
        for f in g["platforms"]:
            preds["platforms"].append({"doc": doc, "name": f["name"], "zone": f["zone"]})
        for s in g["statistics"]:
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                        "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    res = {k: sc.score_entities(k, gold, preds, a, detail) for k, a in
           [("zones", ["city", "province"]), ("enterprises", ["zone"]),
            ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"])]}
    res["statistics"] = sc.score_statistics(gold, preds, detail)
    for k, r in res.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None] + \
               [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(v != 1.0 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, {x: r[x] for x in r if x not in ("tp", "fp", "fn")}))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(d))

    for e in errors:
        print("ERROR", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
    print("self-score: " + " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
