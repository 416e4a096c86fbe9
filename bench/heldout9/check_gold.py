#!/usr/bin/env python3
"""Validate the heldout9 gold files against their texts, using score.py's own functions.

  python3 check_gold.py [--score /work/shared/eval/score.py] [--coverage]

Checks: schema fields and allowed values; entity references resolve; every evidence,
name, alias, first_words and doc_year_evidence occurs verbatim in the text after
score.py's norm_name; every value is visible in its evidence; no name/alias shared by
two entities (except a company listed as a project of the same name); no two statistics
collide under the scorer's de-duplication key; scoring gold against itself gives 1.0.
--coverage also lists numbers in the texts that no evidence covers (for review).
Exit status 1 when there are errors.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
            "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
TYPES = ["zones", "enterprises", "projects", "platforms"]
EXTRA_UNITS = {"分"}  # evaluation scores: not in score.py's unit table, matched as a raw unit
FIELDS = {
    "zones": {"name", "aliases", "city", "province"},
    "enterprises": {"name", "aliases", "zone"},
    "projects": {"name", "aliases", "zone", "enterprise", "status"},
    "platforms": {"name", "aliases", "zone"},
}
STAT_FIELDS = {"subject", "indicator", "value", "unit", "approx", "period", "kind",
               "compared_to", "evidence"}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fmt_values(v):
    """textual forms a numeric value may take."""
    forms = set()
    if float(v) == int(v):
        forms.add(str(int(v)))
    forms.add(repr(float(v)).rstrip("0").rstrip("."))
    forms.add(str(v))
    return forms


def cn_values(ev):
    """values written in Chinese words: 三成, 四分之一, 第一, 首位, 两倍 ..."""
    vals = []
    for m in re.finditer(r"([一二两三四五六七八九十])成", ev):
        vals.append(CN[m.group(1)] / 10)
    for m in re.finditer(r"([一二三四五六七八九十])分之([一二三四五六七八九十])", ev):
        vals.append(CN[m.group(2)] / CN[m.group(1)])
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        vals.append(int(m.group(1)) / int(m.group(2)))
    for m in re.finditer(r"[第]([一二三四五六七八九十])", ev):
        vals.append(CN[m.group(1)])
    if "首位" in ev or "榜首" in ev or "首位" in ev:
        vals.append(1)
    for m in re.finditer(r"([一二两三四五六七八九十])(倍|个|家|项|成)", ev):
        vals.append(CN[m.group(1)])
    return vals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--coverage", action="store_true")
    args = ap.parse_args()
    sc = load_score(args.score)
    N = sc.norm_name
    gold = sc.load_gold(os.path.join(HERE, "gold"))
    errors, warnings = [], []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    def warn(doc, msg):
        warnings.append("%s: %s" % (doc, msg))

    for doc, g in sorted(gold.items()):
        tpath = os.path.join(HERE, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err(doc, "no text file")
            continue
        raw = open(tpath, encoding="utf-8").read()
        text = N(raw)
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r" % g.get("doc"))
        for k in ("doc", "doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
                  "projects", "platforms", "statistics"):
            if k not in g:
                err(doc, "missing key " + k)
        if not isinstance(g.get("doc_year"), (int, type(None))):
            err(doc, "doc_year not int")
        if g.get("doc_year_evidence") and N(g["doc_year_evidence"]) not in text:
            err(doc, "doc_year_evidence not in text")
        if g.get("doc_year") and g.get("doc_year_evidence") and str(g["doc_year"]) not in g["doc_year_evidence"]:
            err(doc, "doc_year not visible in its evidence")

        # ---- entities
        names = {k: {N(e["name"]) for e in g.get(k, [])} for k in TYPES}
        owner = {}
        for k in TYPES:
            for e in g.get(k, []):
                if set(e) != FIELDS[k]:
                    err(doc, "%s %s fields %s" % (k, e.get("name"), sorted(e)))
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s aliases not a list" % (k, e.get("name")))
                for n in [e["name"]] + list(e.get("aliases") or []):
                    if not n or re.search(r"\s", n):
                        err(doc, "%s name/alias empty or with spaces: %r" % (k, n))
                    if N(n) not in text:
                        err(doc, "%s name/alias not in text: %s" % (k, n))
                    key = N(n)
                    if key in owner and owner[key] != (k, e["name"]):
                        ok, oname = owner[key]
                        pair = {ok, k} == {"enterprises", "projects"} and oname == e["name"] == n
                        if not pair:
                            err(doc, "name/alias %s shared by %s:%s and %s:%s" % (n, ok, oname, k, e["name"]))
                    owner.setdefault(key, (k, e["name"]))
                if k == "zones":
                    for a in ("city", "province"):
                        if not e.get(a) or not re.search(r"[市省区州盟]$", e[a]):
                            err(doc, "zone %s bad %s %r" % (e["name"], a, e.get(a)))
                else:
                    if e.get("zone") is not None and N(e["zone"]) not in names["zones"]:
                        err(doc, "%s %s zone %s unresolved" % (k, e["name"], e["zone"]))
                if k == "projects":
                    if e.get("status") not in STATUSES | {None}:
                        err(doc, "project %s bad status %r" % (e["name"], e.get("status")))
                    if e.get("enterprise") is not None and N(e["enterprise"]) not in names["enterprises"]:
                        err(doc, "project %s enterprise %s unresolved" % (e["name"], e["enterprise"]))
        for a in g.get("articles", []):
            if set(a) != {"title", "main_zone", "first_words"}:
                err(doc, "article fields %s" % sorted(a))
            t = N(a["title"])
            doubled = "".join(c * 2 for c in t)
            if t not in text and doubled not in text:
                err(doc, "article title not in text: %s" % a["title"])
            if N(a["first_words"]) not in text:
                err(doc, "first_words not in text: %s" % a["first_words"])
            if a.get("main_zone") is not None and N(a["main_zone"]) not in names["zones"]:
                err(doc, "article main_zone unresolved: %s" % a["main_zone"])

        # ---- statistics
        allnames = set().union(*names.values())
        idx = sc.alias_index(g)
        keys = {}
        for i, s in enumerate(g.get("statistics", [])):
            tag = "stat %d (%s %s)" % (i, s.get("indicator"), s.get("value"))
            if set(s) != STAT_FIELDS:
                err(doc, "%s fields %s" % (tag, sorted(s)))
                continue
            if not isinstance(s["value"], (int, float)) or isinstance(s["value"], bool):
                err(doc, "%s value not a number" % tag)
                continue
            if s["kind"] not in KINDS:
                err(doc, "%s bad kind" % tag)
            if s["approx"] not in APPROX:
                err(doc, "%s bad approx" % tag)
            fam, fac = sc.unit_of(s["unit"])
            if fam.startswith("raw:") and s["unit"] not in EXTRA_UNITS:
                err(doc, "%s unit %r unknown to score.py" % (tag, s["unit"]))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "%s compared_to must be set exactly for difference" % tag)
            if s["kind"] == "rank" and s["unit"] != "位":
                err(doc, "%s rank with unit %s" % (tag, s["unit"]))
            if not s["indicator"] or re.search(r"\s", s["indicator"]):
                err(doc, "%s indicator empty or not normalised" % tag)
            if s["period"] is not None and (not s["period"] or re.search(r"\s", s["period"])):
                err(doc, "%s period has spaces" % tag)
            subj = N(s["subject"])
            if subj not in allnames:
                if subj not in text:
                    err(doc, "%s subject %s neither entity nor in text" % (tag, s["subject"]))
                elif not re.search(r"(全国|省|市|区|县)$", subj):
                    err(doc, "%s subject %s is not an entity" % (tag, s["subject"]))
            else:
                canon = [e["name"] for k in TYPES for e in g[k] if subj in sc.names_of(e)]
                if canon and N(canon[0]) != subj:
                    err(doc, "%s subject %s is an alias, use %s" % (tag, s["subject"], canon[0]))
            ev = N(s["evidence"])
            if ev not in text:
                err(doc, "%s evidence not in text: %s" % (tag, s["evidence"]))
            if re.search(r"\s", s["evidence"]):
                err(doc, "%s evidence has spaces" % tag)
            forms = fmt_values(s["value"])
            if s["value"] < 0 and re.search(r"下降|减少|回落|降低|下滑|收窄", ev):
                forms |= fmt_values(-s["value"])
            vis = any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", ev) for f in forms)
            if not vis:
                vis = any(sc.same_value(float(s["value"]), float(c)) for c in cn_values(ev))
            if not vis:
                err(doc, "%s value not visible in evidence: %s" % (tag, s["evidence"]))
            if s["unit"] not in ("fraction", "位") and s["unit"] not in ev and not (
                    s["unit"] == "%" and "％" in s["evidence"]):
                warn(doc, "%s unit %s not in evidence %s" % (tag, s["unit"], s["evidence"]))
            # approx sanity: marker right before the number
            for f in forms:
                m = re.search(r"(超过|突破|超|逾|(?<!签)约|近|不到|不足)[^\d，。、；]{0,8}?" + re.escape(f), ev)
                if m and s["approx"] is None:
                    warn(doc, "%s has %s but approx null" % (tag, m.group(1)))
            key = (subj, round(float(s["value"]) * fac, 6), fam, N(s["indicator"]))
            if key in keys:
                err(doc, "%s collides with stat %d under the scorer key" % (tag, keys[key]))
            keys.setdefault(key, i)

        if args.coverage:
            evs = [N(s["evidence"]) for s in g["statistics"]]
            covered = [False] * len(text)
            for e in evs:
                st = 0
                while True:
                    j = text.find(e, st)
                    if j < 0:
                        break
                    for q in range(j, j + len(e)):
                        covered[q] = True
                    st = j + 1
            for m in re.finditer(r"\d+(\.\d+)?", text):
                if covered[m.start()]:
                    continue
                after = text[m.end():m.end() + 2]
                if re.match(r"(年|月|日|时|版|期|届|号|:)", after):
                    continue
                warnings.append("%s: uncovered number %s in …%s…" % (doc, m.group(0), text[max(0, m.start() - 12):m.end() + 8]))

    # ---- self score
    preds = {k: [] for k in TYPES + ["statistics"]}
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
        for s in g["statistics"]:
            preds["statistics"].append({"doc": doc, "subject": s["subject"], "indicator": s["indicator"],
                                        "value": str(s["value"]), "unit": s["unit"], "period": s["period"],
                                        "kind": s["kind"], "approx": s["approx"],
                                        "comparedTo": s["compared_to"], "evidence": s["evidence"]})
    detail = []
    summary = {
        "zones": sc.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": sc.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": sc.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": sc.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": sc.score_statistics(gold, preds, detail),
    }
    for k, s in summary.items():
        vals = {"p": s["p"], "r": s["r"], "f1": s["f1"]}
        vals.update({a: v for a, v in (s.get("attributes") or {}).items()})
        vals.update({a: v for a, v in s.items() if a.endswith("_ok")})
        bad = {a: v for a, v in vals.items() if v is not None and v != 1.0}
        if bad:
            errors.append("self-score %s not 1.0: %s" % (k, bad))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(d))

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    tot = {k: sum(len(g[k]) for g in gold.values()) for k in TYPES + ["statistics"]}
    print("docs=%d %s" % (len(gold), " ".join("%s=%d" % kv for kv in tot.items())))
    print("self-score:", " ".join("%s F1=%.3f" % (k, s["f1"]) for k, s in summary.items()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
