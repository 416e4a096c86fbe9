#!/usr/bin/env python3
"""Validate the held-out gold set against its texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--stats]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias and first_words occurs verbatim in the text after score.norm_name; every
value is visible in its evidence (arabic, full-width, Chinese numerals, 成, 分之);
no name/alias shared by two entities; no two statistics collide under the scorer's
de-duplication key; scoring the gold against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
# units score.py does not know; it then compares them as raw strings (exact unit needed)
RAW_UNITS_OK = {"万吨标准煤", "吨标准煤", "万千瓦", "千瓦", "万千瓦时", "亿千瓦时", "万吨", "吨",
                "标准箱", "万标箱", "万单", "单", "万辆", "辆", "吨标准煤/万元", "公斤", "万台", "台", "小时", "层", "个月", "架", "天", "万元/亩", "元/平方米"}
REGION_RE = re.compile(r"^(全国|全省|全市|全区|.{2,8}(省|市|县|区|地区|城市群|经济圈|国家高新区|国家级经开区))$")

CN_DIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    """Chinese numeral (no 点) -> int; handles 万/亿 sections."""
    total, section, num = 0, 0, None
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (1 if num is None else num) * CN_UNIT[ch]
            num = None
        elif ch in "万亿":
            section += num or 0
            total += section * (10000 if ch == "万" else 100000000)
            section, num = 0, None
    return total + section + (num or 0)


def cn_number(s):
    if "点" in s:
        a, b = s.split("点", 1)
        frac = "".join(str(CN_DIG[c]) for c in b if c in CN_DIG)
        return float("%d.%s" % (cn_int(a), frac or "0"))
    return float(cn_int(s))


def numbers_in(ev):
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(round(int(m.group(1)) / int(m.group(2)), 6))
    cn = "〇零一二两三四五六七八九十百千万亿点"
    for m in re.finditer("[%s]+" % cn, ev):
        t = m.group()
        for sub in {t, t.rstrip("万亿"), t.rstrip("亿"), t.rstrip("万")}:
            if sub and any(c in CN_DIG or c in CN_UNIT for c in sub):
                try:
                    vals.add(cn_number(sub))
                except (KeyError, ValueError):
                    pass
    for m in re.finditer("([%s]+)分之([%s]+)" % (cn, cn), ev):
        vals.add(round(cn_number(m.group(2)) / cn_number(m.group(1)), 6))
    for m in re.finditer("([一二三四五六七八九])成", ev):
        vals.add(CN_DIG[m.group(1)] / 10)
    if "一半" in ev or "半数" in ev:
        vals.add(0.5)
    if re.search("首位|榜首|第一|居首|之首", ev):
        vals.add(1.0)
    if re.search("翻(一)?番", ev):
        vals.add(2.0)
    return vals


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--stats", action="store_true", help="print per-document counts")
    a = ap.parse_args()
    S = load_score(a.score)
    gold = S.load_gold(a.gold)
    errs = []

    def err(doc, msg):
        errs.append("%s: %s" % (doc, msg))

    counts = []
    for doc, g in gold.items():
        tpath = os.path.join(a.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        raw = open(tpath, encoding="utf-8").read()
        text = S.norm_name(raw)
        han = len(re.findall(r"[\u4e00-\u9fff〇]", raw))
        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
                  "projects", "platforms", "statistics"):
            if k not in g:
                err(doc, "missing top-level field " + k)
        if g.get("doc_year_evidence") and S.norm_name(g["doc_year_evidence"]) not in text:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in S.norm_name(g.get("doc_year_evidence") or "") \
                and "二〇" not in (g.get("doc_year_evidence") or ""):
            err(doc, "doc_year not visible in its evidence")
        zone_names = set()
        for z in g["zones"]:
            zone_names |= S.names_of(z)
        ent_names = set()
        for e in g["enterprises"]:
            ent_names |= S.names_of(e)
        all_names = {}
        for kind in S.TYPES:
            fields = {"zones": ["name", "aliases", "city", "province"],
                      "enterprises": ["name", "aliases", "zone"],
                      "projects": ["name", "aliases", "zone", "enterprise", "status"],
                      "platforms": ["name", "aliases", "zone"]}[kind]
            for e in g[kind]:
                if set(e) != set(fields):
                    err(doc, "%s %s: fields %s" % (kind, e.get("name"), sorted(e)))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    nn = S.norm_name(n)
                    if re.search(r"\s", n):
                        err(doc, "%s name has whitespace: %r" % (kind, n))
                    if nn not in text:
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                    if nn in all_names:
                        err(doc, "name/alias %s shared by %s and %s" % (n, all_names[nn], e["name"]))
                    all_names[nn] = e["name"]
                if kind == "zones":
                    if not (e["city"] or "").endswith(("市", "州", "盟", "地区")):
                        err(doc, "zone %s city %r" % (e["name"], e["city"]))
                    if not (e["province"] or "").endswith(("省", "市", "自治区")):
                        err(doc, "zone %s province %r" % (e["name"], e["province"]))
                if "zone" in e and e["zone"] is not None and S.norm_name(e["zone"]) not in zone_names:
                    err(doc, "%s %s: zone %s does not resolve" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e["enterprise"] is not None and S.norm_name(e["enterprise"]) not in ent_names:
                        err(doc, "project %s: enterprise %s does not resolve" % (e["name"], e["enterprise"]))
                    if e["status"] not in STATUS:
                        err(doc, "project %s: status %r" % (e["name"], e["status"]))
        for ar in g["articles"]:
            if ar.get("main_zone") and S.norm_name(ar["main_zone"]) not in zone_names:
                err(doc, "article main_zone %s does not resolve" % ar["main_zone"])
            if S.norm_name(ar["first_words"]) not in text:
                err(doc, "article first_words not in text: %s" % ar["first_words"])
        keys = {}
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s)" % (i, s.get("evidence"))
            want = {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                    "compared_to", "evidence"}
            if set(s) != want:
                err(doc, tag + ": fields " + str(sorted(s)))
            subj = S.norm_name(s["subject"])
            if subj not in all_names and not REGION_RE.match(subj):
                err(doc, tag + ": subject %s does not resolve" % s["subject"])
            if subj not in all_names and S.norm_name(s["subject"]) not in text:
                err(doc, tag + ": region subject %s not in text" % s["subject"])
            if s["kind"] not in KINDS:
                err(doc, tag + ": kind %r" % s["kind"])
            if s["approx"] not in APPROX:
                err(doc, tag + ": approx %r" % s["approx"])
            if (s["compared_to"] is None) == (s["kind"] == "difference"):
                err(doc, tag + ": compared_to must be set exactly for difference")
            if not isinstance(s["value"], (int, float)):
                err(doc, tag + ": value not a number")
            fam, fac = S.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in RAW_UNITS_OK:
                err(doc, tag + ": unit %r unknown to score.py" % s["unit"])
            ev = S.norm_name(s["evidence"])
            if ev not in text:
                err(doc, tag + ": evidence not in text")
            if not s["indicator"] or not s["indicator"].strip():
                err(doc, tag + ": empty indicator")
            if s["period"] is not None and S.norm_name(s["period"]) != s["period"]:
                err(doc, tag + ": period not normalised")
            vals = numbers_in(ev)
            if not any(S.same_value(float(s["value"]), v) for v in vals):
                err(doc, tag + ": value %s not visible in evidence %s" % (s["value"], sorted(vals)))
            if s["kind"] == "share" and fam != "share":
                err(doc, tag + ": share with unit " + s["unit"])
            k = (subj, round(S.to_float(s["value"]) * fac, 6), fam, S.norm_name(s["indicator"]))
            if k in keys:
                err(doc, tag + ": collides with stat %d under dedup key" % keys[k])
            keys[k] = i
        counts.append((doc, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                       len(g["platforms"]), len(g["statistics"])))
        if not 1500 <= han <= 1800:
            err(doc, "han characters %d outside 1500-1800" % han)

    # self-score
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
    res = {"zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
           "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
           "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
           "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
           "statistics": S.score_statistics(gold, preds, detail)}
    for k, r in res.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None]
        vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(abs(v - 1.0) > 1e-9 for v in vals):
            err("self-score", "%s not 1.0: %s" % (k, r))
    for d in detail:
        err("self-score", "\t".join(map(str, d)))

    if a.stats or True:
        print("%-28s %5s %5s %5s %5s %5s %5s" % ("doc", "han", "zone", "ent", "proj", "plat", "stat"))
        tot = [0] * 6
        for c in counts:
            print("%-28s %5d %5d %5d %5d %5d %5d" % c)
            tot = [x + y for x, y in zip(tot, c[1:])]
        print("%-28s %5d %5d %5d %5d %5d %5d" % tuple(["TOTAL"] + tot))
        print("self-score:", " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    for e in errs:
        print("ERROR", e)
    print("%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
