#!/usr/bin/env python3
"""Validate the gold files of this held-out set against their texts and the scorer.

    python3 check_gold.py [--score PATH/TO/score.py] [--counts]

Imports the scorer (default: ../../../shared/eval/score.py from this folder, or $SCORE_PY)
and checks, for every gold/*.json:
  * the file loads with score.load_gold() and names an existing texts/<doc>;
  * field values are allowed (kind, approx, status, province, unit, doc_year, types);
  * every name, alias, evidence, first_words and doc_year_evidence occurs verbatim in the
    text after the scorer's name normalisation (score.norm_name);
  * every value is visible in its evidence (a number in the evidence equals the value;
    a fraction a/b, or 第一/首位 for a rank of 1, also count);
  * evidence stays inside one sentence; compared_to is set exactly for kind difference;
    approx agrees with the approximation words in the evidence;
  * references resolve (zone, enterprise, subject, main_zone) to canonical names;
  * names are unique, aliases are not shared between entities, statistic keys are unique;
  * the gold scored against itself gives 1.0 for every F1 and every attribute.
Exit status 0 only when nothing failed.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
PROVINCES = {"北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
             "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
             "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
             "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
             "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区"}
REGIONS = PROVINCES | {"全国"}
# printed units the scorer does not know but that are ordinary in these texts
EXTRA_UNITS = {"万片", "吨", "万吨", "万台", "万单", "辆", "万辆", "千瓦", "万千瓦", "标箱",
               "万标箱", "公里", "万千瓦时", "亿千瓦时",
               "小时", "个工作日", "天", "宗", "个月", "架"}
APPROX_WORDS = {"over": ["超过", "突破", "以上", "超", "逾", "余", "多"],
                "about": ["约", "近", "左右"], "under": ["不到", "不足"]}
CN_RANK = {"第一": 1, "首位": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5,
           "第六": 6, "第七": 7, "第八": 8, "第九": 9, "第十": 10}


def load_score(path):
    sys.dont_write_bytecode = True  # leave no __pycache__ next to the scorer
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def numbers_in(ev):
    vals = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)(?:/(\d+))?", ev):
        a = float(m.group(1))
        vals.append(a)
        if m.group(2):
            vals.append(a / float(m.group(2)))
    for w, v in CN_RANK.items():
        if w in ev:
            vals.append(float(v))
    return vals


def self_results(g):
    doc = g["doc"]
    preds = {}
    for kind, attrs in (("zones", ["city", "province"]), ("enterprises", ["zone"]),
                        ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"])):
        preds[kind] = [dict({"doc": doc, "name": e["name"]}, **{a: e.get(a) for a in attrs})
                       for e in g.get(kind, [])]
    preds["statistics"] = [{"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                            "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                            "kind": s["kind"], "approx": s["approx"],
                            "comparedTo": s["compared_to"], "evidence": s["evidence"]}
                           for s in g.get("statistics", [])]
    return preds


def check(score, gold_dir, text_dir, counts):
    errors, rows = [], []
    gold = score.load_gold(gold_dir)
    N = score.norm_name

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in sorted(gold.items()):
        tpath = os.path.join(text_dir, doc + ".txt")
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r should be %r" % (g.get("doc"), doc + ".txt"))
        if not os.path.exists(tpath):
            err(doc, "missing text %s" % tpath)
            continue
        with open(tpath, encoding="utf-8") as h:
            raw = h.read()
        text = N(raw)
        han = len(re.findall(r"[\u4e00-\u9fff]", raw))
        if not 1500 <= han <= 1800:
            err(doc, "han characters %d outside 1500-1800" % han)

        def occurs(s, what):
            if not s or N(s) not in text:
                err(doc, "%s not in text: %r" % (what, s))

        if not isinstance(g.get("doc_year"), (int, type(None))):
            err(doc, "doc_year must be an integer or null")
        if g.get("doc_year") is not None:
            occurs(g.get("doc_year_evidence"), "doc_year_evidence")
            if str(g["doc_year"]) not in (g.get("doc_year_evidence") or ""):
                err(doc, "doc_year not visible in its evidence")

        zones = {e["name"] for e in g.get("zones", [])}
        ents = {e["name"] for e in g.get("enterprises", [])}
        canon = set()
        owner = {}
        for kind in ("zones", "enterprises", "projects", "platforms"):
            seen = set()
            for e in g.get(kind, []):
                if e["name"] in seen:
                    err(doc, "%s: duplicate name %s" % (kind, e["name"]))
                seen.add(e["name"])
                canon.add(e["name"])
                occurs(e["name"], kind + " name")
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s: aliases must be a list" % (kind, e["name"]))
                for a in e.get("aliases") or []:
                    occurs(a, kind + " alias")
                    if N(a) == N(e["name"]):
                        err(doc, "%s %s: alias equals name" % (kind, e["name"]))
                for n in score.names_of(e):
                    prev = owner.get(n)
                    if prev and prev != (kind, e["name"]) and not (prev[1] == e["name"] and {prev[0], kind} == {"enterprises", "projects"}):
                        err(doc, "label %s shared by %s and %s" % (n, prev, (kind, e["name"])))
                    owner.setdefault(n, (kind, e["name"]))
        for e in g.get("zones", []):
            if e.get("province") not in PROVINCES:
                err(doc, "zone %s: province %r" % (e["name"], e.get("province")))
            c = e.get("city") or ""
            if not re.search(r"(市|州|盟|地区)$", c):
                err(doc, "zone %s: city %r" % (e["name"], c))
        for kind in ("enterprises", "projects", "platforms"):
            for e in g.get(kind, []):
                if e.get("zone") is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %r unresolved" % (kind, e["name"], e["zone"]))
        for e in g.get("projects", []):
            if e.get("enterprise") is not None and e["enterprise"] not in ents:
                err(doc, "project %s: enterprise %r unresolved" % (e["name"], e["enterprise"]))
            if e.get("status") not in STATUS:
                err(doc, "project %s: status %r" % (e["name"], e.get("status")))
        for a in g.get("articles", []):
            occurs(a.get("first_words"), "first_words")
            if a.get("main_zone") is not None and a["main_zone"] not in zones:
                err(doc, "article %r: main_zone unresolved" % a.get("title"))

        keys = set()
        for s in g.get("statistics", []):
            tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            missing = [k for k in ("subject", "indicator", "value", "unit", "period", "kind",
                                   "approx", "compared_to", "evidence") if k not in s]
            if missing:
                err(doc, "stat %s lacks %s" % (tag, missing))
                continue
            if s["subject"] not in canon and s["subject"] not in REGIONS:
                err(doc, "stat %s: subject unresolved" % tag)
            if s["kind"] not in KINDS:
                err(doc, "stat %s: kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "stat %s: approx %r" % (tag, s["approx"]))
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "stat %s: value is not a number" % tag)
                continue
            fam = score.unit_of(s["unit"])[0]
            if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS or s["unit"] is None:
                err(doc, "stat %s: unit %r unknown" % (tag, s["unit"]))
            if s["kind"] == "growth" and s["unit"] != "%":
                err(doc, "stat %s: growth must be in %%" % tag)
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "stat %s: rank must be in 位" % tag)
            if s["kind"] == "share" and s["unit"] not in ("%", "fraction"):
                err(doc, "stat %s: share must be %% or fraction" % tag)
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "stat %s: compared_to must be set exactly for difference" % tag)
            if s["unit"] == "个百分点" and s["kind"] != "difference":
                err(doc, "stat %s: 个百分点 outside difference" % tag)
            ev = N(s["evidence"] or "")
            occurs(s["evidence"], "evidence")
            if "。" in ev.rstrip("。"):
                err(doc, "stat %s: evidence spans sentences" % tag)
            if not any(score.same_value(v, float(s["value"])) for v in numbers_in(ev)):
                err(doc, "stat %s: value not visible in evidence %r" % (tag, s["evidence"]))
            if s["unit"] == "fraction" and "/" not in ev:
                err(doc, "stat %s: fraction without a/b in evidence" % tag)
            if s["unit"] not in ("fraction",) and N(s["unit"]) not in ev and not (
                    s["unit"] == "位" and any(w in ev for w in CN_RANK)):
                err(doc, "stat %s: unit %s not printed in evidence" % (tag, s["unit"]))
            if s["approx"] and not any(w in ev for w in APPROX_WORDS[s["approx"]]):
                err(doc, "stat %s: approx %s without its word in evidence" % (tag, s["approx"]))
            if s["period"] is not None and N(s["period"]) not in text:
                err(doc, "stat %s: period %r not in text" % (tag, s["period"]))
            f, fac = score.unit_of(s["unit"])
            key = (N(s["subject"]), round(float(s["value"]) * fac, 6), f, N(s["indicator"]))
            if key in keys:
                err(doc, "stat %s: duplicate scorer key" % tag)
            keys.add(key)

        # gold against itself
        one = {doc: g}
        preds = self_results(g)
        detail = []
        res = {k: score.score_entities(k, one, preds, a, detail) for k, a in (
            ("zones", ["city", "province"]), ("enterprises", ["zone"]),
            ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"]))}
        res["statistics"] = score.score_statistics(one, preds, detail)
        for k, r in res.items():
            if len(g.get(k, [])) and r["f1"] != 1.0:
                err(doc, "self-score %s F1 %s" % (k, r["f1"]))
            for a, v in (r.get("attributes") or {}).items():
                if v not in (None, 1.0):
                    err(doc, "self-score %s.%s %s" % (k, a, v))
            for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
                if a in r and r[a] not in (None, 1.0):
                    err(doc, "self-score statistics %s %s" % (a, r[a]))
        for d in detail:
            err(doc, "self-score detail %s" % "\t".join(d))
        rows.append((doc, han, len(g.get("zones", [])), len(g.get("enterprises", [])),
                     len(g.get("projects", [])), len(g.get("platforms", [])),
                     len(g.get("statistics", [])), len(g.get("articles", []))))

    if counts:
        print("| doc | han | zones | enterprises | projects | platforms | statistics | articles |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        tot = [0] * 7
        for r in rows:
            print("| %s | %s |" % (r[0], " | ".join(str(x) for x in r[1:])))
            tot = [a + b for a, b in zip(tot, r[1:])]
        print("| total | %s |" % " | ".join(str(x) for x in tot))
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=os.environ.get("SCORE_PY") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py")))
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--counts", action="store_true", help="print the counts table (markdown)")
    args = ap.parse_args()
    score = load_score(args.score)
    errors = check(score, args.gold, args.texts, args.counts)
    for e in errors:
        print("ERROR", e)
    print("check_gold: %d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
