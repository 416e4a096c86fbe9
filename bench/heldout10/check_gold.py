#!/usr/bin/env python3
"""Validate the heldout10 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [-v]

Checks, per document:
  * fields and allowed values (top level, entities, statistics; units known to score.py)
  * entity references resolve (enterprise/project/platform zone, project enterprise,
    article main_zone, statistic subject)
  * every name, alias, evidence, first_words and doc_year_evidence occurs verbatim in the
    text after score.py's norm_name()
  * every statistic's value is visible in its evidence (digits, or Chinese numerals /
    成 / 分之 for word fractions)
  * no alias or name shared by two entities (except a company that the text lists as a
    project of the same name, per the guidelines)
  * no two statistics collide under the scorer's de-duplication key
    (subject, value x unit factor, unit family, indicator)
  * scoring the gold against itself gives 1.0 for P/R/F1 and every attribute
Exit status 1 if any error.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营",
            "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
REGIONS = {"全国", "全省", "全区", "全市", "全自治区"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"]
FIELDS = {"zones": ["name", "aliases", "city", "province"],
          "enterprises": ["name", "aliases", "zone"],
          "projects": ["name", "aliases", "zone", "enterprise", "status"],
          "platforms": ["name", "aliases", "zone"]}
SFIELDS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
CN = "零一二三四五六七八九十"
APPROX_WORDS = {"over": ["超", "突破", "以上", "逾", "余", "多"], "about": ["约", "近", "左右"],
                "under": ["不到", "不足"]}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cn_num(n):
    if n < 0 or n != int(n) or n > 99:
        return []
    n = int(n)
    if n <= 10:
        out = [CN[n]]
        if n == 2:
            out.append("两")
        return out
    t, u = divmod(n, 10)
    return [("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")]


def value_forms(v):
    forms = set()
    if float(v) == int(v):
        forms.add(str(int(v)))
        forms.update(cn_num(v))
        if int(v) == 1:
            forms.update(["首位", "第一", "首", "翻番", "一番"])  # 翻番 / 翻了一番 = 1倍
    else:
        forms.add(("%.6f" % v).rstrip("0").rstrip("."))
    # fractions in words: 三成 = 0.3, 四分之一 = 0.25, 半 = 0.5
    for tenth in range(1, 10):
        if abs(v - tenth / 10) < 1e-9 or abs(v - tenth * 10) < 1e-9:
            forms.add(CN[tenth] + "成")
            if tenth == 2:
                forms.add("两成")
    for den in range(2, 13):
        for num in range(1, den):
            if abs(v - num / den) < 1e-5 or abs(v - 100 * num / den) < 1e-3:
                forms.add("".join(cn_num(den)[:1]) + "分之" + "".join(cn_num(num)[:1]))
                forms.add("%d/%d" % (num, den))
    if abs(v - 0.5) < 1e-9 or abs(v - 50) < 1e-9:
        forms.add("一半")
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("-v", action="store_true", help="print warnings too")
    a = ap.parse_args()
    S = load_score(a.score)
    norm = S.norm_name
    gold = S.load_gold(a.gold)
    errors, warnings = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    def warn(doc, msg):
        warnings.append("%s: %s" % (doc, msg))

    totals = dict.fromkeys(["zones", "enterprises", "projects", "platforms", "statistics"], 0)
    for doc, g in gold.items():
        tpath = os.path.join(a.texts, doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file %s" % tpath)
            continue
        text = open(tpath, encoding="utf-8").read()
        T = norm(text)
        for k in TOP:
            if k not in g:
                err(doc, "missing top-level field %s" % k)
        for k in g:
            if k not in TOP:
                err(doc, "unexpected top-level field %s" % k)
        if not isinstance(g.get("doc_year"), int):
            err(doc, "doc_year not an int")
        if g.get("doc_year_evidence") and norm(g["doc_year_evidence"]) not in T:
            err(doc, "doc_year_evidence not in text: %s" % g["doc_year_evidence"])
        if g.get("doc_year") and str(g["doc_year"]) not in norm(g.get("doc_year_evidence") or ""):
            warn(doc, "doc_year not visible in its evidence")
        # ---- entities
        names = {k: {e["name"] for e in g.get(k, [])} for k in FIELDS}
        owner = {}
        for kind, fields in FIELDS.items():
            totals[kind] += len(g.get(kind, []))
            for e in g.get(kind, []):
                if sorted(e) != sorted(fields):
                    err(doc, "%s %s: fields %s" % (kind, e.get("name"), sorted(e)))
                    continue
                if not isinstance(e["aliases"], list):
                    err(doc, "%s %s: aliases not a list" % (kind, e["name"]))
                if e["name"] != norm(e["name"]):
                    err(doc, "%s name not normalised: %r" % (kind, e["name"]))
                for n in [e["name"]] + list(e["aliases"]):
                    if not n or norm(n) not in T:
                        err(doc, "%s name/alias not in text: %s" % (kind, n))
                    key = norm(n)
                    prev = owner.get(key)
                    if prev and prev != (kind, e["name"]):
                        ok = ({prev[0], kind} == {"enterprises", "projects"} and prev[1] == e["name"])
                        if not ok:
                            err(doc, "name/alias %s shared by %s and %s" % (n, prev, (kind, e["name"])))
                    owner.setdefault(key, (kind, e["name"]))
                if kind == "zones":
                    for f in ("city", "province"):
                        if not e[f]:
                            err(doc, "zone %s has no %s" % (e["name"], f))
                    if e["province"] and not re.search(r"(省|自治区|市)$", e["province"]):
                        err(doc, "zone %s province not in full: %s" % (e["name"], e["province"]))
                    if e["city"] and not re.search(r"(市|州|盟|地区|县)$", e["city"]):
                        err(doc, "zone %s city not in full: %s" % (e["name"], e["city"]))
                if "zone" in e and e["zone"] is not None and e["zone"] not in names["zones"]:
                    err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
                if kind == "projects":
                    if e["enterprise"] is not None and e["enterprise"] not in names["enterprises"]:
                        err(doc, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
                    if e["status"] not in STATUSES:
                        err(doc, "project %s: status %s not allowed" % (e["name"], e["status"]))
        for art in g.get("articles", []):
            if art.get("main_zone") and art["main_zone"] not in names["zones"]:
                err(doc, "article main_zone unresolved: %s" % art["main_zone"])
            if art.get("first_words") and norm(art["first_words"]) not in T:
                err(doc, "article first_words not in text: %s" % art["first_words"])
        allnames = set().union(*names.values())
        # ---- statistics
        keys = {}
        totals["statistics"] += len(g.get("statistics", []))
        for i, s in enumerate(g.get("statistics", [])):
            tag = "stat %d (%s)" % (i, s.get("evidence"))
            if sorted(s) != sorted(SFIELDS):
                err(doc, "%s: fields %s" % (tag, sorted(s)))
                continue
            if s["subject"] not in allnames:
                if s["subject"] in REGIONS or re.search(r"(省|自治区|市)$", s["subject"] or ""):
                    where = {z["city"] for z in g["zones"]} | {z["province"] for z in g["zones"]}
                    if norm(s["subject"]) not in T and s["subject"] not in where:
                        err(doc, "%s: region subject %s not in text" % (tag, s["subject"]))
                else:
                    err(doc, "%s: subject %s unresolved" % (tag, s["subject"]))
            if not s["indicator"]:
                err(doc, "%s: empty indicator" % tag)
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s: value not a number" % tag)
                continue
            fam, fac = S.unit_of(s["unit"])
            if fam == "none" or not s["unit"]:
                err(doc, "%s: no unit" % tag)
            elif fam.startswith("raw:"):
                # a unit score.py does not know is compared verbatim: it must be printed
                # in the evidence right after the number
                if not re.search(r"\d\s*" + re.escape(norm(s["unit"])), norm(s["evidence"] or "")):
                    err(doc, "%s: unit %s unknown to score.py and not printed in evidence" % (tag, s["unit"]))
                else:
                    warn(doc, "%s: unit %s unknown to score.py (compared verbatim)" % (tag, s["unit"]))
            if s["kind"] not in KINDS:
                err(doc, "%s: kind %s" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err(doc, "%s: approx %s" % (tag, s["approx"]))
            if s["kind"] == "difference" and not s["compared_to"]:
                err(doc, "%s: difference without compared_to" % tag)
            if s["kind"] != "difference" and s["compared_to"]:
                err(doc, "%s: compared_to on a non-difference" % tag)
            if s["kind"] == "rank" and s["unit"] != "位":
                warn(doc, "%s: rank with unit %s" % (tag, s["unit"]))
            if s["kind"] == "growth" and fam not in ("share", "pp", "times"):
                err(doc, "%s: growth in unit %s" % (tag, s["unit"]))
            ev = norm(s["evidence"] or "")
            if not ev or ev not in T:
                err(doc, "%s: evidence not in text" % tag)
            if not any(f in ev for f in value_forms(s["value"])):
                err(doc, "%s: value %s not visible in evidence" % (tag, s["value"]))
            if s["period"] and norm(s["period"]) not in T:
                warn(doc, "%s: period %s not verbatim in text" % (tag, s["period"]))
            want = s["approx"]
            ev = re.sub(r"规模以上|近日|近年|近期|签约|多个国家", "", ev)
            for ap_, words in APPROX_WORDS.items():
                if any(w in ev for w in words) and want is None:
                    warn(doc, "%s: evidence has %s-word but approx is null" % (tag, ap_))
            k = (norm(s["subject"]), round(s["value"] * fac, 6), fam, norm(s["indicator"]))
            if k in keys:
                err(doc, "%s collides with stat %d under the de-duplication key" % (tag, keys[k]))
            keys[k] = i
    # ---- self score
    preds = {k: [] for k in FIELDS}
    preds["statistics"] = []
    for doc, g in gold.items():
        for kind in FIELDS:
            for e in g.get(kind, []):
                row = {"doc": doc}
                row.update({f: e.get(f) for f in FIELDS[kind] if f != "aliases"})
                preds[kind].append(row)
        for s in g.get("statistics", []):
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                        "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    summary = {"zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
               "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
               "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
               "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
               "statistics": S.score_statistics(gold, preds, detail)}
    for k, r in summary.items():
        vals = [r["p"], r["r"], r["f1"]] + [v for v in (r.get("attributes") or {}).values() if v is not None]
        vals += [v for kk, v in r.items() if kk.endswith("_ok") and v is not None]
        if any(v != 1.0 for v in vals):
            err("self-score", "%s not 1.0: %s" % (k, json.dumps(r, ensure_ascii=False)))
    for d in detail:
        err("self-score", "\t".join(map(str, d)))
    print("documents: %d   %s" % (len(gold), "  ".join("%s=%d" % kv for kv in totals.items())))
    print("self-score: " + "  ".join("%s f1=%.3f" % (k, r["f1"]) for k, r in summary.items()))
    if a.v:
        for w in warnings:
            print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
