#!/usr/bin/env python3
"""Validate the heldout8 gold files.

  python3 check_gold.py [--coverage]

For every gold/*.json: loads it with score.py's own load_gold(); checks the schema
(fields, allowed kind/approx/status values, units the scorer understands, compared_to
only on difference entries, periods without spaces, references between entities);
checks that every evidence string, doc_year_evidence, first_words and every entity
name/alias occurs verbatim in the document text after the scorer's normalisation
(norm_name: NFKC, all whitespace incl. line breaks removed, quote marks removed), and
that the number itself is in its evidence; flags duplicate statistics under the
scorer's de-duplication key. Prints a counts table. Exit status 1 on any error.
--coverage also lists numbers in each text that no evidence covers (to hunt misses).
"""
import importlib.util, os, re, sys, unicodedata
sys.dont_write_bytecode = True  # never leave a __pycache__ next to score.py

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm_name

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
# subjects that are regions rather than annotated entities (region-wide comparison figures)
REGION_RE = re.compile(r"^(全国|.+省|.+市|.+自治区|.+自治州)$")
# numbers written in words in the texts, value -> accepted spellings in the evidence
WORD_NUMBERS = {0.2: ["五分之一", "两成", "2成", "二成"], 0.25: ["四分之一"], 1: ["首位", "第一", "首"], 2: ["两", "二"], 3: ["三"], 0.7: ["七成"], 0.8: ["八成", "8成"],
                0.6: ["六成", "6成"], 0.9: ["九成"], 0.5: ["一半", "半数"], 1000: ["千"], 0.3: ["三成", "3成"],
                0.4: ["四成", "4成"], 10: ["十"]}

def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")

def num_forms(v):
    forms = set()
    if isinstance(v, (int, float)):
        if float(v).is_integer():
            forms.add(str(int(v)))
        forms.add(repr(float(v)).rstrip("0").rstrip("."))
        forms.add(("%.6f" % v).rstrip("0").rstrip("."))
    for k, words in WORD_NUMBERS.items():
        if score.same_value(float(v), float(k)):
            forms.update(words)
    return forms

def main():
    coverage = "--coverage" in sys.argv
    gold = score.load_gold(os.path.join(HERE, "gold"))
    errors, warnings, rows = [], [], []
    for doc, g in sorted(gold.items()):
        def err(msg):
            errors.append("%s: %s" % (doc, msg))
        def warn(msg):
            warnings.append("%s: %s" % (doc, msg))
        path = os.path.join(HERE, "texts", doc + ".txt")
        if not os.path.exists(path):
            err("no text file %s" % path); continue
        raw = open(path, encoding="utf-8").read()
        T = norm(raw)
        for key in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
                    "projects", "platforms", "statistics"):
            if key not in g:
                err("missing key %s" % key)
        if g.get("doc_year_evidence") and norm(g["doc_year_evidence"]) not in T:
            err("doc_year_evidence not in text: %s" % g["doc_year_evidence"])
        if g.get("doc_year") and str(g["doc_year"]) not in g.get("doc_year_evidence", ""):
            err("doc_year not in its evidence")
        zones = {z["name"] for z in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        for a in g["articles"]:
            t = norm(a["title"])
            if t not in T and "".join(c * 2 for c in t) not in T:
                err("article title not in text (plain or doubled): %s" % a["title"])
            if norm(a["first_words"]) not in T:
                err("first_words not in text: %s" % a["first_words"])
            if a.get("main_zone") and a["main_zone"] not in zones:
                err("article main_zone not a zone: %s" % a["main_zone"])
        seen_names = {}
        for kind in score.TYPES:
            for e in g[kind]:
                for n in [e["name"]] + list(e.get("aliases") or []):
                    if re.search(r"\s", n) or any(c in score.QUOTES for c in n):
                        err("%s name has spaces/quotes: %r" % (kind, n))
                    if norm(n) not in T:
                        err("%s name/alias not in text: %s" % (kind, n))
                    if norm(n) in seen_names and seen_names[norm(n)] != (kind, e["name"]):
                        err("name %s used by two entities: %s / %s" % (n, seen_names[norm(n)], (kind, e["name"])))
                    seen_names[norm(n)] = (kind, e["name"])
                if kind != "zones" and e.get("zone") is not None and e["zone"] not in zones:
                    err("%s %s: zone %s is not a gold zone" % (kind, e["name"], e["zone"]))
            for z in g["zones"]:
                if not z.get("city") or not z.get("province"):
                    err("zone %s lacks city/province" % z["name"])
        for p in g["projects"]:
            if p.get("enterprise") is not None and p["enterprise"] not in ents:
                err("project %s: enterprise %s is not a gold enterprise" % (p["name"], p["enterprise"]))
            if p.get("status") not in STATUS:
                err("project %s: bad status %s" % (p["name"], p.get("status")))
        canon = {e["name"] for k in score.TYPES for e in g[k]}
        keys = {}
        covered = ""
        for i, s in enumerate(g["statistics"]):
            tag = "stat %d (%s %s %s)" % (i + 1, s.get("subject"), s.get("indicator"), s.get("value"))
            for f in ("subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"):
                if f not in s:
                    err("%s: missing field %s" % (tag, f))
            if s["subject"] not in canon:
                if REGION_RE.match(s["subject"]):
                    pass
                else:
                    err("%s: subject is neither a canonical entity name nor a region" % tag)
            if not isinstance(s["value"], (int, float)):
                err("%s: value not a number" % tag)
            fam, _ = score.unit_of(s["unit"])
            if fam.startswith("raw:"):
                warn("%s: unit %s is not in the scorer's table (compared as a raw string)" % (tag, s["unit"]))
            if s["kind"] not in KINDS:
                err("%s: bad kind %s" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                err("%s: bad approx %s" % (tag, s["approx"]))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err("%s: compared_to must be set exactly for difference kinds" % tag)
            if s["period"] is not None and re.search(r"\s", s["period"]):
                err("%s: period has spaces" % tag)
            ev = norm(s["evidence"])
            if re.search(r"\s", s["evidence"]):
                err("%s: evidence contains spaces: %s" % (tag, s["evidence"]))
            if ev not in T:
                err("%s: evidence not in text: %s" % (tag, s["evidence"]))
            forms = num_forms(s["value"])
            if isinstance(s["value"], (int, float)) and s["value"] < 0 and re.search("下降|减少|回落", ev):
                forms |= num_forms(-s["value"])  # "同比下降4.6%" recorded as a growth rate of -4.6
            if not any(f in ev for f in forms):
                err("%s: value %s not visible in evidence %s" % (tag, s["value"], ev))
            if s["unit"] == "fraction" or s["unit"] not in ("%",):
                pass
            k = (norm(s["subject"]), round(float(s["value"]) * score.unit_of(s["unit"])[1], 6), fam, norm(s["indicator"]))
            if k in keys:
                err("%s: duplicate of stat %d under the scorer's key" % (tag, keys[k] + 1))
            keys[k] = i
            covered += "\n" + ev
        if coverage:
            for m in re.finditer(r"\d+(?:\.\d+)?", T):
                ctx = T[max(0, m.start() - 8): m.end() + 6]
                if m.group() not in covered:
                    warn("number not in any evidence: %s   ...%s..." % (m.group(), ctx))
        kinds = {}
        for s in g["statistics"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        rows.append((doc, han(raw), len(g["articles"]), len(g["zones"]), len(g["enterprises"]),
                     len(g["projects"]), len(g["platforms"]), len(g["statistics"]), kinds))
        for name, val, lo, hi in (("han chars", han(raw), 1500, 3000), ("articles", len(g["articles"]), 3, 4),
                                  ("zones", len(g["zones"]), 6, 12), ("enterprises", len(g["enterprises"]), 8, 14),
                                  ("projects", len(g["projects"]), 4, 8), ("platforms", len(g["platforms"]), 5, 9),
                                  ("statistics", len(g["statistics"]), 60, 100)):
            if not lo <= val <= hi:
                err("%s = %d outside the brief's range %d-%d" % (name, val, lo, hi))
    print("%-28s %5s %4s %5s %4s %5s %5s %5s  %s" % ("doc", "han", "art", "zone", "ent", "proj", "plat", "stat", "stat kinds"))
    tot = [0] * 7
    for r in rows:
        print("%-28s %5d %4d %5d %4d %5d %5d %5d  %s" % (r[:8] + (" ".join("%s=%d" % kv for kv in sorted(r[8].items())),)))
        tot = [a + b for a, b in zip(tot, r[1:8])]
    print("%-28s %5d %4d %5d %4d %5d %5d %5d" % (("TOTAL",) + tuple(tot)))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    # self-score: the gold, turned into SPARQL-style rows, must score 1.0 with score.py's own scorer
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
        for st in g["statistics"]:
            preds["statistics"].append({"doc": doc, "subject": st["subject"], "indicator": st["indicator"],
                                        "value": str(st["value"]), "unit": st["unit"], "period": st["period"],
                                        "kind": st["kind"], "approx": st["approx"],
                                        "comparedTo": st["compared_to"], "evidence": st["evidence"]})
    detail = []
    perfect = True
    for k in score.TYPES:
        attrs = {"zones": ["city", "province"], "enterprises": ["zone"], "projects": ["zone", "enterprise", "status"],
                 "platforms": ["zone"]}[k]
        r = score.score_entities(k, gold, preds, attrs, detail)
        perfect &= r["f1"] == 1.0 and all(v in (None, 1.0) for v in r["attributes"].values())
    r = score.score_statistics(gold, preds, detail)
    perfect &= r["f1"] == 1.0 and all(r[k] in (None, 1.0) for k in r if k.endswith("_ok"))
    print("\nself-score of gold against itself with score.py: %s" % ("all 1.0" if perfect else "NOT PERFECT"))
    if not perfect:
        errors.append("self-score not perfect: %s" % detail[:10])
        print("ERROR", errors[-1])
    print("\n%d gold files, %d errors, %d warnings" % (len(rows), len(errors), len(warnings)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
