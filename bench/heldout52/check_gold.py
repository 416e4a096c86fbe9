#!/usr/bin/env python3
"""Validate the heldout52 gold files against their texts and against the scorer.

  python3 check_gold.py            # all checks; exit status 0 only if everything passes

Checks: gold shape and allowed values; every name, alias, evidence, period, first_words,
doc_year_evidence, subject and compared_to occurs in the text after score.norm_name;
every value is printed in its evidence, and so is its unit; zone / enterprise / subject /
compared_to references resolve; compared_to is set exactly for kind "difference"; no
duplicate name or alias within a type; no two statistics share the scorer's
de-duplication key; and the gold, fed to score.py as predictions (SPARQL JSON results in a
temporary folder), scores 1.0 on every F1 and attribute.
Python 3 standard library only; imports /work/shared/eval/score.py without writing bytecode.
"""
import sys
sys.dont_write_bytecode = True
import importlib.util, json, os, re, subprocess, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
SCORE_PY = "/work/shared/eval/score.py"
_spec = importlib.util.spec_from_file_location("score", SCORE_PY)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
norm = score.norm_name

TOP_KEYS = ["doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises", "projects",
            "platforms", "statistics"]
SHAPES = {
    "articles": ["title", "main_zone", "first_words"],
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"],
}
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
APPROX = {"over", "about", "under"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
PROVINCES = {"北京市", "天津市", "河北省", "江苏省", "浙江省", "安徽省", "上海市", "山东省", "河南省", "江西省",
             "湖北省", "湖南省", "广东省", "福建省", "山西省", "辽宁省"}
REGION_WORDS = {"全国"} | PROVINCES
CN_DIGITS = {1: "一首", 2: "二两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def value_strings(v):
    if isinstance(v, int):
        return [str(v)]
    s = repr(v)
    out = [s]
    if s.endswith(".0"):
        out.append(s[:-2])
    return out


def check_doc(fname, g, text, errs):
    def err(msg):
        errs.append("%s: %s" % (fname, msg))
    nt = norm(text)

    def present(s, what):
        if not isinstance(s, str) or not s.strip():
            err("%s is empty or not a string: %r" % (what, s))
        elif norm(s) not in nt:
            err("%s not in text: %r" % (what, s))

    # ---- shape
    if list(g.keys()) != TOP_KEYS:
        err("top-level keys %s" % list(g.keys()))
        return
    if g["doc"] != fname[:-5] + ".txt":
        err("doc field %r does not name its text" % g["doc"])
    if not (g["doc_year"] is None or (isinstance(g["doc_year"], int) and 1990 <= g["doc_year"] <= 2030)):
        err("doc_year %r" % g["doc_year"])
    if g["doc_year"] is not None:
        present(g["doc_year_evidence"], "doc_year_evidence")
        if str(g["doc_year"]) not in norm(g["doc_year_evidence"]):
            err("doc_year_evidence does not show the year")
    for kind, keys in SHAPES.items():
        if not isinstance(g[kind], list):
            err("%s is not a list" % kind)
            return
        for i, e in enumerate(g[kind]):
            if not isinstance(e, dict) or list(e.keys()) != keys:
                err("%s[%d] keys %s" % (kind, i, list(e.keys()) if isinstance(e, dict) else e))
                return
            if kind != "articles" and kind != "statistics":
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    err("%s[%d] aliases not a list of strings" % (kind, i))
    # ---- names and aliases
    names = {}
    all_names = set()
    for kind in ("zones", "enterprises", "projects", "platforms"):
        seen = {}
        names[kind] = set()
        for e in g[kind]:
            present(e["name"], kind + " name")
            names[kind].add(e["name"])
            for a in e["aliases"]:
                present(a, kind + " alias")
                if norm(a) == norm(e["name"]):
                    err("%s alias equals its name: %r" % (kind, a))
            for n in [e["name"]] + e["aliases"]:
                k = norm(n)
                if k in seen:
                    err("duplicate %s name/alias %r (%s / %s)" % (kind, n, seen[k], e["name"]))
                seen[k] = e["name"]
                all_names.add(k)
    for z in g["zones"]:
        if z["province"] not in PROVINCES:
            err("zone %s: province %r" % (z["name"], z["province"]))
        if not (isinstance(z["city"], str) and z["city"].endswith("市")):
            err("zone %s: city %r" % (z["name"], z["city"]))
        if z["province"] in ("北京市", "天津市", "上海市") and z["city"] != z["province"]:
            err("zone %s: municipality city should equal province" % z["name"])
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e["zone"] is not None and e["zone"] not in names["zones"]:
                err("%s %s: zone %r is not a zone name" % (kind, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["enterprise"] is not None and p["enterprise"] not in names["enterprises"]:
            err("project %s: enterprise %r is not an enterprise name" % (p["name"], p["enterprise"]))
        if p["status"] is not None and p["status"] not in STATUSES:
            err("project %s: status %r" % (p["name"], p["status"]))
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in names["zones"]:
            err("article %r: main_zone %r is not a zone name" % (a["title"], a["main_zone"]))
        present(a["first_words"], "first_words")
        t = norm(a["title"])
        if t not in nt and "".join(c * 2 for c in t) not in nt:
            err("article title not in text (plain or doubled): %r" % a["title"])
    canon = names["zones"] | names["enterprises"] | names["projects"] | names["platforms"]

    def is_region(s):
        return s in REGION_WORDS or (re.fullmatch(r"[\u4e00-\u9fff]{2,8}[市县]", s or "") is not None)

    # ---- statistics
    keys = {}
    for i, s in enumerate(g["statistics"]):
        tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
        if s["subject"] not in canon and not is_region(s["subject"]):
            err("%s: subject %r is neither a canonical entity name nor a region" % (tag, s["subject"]))
        present(s["subject"], tag + " subject")
        if not isinstance(s["indicator"], str) or not s["indicator"]:
            err(tag + ": empty indicator")
        v = s["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err("%s: value %r not a number" % (tag, v))
            continue
        if s["kind"] not in KINDS:
            err("%s: kind %r" % (tag, s["kind"]))
        if s["approx"] is not None and s["approx"] not in APPROX:
            err("%s: approx %r" % (tag, s["approx"]))
        if not isinstance(s["unit"], str) or not s["unit"]:
            err(tag + ": empty unit")
            continue
        present(s["evidence"], tag + " evidence")
        ev = norm(s["evidence"])
        if s["period"] is not None:
            present(s["period"], tag + " period")
            if re.search(r"\s", s["period"]):
                err(tag + ": period has spaces")
        # value printed in the evidence
        if s["unit"] == "fraction":
            if "/" not in ev and "分之" not in ev:
                err(tag + ": fraction not printed in evidence")
        else:
            vs = value_strings(v)
            ok = any(x in ev for x in vs)
            if not ok and isinstance(v, int) and v in CN_DIGITS:
                ok = any(("第" + c) in ev or (c + "位") in ev for c in CN_DIGITS[v])
            if not ok:
                err("%s: value %s not printed in evidence %r" % (tag, vs, s["evidence"]))
            # value not just a piece of a longer number (e.g. 12 inside 312)
            if ok and not any(re.search(r"(?<![\d.])" + re.escape(x) + r"(?![\d]|\.\d)", ev) for x in vs) \
                    and not (isinstance(v, int) and v in CN_DIGITS):
                err("%s: value %s only occurs inside a longer number in %r" % (tag, vs, s["evidence"]))
            if norm(s["unit"]) not in ev:
                err("%s: unit %r not printed in evidence %r" % (tag, s["unit"], s["evidence"]))
        # approx words
        if s["approx"] == "over" and not re.search(r"超|突破|以上|逾|余|多", ev):
            err(tag + ": approx over without 超/突破/以上/逾/余/多 in evidence")
        if s["approx"] == "about" and not re.search(r"约|近|左右", ev):
            err(tag + ": approx about without 约/近/左右 in evidence")
        if s["approx"] == "under" and not re.search(r"不到|不足", ev):
            err(tag + ": approx under without 不到/不足 in evidence")
        # compared_to exactly for differences
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            err("%s: compared_to %r with kind %s" % (tag, s["compared_to"], s["kind"]))
        if s["compared_to"] is not None:
            present(s["compared_to"], tag + " compared_to")
        if s["kind"] == "rank" and s["unit"] != "位":
            err(tag + ": rank without unit 位")
        if s["unit"] == "个百分点" and s["kind"] not in ("difference", "target"):
            err(tag + ": 个百分点 outside a difference")
        # scorer de-duplication key
        fam, fac = score.unit_of(s["unit"])
        key = (norm(s["subject"]), round(v * fac, 6), fam, norm(s["indicator"]))
        if key in keys:
            err("%s: same scorer key as stat %d" % (tag, keys[key]))
        keys[key] = i


def to_sparql(gold):
    def lit(v):
        return None if v is None else {"type": "literal", "value": str(v)}
    spec = {
        "zones": (["doc", "name", "city", "province"], lambda d, e: [d, e["name"], e["city"], e["province"]]),
        "enterprises": (["doc", "name", "zone"], lambda d, e: [d, e["name"], e["zone"]]),
        "projects": (["doc", "name", "zone", "enterprise", "status"],
                     lambda d, e: [d, e["name"], e["zone"], e["enterprise"], e["status"]]),
        "platforms": (["doc", "name", "zone"], lambda d, e: [d, e["name"], e["zone"]]),
        "statistics": (["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo",
                        "evidence"],
                       lambda d, e: [d, e["subject"], e["indicator"], e["value"], e["unit"], e["period"], e["kind"],
                                     e["approx"], e["compared_to"], e["evidence"]]),
    }
    out = {}
    for kind, (vars_, row) in spec.items():
        bindings = []
        for g in gold:
            doc = "http://example.org/doc/" + g["doc"]
            for e in g[kind]:
                vals = row(doc, e)
                bindings.append({k: lit(v) for k, v in zip(vars_, vals) if v is not None})
        out[kind] = {"head": {"vars": vars_}, "results": {"bindings": bindings}}
    return out


def main():
    errs = []
    gdir, tdir = os.path.join(ROOT, "gold"), os.path.join(ROOT, "texts")
    gfiles = sorted(f for f in os.listdir(gdir) if f.endswith(".json"))
    tfiles = sorted(f for f in os.listdir(tdir) if f.endswith(".txt"))
    if [f[:-5] for f in gfiles] != [f[:-4] for f in tfiles]:
        errs.append("gold and texts do not pair up: %s vs %s" % (gfiles, tfiles))
    golds = []
    for f in gfiles:
        with open(os.path.join(gdir, f), encoding="utf-8") as h:
            raw = h.read()
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=2) + "\n":
            errs.append("%s: not pretty-printed UTF-8 with indent 2" % f)
        tp = os.path.join(tdir, f[:-5] + ".txt")
        if not os.path.exists(tp):
            continue
        with open(tp, encoding="utf-8") as h:
            text = h.read()
        check_doc(f, g, text, errs)
        golds.append(g)
    # the scorer's own loader must accept the folder
    loaded = score.load_gold(gdir)
    if len(loaded) != len(gfiles):
        errs.append("score.load_gold read %d documents, expected %d" % (len(loaded), len(gfiles)))
    # gold as predictions -> score.py must give 1.0 everywhere
    with tempfile.TemporaryDirectory() as tmp:
        for kind, res in to_sparql(golds).items():
            with open(os.path.join(tmp, kind + ".json"), "w", encoding="utf-8") as h:
                json.dump(res, h, ensure_ascii=False)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        cmd = [sys.executable, SCORE_PY, "--gold", gdir, "--results", tmp]
        r = subprocess.run(cmd + ["--json"], capture_output=True, text=True, env=env)
        if r.returncode != 0:
            errs.append("score.py failed: " + r.stderr)
        else:
            summ = json.loads(r.stdout)
            for kind in ("zones", "enterprises", "projects", "platforms", "statistics"):
                s = summ[kind]
                if s["f1"] != 1.0:
                    errs.append("self-score %s F1 = %s" % (kind, s["f1"]))
                attrs = s.get("attributes") or {k: v for k, v in s.items() if k.endswith("_ok")}
                for a, v in attrs.items():
                    if v is not None and v != 1.0:
                        errs.append("self-score %s.%s = %s" % (kind, a, v))
                    if v is None:
                        errs.append("self-score %s.%s is not exercised (None)" % (kind, a))
            r2 = subprocess.run(cmd, capture_output=True, text=True, env=env)
            print(r2.stdout.rstrip())
    n_stats = sum(len(g["statistics"]) for g in golds)
    if errs:
        for e in errs:
            print("FAIL", e)
        print("check_gold: %d problems" % len(errs))
        return 1
    print("check_gold: OK (%d documents, %d statistics)" % (len(golds), n_stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
