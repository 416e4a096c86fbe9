#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  check_gold.py [--score /work/shared/eval/score.py] [--gold gold] [--texts texts] [-v]

Checks
  * fields and allowed values (kinds, approx, project status, units, types)
  * entity references resolve (enterprise/project/platform zone, project enterprise,
    statistic subject, article main_zone)
  * every name, alias, evidence, first_words and doc_year_evidence occurs verbatim in
    the text after score.norm_name (spaces, line breaks and quotes removed)
  * each statistic's value is visible in its evidence (digits, or Chinese numerals /
    fractions in words such as 三成, 四分之一, 第一)
  * no name/alias shared by two entities (except an enterprise and a project with the
    same name, which the guidelines require for "companies listed as projects")
  * no two statistics collide under score.py's de-duplication key
  * scoring the gold against itself (as SPARQL JSON results) gives 1.0 everywhere
Exit code 0 when there are no errors.
"""
import argparse, importlib.util, io, json, os, re, sys, contextlib

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
# units outside score.py's table that are still legitimate printed units
EXTRA_UNITS = {"万吨", "吨", "万标箱", "标箱", "单", "万单", "票", "万票", "架次", "万辆", "辆",
               "兆瓦", "万千瓦", "千瓦", "吉瓦时", "万千瓦时", "亿千瓦时", "GWh", "天", "个工作日", "家次", "个月", "万吨标准煤", "架", "万片", "万台", "台", "公里", "万公里", "分钟", "小时", "辆次", "万辆次"}

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
      "八": 8, "九": 9, "十": 10, "半": 0.5}


def cn_int(s):
    """Chinese numeral up to 99 -> int, or None."""
    if not s:
        return None
    if s in CN and s != "半":
        return CN[s]
    m = re.fullmatch(r"([一二两三四五六七八九])?十([一二三四五六七八九])?", s)
    if m:
        return (CN[m.group(1)] if m.group(1) else 1) * 10 + (CN[m.group(2)] if m.group(2) else 0)
    return None


def word_values(ev):
    """Numbers written in words inside an evidence string."""
    vals = set()
    for a, b in re.findall(r"([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)", ev):
        d, n = cn_int(a), cn_int(b)
        if d and n is not None:
            vals.add(round(n / d, 6))
            vals.add(round(100.0 * n / d, 4))
    for a in re.findall(r"([一二两三四五六七八九])成", ev):
        vals.add(CN[a] / 10)
        vals.add(CN[a] * 10)
    for a in re.findall(r"([一二两三四五六七八九十]+)(?:倍|个|家|项|位|名|所|座|批|大|条|年|次|番|款|种|支|台|艘|架)", ev):
        v = cn_int(a)
        if v is not None:
            vals.add(v)
    for a in re.findall(r"第([一二三四五六七八九十]+)", ev):
        v = cn_int(a)
        if v is not None:
            vals.add(v)
    if re.search(r"首位|榜首|居首|第一", ev):
        vals.add(1)
    if "半数" in ev or "一半" in ev or "过半" in ev:
        vals.update({0.5, 50})
    return vals


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def value_visible(S, value, ev):
    nev = S.norm_name(ev).replace(",", "")
    v = float(value)
    if v < 0 and re.search(r"下降|下滑|减少|降低|回落|负增长|收窄", nev):
        v = -v   # a decline written in words: the value carries the sign, the text the word
    forms = set()
    if v == int(v):
        forms.add(str(int(v)))
    forms.add(repr(v))
    forms.add(("%.6f" % v).rstrip("0").rstrip("."))
    for f in forms:
        # the number must not be part of a longer number
        if re.search(r"(?<![0-9.])" + re.escape(f) + r"(?![0-9])", nev):
            return True
    return any(abs(w - v) < 1e-4 for w in word_values(nev))


def as_results(gold):
    """Gold -> the five query results in SPARQL JSON format (what a perfect system returns)."""
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None} for r in rows]}}
    out = {k: [] for k in ("zones", "enterprises", "projects", "platforms", "statistics")}
    for g in gold.values():
        d = g["doc"]
        out["zones"] += [{"doc": d, "name": e["name"], "city": e.get("city"), "province": e.get("province")} for e in g["zones"]]
        out["enterprises"] += [{"doc": d, "name": e["name"], "zone": e.get("zone")} for e in g["enterprises"]]
        out["projects"] += [{"doc": d, "name": e["name"], "zone": e.get("zone"), "enterprise": e.get("enterprise"),
                             "status": e.get("status")} for e in g["projects"]]
        out["platforms"] += [{"doc": d, "name": e["name"], "zone": e.get("zone")} for e in g["platforms"]]
        out["statistics"] += [{"doc": d, "subject": s["subject"], "indicator": s["indicator"], "value": s["value"],
                               "unit": s["unit"], "period": s["period"], "kind": s["kind"], "approx": s["approx"],
                               "comparedTo": s["compared_to"], "evidence": s["evidence"]} for s in g["statistics"]]
    return {
        "zones": res(["doc", "name", "city", "province"], out["zones"]),
        "enterprises": res(["doc", "name", "zone"], out["enterprises"]),
        "projects": res(["doc", "name", "zone", "enterprise", "status"], out["projects"]),
        "platforms": res(["doc", "name", "zone"], out["platforms"]),
        "statistics": res(["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                           "comparedTo", "evidence"], out["statistics"]),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default=os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("-v", action="store_true", help="also print warnings")
    a = ap.parse_args()
    S = load_score(a.score)
    with contextlib.redirect_stderr(io.StringIO()):
        gold = S.load_gold(a.gold)
    errors, warns = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in gold.items():
        tpath = os.path.join(a.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        text = S.norm_name(open(tpath, encoding="utf-8").read())

        def present(s, what):
            if s is None or S.norm_name(s) not in text:
                err(doc, "%s not in text: %r" % (what, s))

        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
                  "platforms", "statistics"):
            if k not in g:
                err(doc, "missing key " + k)
        if g.get("doc_year") is not None:
            if not isinstance(g["doc_year"], int):
                err(doc, "doc_year not int")
            present(g.get("doc_year_evidence"), "doc_year_evidence")
        zone_names = {e["name"] for e in g["zones"]}
        ent_names = {e["name"] for e in g["enterprises"]}
        canon = {e["name"] for k in S.TYPES for e in g[k]}
        for art in g["articles"]:
            present(art.get("first_words"), "article first_words")
            if art.get("main_zone") and art["main_zone"] not in zone_names:
                err(doc, "article main_zone unresolved: %s" % art["main_zone"])
        want = {"zones": {"name", "aliases", "city", "province"}, "enterprises": {"name", "aliases", "zone"},
                "projects": {"name", "aliases", "zone", "enterprise", "status"},
                "platforms": {"name", "aliases", "zone"}}
        owner = {}
        for kind in S.TYPES:
            for e in g[kind]:
                if set(e) != want[kind]:
                    err(doc, "%s fields %s" % (kind, sorted(e)))
                present(e["name"], kind + " name")
                if re.search(r"\s", e["name"]):
                    err(doc, "space in name %r" % e["name"])
                for al in e.get("aliases") or []:
                    present(al, kind + " alias")
                for n in S.names_of(e):
                    if n in owner and owner[n] != (kind, e["name"]):
                        ok = {owner[n][0], kind} == {"enterprises", "projects"} and owner[n][1] == e["name"]
                        (warns if ok else errors).append("%s: name/alias %s shared by %s and %s" % (doc, n, owner[n], (kind, e["name"])))
                    owner.setdefault(n, (kind, e["name"]))
                if kind == "zones":
                    if not e.get("city") or not e["city"].endswith(("市", "州", "地区", "盟")):
                        err(doc, "zone city %r" % e.get("city"))
                    if not e.get("province") or not e["province"].endswith(("省", "自治区", "市")):
                        err(doc, "zone province %r" % e.get("province"))
                else:
                    if e.get("zone") is not None and e["zone"] not in zone_names:
                        err(doc, "%s %s zone unresolved: %s" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e.get("enterprise") is not None and e["enterprise"] not in ent_names:
                        err(doc, "project %s enterprise unresolved: %s" % (e["name"], e["enterprise"]))
                    if e.get("status") not in STATUS:
                        err(doc, "project %s status %r" % (e["name"], e.get("status")))
        seen = {}
        sfields = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
            if set(s) != sfields:
                err(doc, "%s fields %s" % (tag, sorted(s)))
                continue
            if s["subject"] not in canon and s["subject"] not in g.get("regions", []) and not re.search(r"(全国|全省|全市|全区|省|市|区|县)$", s["subject"]):
                err(doc, "%s subject unresolved: %s" % (tag, s["subject"]))
            if s["subject"] not in canon:
                warns.append("%s: %s subject is a region: %s" % (doc, tag, s["subject"]))
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s value not a number" % tag)
                continue
            fam, _ = S.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS:
                err(doc, "%s unknown unit %r" % (tag, s["unit"]))
            if s["kind"] not in KINDS:
                err(doc, "%s kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s approx %r" % (tag, s["approx"]))
            if s["kind"] == "difference" and not s["compared_to"]:
                warns.append("%s: %s difference without compared_to" % (doc, tag))
            if s["kind"] != "difference" and s["compared_to"]:
                err(doc, "%s compared_to set on kind %s" % (tag, s["kind"]))
            if s["kind"] == "rank" and s["unit"] != "位":
                warns.append("%s: %s rank with unit %s" % (doc, tag, s["unit"]))
            if not s["indicator"] or not s["evidence"]:
                err(doc, "%s empty indicator/evidence" % tag)
                continue
            if s["period"] is not None and re.search(r"\s", s["period"]):
                err(doc, "%s space in period" % tag)
            present(s["evidence"], tag + " evidence")
            if not value_visible(S, s["value"], s["evidence"]):
                err(doc, "%s value not visible in evidence %r" % (tag, s["evidence"]))
            v = S.to_float(s["value"])
            f2, fac = S.unit_of(s["unit"])
            key = (S.norm_name(s["subject"]), round(v * fac, 6), f2, S.norm_name(s["indicator"]))
            if key in seen:
                err(doc, "%s collides with stat %d under the scorer's de-dup key" % (tag, seen[key]))
            seen[key] = i

    # self-score
    preds = {k: S.rows_of(v) for k, v in as_results(gold).items()}
    detail = []
    summary = {k: S.score_entities(k, gold, preds, attrs, detail) for k, attrs in (
        ("zones", ["city", "province"]), ("enterprises", ["zone"]),
        ("projects", ["zone", "enterprise", "status"]), ("platforms", ["zone"]))}
    summary["statistics"] = S.score_statistics(gold, preds, detail)
    for k, r in summary.items():
        bad = [x for x in ("p", "r", "f1") if r[x] != 1.0]
        bad += ["%s=%s" % (x, v) for x, v in (r.get("attributes") or {}).items() if v not in (None, 1.0)]
        bad += ["%s=%s" % (x, r[x]) for x in r if x.endswith("_ok") and r[x] not in (None, 1.0)]
        if bad:
            errors.append("self-score %s not 1.0: %s" % (k, ", ".join(map(str, bad))))
    for d in detail:
        errors.append("self-score detail: " + "\t".join(map(str, d)))

    print("documents: %d" % len(gold))
    tot = {k: sum(len(g[k]) for g in gold.values()) for k in S.TYPES + ["statistics"]}
    print("totals: " + ", ".join("%s=%d" % kv for kv in tot.items()))
    print("self-score: " + ", ".join("%s F1=%.3f" % (k, v["f1"]) for k, v in summary.items()))
    if a.v:
        for w in warns:
            print("WARN " + w)
    for e in errors:
        print("ERROR " + e)
    print("%d errors, %d warnings" % (len(errors), len(warns)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
