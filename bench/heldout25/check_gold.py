#!/usr/bin/env python3
"""Validate the heldout25 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--gold gold] [--texts texts] [--score /work/shared/eval/score.py]

Checks: fields and allowed values; references resolve; names, aliases and evidence occur
verbatim in the text after score.py's norm_name(); each value is visible in its evidence;
no alias/name shared by two entities; no two statistics collide under the scorer's
de-duplication key; scoring the gold against itself gives 1.0 everywhere.
Exit status 1 when any error is found.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
ap.add_argument("--score", default="/work/shared/eval/score.py")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
load_gold, norm_name, norm_doc, unit_of, to_float = (
    score.load_gold, score.norm_name, score.norm_doc, score.unit_of, score.to_float)

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"]
FIELDS = {
    "articles": ["title", "main_zone", "first_words"],
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
def err(doc, msg): errors.append("%s: %s" % (doc, msg))
def warn(doc, msg): warnings.append("%s: %s" % (doc, msg))


def cn_int(s):
    """一..九十九 -> int, or None."""
    if not s or any(c not in CN for c in s):
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s] if len(s) == 1 else None


def visible_values(ev):
    """All numbers a reader can see in an evidence string (digits and word forms)."""
    e = norm_name(ev).replace(",", "")
    vals = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", e):
        vals.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", e):
        vals.add(round(int(m.group(1)) / int(m.group(2)), 6))
    w = "[零一二两三四五六七八九十半]+"
    for m in re.finditer("(%s)成" % w, e):
        n = cn_int(m.group(1)) if m.group(1) != "半" else None
        if n is not None:
            vals.add(n / 10)
    if "半" in e:
        vals.add(0.5)
    for m in re.finditer("(%s)分之(%s)" % (w, w), e):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b:
            vals.add(round(b / a, 6))
    for m in re.finditer(w, e):
        n = cn_int(m.group())
        if n is not None:
            vals.add(float(n))
    if "首位" in e or "第一" in e or "榜首" in e or "首次" in e:
        vals.add(1.0)
    if "翻一番" in e or "翻番" in e:
        vals.add(2.0)
    return vals


def check_doc(doc, g, text):
    T = norm_name(text)
    for k in TOP:
        if k not in g:
            err(doc, "missing top-level field %s" % k)
    if norm_doc(g["doc"]) != doc:
        err(doc, "doc field %s does not match file" % g["doc"])
    if g.get("doc_year") is not None and not isinstance(g["doc_year"], int):
        err(doc, "doc_year not int")
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in T:
        err(doc, "doc_year_evidence not in text: %s" % g["doc_year_evidence"])
    for kind, fields in FIELDS.items():
        for e in g.get(kind, []):
            if set(e) != set(fields):
                err(doc, "%s fields %s != %s" % (kind, sorted(e), sorted(fields)))
    # names and aliases
    owner = {}
    names = {}
    for kind in score.TYPES:
        names[kind] = set()
        for e in g.get(kind, []):
            if not isinstance(e.get("aliases"), list):
                err(doc, "%s %s aliases not a list" % (kind, e.get("name")))
            for n in [e["name"]] + list(e.get("aliases") or []):
                nn = norm_name(n)
                if re.search(r"\s", n):
                    err(doc, "%s name/alias contains whitespace: %r" % (kind, n))
                if nn not in T:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
                if nn in owner and owner[nn] != (kind, e["name"]):
                    err(doc, "name/alias %s shared by %s and %s/%s" % (nn, owner[nn], kind, e["name"]))
                owner[nn] = (kind, e["name"])
            names[kind].add(e["name"])
    allnames = set(owner)
    zones = names["zones"]
    for a in g.get("articles", []):
        if a["main_zone"] is not None and norm_name(a["main_zone"]) not in {norm_name(z) for z in zones}:
            err(doc, "article main_zone unknown: %s" % a["main_zone"])
        if norm_name(a["first_words"]) not in T:
            err(doc, "article first_words not in text: %s" % a["first_words"])
    regions = {"全国"}
    for z in g.get("zones", []):
        for f in ("city", "province"):
            v = z.get(f)
            if not v or not re.search(r"(市|省|自治区)$", v):
                err(doc, "zone %s %s not a full name: %s" % (z["name"], f, v))
            elif v.rstrip("市省").replace("壮族自治区", "") not in T:
                warn(doc, "zone %s %s %s not mentioned in text" % (z["name"], f, v))
            regions.add(v)
    for kind in ("enterprises", "projects", "platforms"):
        for e in g.get(kind, []):
            if e["zone"] is not None and e["zone"] not in zones:
                err(doc, "%s %s zone unknown: %s" % (kind, e["name"], e["zone"]))
    for p in g.get("projects", []):
        if p["enterprise"] is not None and p["enterprise"] not in names["enterprises"]:
            err(doc, "project %s enterprise unknown: %s" % (p["name"], p["enterprise"]))
        if p["status"] not in STATUS:
            err(doc, "project %s bad status %s" % (p["name"], p["status"]))
    # statistics
    seen = {}
    for i, s in enumerate(g.get("statistics", [])):
        tag = "stat %d (%s|%s|%s)" % (i, s.get("subject"), s.get("indicator"), s.get("value"))
        subj = s.get("subject")
        if norm_name(subj) not in allnames and subj not in regions:
            if re.search(r"(省|市|自治区|县)$", subj or "") and norm_name(subj).rstrip("省市县") in T:
                pass
            else:
                err(doc, tag + " subject does not resolve")
        if s["kind"] not in KINDS:
            err(doc, tag + " bad kind %s" % s["kind"])
        if s["approx"] not in APPROX:
            err(doc, tag + " bad approx %s" % s["approx"])
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, tag + " value not a number")
        if not s.get("indicator"):
            err(doc, tag + " empty indicator")
        if not s.get("unit"):
            err(doc, tag + " empty unit")
        elif unit_of(s["unit"])[0].startswith("raw:"):
            warn(doc, tag + " unit %s unknown to score.py (compared verbatim)" % s["unit"])
        if s["kind"] == "difference" and not s["compared_to"]:
            err(doc, tag + " difference without compared_to")
        if s["kind"] != "difference" and s["compared_to"]:
            err(doc, tag + " compared_to on a non-difference kind")
        if s["kind"] == "rank" and s["unit"] != "位":
            warn(doc, tag + " rank with unit %s" % s["unit"])
        ev = s.get("evidence") or ""
        if norm_name(ev) not in T:
            err(doc, tag + " evidence not in text: %s" % ev)
        v = to_float(s["value"])
        if v is not None and not any(abs(v - x) <= 1e-6 * max(abs(v), 1) for x in visible_values(ev)):
            err(doc, tag + " value not visible in evidence: %s" % ev)
        if s.get("period") and norm_name(s["period"]) != s["period"]:
            err(doc, tag + " period not normalised")
        fam, fac = unit_of(s["unit"])
        key = (norm_name(subj), None if v is None else round(v * fac, 6), fam, norm_name(s["indicator"]))
        if key in seen:
            err(doc, tag + " collides with stat %d under the scorer's de-dup key" % seen[key])
        seen[key] = i


def self_score(gold):
    def res(vars_, rows):
        return {"head": {"vars": vars_}, "results": {"bindings": [
            {k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None}
            for r in rows]}}
    preds = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for doc, g in gold.items():
        d = "http://example.org/doc/" + doc
        preds["zones"] += [{"doc": d, "name": z["name"], "city": z["city"], "province": z["province"]} for z in g["zones"]]
        preds["enterprises"] += [{"doc": d, "name": e["name"], "zone": e["zone"]} for e in g["enterprises"]]
        preds["projects"] += [{"doc": d, "name": p["name"], "zone": p["zone"], "enterprise": p["enterprise"],
                               "status": p["status"]} for p in g["projects"]]
        preds["platforms"] += [{"doc": d, "name": p["name"], "zone": p["zone"]} for p in g["platforms"]]
        preds["statistics"] += [{"doc": d, "subject": s["subject"], "indicator": s["indicator"],
                                 "value": s["value"], "unit": s["unit"], "period": s["period"], "kind": s["kind"],
                                 "approx": s["approx"], "comparedTo": s["compared_to"], "evidence": s["evidence"]}
                                for s in g["statistics"]]
    vars_ = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
             "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
             "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                            "comparedTo", "evidence"]}
    p = {k: score.rows_of(res(vars_[k], v)) for k, v in preds.items()}
    detail = []
    out = {
        "zones": score.score_entities("zones", gold, p, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, p, ["zone"], detail),
        "projects": score.score_entities("projects", gold, p, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, p, ["zone"], detail),
        "statistics": score.score_statistics(gold, p, detail),
    }
    for k, r in out.items():
        vals = [r["p"], r["r"], r["f1"]]
        vals += [v for v in (r.get("attributes") or {}).values() if v is not None]
        vals += [r[x] for x in r if x.endswith("_ok") and r[x] is not None]
        if any(abs(v - 1.0) > 1e-9 for v in vals):
            errors.append("self-score %s not 1.0: %s" % (k, json.dumps(r, ensure_ascii=False)))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(d))
    return out


def main():
    gold = load_gold(args.gold)
    counts = {k: 0 for k in score.TYPES + ["statistics"]}
    for doc, g in sorted(gold.items()):
        path = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(path):
            err(doc, "no text file %s" % path)
            continue
        with open(path, encoding="utf-8") as h:
            text = h.read()
        check_doc(doc, g, text)
        for k in counts:
            counts[k] += len(g.get(k, []))
    out = self_score(gold)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in counts.items())))
    print("self-score F1: " + " ".join("%s=%.3f" % (k, v["f1"]) for k, v in out.items()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
