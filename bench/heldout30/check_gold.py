#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

usage: python3 check_gold.py [--score /work/shared/eval/score.py] [--dir THIS_FOLDER]
Exit code 0 when no errors.
"""
import argparse, importlib.util, os, re, sys, unicodedata
from fractions import Fraction

ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold = score.norm_name, score.load_gold

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
ENT_FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
}
STAT_FIELDS = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
TOP = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
       "platforms", "statistics"}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
      "九": 9, "十": 10, "半": 0.5}
APPROX_WORDS = {"over": ["超", "突破", "以上", "逾", "余", "多", "不少于", "不低于"], "about": ["约", "近", "左右"],
                "under": ["不到", "不足", "以内", "以下", "低于"]}

errors, warnings = [], []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def cn_int(s):
    """Chinese numeral up to 99 -> int, or None."""
    if not s:
        return None
    if s == "十":
        return 10
    if len(s) == 1:
        return CN.get(s)
    if len(s) == 2 and s[0] == "十":
        return 10 + CN.get(s[1], 0)
    if len(s) == 2 and s[1] == "十":
        return CN.get(s[0], 0) * 10
    if len(s) == 3 and s[1] == "十":
        return CN.get(s[0], 0) * 10 + CN.get(s[2], 0)
    return None


def value_visible(s):
    ev = norm_name(s["evidence"]).replace(",", "")
    v = float(s["value"])
    forms = {("%.6f" % v).rstrip("0").rstrip(".")}
    if v.is_integer():
        forms.add(str(int(v)))
    if any(f in ev for f in forms):
        # guard against a digit-substring hit such as 5 inside 15
        for f in forms:
            for m in re.finditer(re.escape(f), ev):
                a, b = m.start(), m.end()
                before = ev[a - 1] if a else ""
                after = ev[b] if b < len(ev) else ""
                if not (before.isdigit() or before == ".") and not (after.isdigit() or (after == "." and b + 1 < len(ev) and ev[b + 1].isdigit())):
                    return True
    # fractions a/b and X分之Y
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        if abs(float(Fraction(int(m.group(1)), int(m.group(2)))) - v) < 1e-5:
            return True
    for m in re.finditer(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", ev):
        d, n = cn_int(m.group(1)), cn_int(m.group(2))
        if d and n and abs(n / d - v) < 1e-5:
            return True
    if "一半" in ev and abs(v - 50) < 1e-9 or "一半" in ev and abs(v - 0.5) < 1e-9:
        return True
    if abs(v - 1) < 1e-9 and any(w in ev for w in ("首位", "居首", "第一")):
        return True
    # 三成 -> 30 %, 两倍 -> 2, 第一 -> 1, 七成半 etc.
    for m in re.finditer(r"([一二两三四五六七八九十]+)成(半)?", ev):
        n = cn_int(m.group(1))
        if n is not None and abs(n * 10 + (5 if m.group(2) else 0) - v) < 1e-9:
            return True
    for m in re.finditer(r"([一二两三四五六七八九十]+)", ev):
        n = cn_int(m.group(1))
        if n is not None and abs(n - v) < 1e-9:
            return True
    return False


def check_doc(stem, g, text):
    nt = norm_name(text)
    if set(g) - TOP or TOP - set(g):
        err(stem, "top-level keys %s" % sorted(set(g) ^ TOP))
    if g.get("doc") != stem + ".txt":
        err(stem, "doc field %r" % g.get("doc"))
    if g.get("doc_year_evidence") and norm_name(g["doc_year_evidence"]) not in nt:
        err(stem, "doc_year_evidence not in text")
    if g.get("doc_year") is not None and str(g["doc_year"]) not in norm_name(g["doc_year_evidence"] or ""):
        warnings.append("%s: doc_year not literally in its evidence" % stem)
    for a in g["articles"]:
        if set(a) != {"title", "main_zone", "first_words"}:
            err(stem, "article keys %s" % sorted(a))
        t = norm_name(a["title"])
        if t not in nt and "".join(c * 2 for c in t) not in nt:
            err(stem, "article title not in text: %s" % a["title"])
        if norm_name(a["first_words"]) not in nt:
            err(stem, "first_words not in text: %s" % a["first_words"])
    names = {k: {} for k in ENT_FIELDS}
    owner = {}
    for kind, fields in ENT_FIELDS.items():
        for e in g[kind]:
            if set(e) != fields:
                err(stem, "%s %s keys %s" % (kind, e.get("name"), sorted(set(e) ^ fields)))
            if kind == "projects" and e["status"] not in STATUS:
                err(stem, "project %s status %r" % (e["name"], e["status"]))
            for n in [e["name"]] + list(e["aliases"]):
                k = norm_name(n)
                if k not in nt:
                    err(stem, "%s name/alias not in text: %s" % (kind, n))
                if k in owner:
                    err(stem, "name/alias %s shared by %s and %s" % (n, owner[k], e["name"]))
                owner[k] = e["name"]
                if n != e["name"] and re.fullmatch(r"(该|本)?(高新区|新区|经开区|园区|开发区|本区)", k):
                    err(stem, "generic alias %s" % n)
            names[kind][norm_name(e["name"])] = e
    zones = set(names["zones"])
    ents = set(names["enterprises"])
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e["zone"] is not None and norm_name(e["zone"]) not in zones:
                err(stem, "%s %s: zone %s unresolved" % (kind, e["name"], e["zone"]))
    for e in g["projects"]:
        if e["enterprise"] is not None and norm_name(e["enterprise"]) not in ents:
            err(stem, "project %s: enterprise %s unresolved" % (e["name"], e["enterprise"]))
    for z in g["zones"]:
        if not z["city"] or not z["province"]:
            err(stem, "zone %s lacks city/province" % z["name"])
    canon = set()
    for kind in ENT_FIELDS:
        canon |= set(names[kind])
    keys = {}
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s|%s)" % (i, s.get("subject"), s.get("indicator"))
        if set(s) != STAT_FIELDS:
            err(stem, "%s keys %s" % (tag, sorted(set(s) ^ STAT_FIELDS)))
            continue
        if s["kind"] not in KINDS:
            err(stem, "%s kind %r" % (tag, s["kind"]))
        if s["approx"] not in APPROX:
            err(stem, "%s approx %r" % (tag, s["approx"]))
        if not isinstance(s["value"], (int, float)):
            err(stem, "%s value not a number" % tag)
            continue
        subj = norm_name(s["subject"])
        if subj not in canon:
            # region-wide comparison figures: subject must be a region word printed in the text
            if subj not in nt or not re.search(r"(全国|全省|全市|全区|省|市|自治区|地区|县)$", subj):
                err(stem, "%s subject unresolved" % tag)
        fam, _ = score.unit_of(s["unit"])
        if fam.startswith("raw:"):
            warnings.append("%s: %s unit %r unknown to score.py" % (stem, tag, s["unit"]))
        ev = norm_name(s["evidence"])
        if ev not in nt:
            err(stem, "%s evidence not in text: %s" % (tag, s["evidence"]))
        if not value_visible(s):
            err(stem, "%s value %s not visible in evidence: %s" % (tag, s["value"], s["evidence"]))
        if s["kind"] == "difference" and not s["compared_to"]:
            err(stem, "%s difference without compared_to" % tag)
        if s["kind"] != "difference" and s["compared_to"]:
            err(stem, "%s compared_to on non-difference" % tag)
        if s["kind"] == "rank" and s["unit"] != "位":
            warnings.append("%s: %s rank unit %s" % (stem, tag, s["unit"]))
        if s["approx"]:
            if not any(w in ev for w in APPROX_WORDS[s["approx"]]):
                err(stem, "%s approx %s but no cue word in evidence" % (tag, s["approx"]))
        else:
            for a, ws in APPROX_WORDS.items():
                for w in ws:
                    if w in re.sub("规模以上|省级以上|亿元以上项目", "", ev) and w not in ("多", "余", "近", "超", "约"):
                        warnings.append("%s: %s cue %s in evidence but approx null" % (stem, tag, w))
        if s["period"] is not None and norm_name(s["period"]) != s["period"]:
            err(stem, "%s period has spaces/quotes" % tag)
        fac = score.unit_of(s["unit"])[1]
        key = (subj, round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in keys:
            err(stem, "%s collides with stat %d under the de-duplication key" % (tag, keys[key]))
        keys[key] = i
    # a second, stricter collision test: same subject/value/family and indicators the scorer
    # would find similar could be matched crosswise; that is harmless for self-scoring, but report
    return len(g["statistics"])


def self_score(gold):
    preds = {k: [] for k in score.TYPES + ["statistics"]}
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
    res = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    for k, r in res.items():
        vals = {"f1": r["f1"]}
        vals.update({a: v for a, v in (r.get("attributes") or {}).items()})
        vals.update({a: r[a] for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok",
                                         "compared_to_ok", "evidence_ok") if a in r})
        for a, v in vals.items():
            if v is not None and v != 1.0:
                errors.append("self-score %s %s = %s" % (k, a, v))
        print("self-score %-12s %s" % (k, " ".join("%s=%s" % kv for kv in vals.items())))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(map(str, d)))


def main():
    gold = load_gold(os.path.join(args.dir, "gold"))
    counts = {}
    for stem, g in sorted(gold.items()):
        path = os.path.join(args.dir, "texts", stem + ".txt")
        if not os.path.exists(path):
            err(stem, "no text file")
            continue
        text = open(path, encoding="utf-8").read()
        check_doc(stem, g, text)
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        counts[stem] = (han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                        len(g["platforms"]), len(g["statistics"]))
    print("%-32s %5s %4s %4s %4s %4s %5s" % ("doc", "han", "zon", "ent", "prj", "plt", "stat"))
    for stem, c in counts.items():
        print("%-32s %5d %4d %4d %4d %4d %5d" % ((stem,) + c))
    tot = [sum(c[i] for c in counts.values()) for i in range(6)]
    print("%-32s %5d %4d %4d %4d %4d %5d" % (("TOTAL",) + tuple(tot)))
    self_score(gold)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
