#!/usr/bin/env python3
"""Validate the heldout48 gold files against their texts and the scorer.

    python3 check_gold.py [--score PATH_TO_score.py] [-v]

Checks, per document:
  * shape: the keys and types score.load_gold() and the guidelines expect;
  * allowed values: project status, statistic kind, approx, units known to the scorer
    (other units are reported as notes, not errors);
  * every name, alias, evidence, first_words, doc_year_evidence and period occurs in the
    text after score.norm_name (NFKC, whitespace and quotes dropped);
  * every statistic value is visible in its evidence (as a whole number, not a part of one);
  * references resolve (zone / enterprise / main_zone / subject use canonical names);
  * names and aliases are unambiguous inside each entity type, statistics are unique
    under the scorer's de-duplication key;
  * the gold, fed to the scorer as predictions, scores 1.0 on every F1 and attribute,
    both in-process (rows_of / score_entities / score_statistics) and through
    `score.py --results` on a SPARQL-JSON dump of the gold.
Exit status 0 when there are no errors.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORE = "/work/shared/eval/score.py"

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营",
          "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
TYPES = ["zones", "enterprises", "projects", "platforms"]
REGIONS = {"全国"}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    return s


def value_visible(st, ev):
    v = st["value"]
    if st.get("unit") == "fraction":
        m = re.findall(r"(\d+)/(\d+)", ev)
        return any(abs(int(a) / int(b) - v) < 1e-6 for a, b in m)
    if st.get("kind") == "rank" and v == 1 and re.search(r"首位|第一(?!批)", ev):
        return True  # guidelines: 第一/首位 describing size or order is a rank of 1
    s = fmt(v)
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?!\d|\.\d)", ev) is not None


def to_bindings(rows):
    names = []
    for r in rows:
        for k in r:
            if k not in names:
                names.append(k)
    out = []
    for r in rows:
        b = {}
        for k, v in r.items():
            if v is None:
                continue
            b[k] = {"type": "literal", "value": str(v)}
        out.append(b)
    return {"head": {"vars": names}, "results": {"bindings": out}}


def gold_as_predictions(gold):
    """One SPARQL-JSON result set per evaluation query, holding the gold itself."""
    res = {k: [] for k in TYPES + ["statistics"]}
    for doc, g in gold.items():
        d = doc + ".txt"
        for z in g["zones"]:
            res["zones"].append({"doc": d, "name": z["name"], "city": z.get("city"), "province": z.get("province")})
        for e in g["enterprises"]:
            res["enterprises"].append({"doc": d, "name": e["name"], "zone": e.get("zone")})
        for p in g["projects"]:
            res["projects"].append({"doc": d, "name": p["name"], "zone": p.get("zone"),
                                    "enterprise": p.get("enterprise"), "status": p.get("status")})
        for p in g["platforms"]:
            res["platforms"].append({"doc": d, "name": p["name"], "zone": p.get("zone")})
        for s in g["statistics"]:
            res["statistics"].append({"doc": d, "subject": s["subject"], "indicator": s["indicator"],
                                      "value": repr(s["value"]), "unit": s.get("unit"),
                                      "period": s.get("period"), "kind": s.get("kind"),
                                      "approx": s.get("approx"), "comparedTo": s.get("compared_to"),
                                      "evidence": s.get("evidence")})
    vars_ = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
             "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
             "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                            "comparedTo", "evidence"]}
    out = {}
    for k, rows in res.items():
        j = to_bindings(rows)
        j["head"]["vars"] = vars_[k]
        out[k] = j
    return out


def perfect(summary, errs, where):
    for k in TYPES + ["statistics"]:
        s = summary[k]
        if s["f1"] != 1.0 or s["fp"] or s["fn"]:
            errs.append("%s: %s F1=%s fp=%s fn=%s" % (where, k, s["f1"], s["fp"], s["fn"]))
        attrs = s.get("attributes") or {a: s.get(a) for a in (
            "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")}
        for a, v in attrs.items():
            if v is not None and v != 1.0:
                errs.append("%s: %s.%s = %s" % (where, k, a, v))
            if v is None:
                errs.append("%s: %s.%s was not measured" % (where, k, a))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=DEFAULT_SCORE)
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("-v", action="store_true", help="also print the notes")
    args = ap.parse_args()
    score = load_score(args.score)
    N = score.norm_name
    gold = score.load_gold(args.gold)
    errs, notes = [], []

    for doc, g in gold.items():
        E = lambda m: errs.append("%s: %s" % (doc, m))
        tp = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(tp):
            E("no text file")
            continue
        text = open(tp, encoding="utf-8").read()
        nt = N(text)

        # ---- shape
        for k, t in (("doc", str), ("doc_year", (int, type(None))), ("doc_year_evidence", (str, type(None))),
                     ("articles", list), ("zones", list), ("enterprises", list), ("projects", list),
                     ("platforms", list), ("statistics", list)):
            if not isinstance(g.get(k), t):
                E("field %s missing or of wrong type" % k)
        if g["doc"] != doc + ".txt":
            E("doc field %r does not name its text" % g["doc"])
        keys = {"zones": {"name", "aliases", "city", "province"}, "enterprises": {"name", "aliases", "zone"},
                "projects": {"name", "aliases", "zone", "enterprise", "status"},
                "platforms": {"name", "aliases", "zone"},
                "statistics": {"subject", "indicator", "value", "unit", "approx", "period", "kind",
                               "compared_to", "evidence"},
                "articles": {"title", "main_zone", "first_words"}}
        for k, ks in keys.items():
            for e in g[k]:
                if set(e) != ks:
                    E("%s entry with keys %s" % (k, sorted(e)))
        def present(s, what):
            if not s or N(s) not in nt:
                E("%s not in text: %r" % (what, s))
        # ---- year
        if g["doc_year"] is not None:
            present(g["doc_year_evidence"], "doc_year_evidence")
            if str(g["doc_year"]) not in N(g["doc_year_evidence"] or ""):
                E("doc_year_evidence does not show %s" % g["doc_year"])

        # ---- entities
        names = {}
        for k in TYPES:
            seen = {}
            names[k] = set()
            for e in g[k]:
                if not isinstance(e["aliases"], list):
                    E("%s %s: aliases not a list" % (k, e["name"]))
                for a in [e["name"]] + e["aliases"]:
                    present(a, "%s name/alias" % k)
                    key = N(a)
                    if key in seen and seen[key] != e["name"]:
                        E("%s: %r names both %r and %r" % (k, a, seen[key], e["name"]))
                    if key in seen and seen[key] == e["name"] and a != e["name"]:
                        E("%s: alias %r repeats" % (k, a))
                    seen[key] = e["name"]
                if e["name"] in names[k]:
                    E("%s: duplicate %r" % (k, e["name"]))
                names[k].add(e["name"])
        zones = names["zones"]
        regions = set(REGIONS)
        for z in g["zones"]:
            if not z["city"] or not z["province"]:
                E("zone %s lacks city or province" % z["name"])
            if z["city"] and not (z["city"].endswith("市") or z["city"].endswith("州") or z["city"].endswith("地区")):
                E("zone %s: city %r not written in full" % (z["name"], z["city"]))
            if z["province"] and not re.search(r"(省|自治区|市)$", z["province"]):
                E("zone %s: province %r not written in full" % (z["name"], z["province"]))
            regions.update(x for x in (z["city"], z["province"]) if x)
        for k in ("enterprises", "projects", "platforms"):
            for e in g[k]:
                if e["zone"] is not None and e["zone"] not in zones:
                    E("%s %s: zone %r is not a zone name" % (k, e["name"], e["zone"]))
        for p in g["projects"]:
            if p["enterprise"] is not None and p["enterprise"] not in names["enterprises"]:
                E("project %s: enterprise %r is not an enterprise name" % (p["name"], p["enterprise"]))
            if p["status"] not in STATUS | {None}:
                E("project %s: status %r not allowed" % (p["name"], p["status"]))
        for a in g["articles"]:
            present(a["first_words"], "first_words")
            if a["main_zone"] is not None and a["main_zone"] not in zones:
                E("article %r: main_zone %r is not a zone name" % (a["title"], a["main_zone"]))
            t = N(a["title"] or "")
            if not t or (t not in nt and "".join(c * 2 for c in t) not in nt):
                E("article title not in text (plain or doubled): %r" % a["title"])

        # ---- statistics
        allnames = set().union(*names.values())
        dkeys = set()
        for s in g["statistics"]:
            tag = "stat %s/%s/%s" % (s["subject"], s["indicator"], s["value"])
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                E("%s: value not a number" % tag)
                continue
            if s["kind"] not in KINDS:
                E("%s: kind %r" % (tag, s["kind"]))
            if s["approx"] not in APPROX:
                E("%s: approx %r" % (tag, s["approx"]))
            if not s["indicator"]:
                E("%s: empty indicator" % tag)
            present(s["evidence"], tag + " evidence")
            if s["period"] is not None:
                present(s["period"], tag + " period")
            if not value_visible(s, N(s["evidence"])):
                E("%s: value not visible in evidence %r" % (tag, s["evidence"]))
            fam, fac = score.unit_of(s["unit"])
            if fam.startswith("raw:"):
                notes.append("%s: %s: unit %r is not in the scorer's table (compared as written)" % (doc, tag, s["unit"]))
            if s["unit"] is not None and N(s["unit"]) not in N(s["evidence"]) and s["unit"] not in ("fraction",):
                E("%s: unit %r not printed in evidence" % (tag, s["unit"]))
            if s["subject"] not in allnames:
                if s["subject"] in regions:
                    pass
                elif N(s["subject"]) in nt:
                    notes.append("%s: %s: subject is a region/other named in the text" % (doc, tag))
                else:
                    E("%s: subject resolves to nothing" % tag)
            if s["kind"] == "difference":
                if not s["compared_to"]:
                    E("%s: difference without compared_to" % tag)
            elif s["compared_to"] is not None:
                E("%s: compared_to set on a %s" % (tag, s["kind"]))
            if s["compared_to"] and s["compared_to"] not in regions and N(s["compared_to"]) not in nt:
                E("%s: compared_to %r neither a region nor in the text" % (tag, s["compared_to"]))
            key = (N(s["subject"]), round(s["value"] * fac, 6), fam, N(s["indicator"]))
            if key in dkeys:
                E("%s: duplicate under the scorer's key" % tag)
            dkeys.add(key)

    # ---- scorer, in process
    preds_json = gold_as_predictions(gold)
    preds = {k: score.rows_of(v) for k, v in preds_json.items()}
    detail = []
    summary = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    perfect(summary, errs, "in-process scorer")
    for d in detail:
        errs.append("in-process scorer detail: " + "\t".join(map(str, d)))

    # ---- scorer, command line on a SPARQL-JSON dump
    with tempfile.TemporaryDirectory() as tmp:
        for k, v in preds_json.items():
            with open(os.path.join(tmp, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(v, h, ensure_ascii=False)
        r = subprocess.run([sys.executable, args.score, "--gold", args.gold, "--results", tmp, "--json"],
                           capture_output=True, text=True)
        if r.returncode:
            errs.append("score.py --results failed: " + r.stderr.strip())
            cli = None
        else:
            cli = json.loads(r.stdout)
            perfect(cli, errs, "score.py --results")

    # ---- report
    print("documents: %d" % len(gold))
    tot = {k: 0 for k in TYPES + ["statistics"]}
    for doc, g in gold.items():
        for k in tot:
            tot[k] += len(g[k])
    print("entries: " + ", ".join("%s=%d" % kv for kv in tot.items()))
    if cli:
        print("score.py --results on the gold dump:")
        for k in TYPES + ["statistics"]:
            s = cli[k]
            extra = s.get("attributes") or {a: s.get(a) for a in (
                "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")}
            print("  %-12s F1=%.3f tp=%d fp=%d fn=%d  %s" % (k, s["f1"], s["tp"], s["fp"], s["fn"],
                  " ".join("%s=%s" % kv for kv in extra.items())))
    if args.v or not errs:
        for n in notes if args.v else []:
            print("note: " + n)
    print("notes: %d (unit not in the scorer's table, region subjects; -v lists them)" % len(notes))
    for e in errs:
        print("ERROR: " + e)
    print("RESULT: %s" % ("OK" if not errs else "%d error(s)" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
