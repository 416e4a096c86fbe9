#!/usr/bin/env python3
"""Validate heldout50/gold against heldout50/texts and the scorer.

  python3 check_gold.py            # exit 0 when every check passes

Checks (per document):
  * shape of the gold file (keys, types) as score.py's load_gold() reads it;
    allowed status / kind / approx values
  * every name, alias, evidence, first_words, doc_year_evidence and period occurs
    in the text after score.norm_name (both sides normalised)
  * every value appears in its evidence (Arabic digits, Chinese numerals or a
    fraction), every unit is printed in the evidence
  * references resolve to canonical names: entity.zone, project.enterprise,
    article.main_zone, statistic.subject (an entity or a region printed in the
    text), statistic.compared_to (an entity's canonical name, or a region/period
    printed in the text); compared_to only for kind difference
  * no name or alias shared by two entities of one type; no two statistics with the
    scorer's de-duplication key (subject, value in base unit, unit family, indicator)
  * the gold fed to the scorer as predictions scores 1.0 on every F1 and every
    attribute, in-process and through `score.py --gold gold --results DIR` on a
    SPARQL-JSON dump written to a temporary directory
"""
import importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD, TEXTS = os.path.join(HERE, "gold"), os.path.join(HERE, "texts")
SCORE_PY = "/work/shared/eval/score.py"

sys.dont_write_bytecode = True      # never write a __pycache__ next to the shared scorer
spec = importlib.util.spec_from_file_location("score", SCORE_PY)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm_name

STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]
FIELDS = {
    "articles": ["title", "main_zone", "first_words"],
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"],
}
ETYPES = ["zones", "enterprises", "projects", "platforms"]
REGION_RE = re.compile(r"^(全国|.+省|.+市|.+自治区|.+县)$")

CN_DIGITS = "零一二三四五六七八九"


def cn_int(n):
    """Chinese numeral forms of a non-negative integer (common newspaper spellings)."""
    if n < 10:
        forms = [CN_DIGITS[n]]
        if n == 2:
            forms.append("两")
        return forms
    if n < 20:
        return ["十" + (CN_DIGITS[n % 10] if n % 10 else ""), "一十" + (CN_DIGITS[n % 10] if n % 10 else "")]
    if n < 100:
        return [CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")]
    if n < 1000:
        h, r = divmod(n, 100)
        head = [CN_DIGITS[h] + "百"] + (["两百"] if h == 2 else [])
        if r == 0:
            tails = [""]
        elif r < 10:
            tails = ["零" + CN_DIGITS[r]]
        else:
            tails = [f if not f.startswith("十") else "一" + f for f in cn_int(r)]
        return [a + b for a in head for b in tails]
    return []


def value_in(value, unit, ev):
    ev = norm(ev)
    if unit == "fraction":
        for b in range(2, 21):
            for a in range(1, b):
                if abs(round(a / b, 6) - value) < 1e-9:
                    if "%d/%d" % (a, b) in ev or any(cb + "分之" + ca in ev for cb in cn_int(b) for ca in cn_int(a)):
                        return True
        return False
    v = float(value)
    if v == int(v):
        pat = r"(?<![\d.])%d(?:\.0+)?(?![\d.])" % int(v)
    else:
        s = repr(v)
        pat = r"(?<![\d.])%s0*(?![\d.])" % re.escape(s)
    if re.search(pat, ev):
        return True
    if v == int(v) and 0 <= v < 1000:
        for f in cn_int(int(v)):
            for m in re.finditer(re.escape(f), ev):
                before = ev[m.start() - 1] if m.start() else ""
                after = ev[m.end()] if m.end() < len(ev) else ""
                if before not in CN_DIGITS + "十百千万两" and after not in CN_DIGITS + "十百千两":
                    return True
    return False


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, doc, msg):
        self.errors.append("%s: %s" % (doc, msg))

    def warn(self, doc, msg):
        self.warnings.append("%s: %s" % (doc, msg))


def check_doc(g, text, R):
    doc = g.get("doc", "?")
    # ---------------- shape
    if list(g.keys()) != TOP:
        R.err(doc, "top-level keys %s" % list(g.keys()))
    if not isinstance(g.get("doc"), str) or not g["doc"].endswith(".txt"):
        R.err(doc, "doc must be the input file name")
    if g.get("doc_year") is not None and not isinstance(g["doc_year"], int):
        R.err(doc, "doc_year must be an integer or null")
    for k, fields in FIELDS.items():
        if not isinstance(g.get(k), list):
            R.err(doc, "%s must be a list" % k)
            continue
        for e in g[k]:
            if list(e.keys()) != fields:
                R.err(doc, "%s entry keys %s" % (k, list(e.keys())))
            for f in fields:
                v = e.get(f)
                if f == "aliases":
                    if not isinstance(v, list) or not all(isinstance(a, str) and a for a in v):
                        R.err(doc, "%s %s: aliases must be a list of strings" % (k, e.get("name")))
                elif f == "value":
                    if isinstance(v, bool) or not isinstance(v, (int, float)):
                        R.err(doc, "value %r is not a JSON number" % (v,))
                elif v is not None and not isinstance(v, str):
                    R.err(doc, "%s.%s must be a string or null" % (k, f))
                elif isinstance(v, str) and (v != v.strip() or not v):
                    R.err(doc, "%s.%s has stray whitespace or is empty" % (k, f))
    if R.errors:
        return
    ntext = norm(text)

    def present(s, what):
        if s is not None and norm(s) not in ntext:
            R.err(doc, "%s not in text: %s" % (what, s))

    # ---------------- doc year
    present(g["doc_year_evidence"], "doc_year_evidence")
    if g["doc_year"] is not None and str(g["doc_year"]) not in norm(g["doc_year_evidence"] or ""):
        R.err(doc, "doc_year_evidence does not show %s" % g["doc_year"])

    # ---------------- entities
    canon = {k: [e["name"] for e in g[k]] for k in ETYPES}
    allnames = {}
    for k in ETYPES:
        seen = {}
        for e in g[k]:
            present(e["name"], k + " name")
            for a in e["aliases"]:
                present(a, k + " alias")
                if norm(a) == norm(e["name"]):
                    R.err(doc, "alias equals name: %s" % a)
            for n in sorted(score.names_of(e)):
                if n in seen and seen[n] != e["name"]:
                    R.err(doc, "ambiguous %s name %s (%s / %s)" % (k, n, seen[n], e["name"]))
                seen[n] = e["name"]
                allnames.setdefault(n, set()).add((k, e["name"]))
            if re.search(r"\s", e["name"]):
                R.err(doc, "name with whitespace: %s" % e["name"])
    for n, owners in sorted(allnames.items()):
        names = {o[1] for o in owners}
        kinds = {o[0] for o in owners}
        if len(owners) > 1 and not (kinds == {"enterprises", "projects"} and len(names) == 1):
            R.warn(doc, "name %s shared across types: %s" % (n, sorted(owners)))
    zone_names = set(canon["zones"])
    for z in g["zones"]:
        if not z["city"] or not z["province"]:
            R.err(doc, "zone %s without city/province" % z["name"])
        elif not (z["city"].endswith("市") and z["province"].endswith("省")):
            R.err(doc, "zone %s: city/province not written in full" % z["name"])
    for k in ("enterprises", "projects", "platforms"):
        for e in g[k]:
            if e["zone"] is not None and e["zone"] not in zone_names:
                R.err(doc, "%s %s: zone %s is not a canonical zone name" % (k, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["enterprise"] is not None and p["enterprise"] not in canon["enterprises"]:
            R.err(doc, "project %s: enterprise %s is not canonical" % (p["name"], p["enterprise"]))
        if p["status"] not in STATUSES | {None}:
            R.err(doc, "project %s: status %s" % (p["name"], p["status"]))
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zone_names:
            R.err(doc, "article main_zone %s is not canonical" % a["main_zone"])
        present(a["first_words"], "first_words")
        if not a["title"]:
            R.err(doc, "article without title")

    # ---------------- statistics
    every_canon = set()
    for k in ETYPES:
        every_canon.update(canon[k])
    alias_only = {n for n, o in allnames.items()} - {norm(c) for c in every_canon}
    keys = {}
    for s in g["statistics"]:
        tag = "%s | %s | %s" % (s["subject"], s["indicator"], s["value"])
        if s["subject"] not in every_canon:
            if norm(s["subject"]) in alias_only:
                R.err(doc, "subject is an alias, not canonical: %s" % tag)
            elif not (REGION_RE.match(s["subject"]) and norm(s["subject"]) in ntext):
                R.err(doc, "subject does not resolve: %s" % tag)
        if s["kind"] not in KINDS:
            R.err(doc, "kind %s: %s" % (s["kind"], tag))
        if s["approx"] not in APPROX:
            R.err(doc, "approx %s: %s" % (s["approx"], tag))
        if s["unit"] is None:
            R.err(doc, "unit missing: %s" % tag)
        present(s["evidence"], "evidence")
        present(s["period"], "period")
        if "。" in s["evidence"]:
            R.err(doc, "evidence spans sentences: %s" % tag)
        if not value_in(s["value"], s["unit"], s["evidence"]):
            R.err(doc, "value not in evidence: %s / %s" % (tag, s["evidence"]))
        if s["unit"] and s["unit"] != "fraction":
            ev = norm(s["evidence"])
            if norm(s["unit"]) not in ev and not (s["unit"] == "位" and "首位" in ev):
                R.err(doc, "unit %s not printed in evidence: %s" % (s["unit"], tag))
        if s["kind"] == "difference":
            c = s["compared_to"]
            if not c:
                R.err(doc, "difference without compared_to: %s" % tag)
            elif c not in every_canon:
                if norm(c) in alias_only:
                    R.err(doc, "compared_to is an alias, not canonical: %s" % tag)
                elif norm(c) not in ntext:
                    R.err(doc, "compared_to not in text: %s" % tag)
        elif s["compared_to"] is not None:
            R.err(doc, "compared_to set for kind %s: %s" % (s["kind"], tag))
        if s["kind"] == "rank" and s["unit"] != "位":
            R.err(doc, "rank with unit %s: %s" % (s["unit"], tag))
        if s["unit"] == "fraction" and s["kind"] != "share":
            R.warn(doc, "fraction not a share: %s" % tag)
        fam, fac = score.unit_of(s["unit"])
        key = (norm(s["subject"]), round(float(s["value"]) * fac, 6), fam, norm(s["indicator"]))
        if key in keys:
            R.err(doc, "statistics share the scorer's de-duplication key: %s / %s" % (keys[key], tag))
        keys[key] = tag


# ------------------------------------------------------------------ scoring the gold as predictions
COLS = {
    "zones": ["doc", "name", "city", "province"],
    "enterprises": ["doc", "name", "zone"],
    "projects": ["doc", "name", "zone", "enterprise", "status"],
    "platforms": ["doc", "name", "zone"],
    "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"],
}


def preds_of(gold):
    preds = {k: [] for k in COLS}
    for doc, g in gold.items():
        for k in ETYPES:
            for e in g[k]:
                row = {c: e.get(c) for c in COLS[k]}
                row["doc"] = g["doc"]
                preds[k].append(row)
        for s in g["statistics"]:
            row = {c: s.get(c) for c in COLS["statistics"]}
            row["doc"] = g["doc"]
            row["comparedTo"] = s["compared_to"]
            row["value"] = repr(s["value"]) if isinstance(s["value"], float) else str(s["value"])
            preds["statistics"].append(row)
    return preds


def sparql_json(rows, cols):
    out = []
    for r in rows:
        b = {}
        for c in cols:
            if r.get(c) is None:
                continue
            if c == "value":
                b[c] = {"type": "literal", "value": r[c], "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
            else:
                b[c] = {"type": "literal", "value": r[c]}
        out.append(b)
    return {"head": {"vars": cols}, "results": {"bindings": out}}


def perfect(summary, where, R):
    ok = True
    for k in ETYPES + ["statistics"]:
        s = summary[k]
        if s["f1"] != 1.0:
            R.err(where, "%s F1 = %s (tp %d fp %d fn %d)" % (k, s["f1"], s["tp"], s["fp"], s["fn"]))
            ok = False
        attrs = s.get("attributes") or {a: s.get(a) for a in (
            "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")}
        for a, v in attrs.items():
            if v != 1.0:
                R.err(where, "%s %s = %s" % (k, a, v))
                ok = False
    return ok


def main():
    R = Report()
    gold = score.load_gold(GOLD)
    n_files = 0
    for f in sorted(os.listdir(GOLD)):
        if not f.endswith(".json"):
            continue
        n_files += 1
        with open(os.path.join(GOLD, f), encoding="utf-8") as h:
            raw = h.read()
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=2) + "\n":
            R.err(f, "not pretty-printed UTF-8 (indent 2)")
        if f[:-5] + ".txt" != g.get("doc"):
            R.err(f, "doc field %s does not match the file name" % g.get("doc"))
        tpath = os.path.join(TEXTS, g.get("doc", ""))
        if not os.path.exists(tpath):
            R.err(f, "no text file %s" % tpath)
            continue
        with open(tpath, encoding="utf-8") as h:
            text = h.read()
        check_doc(g, text, R)
    if n_files != len(gold):
        R.err("gold", "load_gold read %d documents from %d files" % (len(gold), n_files))

    # in-process scoring
    preds = preds_of(gold)
    detail = []
    summary = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    ok1 = perfect(summary, "in-process score", R)
    for d in detail:
        R.err("in-process score", "\t".join(map(str, d)))

    # through the command line on a SPARQL-JSON dump
    with tempfile.TemporaryDirectory() as tmp:
        for k, cols in COLS.items():
            with open(os.path.join(tmp, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(sparql_json(preds[k], cols), h, ensure_ascii=False)
        p = subprocess.run([sys.executable, SCORE_PY, "--gold", GOLD, "--results", tmp, "--json"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            R.err("score.py", "exit %d: %s" % (p.returncode, p.stderr.strip()))
            ok2 = False
        else:
            cli = json.loads(p.stdout)
            ok2 = perfect(cli, "score.py --results", R)
            if cli.get("docs") != len(gold):
                R.err("score.py", "scored %s documents" % cli.get("docs"))

    n = {k: sum(len(g[k]) for g in gold.values()) for k in ETYPES + ["statistics"]}
    print("documents: %d  zones: %d  enterprises: %d  projects: %d  platforms: %d  statistics: %d" % (
        len(gold), n["zones"], n["enterprises"], n["projects"], n["platforms"], n["statistics"]))
    print("in-process score of gold as predictions: %s" % ("all F1 and attributes 1.0" if ok1 else "NOT perfect"))
    print("score.py --results <SPARQL-JSON dump>:   %s" % ("all F1 and attributes 1.0" if ok2 else "NOT perfect"))
    for w in R.warnings:
        print("warning:", w)
    for e in R.errors:
        print("ERROR:", e)
    print("%d errors, %d warnings" % (len(R.errors), len(R.warnings)))
    sys.exit(1 if R.errors else 0)


if __name__ == "__main__":
    main()
