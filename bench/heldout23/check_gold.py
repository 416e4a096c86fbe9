#!/usr/bin/env python3
"""Validate the gold files of this held-out set against their texts, using the scorer's
own functions (load_gold, norm_name, norm_doc, unit_of, score_entities, score_statistics).

  python3 check_gold.py [--score /work/shared/eval/score.py]

Prints every problem and a final "N errors" line; exit status 1 when N > 0.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
norm_name, norm_doc, unit_of = S.norm_name, S.norm_doc, S.unit_of

TYPES = S.TYPES
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
ZONE_KEYS = {"name", "aliases", "city", "province"}
ENT_KEYS = {"name", "aliases", "zone"}
PRJ_KEYS = {"name", "aliases", "zone", "enterprise", "status"}
PLT_KEYS = {"name", "aliases", "zone"}
STAT_KEYS = {"subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"}
TOP_KEYS = {"doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
            "platforms", "statistics"}
# region subjects allowed for comparison figures stated as their own figure
REGIONS = {"全国", "全省", "全市", "全区"}
PROVINCES = ("广东省 福建省 浙江省 江苏省 上海市 山东省 北京市 天津市 河北省").split()

CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

errors = []
warnings = []
def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def fmt_candidates(v):
    """string forms under which a numeric value may be printed"""
    c = set()
    if float(v) == int(float(v)):
        c.add(str(int(float(v))))
    c.add(("%.6f" % float(v)).rstrip("0").rstrip("."))
    c.add(str(v))
    return c


def value_visible(s):
    ev = norm_name(s["evidence"])
    v = S.to_float(s["value"])
    if v is None:
        return False
    # digits of the evidence, without thousands separators
    digits = ev.replace(",", "")
    for c in fmt_candidates(v):
        for m in re.finditer(re.escape(c), digits):
            a, b = m.start(), m.end()
            before = digits[a - 1] if a else ""
            after = digits[b] if b < len(digits) else ""
            if not (before.isdigit() or before == ".") and not (after.isdigit() or (after == "." and b + 1 < len(digits) and digits[b + 1].isdigit())):
                return True
    # fractions a/b, 三成, 四分之一, 一半
    if (s["unit"] or "") == "fraction":
        for m in re.finditer(r"(\d+)/(\d+)", ev):
            if S.same_value(int(m.group(1)) / int(m.group(2)), v):
                return True
        for m in re.finditer(r"([一二两三四五六七八九])成", ev):
            if S.same_value(CN[m.group(1)] / 10, v):
                return True
        for m in re.finditer(r"([一二三四五六七八九十])分之([一二三四五六七八九])", ev):
            if S.same_value(CN[m.group(2)] / CN[m.group(1)], v):
                return True
        if "一半" in ev and S.same_value(v, 0.5):
            return True
    # small integers written in Chinese: 第一, 首位, 两家, 翻一番 ...
    if v == int(v) and 1 <= v <= 10:
        if v == 1 and ("首位" in ev or "第一" in ev or "榜首" in ev):
            return True
        for ch, n in CN.items():
            if n == v and ch in ev:
                return True
    return False


gold = S.load_gold(args.gold)
print("loaded %d gold files with score.load_gold" % len(gold))

for doc, g in gold.items():
    tpath = os.path.join(args.texts, doc + ".txt")
    if not os.path.exists(tpath):
        err(doc, "no text file"); continue
    raw = open(tpath, encoding="utf-8").read()
    text = norm_name(raw)
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 1500 <= han <= 1800:
        err(doc, "han characters %d outside 1500-1800" % han)
    if set(g) != TOP_KEYS:
        err(doc, "top-level keys %s" % sorted(set(g) ^ TOP_KEYS))
    if norm_doc(g["doc"]) != doc:
        err(doc, "doc field mismatch")
    if g.get("doc_year") is not None:
        ev = g.get("doc_year_evidence") or ""
        if norm_name(ev) not in text:
            err(doc, "doc_year_evidence not in text: " + ev)
    for a in g["articles"]:
        if set(a) != {"title", "main_zone", "first_words"}:
            err(doc, "article keys %s" % a)
        if norm_name(a["first_words"]) not in text:
            err(doc, "article first_words not in text: " + a["first_words"])
        if norm_name(a["title"]) not in text and "".join(c * 2 for c in norm_name(a["title"])) not in text:
            err(doc, "article title not in text (may be doubled only): " + a["title"])
    # entities --------------------------------------------------------------
    keysets = {"zones": ZONE_KEYS, "enterprises": ENT_KEYS, "projects": PRJ_KEYS, "platforms": PLT_KEYS}
    owner = {}
    names = {k: set() for k in TYPES}
    for kind in TYPES:
        for e in g[kind]:
            if set(e) != keysets[kind]:
                err(doc, "%s keys %s" % (kind, sorted(e)))
            ns = S.names_of(e)
            names[kind] |= ns
            for n in ns:
                if not n:
                    err(doc, "empty name in %s" % e)
                    continue
                if n != norm_name(n) and False:
                    pass
                if n in owner and owner[n] is not e:
                    err(doc, "name/alias %s shared by %s and %s" % (n, owner[n]["name"], e["name"]))
                owner[n] = e
                if n not in text:
                    err(doc, "%s name/alias not in text: %s" % (kind, n))
            if re.search(r"\s", e["name"]):
                err(doc, "name not normalised (spaces/quotes): %s" % e["name"])
    zone_names = set()
    for z in g["zones"]:
        zone_names |= S.names_of(z)
        if not z["city"] or not z["province"]:
            err(doc, "zone without city/province: " + z["name"])
        elif z["province"] not in PROVINCES:
            err(doc, "zone %s in unexpected province %s" % (z["name"], z["province"]))
        if z["city"] and not z["city"].endswith(("市", "州", "盟", "地区")):
            err(doc, "city not written in full: %s" % z["city"])
    ent_names = set()
    for e in g["enterprises"]:
        ent_names |= S.names_of(e)
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e["zone"] is not None and norm_name(e["zone"]) not in zone_names:
                err(doc, "%s %s: zone %s does not resolve" % (kind, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["enterprise"] is not None and norm_name(p["enterprise"]) not in ent_names:
            err(doc, "project %s: enterprise %s does not resolve" % (p["name"], p["enterprise"]))
        if p["status"] not in STATUS:
            err(doc, "project %s: status %s" % (p["name"], p["status"]))
    all_names = set().union(*names.values())
    # statistics --------------------------------------------------------------
    seen = {}
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
        if set(s) != STAT_KEYS:
            err(doc, tag + " keys %s" % sorted(set(s) ^ STAT_KEYS)); continue
        subj = norm_name(s["subject"])
        canon = {norm_name(e["name"]) for k in TYPES for e in g[k]}
        region = subj in REGIONS or subj in PROVINCES or (subj.endswith(("省", "市")) and subj not in all_names)
        if subj not in canon and not region:
            err(doc, tag + " subject is not the canonical name of an entity or a region: " + s["subject"])
        if re.search(r"\s", s["subject"]):
            err(doc, tag + " subject not normalised: " + s["subject"])
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, tag + " value is not a JSON number")
        fam, _ = unit_of(s["unit"])
        if fam.startswith("raw:") and s["unit"] not in ("fraction",):
            warnings.append("%s: %s unit not in score.py's table (compared as a raw string): %s" % (doc, tag, s["unit"]))
        if s["kind"] not in KINDS:
            err(doc, tag + " kind %s" % s["kind"])
        if s["approx"] not in APPROX:
            err(doc, tag + " approx %s" % s["approx"])
        if s["kind"] == "difference":
            if not s["compared_to"]:
                err(doc, tag + " difference without compared_to")
        elif s["compared_to"] is not None:
            err(doc, tag + " compared_to set for kind %s" % s["kind"])
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, tag + " rank not in unit 位")
        if s["period"] is not None and s["period"] != norm_name(s["period"]):
            err(doc, tag + " period has spaces")
        if not s["indicator"] or not re.search(r"[\u4e00-\u9fff]", s["indicator"]):
            err(doc, tag + " indicator missing")
        ev = norm_name(s["evidence"] or "")
        if re.search(r"\s", s["evidence"] or ""):
            err(doc, tag + " evidence not normalised")
        if not ev or ev not in text:
            err(doc, tag + " evidence not in text: " + (s["evidence"] or ""))
        if not value_visible(s):
            err(doc, tag + " value not visible in evidence: " + (s["evidence"] or ""))
        # approx must be signalled in the evidence
        if s["approx"] == "over" and not re.search(r"超|突破|以上|逾|余|多", ev):
            err(doc, tag + " approx over without a marker")
        if s["approx"] == "about" and not re.search(r"约|近|左右", ev):
            err(doc, tag + " approx about without a marker")
        if s["approx"] == "under" and not re.search(r"不到|不足", ev):
            err(doc, tag + " approx under without a marker")
        v = S.to_float(s["value"])
        fam, fac = unit_of(s["unit"])
        key = (subj, None if v is None else round(v * fac, 6), fam, norm_name(s["indicator"]))
        if key in seen:
            err(doc, tag + " collides with stat %d under the scorer's de-duplication key" % seen[key])
        seen[key] = i

# self-scoring ---------------------------------------------------------------
def as_rows(gold):
    preds = {k: [] for k in TYPES + ["statistics"]}
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
    return preds

preds = as_rows(gold)
detail = []
summary = {
    "zones": S.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": S.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": S.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": S.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": S.score_statistics(gold, preds, detail),
}
for k, r in summary.items():
    vals = [r["p"], r["r"], r["f1"]]
    vals += [v for v in (r.get("attributes") or {}).values() if v is not None]
    vals += [r[a] for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")
             if r.get(a) is not None]
    ok = all(abs(v - 1.0) < 1e-9 for v in vals)
    print("self-score %-12s %s %s" % (k, "1.0 everywhere" if ok else "NOT 1.0", {
        a: r[a] for a in r if a not in ("attribute_counts",)}))
    if not ok:
        errors.append("self-score %s not 1.0" % k)
for d in detail:
    errors.append("self-score detail: %s" % (d,))

tot = {k: sum(len(g[k]) for g in gold.values()) for k in TYPES + ["statistics"]}
print("totals:", tot)
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
