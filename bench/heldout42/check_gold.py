#!/usr/bin/env python3
"""Validate the heldout42 gold files against their texts, using score.py's own code.

usage: python3 check_gold.py [--score /work/shared/eval/score.py]
Checks: schema fields and allowed values; references resolve to canonical names;
every evidence / name / alias / first_words occurs verbatim in the text after
score.norm_name (names must also occur outside the doubled headline); each value is
visible in its evidence; no name or alias is shared by two entities of one type (and
across types only for an enterprise and a project of identical name); no two
statistics share the scorer's de-duplication key; gold scored against itself gives
1.0 for every metric.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
# units the scorer does not know (compared as raw strings) that this set uses on purpose
RAW_UNITS = {"万片/月", "万片", "万辆", "辆", "gwh", "万载重吨", "载重吨", "万吨", "吨",
             "万标箱", "艘", "万千瓦", "万台", "万根", "家次", "类", "架次", "万票", "艘", "万立方米", "亿尾", "张", "批次", "公里", "根", "个", "万平方米"}
REGIONS = re.compile(r"^(全国|全省|全市|[\u4e00-\u9fff]{2,3}(省|市|自治区)|粤港澳大湾区|珠三角|长江经济带|中部地区)$")
WORDNUM = {"一成": 0.1, "两成": 0.2, "二成": 0.2, "三成": 0.3, "四成": 0.4, "五成": 0.5,
           "六成": 0.6, "七成": 0.7, "八成": 0.8, "九成": 0.9, "一半": 0.5, "半数": 0.5,
           "四分之一": 0.25, "三分之一": 0.333333, "三分之二": 0.666667, "五分之一": 0.2,
           "四分之三": 0.75, "五分之二": 0.4, "五分之三": 0.6, "五分之四": 0.8, "十分之一": 0.1}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def is_doubled(line):
    s = re.sub(r"\s+", "", line)
    return len(s) >= 6 and len(s) % 2 == 0 and s[0::2] == s[1::2]


CN = {"首": 1, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def value_visible(v, unit, ev):
    ev = ev.replace(" ", "")
    v = abs(v)
    if unit == "fraction":
        for w, x in WORDNUM.items():
            if w in ev and abs(x - v) < 1e-5:
                return True
        for a, b in re.findall(r"(\d+)/(\d+)", ev):
            if abs(int(a) / int(b) - v) < 1e-5:
                return True
        return False
    for tok in re.findall(r"\d+(?:\.\d+)?", ev):
        if abs(float(tok) - float(v)) < 1e-9:
            return True
    for m in re.findall(r"(?:第|居|列)([一二三四五六七八九十两首])", ev):
        if CN[m] == v:
            return True
    for m in re.findall(r"([一二两三四五六七八九十])(?:条|个|家|项|倍|位|名|番)", ev):
        if CN[m] == v:
            return True
    if "首位" in ev or "之首" in ev or "居首" in ev:
        return v == 1
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args()
    S = load_score(args.score)
    gold = S.load_gold(os.path.join(args.dir, "gold"))
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in gold.items():
        path = os.path.join(args.dir, "texts", doc + ".txt")
        if not os.path.exists(path):
            err(doc, "missing text file")
            continue
        raw = open(path, encoding="utf-8").read()
        full = S.norm_name(raw)
        body = S.norm_name("\n".join(l for l in raw.split("\n") if not is_doubled(l)))
        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
                  "projects", "platforms", "statistics"):
            if k not in g:
                err(doc, "missing top-level field " + k)
        if g.get("doc_year_evidence") and S.norm_name(g["doc_year_evidence"]) not in full:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in g.get("doc_year_evidence", ""):
            err(doc, "doc_year not visible in its evidence")
        zones = {e["name"] for e in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        for a in g["articles"]:
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article fields %s" % sorted(a))
            if a["main_zone"] is not None and a["main_zone"] not in zones:
                err(doc, "article main_zone unresolved: %s" % a["main_zone"])
            if S.norm_name(a["first_words"]) not in full:
                err(doc, "first_words not in text: %s" % a["first_words"])
            if S.norm_name(a["title"]) not in full and "".join(c + c for c in S.norm_name(a["title"])) not in full:
                err(doc, "title not in text: %s" % a["title"])
        fields = {"zones": {"name", "aliases", "city", "province"},
                  "enterprises": {"name", "aliases", "zone"},
                  "projects": {"name", "aliases", "zone", "enterprise", "status"},
                  "platforms": {"name", "aliases", "zone"}}
        owner = {}
        for kind in S.TYPES:
            for e in g[kind]:
                if set(e) != fields[kind]:
                    err(doc, "%s fields %s" % (kind, sorted(e)))
                    continue
                for n in [e["name"]] + list(e["aliases"]):
                    nn = S.norm_name(n)
                    if re.search(r"\s", n):
                        err(doc, "%s name contains whitespace: %r" % (kind, n))
                    if nn not in body:
                        err(doc, "%s name/alias not in text (outside doubled headline): %s" % (kind, n))
                    if nn in owner and owner[nn] != (kind, e["name"]):
                        ok, oname = owner[nn]
                        same = {ok, kind} == {"enterprises", "projects"} and oname == e["name"] == nn
                        if not same:
                            err(doc, "name/alias %s shared by %s and %s" % (n, owner[nn], (kind, e["name"])))
                    owner.setdefault(nn, (kind, e["name"]))
                if len(set(e["aliases"])) != len(e["aliases"]) or e["name"] in e["aliases"]:
                    err(doc, "duplicate alias in %s" % e["name"])
                if kind == "zones":
                    if not (e["city"] and re.search(r"(市|州|盟|地区)$", e["city"])):
                        err(doc, "zone city %s" % e["city"])
                    if not (e["province"] and re.search(r"(省|自治区|市)$", e["province"])):
                        err(doc, "zone province %s" % e["province"])
                else:
                    if e["zone"] is not None and e["zone"] not in zones:
                        err(doc, "%s %s zone unresolved: %s" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e["enterprise"] is not None and e["enterprise"] not in ents:
                        err(doc, "project %s enterprise unresolved: %s" % (e["name"], e["enterprise"]))
                    if e["status"] not in STATUS:
                        err(doc, "project %s status %s" % (e["name"], e["status"]))
        canon = {e["name"] for k in S.TYPES for e in g[k]}
        keys = {}
        sfields = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
            if set(s) != sfields:
                err(doc, "%s fields %s" % (tag, sorted(s)))
                continue
            if s["subject"] not in canon and not REGIONS.match(s["subject"]):
                err(doc, "%s subject unresolved: %s" % (tag, s["subject"]))
            if not isinstance(s["value"], (int, float)):
                err(doc, "%s value not a number" % tag)
            if s["kind"] not in KINDS:
                err(doc, "%s kind %s" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s approx %s" % (tag, s["approx"]))
            if (s["compared_to"] is None) != (s["kind"] != "difference"):
                err(doc, "%s compared_to must be set exactly for kind difference" % tag)
            fam, fac = S.unit_of(s["unit"])
            if fam.startswith("raw:") and S.norm_name(s["unit"]).lower() not in RAW_UNITS:
                err(doc, "%s unit unknown to scorer: %s" % (tag, s["unit"]))
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "%s rank unit must be 位" % tag)
            ev = S.norm_name(s["evidence"])
            if ev not in body:
                err(doc, "%s evidence not in text: %s" % (tag, s["evidence"]))
            if not value_visible(s["value"], s["unit"], ev):
                err(doc, "%s value not visible in evidence: %s" % (tag, s["evidence"]))
            if s["period"] is not None and S.norm_name(s["period"]) != s["period"]:
                err(doc, "%s period not in normal form" % tag)
            key = (S.norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, S.norm_name(s["indicator"]))
            if key in keys:
                err(doc, "%s collides with stat %d under the de-dup key" % (tag, keys[key]))
            keys.setdefault(key, i)

    # ---- self-score: the gold, as SPARQL result rows, must score 1.0 everywhere
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}
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
                                        "value": s["value"], "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    cols = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                           "comparedTo", "evidence"]}
    P = {k: S.rows_of(res(cols[k], v)) for k, v in preds.items()}
    detail = []
    summ = {"zones": S.score_entities("zones", gold, P, ["city", "province"], detail),
            "enterprises": S.score_entities("enterprises", gold, P, ["zone"], detail),
            "projects": S.score_entities("projects", gold, P, ["zone", "enterprise", "status"], detail),
            "platforms": S.score_entities("platforms", gold, P, ["zone"], detail),
            "statistics": S.score_statistics(gold, P, detail)}
    for k, s in summ.items():
        vals = {"f1": s["f1"]}
        vals.update({a: v for a, v in (s.get("attributes") or {}).items()})
        vals.update({a: s[a] for a in s if a.endswith("_ok")})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                errors.append("self-score %s %s = %s" % (k, a, v))
    for d in detail:
        errors.append("self-score detail: %s" % (d,))

    tot = {k: sum(len(g[k]) for g in gold.values()) for k in S.TYPES + ["statistics"]}
    for e in errors:
        print("ERROR", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in tot.items())))
    print("self-score f1: " + " ".join("%s=%.3f" % (k, s["f1"]) for k, s in summ.items()))
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
