#!/usr/bin/env python3
"""Validate gold/*.json against texts/*.txt, then score the gold against itself with
/work/shared/eval/score.py (must give F1 = 1.0 everywhere).  Standard library only.
  PYTHONDONTWRITEBYTECODE=1 python3 check_gold.py
"""
import sys
sys.dont_write_bytecode = True
import json, os, subprocess, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/eval/score.py"
sys.path.insert(0, os.path.dirname(SCORER))
import score  # noqa: E402  (read-only use: norm_name, unit_of, load_gold)

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
N = score.norm_name


def fmt(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def main():
    gold = score.load_gold(os.path.join(ROOT, "gold"))
    errors = []
    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))
    for doc, g in gold.items():
        with open(os.path.join(ROOT, "texts", doc + ".txt"), encoding="utf-8") as h:
            text = N(h.read())
        def occurs(s, what):
            if s is not None and N(s) not in text:
                err(doc, "%s not in text: %r" % (what, s))
        occurs(g.get("doc_year_evidence"), "doc_year_evidence")
        names = {}
        for kind in score.TYPES:
            seen = set()
            for e in g.get(kind, []):
                for n in score.names_of(e):
                    occurs(n, kind + " name/alias")
                    if n in seen:
                        err(doc, "%s name/alias used twice: %s" % (kind, n))
                    seen.add(n)
                names.setdefault(kind, set()).update(score.names_of(e))
        canon = {N(e["name"]) for k in score.TYPES for e in g.get(k, [])}
        for kind, attr, ref in (("enterprises", "zone", "zones"), ("projects", "zone", "zones"),
                                ("projects", "enterprise", "enterprises"), ("platforms", "zone", "zones")):
            for e in g.get(kind, []):
                if e.get(attr) is not None and N(e[attr]) not in {N(x["name"]) for x in g.get(ref, [])}:
                    err(doc, "%s %s: %s is not a gold %s name" % (kind, e["name"], e[attr], ref))
        for z in g.get("zones", []):
            if not z.get("city") or not z.get("province"):
                err(doc, "zone without city/province: %s" % z["name"])
        for a in g.get("articles", []):
            if a.get("main_zone") and N(a["main_zone"]) not in {N(z["name"]) for z in g["zones"]}:
                err(doc, "article main_zone not a zone: %s" % a["main_zone"])
            occurs(a.get("first_words"), "first_words")
        for p in g.get("projects", []):
            if p.get("status") not in STATUS:
                err(doc, "bad status %r" % p.get("status"))
        keys = set()
        for s in g.get("statistics", []):
            tag = "%s/%s/%s" % (s["subject"], s["indicator"], s["value"])
            for f in ("subject", "evidence", "period", "compared_to"):
                occurs(s.get(f), "statistic " + f)
            if N(s["subject"]) not in canon:
                # region-wide comparison figures (a province, 全国) are allowed as subjects
                if not (s["subject"].endswith("省") or s["subject"].endswith("市") or s["subject"] in ("全国", "自治区")
                        or s["subject"].endswith("自治区")):
                    err(doc, "subject is not a gold entity: %s" % tag)
            if s.get("kind") not in KINDS:
                err(doc, "bad kind %s" % tag)
            if s.get("approx") not in APPROX:
                err(doc, "bad approx %s" % tag)
            if (s.get("compared_to") is None) != (s.get("kind") != "difference"):
                err(doc, "compared_to must be set exactly for difference: %s" % tag)
            ev = N(s["evidence"])
            if s["unit"] == "fraction":
                if "/" not in ev:
                    err(doc, "fraction not printed: %s" % tag)
            else:
                if fmt(s["value"]) not in ev and not (s["value"] in CN and CN[s["value"]] in ev):
                    err(doc, "value not in evidence: %s  [%s]" % (tag, ev))
                if N(s["unit"]) not in ev:
                    err(doc, "unit not in evidence: %s %s [%s]" % (tag, s["unit"], ev))
            if not isinstance(s["value"], (int, float)):
                err(doc, "value not a number: %s" % tag)
            fam, fac = score.unit_of(s["unit"])
            key = (N(s["subject"]), round(score.to_float(s["value"]) * fac, 6), fam, N(s["indicator"]))
            if key in keys:
                err(doc, "duplicate scorer key: %s" % (key,))
            keys.add(key)
    for e in errors:
        print("ERROR", e)
    # ---- dump the gold as SPARQL JSON results and score it
    cols = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                           "comparedTo", "evidence"]}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, vars_ in cols.items():
            bindings = []
            for doc, g in gold.items():
                for e in g.get(kind, []):
                    row = {"doc": doc}
                    for v in vars_[1:]:
                        val = e.get("compared_to" if v == "comparedTo" else v)
                        if val is not None:
                            row[v] = val
                    bindings.append({k: {"type": "literal", "value": str(val)} for k, val in row.items()})
            with open(os.path.join(tmp, kind + ".json"), "w", encoding="utf-8") as h:
                json.dump({"head": {"vars": vars_}, "results": {"bindings": bindings}}, h, ensure_ascii=False)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        r = subprocess.run([sys.executable, SCORER, "--gold", os.path.join(ROOT, "gold"), "--results", tmp,
                            "--json"], capture_output=True, text=True, env=env)
        if r.returncode:
            print(r.stdout, r.stderr)
            sys.exit(1)
        summ = json.loads(r.stdout)
        r2 = subprocess.run([sys.executable, SCORER, "--gold", os.path.join(ROOT, "gold"), "--results", tmp],
                            capture_output=True, text=True, env=env)
        print(r2.stdout)
    for k in score.TYPES + ["statistics"]:
        s = summ[k]
        if s["f1"] != 1.0:
            errors.append("%s F1 = %s" % (k, s["f1"]))
        for a, v in (s.get("attributes") or {}).items():
            if v not in (None, 1.0):
                errors.append("%s.%s = %s" % (k, a, v))
        for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
            if a in s and s[a] not in (None, 1.0):
                errors.append("%s.%s = %s" % (k, a, s[a]))
    n = sum(len(g.get("statistics", [])) for g in gold.values())
    print("docs=%d statistics=%d errors=%d" % (len(gold), n, len(errors)))
    if errors:
        for e in errors[-5:]:
            print("ERROR", e)
        sys.exit(1)
    print("check_gold: OK")


if __name__ == "__main__":
    main()
