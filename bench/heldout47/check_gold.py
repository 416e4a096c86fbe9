#!/usr/bin/env python3
"""Validate the heldout47 gold files against texts/ and the scorer (Python 3 standard library only).

    python3 check_gold.py [--score /work/shared/eval/score.py] [--lint]

Checks (any failure -> exit status 1):
  * shape: the keys and types score.load_gold() and score.py rely on; doc == <file>.txt
  * allowed values: kind, approx, project status, unit
  * every name, alias, evidence, first_words, doc_year_evidence and period occurs in the
    normalised text (score.norm_name of the whole text: NFKC, whitespace and quotes dropped)
  * every value is visible in its evidence (fractions as a/b; rank 1 as 第一/首位)
  * references resolve: article.main_zone, enterprise.zone, project.zone/enterprise,
    platform.zone name a gold entity; statistic.subject names a gold entity or a region that
    occurs in the text; compared_to is set exactly for kind "difference" and names something
    in the text or the city/province of a gold zone
  * no two entities of one type share a name or alias; no two statistics collapse into one
    scorer key (subject, value in base unit, unit family, indicator)
  * the gold fed to the scorer as predictions (rows_of / score_entities / score_statistics,
    and `score.py --results` on a SPARQL-JSON dump) scores 1.0 on every F1 and attribute
With --lint also print review aids: numbers not covered by any evidence, zone- and
company-like strings not annotated, approximation cues, most-used-name check, counts.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = os.path.join(ROOT, "gold")
TEXT_DIR = os.path.join(ROOT, "texts")

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
GUIDE_UNITS = ["亿元", "万元", "元", "万亿元", "亿美元", "万美元", "%", "个百分点", "家", "个", "项",
               "人", "万人", "名", "人次", "场次", "万户", "户", "亩", "万亩", "平方米", "万平方米",
               "倍", "位", "年", "套", "所", "件", "fraction"]
EXTRA_UNITS = ["天", "个月", "万辆", "辆", "万台", "台", "万单", "万标箱", "分", "张", "万件", "平方公里", "批", "条"]
TYPES = ["zones", "enterprises", "projects", "platforms"]
ATTRS = {"zones": ["city", "province"], "enterprises": ["zone"],
         "projects": ["zone", "enterprise", "status"], "platforms": ["zone"]}
ENTITY_KEYS = {"zones": ["name", "aliases", "city", "province"],
               "enterprises": ["name", "aliases", "zone"],
               "projects": ["name", "aliases", "zone", "enterprise", "status"],
               "platforms": ["name", "aliases", "zone"]}
STAT_KEYS = ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]
REGION_RE = re.compile(r"^(全国|长三角|.{2,3}省|.{2,4}市|上海市)$")
CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def load_score(path):
    sys.dont_write_bytecode = True          # never write a __pycache__ next to score.py
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, doc, msg):
        self.errors.append("%s: %s" % (doc, msg))

    def warn(self, doc, msg):
        self.warnings.append("%s: %s" % (doc, msg))


def fmt_values(v):
    """Textual forms of a number as it may be printed."""
    forms = set()
    if isinstance(v, int) or float(v).is_integer():
        forms.add(str(int(v)))
    if isinstance(v, float):
        forms.add(repr(v))
        forms.add(("%.6f" % v).rstrip("0").rstrip("."))
    return {f for f in forms if f}


def value_visible(s, score):
    ev = score.norm_name(s["evidence"])
    v = s["value"]
    if s["unit"] == "fraction":
        for a, b in re.findall(r"(\d+)/(\d+)", ev):
            if abs(int(a) / int(b) - v) < 1e-6:
                return True
        return False
    for f in fmt_values(v):
        if f in ev:
            return True
        if f.startswith("-") and f[1:] in ev and ("下降" in ev or "-" in ev):
            return True
    if s["kind"] == "rank" and v == 1 and re.search(r"第一|首位|榜首|第1", ev):
        return True
    if isinstance(v, int) and v <= 10:
        for ch, n in CN_NUM.items():
            if n == v and ch in ev:
                return True
    return False


def check_doc(fname, g, text, score, rep, lint):
    doc = fname
    nt = score.norm_name(text)

    # ---------------- shape
    for k in ["doc", "doc_year", "doc_year_evidence", "articles"] + TYPES + ["statistics"]:
        if k not in g:
            rep.err(doc, "missing key %s" % k)
            return
    if g["doc"] != fname[:-5] + ".txt":
        rep.err(doc, "doc field %r does not match the file name" % g["doc"])
    if score.norm_doc(g["doc"]) != fname[:-5]:
        rep.err(doc, "score.norm_doc(doc) != file stem")
    if not isinstance(g["doc_year"], int):
        rep.err(doc, "doc_year is not an integer")
    for a in g["articles"]:
        for k in ("title", "main_zone", "first_words"):
            if k not in a:
                rep.err(doc, "article lacks %s" % k)
    for kind in TYPES:
        for e in g[kind]:
            if sorted(e) != sorted(ENTITY_KEYS[kind]):
                rep.err(doc, "%s entry has keys %s" % (kind, sorted(e)))
            if not isinstance(e.get("aliases"), list):
                rep.err(doc, "%s %s: aliases is not a list" % (kind, e.get("name")))
    for s in g["statistics"]:
        if list(s) != STAT_KEYS:
            rep.err(doc, "statistic keys %s" % list(s))
        if not isinstance(s.get("value"), (int, float)) or isinstance(s.get("value"), bool):
            rep.err(doc, "statistic value is not a number: %r" % s.get("value"))

    # ---------------- allowed values
    units = {score.norm_name(u).lower() for u in list(score.UNITS) + GUIDE_UNITS + EXTRA_UNITS}
    for s in g["statistics"]:
        tag = "%s/%s=%s" % (s["subject"], s["indicator"], s["value"])
        if s["kind"] not in KINDS:
            rep.err(doc, "%s: kind %r" % (tag, s["kind"]))
        if s["approx"] not in APPROX:
            rep.err(doc, "%s: approx %r" % (tag, s["approx"]))
        if s["unit"] is None or score.norm_name(s["unit"]).lower() not in units:
            rep.err(doc, "%s: unit %r not allowed" % (tag, s["unit"]))
        if not s["indicator"]:
            rep.err(doc, "%s: empty indicator" % tag)
        if s["kind"] == "rank" and s["unit"] != "位":
            rep.err(doc, "%s: rank with unit %r" % (tag, s["unit"]))
        if s["unit"] == "个百分点" and s["kind"] not in ("difference", "target"):
            rep.err(doc, "%s: 个百分点 with kind %r" % (tag, s["kind"]))
    for p in g["projects"]:
        if p["status"] not in STATUS:
            rep.err(doc, "project %s: status %r" % (p["name"], p["status"]))

    # ---------------- occurrence in the normalised text
    def occurs(label, s):
        if s is None:
            return
        if score.norm_name(s) not in nt:
            rep.err(doc, "%s not in text: %r" % (label, s))
    occurs("doc_year_evidence", g["doc_year_evidence"])
    if str(g["doc_year"]) not in score.norm_name(g["doc_year_evidence"]):
        rep.err(doc, "doc_year not visible in doc_year_evidence")
    for a in g["articles"]:
        occurs("first_words", a["first_words"])
    for kind in TYPES:
        for e in g[kind]:
            occurs(kind[:-1] + " name", e["name"])
            for al in e["aliases"]:
                occurs(kind[:-1] + " alias", al)
    for s in g["statistics"]:
        occurs("evidence", s["evidence"])
        occurs("period", s["period"])
        if not value_visible(s, score):
            rep.err(doc, "value %r not visible in evidence %r" % (s["value"], s["evidence"]))

    # ---------------- references
    zn = {z["name"] for z in g["zones"]}
    en = {e["name"] for e in g["enterprises"]}
    allnames = {e["name"] for k in TYPES for e in g[k]}
    places = {z[k] for z in g["zones"] for k in ("city", "province") if z[k]}
    for a in g["articles"]:
        if a["main_zone"] is not None and a["main_zone"] not in zn:
            rep.err(doc, "article main_zone %r is not a zone" % a["main_zone"])
    for kind in ("enterprises", "projects", "platforms"):
        for e in g[kind]:
            if e["zone"] is not None and e["zone"] not in zn:
                rep.err(doc, "%s %s: zone %r unresolved" % (kind, e["name"], e["zone"]))
    for p in g["projects"]:
        if p["enterprise"] is not None and p["enterprise"] not in en:
            rep.err(doc, "project %s: enterprise %r unresolved" % (p["name"], p["enterprise"]))
    for s in g["statistics"]:
        subj = s["subject"]
        if subj not in allnames:
            if not (REGION_RE.match(subj) and score.norm_name(subj) in nt):
                rep.err(doc, "statistic subject %r unresolved" % subj)
        if s["kind"] == "difference":
            c = s["compared_to"]
            if not c:
                rep.err(doc, "difference without compared_to: %s" % s["evidence"])
            elif score.norm_name(c) not in nt and c not in places and c not in allnames:
                rep.err(doc, "compared_to %r neither in text nor a gold city/province" % c)
        elif s["compared_to"] is not None:
            rep.err(doc, "compared_to set for kind %s: %s" % (s["kind"], s["evidence"]))

    # ---------------- uniqueness
    for kind in TYPES:
        seen = {}
        for e in g[kind]:
            for n in score.names_of(e):
                if n in seen and seen[n] is not e:
                    rep.err(doc, "%s: %r used by two entries" % (kind, n))
                seen[n] = e
    keys = {}
    for s in g["statistics"]:
        fam, fac = score.unit_of(s["unit"])
        key = (score.norm_name(s["subject"]), round(s["value"] * fac, 6), fam, score.norm_name(s["indicator"]))
        if key in keys:
            rep.err(doc, "two statistics share the scorer key %s" % (key,))
        keys[key] = s

    if lint:
        lint_doc(doc, g, text, nt, score, rep)


def lint_doc(doc, g, text, nt, score, rep):
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    if not 1400 <= han <= 1700:
        rep.warn(doc, "han characters %d outside 1400-1700" % han)
    n = len(g["statistics"])
    if not 35 <= n <= 60:
        rep.warn(doc, "%d statistics (expected roughly 35-60)" % n)
    # evidence coverage of numbers
    cover = [False] * len(nt)
    for s in g["statistics"]:
        ev = score.norm_name(s["evidence"])
        start = 0
        while True:
            k = nt.find(ev, start)
            if k < 0:
                break
            for i in range(k, k + len(ev)):
                cover[i] = True
            start = k + 1
    for m in re.finditer(r"\d+(?:\.\d+)?", nt):
        if any(cover[m.start():m.end()]):
            continue
        after = nt[m.end():m.end() + 1]
        if after and after in "年月日时号版":
            continue
        if re.match(r"[—\-~]\d+月", nt[m.end():m.end() + 4]) or re.match(r"[-:]\d", nt[m.end():m.end() + 2]):
            continue            # date ranges such as 1—9月, dates and clock times
        if re.search(r"(ICP备|浏览次数:|[-:])$", nt[max(0, m.start() - 6):m.start()]):
            continue
        rep.warn(doc, "number not in any evidence: ...%s[%s]%s..." % (
            nt[max(0, m.start() - 12):m.start()], m.group(), nt[m.end():m.end() + 8]))
    # zone- and company-like strings
    names = {n for k in TYPES for e in g[k] for n in score.names_of(e)}
    for pat in (r"[\u4e00-\u9fff（）()]{2,24}?(?:高新区|经开区|综保区|新区|片区|开发区|综合保税区|工业园区|示范区)",
                r"[\u4e00-\u9fff]{2,20}?(?:有限公司|集团|股份)"):
        for m in re.finditer(pat, nt):
            frag = m.group()
            if not any(frag in x or x in frag for x in names):
                rep.warn(doc, "unannotated? %s" % frag)
    # approximation cues next to the value
    for s in g["statistics"]:
        ev = score.norm_name(s["evidence"])
        for f in fmt_values(s["value"]):
            k = ev.find(f)
            if k < 0:
                continue
            before, after = ev[max(0, k - 2):k], ev[k + len(f):k + len(f) + len(s["unit"] or "") + 3]
            cue = None
            if re.search(r"(超过|超|突破|逾)$", before) or re.search(r"^[^\d，。；]{0,3}?(以上|余|多)", after):
                cue = "over"
            elif re.search(r"(约|近)$", before) or "左右" in after:
                cue = "about"
            elif re.search(r"(不到|不足)$", before):
                cue = "under"
            if cue != s["approx"]:
                rep.warn(doc, "approx %r but cue %r in %r" % (s["approx"], cue, s["evidence"]))
            break
    # name = the form used most
    for kind in ("zones",):
        for e in g[kind]:
            forms = sorted(score.names_of(e), key=len, reverse=True)
            counts = {}
            taken = [False] * len(nt)
            for f in forms:
                c, start = 0, 0
                while True:
                    k = nt.find(f, start)
                    if k < 0:
                        break
                    if not any(taken[k:k + len(f)]):
                        c += 1
                        for i in range(k, k + len(f)):
                            taken[i] = True
                    start = k + 1
                counts[f] = c
            best = max(counts.values())
            if counts[score.norm_name(e["name"])] < best:
                rep.warn(doc, "zone %s used %d times but %s" % (e["name"], counts[score.norm_name(e["name"])], counts))


def sparql(vars_, rows):
    b = []
    for r in rows:
        b.append({k: {"type": "literal", "value": str(v)} for k, v in r.items() if v is not None})
    return {"head": {"vars": vars_}, "results": {"bindings": b}}


def gold_as_predictions(gold):
    out = {}
    out["zones"] = sparql(["doc", "name", "city", "province"], [
        {"doc": g["doc"], "name": e["name"], "city": e["city"], "province": e["province"]}
        for g in gold.values() for e in g["zones"]])
    out["enterprises"] = sparql(["doc", "name", "zone"], [
        {"doc": g["doc"], "name": e["name"], "zone": e["zone"]} for g in gold.values() for e in g["enterprises"]])
    out["projects"] = sparql(["doc", "name", "zone", "enterprise", "status"], [
        {"doc": g["doc"], "name": e["name"], "zone": e["zone"], "enterprise": e["enterprise"],
         "status": e["status"]} for g in gold.values() for e in g["projects"]])
    out["platforms"] = sparql(["doc", "name", "zone"], [
        {"doc": g["doc"], "name": e["name"], "zone": e["zone"]} for g in gold.values() for e in g["platforms"]])
    out["statistics"] = sparql(
        ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"],
        [{"doc": g["doc"], "subject": s["subject"], "indicator": s["indicator"], "value": s["value"],
          "unit": s["unit"], "period": s["period"], "kind": s["kind"], "approx": s["approx"],
          "comparedTo": s["compared_to"], "evidence": s["evidence"]}
         for g in gold.values() for s in g["statistics"]])
    return out


def perfect(summary, rep, how):
    for k in TYPES:
        s = summary[k]
        if s["f1"] != 1.0 or s["fp"] or s["fn"]:
            rep.err("scorer", "%s %s F1 %s (fp %d fn %d)" % (how, k, s["f1"], s["fp"], s["fn"]))
        for a, v in s["attributes"].items():
            if v is not None and v != 1.0:
                rep.err("scorer", "%s %s.%s = %s" % (how, k, a, v))
    s = summary["statistics"]
    if s["f1"] != 1.0 or s["fp"] or s["fn"]:
        rep.err("scorer", "%s statistics F1 %s (fp %d fn %d)" % (how, s["f1"], s["fp"], s["fn"]))
    for a in ("indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok"):
        if s[a] != 1.0:
            rep.err("scorer", "%s statistics %s = %s" % (how, a, s[a]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=os.environ.get("SCORE_PY", "/work/shared/eval/score.py"))
    ap.add_argument("--lint", action="store_true", help="also print review aids")
    ap.add_argument("--table", action="store_true", help="also print a Markdown table of per-document counts")
    args = ap.parse_args()
    score = load_score(args.score)
    rep = Report()

    gold = score.load_gold(GOLD_DIR)
    files = sorted(f for f in os.listdir(GOLD_DIR) if f.endswith(".json"))
    for f in files:
        with open(os.path.join(GOLD_DIR, f), encoding="utf-8") as h:
            g = json.load(h)
        tp = os.path.join(TEXT_DIR, f[:-5] + ".txt")
        if not os.path.exists(tp):
            rep.err(f, "no text file")
            continue
        with open(tp, encoding="utf-8") as h:
            text = h.read()
        check_doc(f, g, text, score, rep, args.lint)

    # ---------------- the gold scored as predictions, in process
    preds = {k: score.rows_of(v) for k, v in gold_as_predictions(gold).items()}
    detail = []
    summary = {k: score.score_entities(k, gold, preds, ATTRS[k], detail) for k in TYPES}
    summary["statistics"] = score.score_statistics(gold, preds, detail)
    perfect(summary, rep, "in-process")
    for d in detail:
        rep.err("scorer", "in-process detail: %s" % "\t".join(d))

    # ---------------- and through score.py --results on a SPARQL-JSON dump
    with tempfile.TemporaryDirectory() as tmp:
        for k, v in gold_as_predictions(gold).items():
            with open(os.path.join(tmp, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(v, h, ensure_ascii=False)
        r = subprocess.run([sys.executable, "-B", args.score, "--gold", GOLD_DIR, "--results", tmp, "--json"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            rep.err("scorer", "score.py --results failed: %s" % r.stderr.strip())
        else:
            cli = json.loads(r.stdout)
            perfect(cli, rep, "score.py --results")

    if args.table:
        print("| document | han characters | zones | enterprises | projects | platforms | statistics |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        tot = [0] * 6
        for f in files:
            with open(os.path.join(GOLD_DIR, f), encoding="utf-8") as h:
                g = json.load(h)
            with open(os.path.join(TEXT_DIR, f[:-5] + ".txt"), encoding="utf-8") as h:
                han = sum(1 for c in h.read() if "\u4e00" <= c <= "\u9fff")
            row = [han] + [len(g[k]) for k in TYPES + ["statistics"]]
            tot = [a + b for a, b in zip(tot, row)]
            print("| %s | %s |" % (f[:-5], " | ".join(str(x) for x in row)))
        print("| **total** | %s |" % " | ".join("**%d**" % x for x in tot))
    n = {k: sum(len(g[k]) for g in gold.values()) for k in TYPES + ["statistics"]}
    for w in rep.warnings:
        print("WARN  " + w)
    for e in rep.errors:
        print("ERROR " + e)
    print("checked %d documents: %s" % (len(gold), ", ".join("%d %s" % (v, k) for k, v in n.items())))
    if not rep.errors:
        print("scorer (in-process and score.py --results): F1 1.0 for zones, enterprises, projects, "
              "platforms, statistics; every attribute 1.0")
    print("RESULT: %s (%d errors, %d warnings)" % ("PASS" if not rep.errors else "FAIL",
                                                  len(rep.errors), len(rep.warnings)))
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
