#!/usr/bin/env python3
"""Validate the held-out gold files against their texts.

    python3 check_gold.py [--score PATH/TO/score.py] [--coverage]

Imports the scorer (default /work/shared/eval/score.py, or $SCORE_PY) and checks, for every
gold/*.json loaded by score.load_gold():
  * shape: the keys of GUIDELINES.md, field types, allowed values (status, kind, approx,
    units, provinces), compared_to only and always for kind "difference";
  * every name, alias, evidence, first_words and doc_year_evidence occurs verbatim in the
    text after score.norm_name() (titles may occur with every character doubled);
  * every statistic's value is visible in its evidence (a number equal to the value, a
    fraction a/b, or 第一/首位 for a rank of 1) and its approx agrees with the marker
    word next to that number (超/突破/以上/逾/余/多, 约/近/左右, 不到/不足);
  * references resolve: main_zone and every entity's zone to a zone name, a project's
    enterprise to an enterprise name, a statistic's subject to an entity name or a region
    (a province or city of the document's zones, or 全国);
  * no two entities of one type share a name or alias;
  * the gold scored against itself with the scorer's own functions gives 1.0 for every
    F1 and every attribute.
--coverage also lists every number in a text that no evidence covers, for manual review.
Exit status 1 on any error.  Python 3 standard library only.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["zones", "enterprises", "projects", "platforms"]
KEYS = ["doc", "doc_year", "doc_year_evidence", "articles"] + TYPES + ["statistics"]
ENTITY_KEYS = {
    "zones": ["name", "aliases", "city", "province"],
    "enterprises": ["name", "aliases", "zone"],
    "projects": ["name", "aliases", "zone", "enterprise", "status"],
    "platforms": ["name", "aliases", "zone"],
}
STAT_KEYS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over": ["超过", "超", "突破", "以上", "逾", "余", "多"],
          "about": ["约", "近", "左右"],
          "under": ["不到", "不足"]}
PROVINCES = {"陕西省", "甘肃省", "宁夏回族自治区", "青海省", "新疆维吾尔自治区"}
# units the scorer does not list but that the texts print (they score as raw units)
EXTRA_UNITS = {"列", "万单", "万吨", "GW", "GWh", "天", "个工作日", "平方公里", "万标箱", "公里",
               "微克/立方米", "张", "吨", "亿千瓦时", "万只", "小时", "万千瓦", "元/千瓦时"}
KIND_UNITS = {"growth": {"%"}, "share": {"%", "fraction"}, "rank": {"位"}}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def numbers_in(s):
    """Numbers visible in a normalised string, with their end positions."""
    out = [(float(m.group(1)) / float(m.group(2)), m.start(), m.end())
           for m in re.finditer(r"(\d+)/(\d+)", s)]
    out += [(float(m.group(0)), m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+)?", s)]
    for w in ("第一", "首位"):
        for m in re.finditer(w, s):
            out.append((1.0, m.start(), m.end()))
    return out


def approx_marker(ev, start, end, clause=False):
    """Approximation markers next to a number; with clause=True also anywhere earlier in
    its clause (约占全省的42%)."""
    before, after = ev[max(0, start - 2):start], ev[end:end + 4]
    if clause:
        before = re.split(r"[,，;；。、]", ev[:start])[-1]
    found = set()
    for k, words in APPROX.items():
        for w in words:
            if k == "over" and w in ("以上", "余", "多"):
                if re.match(r"[^\d]{0,2}" + w, after):
                    found.add(k)
            elif (w in before) if clause else before.endswith(w):
                found.add(k)
    if re.match(r"[^\d]{0,2}左右", after):
        found.add("about")
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--coverage", action="store_true")
    args = ap.parse_args()
    score = load_score(args.score)
    norm = score.norm_name
    gold = score.load_gold(args.gold)
    errors = []

    def err(doc, msg):
        errors.append("%s: %s" % (doc, msg))

    for doc, g in sorted(gold.items()):
        path = os.path.join(args.texts, doc + ".txt")
        if not os.path.exists(path):
            err(doc, "no text file %s" % path)
            continue
        with open(path, encoding="utf-8") as h:
            raw = h.read()
        text = norm(raw)

        def occurs(s, what):
            if not isinstance(s, str) or not s:
                err(doc, "%s is empty or not a string: %r" % (what, s))
                return False
            if norm(s) not in text:
                err(doc, "%s does not occur in the text: %r" % (what, s))
                return False
            return True

        if list(g.keys()) != KEYS:
            err(doc, "top-level keys %s != %s" % (list(g.keys()), KEYS))
        if g.get("doc") != doc + ".txt":
            err(doc, "doc field %r" % g.get("doc"))
        if not isinstance(g.get("doc_year"), int):
            err(doc, "doc_year not an int")
        elif occurs(g.get("doc_year_evidence"), "doc_year_evidence") and \
                str(g["doc_year"]) not in g["doc_year_evidence"]:
            err(doc, "doc_year_evidence does not show the year")

        # entities
        names = {}
        for kind in TYPES:
            seen = {}
            for e in g.get(kind, []):
                if list(e.keys()) != ENTITY_KEYS[kind]:
                    err(doc, "%s keys %s" % (kind, list(e.keys())))
                if not isinstance(e.get("aliases"), list):
                    err(doc, "%s %s: aliases not a list" % (kind, e.get("name")))
                    e["aliases"] = []
                if e["name"] != norm(e["name"]):
                    err(doc, "%s name not normalised: %r" % (kind, e["name"]))
                occurs(e["name"], "%s name" % kind)
                for a in e["aliases"]:
                    occurs(a, "%s alias of %s" % (kind, e["name"]))
                    if norm(a) == norm(e["name"]):
                        err(doc, "%s alias equals name: %s" % (kind, a))
                for n in score.names_of(e):
                    if n in seen:
                        err(doc, "%s: %s shared by %s and %s" % (kind, n, seen[n], e["name"]))
                    seen[n] = e["name"]
            names[kind] = {e["name"] for e in g.get(kind, [])}
        zones = names["zones"]
        regions = {"全国"}
        for z in g.get("zones", []):
            if z["province"] not in PROVINCES:
                err(doc, "zone %s: province %r" % (z["name"], z["province"]))
            if not z["city"] or not re.search(r"(市|州|地区|盟)$", z["city"]):
                err(doc, "zone %s: city %r" % (z["name"], z["city"]))
            regions.update([z["province"], z["city"]])
        for kind in ("enterprises", "projects", "platforms"):
            for e in g.get(kind, []):
                if e["zone"] is not None and e["zone"] not in zones:
                    err(doc, "%s %s: zone %r unresolved" % (kind, e["name"], e["zone"]))
        for p in g.get("projects", []):
            if p["enterprise"] is not None and p["enterprise"] not in names["enterprises"]:
                err(doc, "project %s: enterprise %r unresolved" % (p["name"], p["enterprise"]))
            if p["status"] is not None and p["status"] not in STATUS:
                err(doc, "project %s: status %r" % (p["name"], p["status"]))

        # articles
        for a in g.get("articles", []):
            if list(a.keys()) != ["title", "main_zone", "first_words"]:
                err(doc, "article keys %s" % list(a.keys()))
            t = norm(a["title"])
            if t not in text and "".join(c + c for c in t) not in text:
                err(doc, "title does not occur (plain or doubled): %r" % a["title"])
            occurs(a["first_words"], "first_words")
            if a["main_zone"] is not None and a["main_zone"] not in zones:
                err(doc, "article %s: main_zone %r unresolved" % (a["title"], a["main_zone"]))

        # statistics
        subjects = set().union(*names.values()) | regions
        for s in g.get("statistics", []):
            tag = "statistic %s/%s/%s" % (s.get("subject"), s.get("indicator"), s.get("value"))
            if list(s.keys()) != STAT_KEYS:
                err(doc, "%s: keys %s" % (tag, list(s.keys())))
                continue
            if s["subject"] not in subjects:
                err(doc, "%s: subject unresolved" % tag)
            if not s["indicator"] or re.search(r"\s", s["indicator"]):
                err(doc, "%s: bad indicator" % tag)
            v = s["value"]
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                err(doc, "%s: value not a number" % tag)
                continue
            u = s["unit"]
            if not u:
                err(doc, "%s: no unit" % tag)
            elif score.unit_of(u)[0].startswith("raw:") and u not in EXTRA_UNITS:
                err(doc, "%s: unit %r unknown" % (tag, u))
            if s["kind"] not in KINDS:
                err(doc, "%s: kind %r" % (tag, s["kind"]))
            if s["kind"] in KIND_UNITS and u not in KIND_UNITS[s["kind"]]:
                err(doc, "%s: unit %r does not fit kind %s" % (tag, u, s["kind"]))
            if s["approx"] is not None and s["approx"] not in APPROX:
                err(doc, "%s: approx %r" % (tag, s["approx"]))
            if (s["kind"] == "difference") != (s["compared_to"] is not None):
                err(doc, "%s: compared_to %r with kind %s" % (tag, s["compared_to"], s["kind"]))
            if s["period"] is not None and (not s["period"] or re.search(r"\s", s["period"])):
                err(doc, "%s: bad period %r" % (tag, s["period"]))
            if s["period"] is not None and norm(s["period"]) not in text:
                err(doc, "%s: period %r not in the text" % (tag, s["period"]))
            if not occurs(s["evidence"], "%s evidence" % tag):
                continue
            ev = norm(s["evidence"])
            hits = [(x, a, b) for x, a, b in numbers_in(ev) if abs(x - v) <= 1e-6 * max(abs(x), abs(v)) + 1e-9]
            if not hits:
                err(doc, "%s: value not visible in evidence %r" % (tag, ev))
                continue
            marks, loose = set(), set()
            for _, a, b in hits:
                marks |= approx_marker(ev, a, b)
                loose |= approx_marker(ev, a, b, clause=True)
            if s["approx"] and s["approx"] not in loose:
                err(doc, "%s: approx %s but no marker next to the number in %r" % (tag, s["approx"], ev))
            if not s["approx"] and marks and len(hits) == 1:
                err(doc, "%s: approx null but marker %s next to the number in %r" % (tag, marks, ev))

        if args.coverage:
            # a number counts as covered only where a statistic with that value quotes it
            cover = [False] * len(text)
            for s in g.get("statistics", []):
                ev = norm(s["evidence"])
                i = text.find(ev)
                while i >= 0:
                    for x, a, b in numbers_in(ev):
                        if abs(x - s["value"]) <= 1e-6 * max(abs(x), abs(s["value"])) + 1e-9:
                            for k in range(i + a, i + b):
                                cover[k] = True
                    i = text.find(ev, i + 1)
            for m in re.finditer(r"\d+(?:\.\d+)?", text):
                nxt = text[m.end():m.end() + 1]
                if (len(m.group(0)) == 4 and nxt == "年") or nxt in ("月", "日", "—", ".", ":"):
                    continue    # dates, page numbers, list ordinals
                if not any(cover[m.start():m.end()]):
                    print("uncovered %s: %s[%s]%s" % (doc, text[max(0, m.start() - 14):m.start()],
                                                      m.group(0), text[m.end():m.end() + 8]))

    # self-score
    preds = {}
    for kind in TYPES:
        vars_ = ["doc", "name"] + [k for k in ENTITY_KEYS[kind] if k not in ("name", "aliases")]
        preds[kind] = results(vars_, [dict(e, doc=d) for d, g in gold.items() for e in g.get(kind, [])], score)
    svars = ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"]
    preds["statistics"] = results(svars, [dict(s, doc=d, comparedTo=s.get("compared_to"))
                                          for d, g in gold.items() for s in g.get("statistics", [])], score)
    detail = []
    summary = {
        "zones": score.score_entities("zones", gold, preds, ["city", "province"], detail),
        "enterprises": score.score_entities("enterprises", gold, preds, ["zone"], detail),
        "projects": score.score_entities("projects", gold, preds, ["zone", "enterprise", "status"], detail),
        "platforms": score.score_entities("platforms", gold, preds, ["zone"], detail),
        "statistics": score.score_statistics(gold, preds, detail),
    }
    for kind, s in summary.items():
        if s["f1"] != 1.0 and (s["tp"] + s["fn"]) > 0:
            errors.append("self-score: %s F1 %s" % (kind, s["f1"]))
        for a, v in (s.get("attributes") or {}).items():
            if v is not None and v != 1.0:
                errors.append("self-score: %s.%s %s" % (kind, a, v))
        for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
            if a in s and s[a] is not None and s[a] != 1.0:
                errors.append("self-score: statistics.%s %s" % (a, s[a]))
    for d in detail:
        errors.append("self-score detail: %s" % "\t".join(d))

    counts = {k: sum(len(g.get(k, [])) for g in gold.values()) for k in TYPES + ["statistics"]}
    print("%d gold files; %s" % (len(gold), ", ".join("%s %d" % kv for kv in counts.items())))
    print("self-score: " + ", ".join("%s F1 %.3f" % (k, s["f1"]) for k, s in summary.items()))
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


def results(vars_, rows, score):
    """SPARQL JSON results for rows (unbound where a value is None), read back with the
    scorer's own rows_of()."""
    bindings = []
    for r in rows:
        b = {}
        for v in vars_:
            x = r.get(v)
            if x is not None:
                b[v] = {"type": "literal", "value": str(x)}
        bindings.append(b)
    return score.rows_of({"head": {"vars": vars_}, "results": {"bindings": bindings}})


if __name__ == "__main__":
    main()
