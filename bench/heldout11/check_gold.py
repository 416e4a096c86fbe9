#!/usr/bin/env python3
"""Validate the gold files of this held-out set with the scorer's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--dir .]

Checks: fields and allowed values; references resolve; every name, alias, evidence and
first_words occurs verbatim in its text after score.py's norm_name; every value is
visible in its evidence; no name/alias shared by two entities; no two statistics share
the scorer's de-duplication key; gold scored against itself gives 1.0 everywhere.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
       "projects", "platforms", "statistics"}
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
    "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"},
}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
      "八": 8, "九": 9, "十": 10, "半": 0.5}


def cn_int(s):
    """一 .. 九十九 as an integer, or None."""
    if not s:
        return None
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十", 1)
        tens = CN.get(a, None) if a else 1
        ones = CN.get(b, None) if b else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in CN:
        return CN[s]
    return None


def visible_values(ev):
    """Numbers a reader sees in an evidence quote: digits, a/b, 三成, 四分之一, 第一, 两倍."""
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        vals.add(round(float(m.group()), 6))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.add(round(int(m.group(1)) / int(m.group(2)), 6))
    digits = "一二两三四五六七八九十"
    for m in re.finditer(r"([%s]+)成" % digits, ev):
        n = cn_int(m.group(1))
        if n is not None:
            vals.add(round(n / 10, 6))
    for m in re.finditer(r"([%s]+)分之([%s]+)" % (digits, digits), ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            vals.add(round(b / a, 6))
    for m in re.finditer(r"(?:第|前|首位)([%s]*)" % digits, ev):
        if m.group(0) == "首位":
            vals.add(1.0)
        n = cn_int(m.group(1))
        if n is not None:
            vals.add(float(n))
    for m in re.finditer(r"([%s]+)(?:倍|家|个|项|位|年|批|大|所|座)" % digits, ev):
        n = cn_int(m.group(1))
        if n is not None:
            vals.add(float(n))
    if "一半" in ev:
        vals.add(0.5)
    if "翻了一番" in ev or "翻一番" in ev:
        vals.add(2.0)
    return vals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.score)
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)
    norm = S.norm_name

    gold = S.load_gold(os.path.join(args.dir, "gold"))
    errors, warnings = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
    for doc, g in sorted(gold.items()):
        tpath = os.path.join(args.dir, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file %s" % tpath)
            continue
        raw = open(tpath, encoding="utf-8").read()
        text = norm(raw)
        if set(g) != TOP:
            err(doc, "top-level keys %s" % sorted(set(g) ^ TOP))
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r" % g.get("doc"))
        if not isinstance(g.get("doc_year"), int) and g.get("doc_year") is not None:
            err(doc, "doc_year not an int")
        if g.get("doc_year_evidence") and norm(g["doc_year_evidence"]) not in text:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in norm(g.get("doc_year_evidence") or ""):
            err(doc, "doc_year not visible in its evidence")
        for a in g.get("articles", []):
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article fields %s" % sorted(a))
            if norm(a.get("first_words") or "") not in text:
                err(doc, "article first_words not in text: %s" % a.get("first_words"))
        # entities
        canon = {k: {} for k in S.TYPES}
        owner = {}
        for kind in S.TYPES:
            for e in g.get(kind, []):
                totals[kind] += 1
                if set(e) != FIELDS[kind]:
                    err(doc, "%s %s fields %s" % (kind, e.get("name"), sorted(set(e) ^ FIELDS[kind])))
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s aliases not a list" % (kind, e.get("name")))
                n = norm(e["name"])
                if re.search(r"\s", e["name"]):
                    err(doc, "%s name has spaces: %r" % (kind, e["name"]))
                canon[kind][e["name"]] = e
                for nm in S.names_of(e):
                    if not nm:
                        err(doc, "%s %s: empty name/alias" % (kind, e["name"]))
                        continue
                    if nm not in text:
                        err(doc, "%s name/alias not in text: %s" % (kind, nm))
                    if nm in owner and owner[nm] != (kind, n):
                        err(doc, "name/alias %s shared by %s and %s %s" % (nm, owner[nm], kind, n))
                    owner[nm] = (kind, n)
                if kind != "zones" and e.get("zone") is not None and e["zone"] not in canon["zones"]:
                    pass  # checked after all zones are read
        for kind in S.TYPES:
            for e in g.get(kind, []):
                if kind == "zones":
                    for f in ("city", "province"):
                        v = e.get(f)
                        if not v:
                            err(doc, "zone %s has no %s" % (e["name"], f))
                    if e.get("city") and not re.search(r"(市|州|盟|地区)$", e["city"]):
                        err(doc, "zone %s city %r not in full" % (e["name"], e["city"]))
                    if e.get("province") and not re.search(r"(省|自治区|市)$", e["province"]):
                        err(doc, "zone %s province %r not in full" % (e["name"], e["province"]))
                    continue
                z = e.get("zone")
                if z is not None and z not in canon["zones"]:
                    err(doc, "%s %s: zone %s unresolved" % (kind, e["name"], z))
                if kind == "projects":
                    if e.get("enterprise") is not None and e["enterprise"] not in canon["enterprises"]:
                        err(doc, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
                    if e.get("status") is not None and e["status"] not in STATUS:
                        err(doc, "project %s: status %s not allowed" % (e["name"], e["status"]))
        for a in g.get("articles", []):
            if a.get("main_zone") is not None and a["main_zone"] not in canon["zones"]:
                err(doc, "article main_zone %s unresolved" % a["main_zone"])
        # statistics
        all_canon = set().union(*[set(c) for c in canon.values()])
        keys = {}
        for s in g.get("statistics", []):
            totals["statistics"] += 1
            tag = "stat %s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            if set(s) != FIELDS["statistics"]:
                err(doc, "%s fields %s" % (tag, sorted(set(s) ^ FIELDS["statistics"])))
            subj = s.get("subject")
            if subj not in all_canon and not re.fullmatch(r"(全国|全省|全市|全区|\S{2,8}(省|市))", subj or ""):
                err(doc, "%s: subject unresolved" % tag)
            if subj not in all_canon and norm(subj) in owner:
                err(doc, "%s: subject is an alias, not the canonical name" % tag)
            if not isinstance(s.get("value"), (int, float)) or isinstance(s.get("value"), bool):
                err(doc, "%s: value not a number" % tag)
                continue
            if s.get("kind") not in KINDS:
                err(doc, "%s: kind %s" % (tag, s.get("kind")))
            if s.get("approx") is not None and s["approx"] not in APPROX:
                err(doc, "%s: approx %s" % (tag, s["approx"]))
            fam, fac = S.unit_of(s.get("unit"))
            if fam.startswith("raw:"):
                warnings.append("%s: %s: unit %s unknown to score.py (compared as raw)" % (doc, tag, s.get("unit")))
            if s.get("kind") == "difference":
                if not s.get("compared_to"):
                    err(doc, "%s: difference without compared_to" % tag)
            elif s.get("compared_to") is not None:
                err(doc, "%s: compared_to on kind %s" % (tag, s.get("kind")))
            if s.get("kind") == "rank" and s.get("unit") != "位":
                err(doc, "%s: rank unit %s" % (tag, s.get("unit")))
            if s.get("unit") == "个百分点" and s.get("kind") not in ("difference", "target", "other"):
                err(doc, "%s: 个百分点 with kind %s" % (tag, s.get("kind")))
            ev = s.get("evidence") or ""
            if not ev:
                err(doc, "%s: no evidence" % tag)
            elif norm(ev) not in text:
                err(doc, "%s: evidence not in text: %s" % (tag, ev))
            if re.search(r"\s", ev) or any(q in ev for q in S.QUOTES):
                err(doc, "%s: evidence has spaces or quotes" % tag)
            if round(float(s["value"]), 6) not in visible_values(norm(ev)):
                err(doc, "%s: value not visible in evidence %s" % (tag, ev))
            if s.get("unit") not in ("fraction", "位") and s.get("unit") and s["unit"] not in ev:
                if not (s["unit"] == "倍" and "番" in ev):
                    warnings.append("%s: %s: unit %s not printed in evidence" % (doc, tag, s["unit"]))
            if s.get("period") is not None and norm(s["period"]) != s["period"]:
                err(doc, "%s: period not normalised" % tag)
            if len(re.findall(r"[。；;！？]", ev)) > 0:
                err(doc, "%s: evidence crosses a sentence" % tag)
            key = (norm(subj), round(float(s["value"]) * fac, 6), fam, norm(s.get("indicator")))
            if key in keys:
                err(doc, "%s: collides with %s under the scorer's de-duplication key" % (tag, keys[key]))
            keys[key] = tag
            if not s.get("indicator"):
                err(doc, "%s: empty indicator" % tag)

    # self-scoring with score.py's own functions
    preds = {k: [] for k in S.TYPES + ["statistics"]}
    for doc, g in gold.items():
        for z in g.get("zones", []):
            preds["zones"].append({"doc": g["doc"], "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g.get("enterprises", []):
            preds["enterprises"].append({"doc": g["doc"], "name": e["name"], "zone": e["zone"]})
        for p in g.get("projects", []):
            preds["projects"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"],
                                      "enterprise": p["enterprise"], "status": p["status"]})
        for p in g.get("platforms", []):
            preds["platforms"].append({"doc": g["doc"], "name": p["name"], "zone": p["zone"]})
        for s in g.get("statistics", []):
            preds["statistics"].append({
                "doc": g["doc"], "subject": s["subject"], "indicator": s["indicator"],
                "value": None if s["value"] is None else str(s["value"]), "unit": s["unit"],
                "period": s["period"], "kind": s["kind"], "approx": s["approx"],
                "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    summary = {
        "zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": S.score_statistics(gold, preds, detail),
    }
    for k, r in summary.items():
        vals = {"p": r["p"], "r": r["r"], "f1": r["f1"]}
        vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
        vals.update({a: r[a] for a in r if a.endswith("_ok")})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                errors.append("self-score %s %s = %s" % (k, a, v))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(d))

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in totals.items())))
    print("self-score:", " ".join("%s F1=%.3f" % (k, r["f1"]) for k, r in summary.items()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
