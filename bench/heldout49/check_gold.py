#!/usr/bin/env python3
"""Validate the heldout49 gold files against their texts and the scorer.

  python3 check_gold.py

Checks
  1. shape of every gold/*.json (the shape score.load_gold() reads), allowed statuses,
     kinds and approx values, value is a JSON number, one gold file per text;
  2. every name, alias, evidence, first_words, doc_year_evidence and period occurs in
     the text after score.norm_name (doubled pdf headline lines removed first, so a
     string found only in headline noise does not count);
  3. every value appears in its evidence (Arabic or Chinese numerals, fractions, 首位)
     and, except for ranks and fractions, is followed there by its unit (余/多 may sit
     between number and unit); approx agrees with 超/近/约/不到/以上/左右/以内 … next to the number;
  4. references resolve to canonical names: article main_zone, enterprise/project/
     platform zone, project enterprise, statistic subject and compared_to (a canonical
     entity, a region of the document, 全国, or a period printed in the text);
  5. no name or alias shared by two entities of one type in a document;
  6. no two statistics share the scorer's de-duplication key
     (subject, value x unit factor, unit family, indicator);
  7. the gold fed to the scorer as predictions scores 1.0 on every F1 and every
     attribute, in-process (score.score_entities / score.score_statistics) and through
     `python3 /work/shared/eval/score.py --gold gold --results DIR` on a SPARQL-JSON dump.
Python 3 standard library only.
"""
import json, os, re, subprocess, sys, tempfile

SCORER_DIR = "/work/shared/eval"
sys.dont_write_bytecode = True       # never write __pycache__ next to the scorer
sys.path.insert(0, SCORER_DIR)
import score  # noqa: E402

ROOT = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(ROOT, "gold")
TEXTS = os.path.join(ROOT, "texts")

STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
            "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
TYPES = ["zones", "enterprises", "projects", "platforms"]
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
}
TOP = ["doc", "doc_year", "doc_year_evidence", "articles"] + TYPES + ["statistics"]

N = score.norm_name
errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


# ------------------------------------------------------------------ numbers in evidence
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_RUN = "[零〇一二两三四五六七八九十百千]+"


def cn_value(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        else:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return total + cur


def numbers(ev):
    """(start, end, value, form) for every number printed in a normalised evidence."""
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", ev):
        out.append((m.start(), m.end(), float(m.group(1)) / float(m.group(2)), "fraction"))
    for m in re.finditer("(%s)分之(%s)" % (CN_RUN, CN_RUN), ev):
        out.append((m.start(), m.end(), cn_value(m.group(2)) / cn_value(m.group(1)), "fraction"))
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        out.append((m.start(), m.end(), float(m.group()), "arabic"))
    for m in re.finditer(CN_RUN, ev):
        out.append((m.start(), m.end(), float(cn_value(m.group())), "cn"))
    for m in re.finditer("([一二两三四五六七八九])成", ev):      # 四成 = 4/10
        out.append((m.start(), m.end(), CN_DIGIT[m.group(1)] / 10, "fraction"))
    for m in re.finditer("一半|半数", ev):                          # 一半 = 1/2
        out.append((m.start(), m.end(), 0.5, "fraction"))
    for m in re.finditer("首位", ev):
        out.append((m.start(), m.end(), 1.0, "first"))
    return out


OVER_BEFORE = ("超过", "超", "突破", "逾", "过")
ABOUT_BEFORE = ("近", "约", "将近")
UNDER_BEFORE = ("不到", "不足")
OVER_AFTER = ("以上", "余", "多")
ABOUT_AFTER = ("左右", "上下")
UNDER_AFTER = ("以内", "以下")


def check_value(doc, s):
    ev = N(s["evidence"])
    unit = N(s["unit"])
    v = s["value"]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err(doc, "value is not a number: %r" % (v,))
        return
    cands = [c for c in numbers(ev) if score.same_value(c[2], float(v))
             or (s["unit"] == "fraction" and abs(c[2] - v) < 1e-6)]
    if not cands:
        err(doc, "value %s not in evidence %s" % (v, s["evidence"]))
        return
    ok = []
    for st, en, _, form in cands:
        rest = ev[en:]
        if s["unit"] == "fraction":
            if form == "fraction":
                ok.append((st, en, rest))
            continue
        if s["kind"] == "rank" and unit == "位":
            if ev[max(0, st - 1):st] == "第" or form == "first":
                ok.append((st, en, rest))
            continue
        if re.match("(余|多)?" + re.escape(unit), rest):
            ok.append((st, en, rest))
    if not ok:
        err(doc, "unit %s does not follow value %s in %s" % (s["unit"], v, s["evidence"]))
        return
    # approx consistency with the words next to the number
    found = set()
    for st, en, rest in ok:
        before = ev[max(0, st - 2):st]
        after = rest[len(re.match("(余|多)?", rest).group()):]
        after_unit = after if s["kind"] == "rank" or s["unit"] == "fraction" else after[len(unit):]
        if any(before.endswith(w) for w in OVER_BEFORE) or re.match("(余|多)", rest) \
                or any(after_unit.startswith(w) for w in OVER_AFTER):
            found.add("over")
        if any(before.endswith(w) for w in ABOUT_BEFORE) or any(after_unit.startswith(w) for w in ABOUT_AFTER):
            found.add("about")
        if any(before.endswith(w) for w in UNDER_BEFORE) or any(after_unit.startswith(w) for w in UNDER_AFTER):
            found.add("under")
    if s["approx"] is None and found:
        err(doc, "approx null but evidence says %s: %s" % ("/".join(sorted(found)), s["evidence"]))
    if s["approx"] is not None and s["approx"] not in found:
        err(doc, "approx %s not supported by evidence %s" % (s["approx"], s["evidence"]))


# ------------------------------------------------------------------ per document
def is_doubled(line):
    t = re.sub(r"\s+", "", line)
    return len(t) >= 8 and len(t) % 2 == 0 and all(t[i] == t[i + 1] for i in range(0, len(t), 2))


def check_doc(path):
    with open(path, encoding="utf-8") as h:
        g = json.load(h)
    name = os.path.basename(path)
    doc = g.get("doc", name)
    if list(g.keys()) != TOP:
        err(doc, "top-level keys %s" % list(g.keys()))
        return
    if g["doc"] != name[:-5] + ".txt":
        err(doc, "doc field does not match the file name")
    tpath = os.path.join(TEXTS, g["doc"])
    if not os.path.exists(tpath):
        err(doc, "no text file")
        return
    with open(tpath, encoding="utf-8") as h:
        text = h.read()
    body = "\n".join(l for l in text.split("\n") if not is_doubled(l))
    nt = N(body)

    def present(s, what):
        if not isinstance(s, str) or not s:
            err(doc, "%s is empty or not a string: %r" % (what, s))
        elif N(s) not in nt:
            err(doc, "%s not in text: %s" % (what, s))

    if not (g["doc_year"] is None or isinstance(g["doc_year"], int)):
        err(doc, "doc_year must be an int or null")
    if g["doc_year"] is not None:
        present(g["doc_year_evidence"], "doc_year_evidence")
        if str(g["doc_year"]) not in N(g["doc_year_evidence"] or ""):
            err(doc, "doc_year_evidence does not print the year")
    for kind in TYPES + ["statistics"]:
        if not isinstance(g[kind], list):
            err(doc, "%s is not a list" % kind)
            return
        for e in g[kind]:
            if list(e.keys()) != FIELDS[kind]:
                err(doc, "%s entry keys %s" % (kind, list(e.keys())))
                return
    for a in g["articles"]:
        if list(a.keys()) != ["title", "main_zone", "first_words"]:
            err(doc, "article keys %s" % list(a.keys()))
        present(a["first_words"], "first_words")

    canon = {t: [e["name"] for e in g[t]] for t in TYPES}
    all_canon = set(n for t in TYPES for n in canon[t])
    # names, aliases, ambiguity
    for t in TYPES:
        seen = {}
        for e in g[t]:
            present(e["name"], t + " name")
            if not isinstance(e["aliases"], list):
                err(doc, "aliases of %s not a list" % e["name"])
                continue
            for a in e["aliases"]:
                present(a, t + " alias")
            for n in sorted(score.names_of(e)):
                if n in seen and seen[n] != e["name"]:
                    err(doc, "ambiguous %s name %s (%s / %s)" % (t, n, seen[n], e["name"]))
                seen[n] = e["name"]
    regions = {"全国"}
    for z in g["zones"]:
        for f in ("city", "province"):
            if not z[f] or not re.search("(省|市|自治区)$", z[f]):
                err(doc, "zone %s has a bad %s %r" % (z["name"], f, z[f]))
            else:
                regions.add(z[f])

    def region_ok(r):
        return r in regions or (re.search("(省|市|自治区|县|区)$", r) and
                                (N(r) in nt or N(re.sub("(省|市|自治区)$", "", r)) in nt))

    def ref(val, t, what):
        if val is not None and val not in canon[t]:
            err(doc, "%s %r is not a canonical %s name" % (what, val, t))

    for a in g["articles"]:
        ref(a["main_zone"], "zones", "article main_zone")
    for e in g["enterprises"]:
        ref(e["zone"], "zones", "enterprise zone")
    for p in g["projects"]:
        ref(p["zone"], "zones", "project zone")
        ref(p["enterprise"], "enterprises", "project enterprise")
        if p["status"] not in STATUSES and p["status"] is not None:
            err(doc, "bad status %r" % p["status"])
    for l in g["platforms"]:
        ref(l["zone"], "zones", "platform zone")

    keys = {}
    for s in g["statistics"]:
        present(s["evidence"], "evidence")
        if s["period"] is not None:
            present(s["period"], "period")
        if s["kind"] not in KINDS:
            err(doc, "bad kind %r" % s["kind"])
        if s["approx"] not in APPROX:
            err(doc, "bad approx %r" % s["approx"])
        if not s["indicator"] or not s["unit"]:
            err(doc, "empty indicator or unit in %s" % s["evidence"])
        if s["subject"] not in all_canon and not region_ok(s["subject"]):
            err(doc, "subject %r is neither a canonical name nor a region" % s["subject"])
        c = s["compared_to"]
        if s["kind"] == "difference":
            if c is None:
                err(doc, "difference without compared_to: %s" % s["evidence"])
            elif c not in all_canon and not region_ok(c) and N(c) not in nt:
                err(doc, "compared_to %r does not resolve" % c)
        elif c is not None:
            err(doc, "compared_to set on a %s statistic: %s" % (s["kind"], s["evidence"]))
        check_value(doc, s)
        v = score.to_float(s["value"])
        fam, fac = score.unit_of(s["unit"])
        key = (N(s["subject"]), None if v is None else round(v * fac, 6), fam, N(s["indicator"]))
        if key in keys:
            err(doc, "statistics share the scorer's de-duplication key: %s / %s" % (keys[key], s["evidence"]))
        keys[key] = s["evidence"]
    return g


# ------------------------------------------------------------------ self-scoring
def as_rows(gold):
    preds = {k: [] for k in TYPES + ["statistics"]}
    for g in gold.values():
        d = g["doc"]
        for z in g["zones"]:
            preds["zones"].append({"doc": d, "name": z["name"], "city": z["city"], "province": z["province"]})
        for e in g["enterprises"]:
            preds["enterprises"].append({"doc": d, "name": e["name"], "zone": e["zone"]})
        for p in g["projects"]:
            preds["projects"].append({"doc": d, "name": p["name"], "zone": p["zone"],
                                      "enterprise": p["enterprise"], "status": p["status"]})
        for l in g["platforms"]:
            preds["platforms"].append({"doc": d, "name": l["name"], "zone": l["zone"]})
        for s in g["statistics"]:
            preds["statistics"].append({"doc": d, "subject": s["subject"], "indicator": s["indicator"],
                                        "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    return preds


VARS = {"zones": ["doc", "name", "city", "province"],
        "enterprises": ["doc", "name", "zone"],
        "projects": ["doc", "name", "zone", "enterprise", "status"],
        "platforms": ["doc", "name", "zone"],
        "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind",
                       "approx", "comparedTo", "evidence"]}


def sparql_json(rows, names):
    bindings = []
    for r in rows:
        b = {}
        for n in names:
            if r.get(n) is not None:
                b[n] = {"type": "literal", "value": str(r[n])}
        bindings.append(b)
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


def perfect(summary, where):
    bad = []
    for k in TYPES:
        s = summary[k]
        if s["f1"] != 1.0 or s["fp"] or s["fn"]:
            bad.append("%s f1=%s" % (k, s["f1"]))
        for a, v in s["attributes"].items():
            if v is not None and v != 1.0:
                bad.append("%s.%s=%s" % (k, a, v))
    st = summary["statistics"]
    if st["f1"] != 1.0 or st["fp"] or st["fn"]:
        bad.append("statistics f1=%s" % st["f1"])
    for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
        if st.get(a) is not None and st[a] != 1.0:
            bad.append("statistics.%s=%s" % (a, st[a]))
        if st.get(a) is None:
            bad.append("statistics.%s was not exercised" % a)
    for b in bad:
        errors.append("%s: %s" % (where, b))
    return not bad


def main():
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    if [f[:-5] for f in files] != [t[:-4] for t in texts]:
        errors.append("gold files and texts do not pair up")
    for f in files:
        check_doc(os.path.join(GOLD, f))

    gold = score.load_gold(GOLD)
    preds = as_rows(gold)
    detail = []
    summary = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    ok_in = perfect(summary, "in-process self-score")
    for d in detail:
        errors.append("in-process detail: %s" % "\t".join(d))

    with tempfile.TemporaryDirectory() as tmp:
        for k in TYPES + ["statistics"]:
            with open(os.path.join(tmp, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(sparql_json(preds[k], VARS[k]), h, ensure_ascii=False)
        r = subprocess.run([sys.executable, os.path.join(SCORER_DIR, "score.py"), "--gold", GOLD,
                            "--results", tmp, "--json"], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("score.py failed: %s" % r.stderr.strip())
            ok_cli = False
        else:
            cli = json.loads(r.stdout)
            ok_cli = perfect(cli, "score.py --results self-score")
            if cli.get("docs") != len(files):
                errors.append("score.py scored %s documents, expected %d" % (cli.get("docs"), len(files)))

    n = {k: sum(len(g[k]) for g in gold.values()) for k in TYPES + ["statistics"]}
    print("check_gold: %d documents, %d zones, %d enterprises, %d projects, %d platforms, %d statistics"
          % (len(files), n["zones"], n["enterprises"], n["projects"], n["platforms"], n["statistics"]))
    print("self-score in-process: %s; via score.py --results: %s"
          % ("all 1.0" if ok_in else "NOT perfect", "all 1.0" if ok_cli else "NOT perfect"))
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("check_gold: OK")


if __name__ == "__main__":
    main()
