#!/usr/bin/env python3
"""Validate the heldout7 gold files.

For every gold/*.json (loaded with the scorer's own load_gold):
  * schema: the keys and value types GUIDELINES.md prescribes, closed vocabularies for
    kind / approx / project status, compared_to only on kind "difference";
  * evidence: every statistic's evidence, and doc_year_evidence, occurs verbatim in
    texts/<doc>.txt after the guidelines' normalisation (whitespace removed); also after
    the scorer's norm_name (NFKC, quotes dropped);
  * names: every entity name, and every zone/enterprise alias, occurs in the text
    (whitespace removed); zone / enterprise references resolve inside the document;
    statistic subjects are entity names or named regions;
  * self-score: the gold itself, fed to score.py's scoring functions as if it were a
    system's output, must score P = R = F1 = 1 with every attribute correct (this catches
    duplicate entities and statistics the scorer could not tell apart);
and prints a counts table. Exit status 1 if anything fails.

  python3 check_gold.py [--gold DIR] [--texts DIR] [--score PATH/TO/score.py]
Python 3 standard library only.
"""
import argparse, importlib.util, json, os, re, sys

sys.dont_write_bytecode = True  # never write a __pycache__ next to score.py
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
TOP = {"doc": str, "doc_year": (int, type(None)), "doc_year_evidence": (str, type(None)),
       "articles": list, "zones": list, "enterprises": list, "projects": list,
       "platforms": list, "statistics": list}
FIELDS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
    "statistics": ["subject", "indicator", "value", "unit", "approx", "period", "kind",
                   "compared_to", "evidence"],
}
# subjects that are no entity of the document but a region named in it (全市/全省 figures)
REGION = re.compile(r".+(省|市|县|旗|自治区)$")


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def nows(s):
    return re.sub(r"\s+", "", s or "")


def check_doc(doc, g, text, score, errs):
    def err(msg):
        errs.append("%s: %s" % (doc, msg))

    for k, t in TOP.items():
        if k not in g:
            err("missing key %s" % k)
        elif not isinstance(g[k], t):
            err("key %s has type %s" % (k, type(g[k]).__name__))
    raw, norm = nows(text), score.norm_name(text)
    ev = g.get("doc_year_evidence")
    if ev and nows(ev) not in raw:
        err("doc_year_evidence not in text: %s" % ev)
    for a in g.get("articles", []):
        for k in ("title", "main_zone", "first_words"):
            if k not in a:
                err("article lacks %s" % k)
        if a.get("first_words") and nows(a["first_words"]) not in raw:
            err("first_words not in text: %s" % a["first_words"])
    names = {}
    for kind in ("zones", "enterprises", "projects", "platforms"):
        seen = set()
        for e in g.get(kind, []):
            for f in FIELDS[kind]:
                if f not in e:
                    err("%s %s lacks %s" % (kind, e.get("name"), f))
            if not isinstance(e.get("aliases", []), list):
                err("%s %s aliases is no list" % (kind, e.get("name")))
            n = e.get("name") or ""
            if nows(n) not in raw:
                err("%s name not in text: %s" % (kind, n))
            if kind in ("zones", "enterprises"):
                for al in e.get("aliases") or []:
                    if nows(al) not in raw:
                        err("%s alias not in text: %s" % (kind, al))
            for x in [n] + list(e.get("aliases") or []):
                key = score.norm_name(x)
                if key in seen:
                    err("%s: name/alias %s used twice" % (kind, x))
                seen.add(key)
            names.setdefault(kind, set()).add(n)
            if kind == "projects" and e.get("status") not in STATUS:
                err("project %s: bad status %s" % (n, e.get("status")))
            if kind == "zones" and (not e.get("city") or not e.get("province")):
                err("zone %s lacks city/province" % n)
    zones = names.get("zones", set())
    for kind in ("enterprises", "projects", "platforms"):
        for e in g.get(kind, []):
            if e.get("zone") is not None and e["zone"] not in zones:
                err("%s %s: zone %s is no zone of the document" % (kind, e["name"], e["zone"]))
    for e in g.get("projects", []):
        if e.get("enterprise") is not None and e["enterprise"] not in names.get("enterprises", set()):
            err("project %s: enterprise %s unknown" % (e["name"], e["enterprise"]))
    for a in g.get("articles", []):
        if a.get("main_zone") is not None and a["main_zone"] not in zones:
            err("article main_zone %s unknown" % a["main_zone"])
    every = set().union(*names.values()) if names else set()
    for s in g.get("statistics", []):
        tag = "%s|%s|%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
        for f in FIELDS["statistics"]:
            if f not in s:
                err("statistic %s lacks %s" % (tag, f))
        if not isinstance(s.get("value"), (int, float)) or isinstance(s.get("value"), bool):
            err("statistic %s: value is no number" % tag)
        if s.get("kind") not in KINDS:
            err("statistic %s: bad kind %s" % (tag, s.get("kind")))
        if s.get("approx") not in APPROX:
            err("statistic %s: bad approx %s" % (tag, s.get("approx")))
        if (s.get("kind") == "difference") != (s.get("compared_to") is not None):
            err("statistic %s: compared_to must be set exactly for kind difference" % tag)
        if not s.get("indicator") or not s.get("unit"):
            err("statistic %s: empty indicator or unit" % tag)
        if s.get("subject") not in every and not REGION.match(s.get("subject") or ""):
            err("statistic %s: subject is neither an entity nor a region" % tag)
        e = s.get("evidence") or ""
        if not e:
            err("statistic %s: no evidence" % tag)
        elif e != nows(e):
            err("statistic %s: evidence keeps whitespace" % tag)
        elif e not in raw:
            err("statistic %s: evidence not verbatim in text: %s" % (tag, e))
        elif score.norm_name(e) not in norm:
            err("statistic %s: evidence not in text after norm_name: %s" % (tag, e))


def self_score(gold, score):
    """Feed the gold to score.py's scoring functions as a system output."""
    preds = {k: [] for k in ("zones", "enterprises", "projects", "platforms", "statistics")}
    for doc, g in gold.items():
        for e in g.get("zones", []):
            preds["zones"].append({"doc": doc, "name": e["name"], "city": e["city"], "province": e["province"]})
        for e in g.get("enterprises", []):
            preds["enterprises"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for e in g.get("projects", []):
            preds["projects"].append({"doc": doc, "name": e["name"], "zone": e["zone"],
                                      "enterprise": e["enterprise"], "status": e["status"]})
        for e in g.get("platforms", []):
            preds["platforms"].append({"doc": doc, "name": e["name"], "zone": e["zone"]})
        for s in g.get("statistics", []):
            preds["statistics"].append({
                "doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                "value": str(s["value"]), "unit": s["unit"], "period": s["period"], "kind": s["kind"],
                "approx": s["approx"], "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    res = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    bad = []
    for k, r in res.items():
        if r["f1"] != 1.0:
            bad.append("self-score %s F1=%s" % (k, r["f1"]))
        for a, v in (r.get("attributes") or {}).items():
            if v not in (None, 1.0):
                bad.append("self-score %s.%s=%s" % (k, a, v))
        for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
            if a in r and r[a] not in (None, 1.0):
                bad.append("self-score statistics %s=%s" % (a, r[a]))
    bad += ["self-score detail: " + "\t".join(d) for d in detail]
    return res, bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    args = ap.parse_args()
    score = load_score(args.score)
    gold = score.load_gold(args.gold)
    errs = []
    rows = []
    for doc, g in sorted(gold.items()):
        path = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(path):
            errs.append("%s: no text file %s" % (doc, path))
            continue
        text = open(path, encoding="utf-8").read()
        check_doc(doc, g, text, score, errs)
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        st = g.get("statistics", [])
        kinds = {}
        for s in st:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        rows.append((doc, han, len(g.get("articles", [])), len(g.get("zones", [])),
                     len(g.get("enterprises", [])), len(g.get("projects", [])),
                     len(g.get("platforms", [])), len(st), kinds))
    res, bad = self_score(gold, score)
    errs += bad
    hdr = ("document", "han", "art", "zones", "ent", "proj", "plat", "stats")
    print("%-34s %5s %4s %5s %4s %5s %5s %6s" % hdr)
    tot = [0] * 7
    allk = {}
    for r in rows:
        print("%-34s %5d %4d %5d %4d %5d %5d %6d" % r[:8])
        for i in range(7):
            tot[i] += r[1 + i]
        for k, v in r[8].items():
            allk[k] = allk.get(k, 0) + v
    print("%-34s %5d %4d %5d %4d %5d %5d %6d" % tuple(["TOTAL"] + tot))
    print("statistics by kind:", ", ".join("%s %d" % kv for kv in sorted(allk.items())))
    print("self-score F1:", ", ".join("%s %.3f" % (k, r["f1"]) for k, r in res.items()))
    if errs:
        print("\n%d problem(s):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK: %d gold files valid" % len(gold))


if __name__ == "__main__":
    main()
