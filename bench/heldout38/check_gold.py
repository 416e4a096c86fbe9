#!/usr/bin/env python3
"""Validate the heldout38 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--warn]

Checks: schema fields and allowed values; references resolve; every evidence, name,
alias, article first_words occurs verbatim in the text after score.py's norm_name();
every value is visible in its evidence; no alias shared by two entities; no two
statistics collide under the scorer's de-duplication key; scoring the gold against
itself gives 1.0 for every measure. Exit code 1 if any error.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
ap.add_argument("--warn", action="store_true", help="also print heuristic warnings")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, unit_of, load_gold = score.norm_name, score.unit_of, score.load_gold

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
# units outside score.py's table that these texts print (scored as raw strings)
EXTRA_UNITS = {"万吨", "万芯公里", "吨标准煤", "万辆", "万千瓦", "万吨标准煤", "公斤", "万公里", "亿立方米", "万台", "万立方米", "吨", "万头", "万只", "片", "公里", "万公斤", "架", "万片", "P"}
REGIONS = {"全国", "湖北省", "湖南省", "安徽省", "河南省", "山西省", "内蒙古自治区", "黑龙江省",
           "吉林省", "江西省", "中部地区", "中部六省", "武汉市", "长沙市", "合肥市", "郑州市",
           "鄂尔多斯市", "太原市", "佳木斯市", "长春市"}
DOC_KEYS = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
            "projects", "platforms", "statistics"]
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
      "九": 9, "十": 10, "半": 0.5}

errors, warnings = [], []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def cn_int(s):
    """Small Chinese numerals: 三, 十二, 二十三, 两."""
    if not s:
        return None
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN.get(a, 1) if a else 1) * 10 + (CN.get(b, 0) if b else 0)
    return CN.get(s)


def numbers_in(ev):
    """Candidate numeric values visible in a (normalised) evidence quote."""
    c = set()
    t = ev.replace(",", "")
    for m in re.finditer(r"\d+(?:\.\d+)?", t):
        c.add(float(m.group()))
    for m in re.finditer(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", t):
        c.add(float(m.group(1)) / float(m.group(2)))
    for m in re.finditer(r"([一二三四五六七八九十两]+)分之([一二三四五六七八九十两]+)", t):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            c.add(b / a)
    for m in re.finditer(r"([一二三四五六七八九两])成", t):
        c.add(CN[m.group(1)] / 10)
    for m in re.finditer(r"[一二三四五六七八九十两]+", t):
        v = cn_int(m.group())
        if v is not None:
            c.add(float(v))
    if "一半" in t or "半数" in t:
        c.add(0.5)
    if "百亿" in t:
        c.add(100.0)
    if "千亿" in t:
        c.add(1000.0)
    if "首位" in t or "第一" in t or "榜首" in t:
        c.add(1.0)
    return c


def visible(value, unit, ev):
    cands = numbers_in(ev)
    v = float(value)
    for x in cands:
        if score.same_value(x, v):
            return True
        if unit in ("fraction", "%") and (score.same_value(x / 100, v) or score.same_value(x * 100, v)):
            return True
        if unit == "fraction" and abs(x - v) < 5e-6:
            return True
    return False


gold = load_gold(args.gold)
texts = {}
for f in sorted(os.listdir(args.texts)):
    if f.endswith(".txt"):
        texts[score.norm_doc(f)] = open(os.path.join(args.texts, f), encoding="utf-8").read()
for d in texts:
    if d not in gold:
        err(d, "text without gold file")

totals = {k: 0 for k in FIELDS}
for doc, g in gold.items():
    if doc not in texts:
        err(doc, "gold without text file")
        continue
    T = norm_name(texts[doc])
    for k in DOC_KEYS:
        if k not in g:
            err(doc, "missing key " + k)
    if set(g) - set(DOC_KEYS):
        err(doc, "extra keys %s" % (set(g) - set(DOC_KEYS)))
    if not isinstance(g.get("doc_year"), int):
        err(doc, "doc_year not an int")
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in T:
        err(doc, "doc_year_evidence not in text")
    if g.get("doc_year") and str(g["doc_year"]) not in (g.get("doc_year_evidence") or ""):
        err(doc, "doc_year not in its evidence")

    # -------------------------------------------------------------- entities
    names = {}
    all_names = {}
    for kind in ["zones", "enterprises", "projects", "platforms"]:
        names[kind] = set()
        for e in g.get(kind, []):
            totals[kind] += 1
            if list(e) != FIELDS[kind]:
                err(doc, "%s fields %s" % (kind, list(e)))
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s %s aliases not a list" % (kind, e.get("name")))
            if re.search(r"\s", e["name"]):
                err(doc, "%s name keeps whitespace: %r" % (kind, e["name"]))
            for n in [e["name"]] + (e.get("aliases") or []):
                nn = norm_name(n)
                if nn not in T:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if nn in names[kind]:
                    err(doc, "%s name/alias used twice: %s" % (kind, n))
                names[kind].add(nn)
                owner = all_names.get(nn)
                if owner and owner != (kind, e["name"]) and owner[1] != e["name"]:
                    err(doc, "alias %s shared by %s and %s" % (n, owner, (kind, e["name"])))
                all_names.setdefault(nn, (kind, e["name"]))
            if e["name"] in (e.get("aliases") or []):
                err(doc, "%s alias repeats name %s" % (kind, e["name"]))
            for a in e.get("aliases") or []:
                if norm_name(a) in ("高新区", "该高新区", "本区", "经开区", "开发区", "园区", "新区"):
                    err(doc, "generic alias %s" % a)
    zone_names = names["zones"]
    for z in g.get("zones", []):
        if not (z.get("city") and z.get("province")):
            err(doc, "zone %s lacks city/province" % z["name"])
        if z.get("city") and not re.search(r"(市|州|盟|地区)$", z["city"]):
            err(doc, "zone %s city not written in full: %s" % (z["name"], z["city"]))
        if z.get("province") and not re.search(r"(省|自治区|市)$", z["province"]):
            err(doc, "zone %s province not written in full: %s" % (z["name"], z["province"]))
    for kind in ["enterprises", "projects", "platforms"]:
        for e in g.get(kind, []):
            if e.get("zone") is not None and e["zone"] not in {z["name"] for z in g["zones"]}:
                err(doc, "%s %s: zone %s is not a zone's canonical name" % (kind, e["name"], e["zone"]))
    for p in g.get("projects", []):
        if p.get("enterprise") is not None and p["enterprise"] not in {e["name"] for e in g["enterprises"]}:
            err(doc, "project %s: enterprise %s unresolved" % (p["name"], p["enterprise"]))
        if p.get("status") not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p.get("status")))
    for a in g.get("articles", []):
        if list(a) != ["title", "main_zone", "first_words"]:
            err(doc, "article fields %s" % list(a))
        if a.get("main_zone") and a["main_zone"] not in {z["name"] for z in g["zones"]}:
            err(doc, "article main_zone %s unresolved" % a["main_zone"])
        if norm_name(a["first_words"]) not in T:
            err(doc, "article first_words not in text: %s" % a["first_words"])
        t = norm_name(a["title"])
        if t not in T and "".join(ch * 2 for ch in t) not in T:
            err(doc, "article title not in text (plain or doubled): %s" % a["title"])

    # -------------------------------------------------------------- statistics
    canon = {e["name"] for k in ["zones", "enterprises", "projects", "platforms"] for e in g[k]}
    keys = {}
    for s in g.get("statistics", []):
        totals["statistics"] += 1
        tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        if list(s) != FIELDS["statistics"]:
            err(doc, "statistic fields %s" % list(s))
        if s["subject"] not in canon and s["subject"] not in REGIONS:
            err(doc, "subject unresolved: " + tag)
        if s["kind"] not in KINDS:
            err(doc, "kind %s: %s" % (s["kind"], tag))
        if s["approx"] not in APPROX:
            err(doc, "approx %s: %s" % (s["approx"], tag))
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "value not a number: " + tag)
        fam = unit_of(s["unit"])[0]
        if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS:
            err(doc, "unit unknown to score.py: %s (%s)" % (s["unit"], tag))
        if s["kind"] == "difference":
            if not s["compared_to"]:
                err(doc, "difference without compared_to: " + tag)
        elif s["compared_to"] is not None:
            err(doc, "compared_to on non-difference: " + tag)
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, "rank unit not 位: " + tag)
        if s["kind"] == "share" and fam != "share":
            err(doc, "share not in % or fraction: " + tag)
        if s["kind"] == "growth" and s["unit"] not in ("%", "倍"):
            err(doc, "growth unit %s: %s" % (s["unit"], tag))
        if s["unit"] == "个百分点" and s["kind"] not in ("difference", "growth", "target", "other"):
            err(doc, "个百分点 with kind %s: %s" % (s["kind"], tag))
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in T:
            err(doc, "evidence not in text: %s  <%s>" % (tag, s["evidence"]))
        if re.search(r"\s", s["evidence"] or ""):
            err(doc, "evidence keeps whitespace: " + tag)
        if not visible(s["value"], s["unit"], ev):
            err(doc, "value not visible in evidence: %s  <%s>" % (tag, ev))
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(doc, "period not normalised: " + tag)
        if s["period"] is not None and norm_name(s["period"]) not in T:
            warnings.append("%s: period not verbatim in text (inferred): %s %s" % (doc, s["period"], tag))
        v = score.to_float(s["value"])
        fam, fac = unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(v * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(doc, "statistics collide under the scorer key: %s / %s" % (keys[key], tag))
        keys[key] = tag
        # heuristic approx check
        cue = re.search(r"(超过|超|突破|以上|逾|余|多|约|近|左右|不到|不足)",
                        re.sub(r"(规模以上|亿元以上|千万元以上|签约|合约|近年|最近|近期|多元|鄂尔多斯)", "", ev))
        if cue and s["approx"] is None:
            warnings.append("%s: approx cue '%s' but approx null: %s <%s>" % (doc, cue.group(), tag, ev))

# ------------------------------------------------------------------ self-score
def as_rows(g, doc):
    rows = {k: [] for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
    for z in g["zones"]:
        rows["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        rows["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        rows["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"],
                                 "enterprise": p["enterprise"], "status": p["status"]})
    for p in g["platforms"]:
        rows["platforms"].append({"doc": doc, "name": p["name"], "zone": p["zone"]})
    for s in g["statistics"]:
        rows["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                   "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                   "kind": s["kind"], "approx": s["approx"],
                                   "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    return rows


preds = {k: [] for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
for doc, g in gold.items():
    for k, v in as_rows(g, doc).items():
        preds[k].extend(v)
detail = []
summary = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = {"f1": s["f1"]}
    vals.update({a: v for a, v in (s.get("attributes") or {}).items()})
    vals.update({a: s[a] for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok",
                                    "compared_to_ok", "evidence_ok") if a in s})
    for a, v in vals.items():
        if v is not None and v != 1.0:
            err("self-score", "%s %s = %s" % (k, a, v))
    print("self-score %-12s %s" % (k, " ".join("%s=%s" % (a, v) for a, v in vals.items())))
for d in detail:
    err("self-score", "\t".join(map(str, d)))

print("documents=%d  %s" % (len(gold), "  ".join("%s=%d" % kv for kv in totals.items())))
if args.warn:
    for w in warnings:
        print("WARN", w)
for e in errors:
    print("ERROR", e)
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
