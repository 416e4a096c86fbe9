#!/usr/bin/env python3
"""Validate the held-out gold against its texts with the scorer's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name and alias occurs verbatim in the text after score.py's norm_name(); every value is
visible in its evidence (Arabic, Chinese numerals, fractions, 成); no alias shared by two
entities; no two statistics collide under the scorer's de-duplication key; and scoring
the gold against itself gives 1.0 for every measure.
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
load_gold, norm_name, unit_of = score.load_gold, score.norm_name, score.unit_of

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
       "projects", "platforms", "statistics"}
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"},
    "articles": {"title", "main_zone", "first_words"},
}
# subjects allowed besides entity names: regions stated with their own figure
REGION_RE = re.compile(r"^(全国|全省|全市|全区|全州|全县|.{1,8}(省|市|自治区|州|县|地区|经济圈|通道))$")

CN_DIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 1e4, "亿": 1e8}

def cn_int(s):
    """Chinese numeral (一千二百, 三十五, 二〇二五) -> number; digit strings read digit-wise."""
    if s and all(c in CN_DIG for c in s):
        return float("".join(str(CN_DIG[c]) for c in s))
    total, section, num = 0.0, 0.0, 0.0
    for c in s:
        if c in CN_DIG:
            num = CN_DIG[c]
        elif c in CN_UNIT:
            section += (num or 1) * CN_UNIT[c]; num = 0
        elif c in CN_BIG:
            total += (section + num) * CN_BIG[c]; section = num = 0
        else:
            return None
    return total + section + num

def cn_number(s):
    if "点" in s:
        a, b = s.split("点", 1)
        ia = cn_int(a) if a else 0
        if ia is None or not b or any(c not in CN_DIG for c in b):
            return None
        return float(str(int(ia)) + "." + "".join(str(CN_DIG[c]) for c in b))
    return cn_int(s)

NUMCH = "〇零一二两三四五六七八九十百千万亿点"

def visible_values(ev):
    vals = set()
    for t in re.findall(r"\d+(?:\.\d+)?", ev):
        vals.add(float(t))
    for a, b in re.findall(r"(\d+)/(\d+)", ev):
        vals.add(int(a) / int(b))
    for run in re.findall("[%s]+" % NUMCH, ev):
        # every sub-run, so 百分之十二点五 / 三成 / 四分之一 / 万吨 contexts are covered
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                v = cn_number(run[i:j])
                if v is not None:
                    vals.add(v)
    for a, b in re.findall("([%s]+)分之([%s]+)" % (NUMCH, NUMCH), ev):
        x, y = cn_number(b), cn_number(a)
        if x is not None and y:
            vals.add(x / y)
    if "一半" in ev or "半数" in ev:
        vals.add(0.5)
    if "首位" in ev or "第一" in ev or "首" in ev:
        vals.add(1.0)
    for a in re.findall("([一二三四五六七八九])成", ev):
        vals.add(CN_DIG[a] / 10); vals.add(CN_DIG[a] * 10.0)
    return vals

def main():
    gold = load_gold(args.gold)
    errors, warnings = [], []
    def err(doc, msg): errors.append("%s: %s" % (doc, msg))
    totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
    for doc, g in sorted(gold.items()):
        tpath = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file"); continue
        text = open(tpath, encoding="utf-8").read()
        nt = norm_name(text)
        if set(g) != TOP:
            err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
        if not isinstance(g.get("doc_year"), (int, type(None))):
            err(doc, "doc_year not int")
        if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in nt:
            err(doc, "doc_year_evidence not in text")
        for a in g.get("articles", []):
            if set(a) != FIELDS["articles"]:
                err(doc, "article fields %s" % a)
            if norm_name(a["first_words"]) not in nt:
                err(doc, "article first_words not in text: %s" % a["first_words"])
        names = {}
        owner = {}
        for kind in score.TYPES:
            totals[kind] += len(g.get(kind, []))
            seen = set()
            for e in g.get(kind, []):
                if set(e) != FIELDS[kind]:
                    err(doc, "%s fields %s" % (kind, sorted(e)))
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s aliases not a list: %s" % (kind, e.get("name")))
                if norm_name(e["name"]) in seen:
                    err(doc, "%s duplicate name %s" % (kind, e["name"]))
                seen.add(norm_name(e["name"]))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    k = norm_name(n)
                    if k not in nt:
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                    if k in owner and owner[k] != (kind, e["name"]):
                        err(doc, "name/alias %s shared by %s and %s" % (n, owner[k], (kind, e["name"])))
                    owner[k] = (kind, e["name"])
                names.setdefault(kind, set()).add(norm_name(e["name"]))
        zones = names.get("zones", set())
        ents = names.get("enterprises", set())
        allnames = set().union(*names.values()) if names else set()
        for z in g.get("zones", []):
            if not z.get("city") or not z.get("province"):
                err(doc, "zone without city/province: %s" % z["name"])
            elif not re.search(r"(市|州|地区|盟)$", z["city"]) or not re.search(r"(省|市|自治区)$", z["province"]):
                err(doc, "zone city/province not in full: %s" % z["name"])
        for e in g.get("enterprises", []) + g.get("platforms", []):
            if e["zone"] is not None and norm_name(e["zone"]) not in zones:
                err(doc, "zone ref unresolved: %s -> %s" % (e["name"], e["zone"]))
        for p in g.get("projects", []):
            if p["zone"] is not None and norm_name(p["zone"]) not in zones:
                err(doc, "project zone unresolved: %s -> %s" % (p["name"], p["zone"]))
            if p["enterprise"] is not None and norm_name(p["enterprise"]) not in ents:
                err(doc, "project enterprise unresolved: %s -> %s" % (p["name"], p["enterprise"]))
            if p["status"] not in STATUS:
                err(doc, "project status %s" % p["status"])
        for a in g.get("articles", []):
            if a["main_zone"] is not None and norm_name(a["main_zone"]) not in zones:
                err(doc, "article main_zone unresolved: %s" % a["main_zone"])
        keys = {}
        for s in g.get("statistics", []):
            totals["statistics"] += 1
            lab = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            if set(s) != FIELDS["statistics"]:
                err(doc, "stat fields %s" % lab)
                continue
            if norm_name(s["subject"]) not in allnames and not REGION_RE.match(s["subject"]):
                err(doc, "stat subject unresolved: %s" % lab)
            if s["kind"] not in KINDS:
                err(doc, "stat kind %s: %s" % (s["kind"], lab))
            if s["approx"] not in APPROX:
                err(doc, "stat approx %s: %s" % (s["approx"], lab))
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "stat value not a number: %s" % lab)
                continue
            fam, fac = unit_of(s["unit"])
            if s["unit"] is not None and fam.startswith("raw:") and s["unit"] not in ("万吨", "吨", "GW", "MW", "万千瓦", "亿千瓦时", "万千瓦时", "架", "万锭", "万立方米", "P", "万列", "万批次", "亿平方米", "万颗", "个月", "对", "万台", "台次", "万吨级", "班", "万辆次", "平方公里", "千米",
                    "列", "标箱", "万标箱", "万架", "EFLOPS", "PFLOPS", "公里", "万辆", "辆", "吨/年", "万吨/年",
                    "GWh", "万吨标准煤", "亿立方米", "万立方米", "千瓦时", "公顷", "毫秒", "小时", "天", "个工作日", "万头", "万只", "万片", "片", "TB", "PB", "座", "列次", "万标准箱", "标准箱", "万吨标煤", "吨标煤", "GWh", "MWh", "万千瓦时"):
                err(doc, "unknown unit %s: %s" % (s["unit"], lab))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "compared_to must be set exactly for difference: %s" % lab)
            if s["period"] is not None and norm_name(s["period"]) != s["period"]:
                err(doc, "period has spaces: %s" % lab)
            ev = norm_name(s["evidence"] or "")
            if not ev or ev not in nt:
                err(doc, "evidence not in text: %s | %s" % (lab, s["evidence"]))
            vis = visible_values(ev)
            if not any(abs(v - s["value"]) <= 1e-6 * max(1, abs(v)) for v in vis):
                err(doc, "value not visible in evidence: %s | %s" % (lab, s["evidence"]))
            if s["unit"] not in ("fraction", None) and not (s["kind"] == "rank" and re.search("第|首", ev)) and s["unit"] not in ev and not (s["unit"] == "%" and "百分之" in ev):
                err(doc, "unit not in evidence: %s | %s" % (lab, s["evidence"]))
            key = (norm_name(s["subject"]), round(s["value"] * fac, 6), fam, norm_name(s["indicator"]))
            if key in keys:
                err(doc, "dedup-key collision: %s / %s" % (keys[key], lab))
            keys[key] = lab
    # self-score with the scorer's own functions
    preds = {k: [] for k in score.TYPES + ["statistics"]}
    for doc, g in gold.items():
        for e in g.get("zones", []):
            preds["zones"].append({"doc": doc, "name": e["name"], "city": e["city"], "province": e["province"]})
        for e in g.get("enterprises", []):
            preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for e in g.get("projects", []):
            preds["projects"].append({"doc": doc, "name": e["name"], "zone": e["zone"],
                                      "enterprise": e["enterprise"], "status": e["status"]})
        for e in g.get("platforms", []):
            preds["platforms"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for s in g.get("statistics", []):
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                "value": str(s["value"]), "unit": s["unit"], "period": s["period"], "kind": s["kind"],
                "approx": s["approx"], "comparedTo": s["compared_to"], "evidence": s["evidence"]})
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
        if any(v != 1.0 for v in vals):
            err("self-score", "%s not 1.0: %s" % (k, r))
    for d in detail:
        err("self-score", "\t".join(d))
    for e in errors:
        print("ERROR", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
    print("self-score: " + " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in res.items()))
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)

main()
