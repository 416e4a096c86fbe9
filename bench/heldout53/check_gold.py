#!/usr/bin/env python3
"""Validate gold/ against texts/ and score the gold against itself with score.py.

Checks: every gold string (names, aliases, evidence, periods, subjects, compared_to) occurs in
the text after score.py's normalisation; each value (with the text's spacing noise) and its unit
are printed inside the evidence; allowed kind/approx/status values; references (zone, enterprise)
point at gold entities; no duplicate entity names in a type; no two statistics share score.py's
de-duplication key. Then dumps the gold as SPARQL-JSON results and runs score.py, requiring
F1 = 1.0 and every attribute score = 1.0.
"""
import sys
sys.dont_write_bytecode = True
import json, os, re, subprocess, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/eval/score.py"
sys.path.insert(0, os.path.dirname(SCORER))
import score  # noqa: E402  (read-only use of its normalisation and unit table)

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TYPES = ["zones", "enterprises", "projects", "platforms"]
CN_ONE = ("第一", "首位")


def fmt(v):
    if isinstance(v, int) or (isinstance(v, float) and v == int(v) and abs(v) < 1e15):
        return str(int(v))
    return repr(v)


def raw_span(raw, ev):
    """The stretch of raw text (NFKC, quotes dropped, whitespace kept) that normalises to ev."""
    r = unicodedata.normalize("NFKC", raw).translate({ord(c): None for c in score.QUOTES})
    pat = r"\s*".join(re.escape(c) for c in ev)
    m = re.search(pat, r)
    return m.group(0) if m else None


def value_in(raw, ev, s):
    """True if the value is printed in the evidence as a whole number token."""
    v, unit = s["value"], s["unit"]
    if unit == "fraction":
        m = re.search(r"(\d+)/(\d+)", ev)
        return bool(m) and abs(int(m.group(1)) / int(m.group(2)) - v) < 1e-6
    if v == 1 and unit == "位" and any(w in ev for w in CN_ONE):
        return True
    span = raw_span(raw, ev)
    if span is None:
        return False
    digits = fmt(v)
    pat = r"(?<![\d.])" + r"\s*".join(re.escape(c) for c in digits) + r"(?!\d)(?!\.\d)"
    return re.search(pat, span) is not None


def main():
    tdir, gdir = os.path.join(HERE, "texts"), os.path.join(HERE, "gold")
    errors, counts = [], []
    golds = {}
    for f in sorted(os.listdir(gdir)):
        if not f.endswith(".json"):
            continue
        g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        stem = f[:-5]
        golds[stem] = g
        raw = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        T = score.norm_name(raw)
        E = lambda m: errors.append("%s: %s" % (stem, m))
        if g["doc"] != stem + ".txt":
            E("doc field %r" % g["doc"])
        if g.get("doc_year_evidence") and score.norm_name(g["doc_year_evidence"]) not in T:
            E("doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in g.get("doc_year_evidence", ""):
            E("doc_year not in its evidence")
        names = {}
        for kind in TYPES:
            seen = set()
            for e in g[kind]:
                for n in [e["name"]] + e.get("aliases", []):
                    nn = score.norm_name(n)
                    if nn not in T:
                        E("%s name not in text: %s" % (kind, n))
                    if nn in seen:
                        E("%s name repeated: %s" % (kind, n))
                    seen.add(nn)
                    names.setdefault(kind, set()).add(nn)
        zones = names.get("zones", set())
        allnames = set().union(*names.values()) if names else set()
        for kind in ["enterprises", "projects", "platforms"]:
            for e in g[kind]:
                if e.get("zone") and score.norm_name(e["zone"]) not in zones:
                    E("%s %s: zone %s is not a gold zone" % (kind, e["name"], e["zone"]))
        for p in g["projects"]:
            if p.get("status") not in STATUS:
                E("project status %r" % p.get("status"))
            if p.get("enterprise") and score.norm_name(p["enterprise"]) not in names.get("enterprises", set()):
                E("project %s: enterprise %s is not a gold enterprise" % (p["name"], p["enterprise"]))
        for z in g["zones"]:
            if not z.get("city") or not z.get("province"):
                E("zone %s lacks city/province" % z["name"])
        for a in g["articles"]:
            if score.norm_name(a["first_words"]) not in T:
                E("article first_words not in text: %s" % a["first_words"])
        keys = set()
        for s in g["statistics"]:
            tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["evidence"])
            ev = score.norm_name(s["evidence"])
            if ev not in T:
                E("evidence not in text: " + tag)
            if score.norm_name(s["subject"]) not in T:
                E("subject not in text: " + tag)
            if score.norm_name(s["subject"]) not in allnames and s["subject"] not in (
                    [z["province"] for z in g["zones"]] + [z["city"] for z in g["zones"]] + ["全国"]):
                E("subject is neither a gold entity nor a region: " + tag)
            for k in ("period", "compared_to"):
                if s.get(k) and score.norm_name(s[k]) not in T:
                    E("%s not in text: %s (%s)" % (k, s[k], tag))
            if s["kind"] not in KINDS:
                E("kind %r: %s" % (s["kind"], tag))
            if s.get("approx") not in APPROX:
                E("approx %r: %s" % (s.get("approx"), tag))
            if (s["kind"] == "difference") != bool(s.get("compared_to")):
                E("compared_to must be set exactly for difference: " + tag)
            if not isinstance(s["value"], (int, float)):
                E("value not a number: " + tag)
            elif not value_in(raw, ev, s):
                E("value %s not printed in evidence: %s" % (s["value"], tag))
            span = raw_span(raw, ev) or ""
            table_row = re.search(r"\S {3,}\S", span) is not None
            if s["unit"] != "fraction" and score.norm_name(s["unit"]) not in ev and not (
                    s["unit"] == "位" and "首位" in ev) and not (
                    table_row and "(%s)" % score.norm_name(s["unit"]) in T):
                E("unit %s not in evidence: %s" % (s["unit"], tag))
            fam, fac = score.unit_of(s["unit"])
            if fam.startswith("raw:"):
                E("unit %s unknown to the scorer: %s" % (s["unit"], tag))
            key = (score.norm_name(s["subject"]), round(s["value"] * fac, 6), fam,
                   score.norm_name(s["indicator"]))
            if key in keys:
                E("duplicate de-dup key: %s" % (key,))
            keys.add(key)
        han = sum(1 for c in raw if "\u4e00" <= c <= "\u9fff")
        counts.append((stem, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
                       len(g["platforms"]), len(g["statistics"])))
    print("%-30s %5s %5s %5s %5s %5s %5s" % ("doc", "han", "zone", "ent", "proj", "plat", "stat"))
    for c in counts:
        print("%-30s %5d %5d %5d %5d %5d %5d" % c)
    tot = [sum(c[i] for c in counts) for i in range(1, 7)]
    print("%-30s %5d %5d %5d %5d %5d %5d" % tuple(["total"] + tot))
    for e in errors:
        print("ERROR", e)

    # ---- self-score through score.py
    tmp = tempfile.mkdtemp(prefix="heldout53_")
    cols = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"],
            "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind",
                           "approx", "comparedTo", "evidence"]}
    for kind, vs in cols.items():
        rows = []
        for stem, g in golds.items():
            for e in g[kind]:
                d = dict(e, doc="http://example.org/doc/%s.txt" % stem, comparedTo=e.get("compared_to"))
                b = {}
                for v in vs:
                    if d.get(v) is not None:
                        b[v] = {"type": "literal", "value": str(d[v])}
                rows.append(b)
        with open(os.path.join(tmp, kind + ".json"), "w", encoding="utf-8") as h:
            json.dump({"head": {"vars": vs}, "results": {"bindings": rows}}, h, ensure_ascii=False)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-B", SCORER, "--gold", gdir, "--results", tmp, "--json"],
                         capture_output=True, text=True, env=env)
    if out.returncode:
        print(out.stderr)
        sys.exit(2)
    summ = json.loads(out.stdout)
    subprocess.run([sys.executable, "-B", SCORER, "--gold", gdir, "--results", tmp], env=env)
    for k in TYPES + ["statistics"]:
        s = summ[k]
        if s["f1"] != 1.0:
            errors.append("score.py %s F1 %s" % (k, s["f1"]))
        vals = list((s.get("attributes") or {}).values()) + [s.get(x) for x in (
            "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")]
        if any(v is not None and v != 1.0 for v in vals):
            errors.append("score.py %s attribute below 1.0: %s" % (k, vals))
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    print("RESULT:", "PASS" if not errors else "FAIL (%d errors)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
