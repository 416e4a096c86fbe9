#!/usr/bin/env python3
"""Consistency checks of the heldout5 gold files against their texts.

  python3 check_gold.py                 # check every gold/*.json against texts/*.txt
  python3 check_gold.py --uncovered     # also list numbers in the texts that no evidence covers
  python3 check_gold.py --selftest      # checks, then score.py on gold-as-results (F1 must be 1.0)
                                        # and on empty results (recall must be 0)
  python3 check_gold.py --score PATH    # score.py to use (default /work/shared/eval/score.py)

Exit status 0 when every check passes. Python 3 standard library only.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")
DEFAULT_SCORE = "/work/shared/eval/score.py"

TYPES = ["zones", "enterprises", "projects", "platforms"]
STATUSES = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地"}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
PROVINCES = {
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
    "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区"}
# units that score.py does not know (compared as raw strings): allowed here on purpose
EXTRA_UNITS = {"万标箱", "亿颗", "台套", "万吨", "吨", "万架", "P", "万单", "万千瓦", "兆瓦", "GWh", "万辆", "辆", "万标箱", "列", "万片", "万台", "公里", "个/万人", "亿件", "万平方公里"}
CN_DIGITS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
APPROX_BEFORE = [("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"), ("近", "about"),
                 ("约", "about"), ("不到", "under"), ("不足", "under")]
APPROX_WIDE = [("约占", "about"), ("约为", "about"), ("超过了", "over"), ("不到全", "under"), ("不足全", "under")]
APPROX_AFTER = [("以上", "over"), ("余", "over"), ("多", "over"), ("左右", "about")]


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def squash(s):
    return re.sub(r"\s+", "", s)


def num_str(v):
    if isinstance(v, int):
        return str(v)
    s = repr(float(v))
    return s[:-2] if s.endswith(".0") else s


def find_number(ev, v):
    """Position (start, end) of the value in the evidence, or None."""
    pat = r"(?<![\d.])" + re.escape(num_str(v)) + r"(?!\d|\.\d)"
    m = re.search(pat, ev)
    if m:
        return m.start(), m.end()
    if isinstance(v, int) and v in CN_DIGITS:
        for w in ("第" + CN_DIGITS[v], "首位", "首"):
            i = ev.find(w)
            if i >= 0 and (w != "首" or v == 1):
                return i, i + len(w)
    return None


class Checker:
    def __init__(self, score):
        self.score = score
        self.errors = []
        self.warnings = []

    def err(self, doc, msg):
        self.errors.append("%s: %s" % (doc, msg))

    def warn(self, doc, msg):
        self.warnings.append("%s: %s" % (doc, msg))

    def check_doc(self, fname, g):
        doc = g.get("doc")
        stem = fname[:-5]
        if doc != stem + ".txt" or self.score.norm_doc(doc) != stem:
            self.err(fname, "doc %r does not match file name" % doc)
        tpath = os.path.join(TEXTS, stem + ".txt")
        if not os.path.exists(tpath):
            self.err(fname, "no text file %s" % tpath)
            return None
        with open(tpath, encoding="utf-8") as h:
            raw = h.read()
        text = squash(raw)
        for k in ["doc", "doc_year", "doc_year_evidence", "articles"] + TYPES + ["statistics"]:
            if k not in g:
                self.err(doc, "missing key %s" % k)
        # year
        if g.get("doc_year") is not None:
            if not isinstance(g["doc_year"], int) or not 2000 <= g["doc_year"] <= 2030:
                self.err(doc, "bad doc_year %r" % g["doc_year"])
            ev = squash(g.get("doc_year_evidence") or "")
            if not ev or ev not in text:
                self.err(doc, "doc_year_evidence not in text: %r" % g.get("doc_year_evidence"))
            elif str(g["doc_year"]) not in ev:
                self.err(doc, "doc_year_evidence does not show the year")
        # entities
        names = {}
        allnames = set()
        for kind in TYPES:
            seen = {}
            for e in g.get(kind, []):
                n = e.get("name")
                if not n or re.search(r"\s", n):
                    self.err(doc, "%s: bad name %r" % (kind, n))
                    continue
                als = e.get("aliases")
                if not isinstance(als, list):
                    self.err(doc, "%s %s: aliases must be a list" % (kind, n))
                    als = []
                for a in [n] + als:
                    if re.search(r"\s", a):
                        self.err(doc, "%s %s: whitespace in %r" % (kind, n, a))
                    if a not in text:
                        self.err(doc, "%s %s: %r does not occur in the text" % (kind, n, a))
                    if a in seen:
                        self.err(doc, "%s: %r used by both %s and %s" % (kind, a, seen[a], n))
                    seen[a] = n
                    allnames.add(a)
                for a in als:
                    if a in ("高新区", "该高新区", "本区", "开发区", "园区", "公司", "该公司", "项目"):
                        self.err(doc, "%s %s: generic alias %r" % (kind, n, a))
            names[kind] = seen
        zone_names = names["zones"]
        for z in g.get("zones", []):
            if z.get("province") not in PROVINCES:
                self.err(doc, "zone %s: province %r not a full province name" % (z["name"], z.get("province")))
            c = z.get("city")
            if not c or not re.search(r"(市|州|盟|地区)$", c):
                self.err(doc, "zone %s: city %r not a full city name" % (z["name"], c))
        for kind in ["enterprises", "projects", "platforms"]:
            for e in g.get(kind, []):
                if e.get("zone") is not None and e["zone"] not in zone_names:
                    self.err(doc, "%s %s: zone %r is not a zone of this document" % (kind, e["name"], e["zone"]))
                if kind == "enterprises" and not ("有限公司" in e["name"] or "集团" in e["name"] or e["aliases"] or len(e["name"]) <= 8):
                    self.warn(doc, "enterprise %s: no company form" % e["name"])
        for p in g.get("projects", []):
            if p.get("enterprise") is not None and p["enterprise"] not in names["enterprises"]:
                self.err(doc, "project %s: enterprise %r is not an enterprise of this document" % (p["name"], p["enterprise"]))
            if p.get("status") is not None and p["status"] not in STATUSES:
                self.err(doc, "project %s: bad status %r" % (p["name"], p["status"]))
        # articles
        for a in g.get("articles", []):
            if a.get("main_zone") is not None and a["main_zone"] not in zone_names:
                self.err(doc, "article %r: main_zone %r not a zone" % (a.get("title"), a.get("main_zone")))
            fw = squash(a.get("first_words") or "")
            if not fw or fw not in text:
                self.err(doc, "article %r: first_words not in text" % a.get("title"))
        # statistics
        regions = {"全国"}
        for z in g.get("zones", []):
            regions.add(z.get("city"))
            regions.add(z.get("province"))
        keys = {}
        for i, s in enumerate(g.get("statistics", [])):
            tag = "stat %d (%s|%s|%s)" % (i, s.get("subject"), s.get("indicator"), s.get("value"))
            for k in ["subject", "indicator", "value", "unit", "approx", "period", "kind", "compared_to", "evidence"]:
                if k not in s:
                    self.err(doc, "%s: missing %s" % (tag, k))
            subj = s.get("subject")
            if subj not in allnames and subj not in regions:
                self.err(doc, "%s: subject is neither an entity name nor a known region" % tag)
            if subj in allnames and not any(subj == e["name"] for k in TYPES for e in g.get(k, [])):
                self.err(doc, "%s: subject is an alias, use the canonical name" % tag)
            ind = s.get("indicator")
            if not ind or re.search(r"\s", ind):
                self.err(doc, "%s: bad indicator" % tag)
            v = s.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                self.err(doc, "%s: value is not a number" % tag)
                continue
            unit = s.get("unit")
            fam, fac = self.score.unit_of(unit)
            if fam.startswith("raw:") and unit not in EXTRA_UNITS:
                self.err(doc, "%s: unit %r unknown to score.py" % (tag, unit))
            kind = s.get("kind")
            if kind not in KINDS:
                self.err(doc, "%s: bad kind %r" % (tag, kind))
            if s.get("approx") not in APPROX:
                self.err(doc, "%s: bad approx %r" % (tag, s.get("approx")))
            if kind == "growth" and unit != "%":
                self.err(doc, "%s: growth must be in %%" % tag)
            if kind == "share" and unit not in ("%", "fraction"):
                self.err(doc, "%s: share must be %% or fraction" % tag)
            if kind == "share" and unit == "%" and not 0 <= v <= 100:
                self.err(doc, "%s: share out of range" % tag)
            if kind == "rank" and unit != "位":
                self.err(doc, "%s: rank must have unit 位" % tag)
            if kind == "difference" and unit not in ("个百分点", "倍", "%"):
                self.err(doc, "%s: difference unit %r" % (tag, unit))
            if unit == "个百分点" and kind != "difference":
                self.err(doc, "%s: 个百分点 outside difference" % tag)
            if kind == "difference":
                if not s.get("compared_to"):
                    self.err(doc, "%s: difference without compared_to" % tag)
            elif s.get("compared_to") is not None:
                self.err(doc, "%s: compared_to set on kind %s" % (tag, kind))
            per = s.get("period")
            if per is not None:
                if re.search(r"\s", per) or squash(per) not in text:
                    self.err(doc, "%s: period %r does not occur in the text" % (tag, per))
            ev = s.get("evidence") or ""
            if not ev or re.search(r"\s", ev):
                self.err(doc, "%s: empty evidence or whitespace in evidence" % tag)
                continue
            if ev not in text:
                self.err(doc, "%s: evidence not in text: %s" % (tag, ev))
            if re.search(r"[。！？]", ev):
                self.err(doc, "%s: evidence crosses a sentence end" % tag)
            if unit == "fraction":
                if "/" not in ev:
                    self.err(doc, "%s: fraction without a/b in evidence" % tag)
            else:
                pos = find_number(ev, v)
                if pos is None:
                    self.err(doc, "%s: value not found in evidence %s" % (tag, ev))
                else:
                    st, en = pos
                    before = ev[max(0, st - 2):st]
                    after = ev[en:en + len(unit or "") + 3]
                    found = None
                    for w, a in APPROX_BEFORE:
                        if before.endswith(w):
                            found = a
                            break
                    if found is None:
                        wide = ev[max(0, st - 12):st]
                        for w, a in APPROX_WIDE:
                            if w in wide:
                                found = a
                                break
                    if found is None:
                        for w, a in APPROX_AFTER:
                            if w in after:
                                found = a
                                break
                    if found != s.get("approx"):
                        self.err(doc, "%s: approx %r but evidence suggests %r (%s)" % (tag, s.get("approx"), found, ev))
                    if unit not in ("fraction",) and unit and unit not in ev[en:en + len(unit) + 1] and kind != "rank":
                        self.warn(doc, "%s: unit %r not right after the number in %s" % (tag, unit, ev))
            # score.py deduplicates predicted rows on this key: gold must not repeat it
            key = (self.score.norm_name(subj), round(v * fac, 6), fam, self.score.norm_name(ind))
            if key in keys:
                self.err(doc, "%s: same subject/value/unit/indicator as stat %d" % (tag, keys[key]))
            keys[key] = i
        return raw

    def uncovered(self, g, raw):
        """Numbers in the text that are neither the value of a statistic whose evidence covers
        them, nor inside an entity name, nor a date/period/page/document number."""
        text = squash(raw)
        cov = [set() for _ in range(len(text))]
        for s in g.get("statistics", []):
            ev = s.get("evidence") or ""
            v = s.get("value")
            vs = "/" if s.get("unit") == "fraction" else (num_str(v) if isinstance(v, (int, float)) else "")
            st = text.find(ev)
            while ev and st >= 0:
                for k in range(st, st + len(ev)):
                    cov[k].add(vs)
                st = text.find(ev, st + 1)
        for kind in TYPES:
            for e in g.get(kind, []):
                for n in [e["name"]] + list(e.get("aliases") or []):
                    st = text.find(n)
                    while n and st >= 0:
                        for k in range(st, st + len(n)):
                            cov[k].add("NAME")
                        st = text.find(n, st + 1)
        out = []
        for m in re.finditer(r"\d+(?:\.\d+)?(?:/\d+)?", text):
            nxt = text[m.end():m.end() + 2]
            if re.match(r"(年|月|日|版|号|个月|季度|—\d|-\d)", nxt) or text[m.start() - 1:m.start()] in ("第", "—", "-"):
                continue  # dates, periods, page and document numbers
            tags = set().union(*cov[m.start():m.end()])
            num = m.group(0)
            if "NAME" in tags or num in tags or ("/" in num and "/" in tags):
                continue
            out.append(text[max(0, m.start() - 12):m.end() + 8])
        return out


def gold_as_results(gold, outdir):
    def lit(v):
        return {"type": "literal", "value": str(v)}
    cols = {"zones": ["doc", "name", "city", "province"],
            "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"],
            "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx", "comparedTo", "evidence"]}
    rows = {k: [] for k in cols}
    for g in gold.values():
        for kind in TYPES:
            for e in g.get(kind, []):
                b = {"doc": lit(g["doc"])}
                for c in cols[kind][1:]:
                    if e.get(c) is not None:
                        b[c] = lit(e[c])
                rows[kind].append(b)
        for s in g.get("statistics", []):
            b = {"doc": lit(g["doc"])}
            for c in cols["statistics"][1:]:
                v = s.get("compared_to" if c == "comparedTo" else c)
                if v is not None:
                    b[c] = lit(v)
            rows["statistics"].append(b)
    for k, c in cols.items():
        with open(os.path.join(outdir, k + ".json"), "w", encoding="utf-8") as h:
            json.dump({"head": {"vars": c}, "results": {"bindings": rows[k]}}, h, ensure_ascii=False)
    with_empty = os.path.join(outdir, "empty")
    os.makedirs(with_empty, exist_ok=True)
    for k, c in cols.items():
        with open(os.path.join(with_empty, k + ".json"), "w", encoding="utf-8") as h:
            json.dump({"head": {"vars": c}, "results": {"bindings": []}}, h)
    return with_empty


def run_score(score_path, results):
    out = subprocess.run([sys.executable, score_path, "--gold", GOLD, "--results", results, "--json"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("score.py failed: " + out.stderr)
    return json.loads(out.stdout)


def selftest(score_path, gold):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = gold_as_results(gold, tmp)
        full = run_score(score_path, tmp)
        for k in TYPES + ["statistics"]:
            s = full[k]
            if s["f1"] != 1.0 or s["fp"] or s["fn"]:
                problems.append("gold-as-results %s: f1=%s fp=%s fn=%s" % (k, s["f1"], s["fp"], s["fn"]))
            attrs = s.get("attributes") or {a: s.get(a) for a in (
                "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")}
            for a, v in attrs.items():
                if v is not None and v != 1.0:
                    problems.append("gold-as-results %s.%s = %s" % (k, a, v))
        print("gold as results:  " + "  ".join("%s F1=%.3f (tp %d)" % (k, full[k]["f1"], full[k]["tp"]) for k in TYPES + ["statistics"]))
        emp = run_score(score_path, empty)
        for k in TYPES + ["statistics"]:
            s = emp[k]
            if s["r"] != 0.0 or s["tp"]:
                problems.append("empty results %s: recall=%s" % (k, s["r"]))
        print("empty results:    " + "  ".join("%s R=%.3f (fn %d)" % (k, emp[k]["r"], emp[k]["fn"]) for k in TYPES + ["statistics"]))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--uncovered", action="store_true")
    ap.add_argument("--warnings", action="store_true", help="print warnings too")
    ap.add_argument("--score", default=DEFAULT_SCORE)
    args = ap.parse_args()
    score = load_score(args.score)
    gold = score.load_gold(GOLD)
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    ck = Checker(score)
    if texts != golds:
        ck.err("layout", "texts %s and gold %s differ" % (texts, golds))
    totals = {k: 0 for k in TYPES + ["statistics"]}
    for f in sorted(os.listdir(GOLD)):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(GOLD, f), encoding="utf-8") as h:
            g = json.load(h)
        raw = ck.check_doc(f, g)
        for k in totals:
            totals[k] += len(g.get(k, []))
        print("%-40s " % f + " ".join("%s=%d" % (k, len(g.get(k, []))) for k in totals))
        if args.uncovered and raw is not None:
            for u in ck.uncovered(g, raw):
                print("    uncovered: " + u)
    print("%-40s " % "TOTAL" + " ".join("%s=%d" % (k, v) for k, v in totals.items()))
    if args.warnings:
        for w in ck.warnings:
            print("WARNING " + w)
    for e in ck.errors:
        print("ERROR " + e)
    problems = []
    if args.selftest:
        problems = selftest(args.score, gold)
        for p in problems:
            print("SELFTEST FAIL " + p)
    ok = not ck.errors and not problems
    print("OK" if ok else "FAILED: %d errors, %d selftest problems" % (len(ck.errors), len(problems)))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
