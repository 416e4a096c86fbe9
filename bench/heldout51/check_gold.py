#!/usr/bin/env python3
"""Validate the heldout51 gold annotations.

    python3 check_gold.py            # all checks, then a self-score through score.py
    python3 check_gold.py --no-score # structural checks only

Checks (per gold/*.json against texts/*.txt):
  * shape: the keys and types that score.load_gold() and GUIDELINES.md describe;
  * allowed values: status, approx, kind; doc name = file name; doc_year an int or null;
  * every name, alias, evidence, period, first_words and doc_year_evidence occurs in the
    text after score.norm_name;
  * every value is printed in its evidence (a fraction as a/b; a rank of 1 may be printed
    as 首位/第一), every unit is printed in its evidence;
  * references resolve: enterprise/project/platform zone, project enterprise, article
    main_zone, statistic subject (canonical entity name, or a region: a zone's city or
    province, 全国, or a place printed in the text), compared_to (entity, region or a
    string printed in the text);
  * compared_to is set exactly for kind "difference";
  * no duplicate name/alias within a type; no two statistics with the scorer's
    de-duplication key (subject, value in base unit, unit family, indicator);
  * the gold, dumped as SPARQL-JSON predictions, scores 1.0 on every F1 and attribute
    with python3 /work/shared/eval/score.py.
Python 3 standard library only.
"""
import json, os, re, subprocess, sys, tempfile

sys.dont_write_bytecode = True
SCORE_DIR = "/work/shared/eval"
sys.path.insert(0, SCORE_DIR)
import score  # noqa: E402

norm = score.norm_name
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")
TEXTS = os.path.join(HERE, "texts")

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
APPROX = {"over", "about", "under"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms",
       "statistics"]
SHAPE = {
    "articles": {"title": str, "main_zone": (str, type(None)), "first_words": str},
    "zones": {"name": str, "aliases": list, "city": (str, type(None)), "province": (str, type(None))},
    "enterprises": {"name": str, "aliases": list, "zone": (str, type(None))},
    "projects": {"name": str, "aliases": list, "zone": (str, type(None)), "enterprise": (str, type(None)),
                 "status": (str, type(None))},
    "platforms": {"name": str, "aliases": list, "zone": (str, type(None))},
    "statistics": {"subject": str, "indicator": str, "value": (int, float), "unit": str,
                   "approx": (str, type(None)), "period": (str, type(None)), "kind": str,
                   "compared_to": (str, type(None)), "evidence": str},
}
ENTITY_TYPES = ["zones", "enterprises", "projects", "platforms"]

errors, warnings = [], []
RAW_UNITS = {}  # units score.py does not know: matched only by identical spelling


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def warn(doc, msg):
    warnings.append("%s: %s" % (doc, msg))


def value_in(v, ev):
    """Is the number v printed in the (normalised) evidence?"""
    if isinstance(v, float) and v != int(v):
        reps = {repr(v), ("%.6f" % v).rstrip("0").rstrip(".")}
    else:
        reps = {str(int(v))}
    for r in reps:
        if re.search(r"(?<![\d.])" + re.escape(r) + r"(?![\d]|\.\d)", ev):
            return True
    return False


def fraction_in(v, ev):
    for a, b in re.findall(r"(\d+)/(\d+)", ev):
        if int(b) and abs(int(a) / int(b) - v) < 1e-6:
            return True
    return False


def check_doc(path):
    with open(path, encoding="utf-8") as h:
        g = json.load(h)
    stem = os.path.splitext(os.path.basename(path))[0]
    doc = stem
    # ---- shape
    if list(g.keys()) != TOP:
        err(doc, "top-level keys %s != %s" % (list(g.keys()), TOP))
        return g
    if g["doc"] != stem + ".txt" or score.norm_doc(g["doc"]) != stem:
        err(doc, "doc field %r does not name its text file" % g["doc"])
    if not (g["doc_year"] is None or isinstance(g["doc_year"], int)):
        err(doc, "doc_year must be an int or null")
    if g["doc_year"] is not None and not isinstance(g["doc_year_evidence"], str):
        err(doc, "doc_year_evidence missing")
    tpath = os.path.join(TEXTS, stem + ".txt")
    if not os.path.exists(tpath):
        err(doc, "no text file %s" % tpath)
        return g
    with open(tpath, encoding="utf-8") as h:
        text = h.read()
    nt = norm(text)
    for k, fields in SHAPE.items():
        if not isinstance(g[k], list):
            err(doc, "%s is not a list" % k)
            continue
        for i, e in enumerate(g[k]):
            if not isinstance(e, dict) or list(e.keys()) != list(fields.keys()):
                err(doc, "%s[%d] keys %s != %s" % (k, i, list(e.keys()) if isinstance(e, dict) else e,
                                                  list(fields.keys())))
                continue
            for f, t in fields.items():
                if not isinstance(e[f], t) or isinstance(e[f], bool):
                    err(doc, "%s[%d].%s has type %s" % (k, i, f, type(e[f]).__name__))
            if "aliases" in e and not all(isinstance(a, str) and a for a in e["aliases"]):
                err(doc, "%s[%d] aliases must be non-empty strings" % (k, i))
    if errors and any(x.startswith(doc + ":") for x in errors):
        return g

    def present(s, what):
        if not s or norm(s) not in nt:
            err(doc, "%s not in text: %r" % (what, s))

    if g["doc_year_evidence"] is not None:
        present(g["doc_year_evidence"], "doc_year_evidence")
        if g["doc_year"] is not None and str(g["doc_year"]) not in g["doc_year_evidence"]:
            err(doc, "doc_year %s not in doc_year_evidence" % g["doc_year"])
    # ---- names
    canon = {k: [e["name"] for e in g[k]] for k in ENTITY_TYPES}
    all_canon = set(n for k in ENTITY_TYPES for n in canon[k])
    for k in ENTITY_TYPES:
        seen = {}
        for e in g[k]:
            present(e["name"], k + " name")
            for a in e["aliases"]:
                present(a, k + " alias")
            for n in [e["name"]] + e["aliases"]:
                key = norm(n)
                if key in seen and seen[key] is not e:
                    err(doc, "duplicate %s name/alias %r" % (k, n))
                if key in seen and seen[key] is e and n != e["name"]:
                    err(doc, "alias repeats a name of the same %s: %r" % (k[:-1], n))
                seen[key] = e
    zones = set(canon["zones"])
    regions = {"全国"}
    for z in g["zones"]:
        if not z["city"] or not z["province"]:
            err(doc, "zone %s lacks city/province" % z["name"])
            continue
        if not re.search(r"(市|州|地区|盟)$", z["city"]):
            err(doc, "zone %s: city %r not written in full" % (z["name"], z["city"]))
        if not re.search(r"(省|市|自治区)$", z["province"]):
            err(doc, "zone %s: province %r not written in full" % (z["name"], z["province"]))
        regions.update([z["city"], z["province"]])
    for e in g["enterprises"] + g["platforms"]:
        if e["zone"] is not None and e["zone"] not in zones:
            err(doc, "%s: zone %r does not resolve" % (e["name"], e["zone"]))
    for p in g["projects"]:
        if p["zone"] is not None and p["zone"] not in zones:
            err(doc, "project %s: zone %r does not resolve" % (p["name"], p["zone"]))
        if p["enterprise"] is not None and p["enterprise"] not in canon["enterprises"]:
            err(doc, "project %s: enterprise %r does not resolve" % (p["name"], p["enterprise"]))
        if p["status"] is not None and p["status"] not in STATUS:
            err(doc, "project %s: status %r not allowed" % (p["name"], p["status"]))
    for a in g["articles"]:
        if not a["title"].strip():
            err(doc, "empty article title")
        present(a["first_words"], "first_words")
        if a["main_zone"] is not None and a["main_zone"] not in zones:
            err(doc, "article main_zone %r does not resolve" % a["main_zone"])
    # ---- statistics
    keys = {}
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s | %s)" % (i, s["subject"], s["indicator"])
        ev = norm(s["evidence"])
        present(s["evidence"], tag + " evidence")
        if s["period"] is not None:
            present(s["period"], tag + " period")
            if s["period"] != norm(s["period"]):
                err(doc, tag + ": period must be copied without spaces")
        if s["kind"] not in KINDS:
            err(doc, tag + ": kind %r not allowed" % s["kind"])
        if s["approx"] is not None and s["approx"] not in APPROX:
            err(doc, tag + ": approx %r not allowed" % s["approx"])
        if not s["indicator"].strip():
            err(doc, tag + ": empty indicator")
        # value and unit printed in the evidence
        if s["unit"] == "fraction":
            if not fraction_in(s["value"], ev):
                err(doc, tag + ": fraction %s not printed in evidence" % s["value"])
        else:
            rank_word = s["kind"] == "rank" and s["value"] == 1 and re.search(r"首位|第一", ev)
            if not value_in(s["value"], ev) and not rank_word:
                err(doc, tag + ": value %s not printed in evidence %r" % (s["value"], s["evidence"]))
            if norm(s["unit"]) not in ev:
                err(doc, tag + ": unit %r not printed in evidence" % s["unit"])
        if score.unit_of(s["unit"])[0].startswith("raw:"):
            RAW_UNITS.setdefault(s["unit"], []).append(doc)
        # references
        if s["subject"] not in all_canon:
            if s["subject"] in regions or norm(s["subject"]) in nt:
                if s["subject"] not in regions:
                    warn(doc, tag + ": subject is a place printed in the text, not an entity")
            else:
                err(doc, tag + ": subject %r does not resolve" % s["subject"])
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err(doc, tag + ": compared_to must be set exactly for kind difference")
        if s["compared_to"] is not None:
            c = s["compared_to"]
            if not (c in all_canon or c in regions or norm(c) in nt):
                err(doc, tag + ": compared_to %r does not resolve" % c)
        # approx words
        if s["approx"] == "over" and not re.search(r"超|突破|以上|逾|余|多|高于", s["evidence"]):
            warn(doc, tag + ": approx over without an over-word in evidence")
        if s["approx"] == "about" and not re.search(r"约|近|左右", s["evidence"]):
            warn(doc, tag + ": approx about without an about-word in evidence")
        if s["approx"] == "under" and not re.search(r"不到|不足", s["evidence"]):
            warn(doc, tag + ": approx under without an under-word in evidence")
        # scorer de-duplication key
        fam, fac = score.unit_of(s["unit"])
        key = (norm(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm(s["indicator"]))
        if key in keys:
            err(doc, tag + ": same scorer key as stat %d" % keys[key])
        keys[key] = i
    return g


def binding(row):
    return {k: {"type": "literal", "value": str(v)} for k, v in row.items() if v is not None}


def sparql(vars_, rows):
    return {"head": {"vars": vars_}, "results": {"bindings": [binding(r) for r in rows]}}


def self_score(golds):
    rows = {k: [] for k in ENTITY_TYPES + ["statistics"]}
    for g in golds:
        d = g["doc"]
        for z in g["zones"]:
            rows["zones"].append({"doc": d, "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g["enterprises"]:
            rows["enterprises"].append({"doc": d, "name": e["name"], "zone": e["zone"]})
        for p in g["projects"]:
            rows["projects"].append({"doc": d, "name": p["name"], "zone": p["zone"],
                                     "enterprise": p["enterprise"], "status": p["status"]})
        for p in g["platforms"]:
            rows["platforms"].append({"doc": d, "name": p["name"], "zone": p["zone"]})
        for s in g["statistics"]:
            rows["statistics"].append({"doc": d, "subject": s["subject"], "indicator": s["indicator"],
                                       "value": repr(s["value"]), "unit": s["unit"], "period": s["period"],
                                       "kind": s["kind"], "approx": s["approx"],
                                       "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    cols = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                           "comparedTo", "evidence"]}
    with tempfile.TemporaryDirectory() as tmp:
        for k, r in rows.items():
            with open(os.path.join(tmp, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(sparql(cols[k], r), h, ensure_ascii=False)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        cmd = [sys.executable, os.path.join(SCORE_DIR, "score.py"), "--gold", GOLD, "--results", tmp]
        out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, env=env)
        if out.returncode != 0:
            errors.append("score.py failed: %s" % out.stderr.strip())
            return
        summary = json.loads(out.stdout)
        table = subprocess.run(cmd + ["--errors"], capture_output=True, text=True, env=env).stdout
    print(table.rstrip())
    for k in ENTITY_TYPES + ["statistics"]:
        s = summary[k]
        if s["f1"] != 1.0:
            errors.append("self-score: %s F1 = %s" % (k, s["f1"]))
        attrs = s.get("attributes") or {a: s[a] for a in s if a.endswith("_ok")}
        for a, v in attrs.items():
            if v is None:
                warnings.append("self-score: %s.%s has no gold values" % (k, a))
            elif v != 1.0:
                errors.append("self-score: %s.%s = %s" % (k, a, v))
    print("self-score over %d documents: %s" % (summary["docs"], "all F1 and attributes 1.0"
                                                  if not any(e.startswith("self-score") for e in errors)
                                                  else "NOT perfect"))


def main():
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    if [os.path.splitext(f)[0] for f in files] != [os.path.splitext(f)[0] for f in texts]:
        errors.append("gold/ and texts/ do not hold the same documents")
    golds = [check_doc(os.path.join(GOLD, f)) for f in files]
    n_stats = sum(len(g.get("statistics", [])) for g in golds)
    print("checked %d gold files, %d statistics" % (len(golds), n_stats))
    if "--no-score" not in sys.argv and not errors:
        self_score(golds)
    if RAW_UNITS:
        print("note: units outside score.UNITS (compared literally by score.py): " +
              ", ".join("%s x%d" % (u, len(d)) for u, d in sorted(RAW_UNITS.items())))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("check_gold: %s" % ("PASS" if not errors else "FAIL (%d errors)" % len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
