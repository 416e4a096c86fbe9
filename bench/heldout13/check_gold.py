#!/usr/bin/env python3
"""Validate the held-out gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--set DIR]

Checks: top-level and per-entry fields, allowed values (status, kind, approx, units,
provinces); references resolve (zones, enterprises, statistic subjects); every name, alias,
evidence, title, first_words and doc_year_evidence occurs verbatim in the text after
score.py's norm_name (names must also occur outside the doubled headline); each value is
visible in its evidence; no alias is shared by two entities; no two statistics collide
under score.py's de-duplication key; compared_to only (and always) on difference kinds;
and scoring the gold against itself with score.py gives 1.0 everywhere.
"""
import argparse, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--score", default="/work/shared/eval/score.py")
ap.add_argument("--set", default=HERE)
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", args.score)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm_name, load_gold = score.norm_name, score.load_gold

TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]
FIELDS = {
    "articles": ["title", "main_zone", "first_words"],
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"],
}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
PROVINCES = {"山东省", "河南省", "湖北省", "湖南省", "广西壮族自治区", "海南省", "四川省", "贵州省", "云南省"}
EXTRA_UNITS = {"万吨", "吨", "万标箱", "标箱", "万单", "亿单", "架次", "艘次", "公里", "万千瓦", "兆瓦", "分", "天", "个月", "万辆", "台套", "万台", "列", "个工作日", "期", "P", "GWh", "栋", "类", "小时", "批次"}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def cn_int(s):
    if not s:
        return None
    if all(c in CN for c in s):
        if len(s) == 1:
            return CN[s]
        if s[0] == "十":
            return 10 + (CN[s[1]] if len(s) > 1 else 0)
        if len(s) >= 2 and s[1] == "十":
            return CN[s[0]] * 10 + (CN[s[2]] if len(s) > 2 else 0)
    return None


def value_visible(v, unit, ev):
    e = norm_name(ev).replace(",", "")
    nums = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", e):
        nums.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", e):
        nums.add(round(int(m.group(1)) / int(m.group(2)), 6))
    for m in re.finditer(r"([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)", e):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            nums.add(round(b / a, 6))
            nums.add(round(100 * b / a, 6))
    for m in re.finditer(r"([一二两三四五六七八九])成", e):
        nums.add(CN[m.group(1)] / 10)
        nums.add(CN[m.group(1)] * 10.0)
    if "千亿" in e:
        nums.add(1000.0)
    if "一半" in e or "半数" in e:
        nums.update({0.5, 50.0})
    for m in re.finditer(r"[零一二两三四五六七八九十]+", e):
        n = cn_int(m.group())
        if n is not None:
            nums.add(float(n))
    if "首位" in e or "第一" in e or "榜首" in e or "居首" in e:
        nums.add(1.0)
    fv = float(v)
    return any(abs(fv - n) <= 1e-6 * max(abs(fv), 1) for n in nums)


def doubled_lines(raw):
    out = []
    for line in raw.splitlines():
        s = re.sub(r"\s+", "", line)
        if len(s) >= 8 and len(s) % 2 == 0 and all(s[i] == s[i + 1] for i in range(0, len(s), 2)):
            out.append(line)
    return out


gold_dir = os.path.join(args.set, "gold")
text_dir = os.path.join(args.set, "texts")
gold = load_gold(gold_dir)
texts = sorted(f for f in os.listdir(text_dir) if f.endswith(".txt"))
if sorted(score.norm_doc(t) for t in texts) != sorted(gold):
    err("-", "texts and gold files do not pair up: %s vs %s" % (texts, sorted(gold)))

totals = {k: 0 for k in ["zones", "enterprises", "projects", "platforms", "statistics"]}
for doc, g in gold.items():
    path = os.path.join(text_dir, doc + ".txt")
    if not os.path.exists(path):
        err(doc, "no text file")
        continue
    raw = open(path, encoding="utf-8").read()
    T = norm_name(raw)
    dbl = doubled_lines(raw)
    body = raw
    for d in dbl:
        body = body.replace(d, "")
    B = norm_name(body)
    if len(dbl) > 1:
        err(doc, "more than one doubled headline")
    if list(g) != TOP:
        err(doc, "top-level keys %s" % list(g))
    if not (g["doc_year"] is None or isinstance(g["doc_year"], int)):
        err(doc, "doc_year not int")
    if g["doc_year"] and (not g["doc_year_evidence"] or norm_name(g["doc_year_evidence"]) not in T
                          or str(g["doc_year"]) not in g["doc_year_evidence"]):
        err(doc, "doc_year_evidence not in text or lacks the year")
    for kind, fields in FIELDS.items():
        for e in g[kind]:
            if list(e) != fields:
                err(doc, "%s fields %s" % (kind, list(e)))
    zones = {z["name"] for z in g["zones"]}
    ents = {e["name"] for e in g["enterprises"]}
    projs = {p["name"] for p in g["projects"]}
    plats = {p["name"] for p in g["platforms"]}
    for k in totals:
        totals[k] += len(g[k])
    for a in g["articles"]:
        t = norm_name(a["title"])
        if t not in T and norm_name("".join(c + c for c in a["title"])) not in T:
            err(doc, "article title not in text: %s" % a["title"])
        if a["main_zone"] is not None and a["main_zone"] not in zones:
            err(doc, "article main_zone unknown: %s" % a["main_zone"])
        if norm_name(a["first_words"]) not in T:
            err(doc, "first_words not in text: %s" % a["first_words"])
    # names and aliases
    owner = {}
    for kind in score.TYPES:
        for e in g[kind]:
            if not e["name"] or re.search(r"\s", e["name"]):
                err(doc, "%s name not normalised: %r" % (kind, e["name"]))
            if not isinstance(e["aliases"], list):
                err(doc, "%s aliases not a list" % e["name"])
            for n in [e["name"]] + e["aliases"]:
                if norm_name(n) not in B:
                    err(doc, "%s name/alias not in text (outside doubled headline): %s" % (kind, n))
                key = norm_name(n)
                if key in owner and owner[key] != (kind, e["name"]):
                    ok = ({owner[key][0], kind} == {"enterprises", "projects"} and owner[key][1] == e["name"]
                          and any(p["name"] == e["name"] and p["enterprise"] == e["name"] for p in g["projects"]))
                    if not ok:
                        err(doc, "alias %s shared by %s and %s" % (n, owner[key], (kind, e["name"])))
                owner.setdefault(key, (kind, e["name"]))
            if len(set(map(norm_name, e["aliases"]))) != len(e["aliases"]) or norm_name(e["name"]) in map(norm_name, e["aliases"]):
                err(doc, "duplicate alias in %s" % e["name"])
    for z in g["zones"]:
        if z["province"] not in PROVINCES:
            err(doc, "zone %s province %s" % (z["name"], z["province"]))
        if not z["city"] or not re.search(r"(市|州|地区|盟)$", z["city"]):
            err(doc, "zone %s city %s" % (z["name"], z["city"]))
    for kind in ["enterprises", "projects", "platforms"]:
        for e in g[kind]:
            if e["zone"] is not None and e["zone"] not in zones:
                err(doc, "%s %s zone unknown: %s" % (kind, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["enterprise"] is not None and p["enterprise"] not in ents:
            err(doc, "project %s enterprise unknown: %s" % (p["name"], p["enterprise"]))
        if p["status"] not in STATUS:
            err(doc, "project %s status %s" % (p["name"], p["status"]))
    # statistics
    regions = {"全国"} | PROVINCES | {z["city"] for z in g["zones"]} | {z["province"] for z in g["zones"]}
    subjects = zones | ents | projs | plats
    seen = {}
    for s in g["statistics"]:
        tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
        if s["subject"] not in subjects and s["subject"] not in regions:
            err(doc, "stat subject unknown: %s" % tag)
        if s["kind"] not in KINDS:
            err(doc, "stat kind %s: %s" % (s["kind"], tag))
        if s["approx"] not in APPROX:
            err(doc, "stat approx %s: %s" % (s["approx"], tag))
        fam = score.unit_of(s["unit"])[0]
        if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS:
            err(doc, "stat unit unknown %s: %s" % (s["unit"], tag))
        if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
            err(doc, "stat value not a number: %s" % tag)
            continue
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, "compared_to must be set exactly for difference: %s" % tag)
        if s["compared_to"] is not None and s["compared_to"] not in subjects | regions and norm_name(s["compared_to"]) not in T:
            err(doc, "compared_to unknown: %s -> %s" % (tag, s["compared_to"]))
        if s["kind"] == "rank" and s["unit"] != "位":
            err(doc, "rank unit must be 位: %s" % tag)
        ev = norm_name(s["evidence"] or "")
        if not ev or ev not in T:
            err(doc, "evidence not in text: %s | %s" % (tag, s["evidence"]))
        if "。" in ev.rstrip("。"):
            err(doc, "evidence spans sentences: %s" % tag)
        if not value_visible(s["value"], s["unit"], s["evidence"] or ""):
            err(doc, "value not visible in evidence: %s | %s" % (tag, s["evidence"]))
        if s["period"] is not None and re.search(r"\s", s["period"]):
            err(doc, "period has spaces: %s" % tag)
        if not s["indicator"]:
            err(doc, "empty indicator: %s" % tag)
        fam, fac = score.unit_of(s["unit"])
        key = (norm_name(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm_name(s["indicator"]))
        if key in seen:
            err(doc, "de-duplication key collision: %s and %s" % (seen[key], tag))
        seen[key] = tag

# ---------------------------------------------------------------- self score
preds = {k: [] for k in score.TYPES + ["statistics"]}
for doc, g in gold.items():
    for z in g["zones"]:
        preds["zones"].append({"doc": doc, "name": z["name"], "city": z["city"], "province": z["province"]})
    for e in g["enterprises"]:
        preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
    for p in g["projects"]:
        preds["projects"].append({"doc": doc, "name": p["name"], "zone": p["zone"], "enterprise": p["enterprise"],
                                  "status": p["status"]})
    for p in g["platforms"]:
        preds["platforms"].append({"doc": doc, "name": p["name"], "zone": p["zone"]})
    for s in g["statistics"]:
        preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                    "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                    "kind": s["kind"], "approx": s["approx"], "comparedTo": s["compared_to"],
                                    "evidence": s["evidence"]})
detail = []
summary = {
    "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
    "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
    "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
    "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
    "statistics": score.score_statistics(gold, preds, detail),
}
for k, s in summary.items():
    vals = [s["p"], s["r"], s["f1"]]
    vals += [v for v in (s.get("attributes") or {}).values() if v is not None]
    vals += [v for a, v in s.items() if a.endswith("_ok") and v is not None]
    if any(v != 1.0 for v in vals):
        err("self-score", "%s not 1.0: %s" % (k, s))
for d in detail:
    err("self-score", "\t".join(d))

print("documents: %d  " % len(gold) + "  ".join("%s: %d" % kv for kv in totals.items()))
for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
