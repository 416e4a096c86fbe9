#!/usr/bin/env python3
"""Consistency checks of the heldout6 gold annotations against their texts.

  python3 check_gold.py              # check every gold/*.json against texts/*.txt
  python3 check_gold.py --selftest   # also run score.py on gold-as-results (F1 must be 1.0)
                                     # and on empty results (recall must be 0)
  python3 check_gold.py --score PATH # use another copy of score.py

Errors make the script exit 1; warnings are printed for review but do not fail.
Python 3 standard library only.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORE = "/work/shared/eval/score.py"

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}
PROVINCES = {"北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
             "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
             "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
             "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
             "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区"}
# units outside score.py's table that are acceptable here (they score as a raw family)
EXTRA_UNITS = {"辆", "万辆", "艘", "吨", "万吨", "万标箱", "标箱", "兆瓦", "万千瓦", "千瓦",
               "亿千瓦时", "万千瓦时", "架次", "万架次", "列", "天", "班", "公里", "万公里", "台", "万台", "万片", "亿剂", "万剂", "万单", "单", "万标箱", "GWh", "GW", "亿颗"}
CN_NUM = {1: "一首", 2: "两二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九",
          10: "十", 100: "百", 1000: "千", 10000: "万"}
APPROX_MARK = [("over", r"(超过|超|突破|逾|以上|余|多)"), ("about", r"(约|近|左右)"),
               ("under", r"(不到|不足)")]
SENT_END = "。！？"
CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def nospace(s):
    return re.sub(r"\s+", "", s or "")


def undouble(s):
    """'郑郑州州' -> '郑州' when every character is doubled."""
    if len(s) % 2 == 0 and all(s[i] == s[i + 1] for i in range(0, len(s), 2)):
        return s[::2]
    return None


def num_forms(v):
    forms = []
    if isinstance(v, float) and v.is_integer():
        forms.append(str(int(v)))
    forms.append(str(v))
    if isinstance(v, (int, float)) and float(v).is_integer() and int(v) in CN_NUM:
        forms.extend(CN_NUM[int(v)])
    if isinstance(v, (int, float)) and float(v).is_integer() and int(v) % 10 == 0 and 10 <= v <= 90:
        forms.append("一二三四五六七八九"[int(v) // 10 - 1] + "成")   # 四成 = 40%
    return forms


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, doc, msg):
        self.errors.append("%s: %s" % (doc, msg))

    def warn(self, doc, msg):
        self.warnings.append("%s: %s" % (doc, msg))


def check_doc(sc, fname, g, texts_dir, rep):
    doc = g.get("doc")
    if not doc:
        rep.err(fname, "no doc field"); return
    if os.path.splitext(fname)[0] != sc.norm_doc(doc):
        rep.err(fname, "gold file name does not match doc %r" % doc)
    tpath = os.path.join(texts_dir, doc)
    if not os.path.exists(tpath):
        rep.err(doc, "text file missing: %s" % tpath); return
    raw = open(tpath, encoding="utf-8").read()
    text = nospace(raw)
    textq = sc.norm_name(raw)           # also without quotes, NFKC
    for k in ("doc_year", "doc_year_evidence", "articles", "zones", "enterprises",
              "projects", "platforms", "statistics"):
        if k not in g:
            rep.err(doc, "missing key %s" % k)
    y = g.get("doc_year")
    if y is not None:
        if not isinstance(y, int) or not 2000 <= y <= 2030:
            rep.err(doc, "doc_year %r" % y)
        ev = nospace(g.get("doc_year_evidence"))
        if not ev or ev not in text or str(y) not in ev:
            rep.err(doc, "doc_year_evidence %r not in text or lacks the year" % ev)

    zone_names = {z["name"] for z in g.get("zones", [])}
    ent_names = {e["name"] for e in g.get("enterprises", [])}
    regions = {"全国"} | {z.get("city") for z in g.get("zones", [])} | \
              {z.get("province") for z in g.get("zones", [])}

    for a in g.get("articles", []):
        t = nospace(a.get("title"))
        if not t or (t not in text and not any(undouble(nospace(l)) and t in undouble(nospace(l))
                                               for l in raw.split("\n"))):
            rep.err(doc, "article title not in text: %r" % a.get("title"))
        if a.get("main_zone") is not None and a["main_zone"] not in zone_names:
            rep.err(doc, "article main_zone %r is not a zone name" % a["main_zone"])
        if nospace(a.get("first_words")) not in text:
            rep.err(doc, "article first_words not in text: %r" % a.get("first_words"))

    all_canon = {}
    alias_of = {}
    for kind in ("zones", "enterprises", "projects", "platforms"):
        seen = {}
        for e in g.get(kind, []):
            name = e.get("name")
            if not name or name != nospace(name):
                rep.err(doc, "%s: bad name %r" % (kind, name)); continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list):
                rep.err(doc, "%s %s: aliases must be a list" % (kind, name)); aliases = []
            for n in [name] + aliases:
                if nospace(n) not in text:
                    rep.err(doc, "%s: name/alias not in text: %r" % (kind, n))
                key = sc.norm_name(n)
                if key in seen:
                    rep.err(doc, "%s: %r used by two entities (%s, %s)" % (kind, n, seen[key], name))
                seen[key] = name
            if name in aliases:
                rep.err(doc, "%s %s: alias equals name" % (kind, name))
            for a in aliases:
                alias_of[a] = name
            if name in all_canon and {all_canon[name], kind} != {"enterprises", "projects"}:
                rep.warn(doc, "%r is both %s and %s" % (name, all_canon[name], kind))
            all_canon.setdefault(name, kind)
            if kind == "zones":
                if e.get("province") not in PROVINCES:
                    rep.err(doc, "zone %s: province %r" % (name, e.get("province")))
                c = e.get("city") or ""
                if not re.search(r"(市|州|盟|地区)$", c):
                    rep.err(doc, "zone %s: city %r" % (name, c))
            else:
                z = e.get("zone")
                if z is not None and z not in zone_names:
                    rep.err(doc, "%s %s: zone %r is not a zone name" % (kind, name, z))
            if kind == "projects":
                en = e.get("enterprise")
                if en is not None and en not in ent_names:
                    rep.err(doc, "project %s: enterprise %r is not an enterprise name" % (name, en))
                if e.get("status") not in STATUS:
                    rep.err(doc, "project %s: status %r" % (name, e.get("status")))

    keys = {}
    for i, s in enumerate(g.get("statistics", [])):
        tag = "stat #%d (%s | %s | %s)" % (i, s.get("subject"), s.get("indicator"), s.get("value"))
        subj = s.get("subject")
        if subj in alias_of:
            rep.err(doc, "%s: subject is an alias of %s" % (tag, alias_of[subj]))
        elif subj not in all_canon and subj not in regions:
            rep.err(doc, "%s: subject is no entity name nor zone city/province" % tag)
        if not s.get("indicator") or len(s["indicator"]) > 32:
            rep.err(doc, "%s: indicator empty or too long" % tag)
        v = s.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or sc.to_float(v) is None:
            rep.err(doc, "%s: value is not a JSON number" % tag); continue
        unit = s.get("unit")
        fam, fac = sc.unit_of(unit)
        if not unit:
            rep.err(doc, "%s: no unit" % tag)
        elif fam.startswith("raw:"):
            if unit not in EXTRA_UNITS:
                rep.err(doc, "%s: unit %r unknown to score.py" % (tag, unit))
        kind, approx = s.get("kind"), s.get("approx")
        if kind not in KINDS:
            rep.err(doc, "%s: kind %r" % (tag, kind))
        if approx not in APPROX:
            rep.err(doc, "%s: approx %r" % (tag, approx))
        if kind == "difference":
            if not s.get("compared_to"):
                rep.err(doc, "%s: difference without compared_to" % tag)
            if unit not in ("个百分点", "倍", "%"):
                rep.err(doc, "%s: difference with unit %r" % (tag, unit))
        elif s.get("compared_to") is not None:
            rep.err(doc, "%s: compared_to on a %s" % (tag, kind))
        if kind == "rank" and unit != "位":
            rep.err(doc, "%s: rank with unit %r" % (tag, unit))
        if kind == "growth" and unit != "%":
            rep.err(doc, "%s: growth with unit %r" % (tag, unit))
        if kind == "share" and unit not in ("%", "fraction"):
            rep.err(doc, "%s: share with unit %r" % (tag, unit))
        if kind == "amount" and not fam.startswith("money"):
            rep.warn(doc, "%s: amount with unit %r" % (tag, unit))
        if unit == "个百分点" and kind not in ("difference", "target"):
            rep.err(doc, "%s: percentage points with kind %s" % (tag, kind))
        p = s.get("period")
        if p is not None and sc.norm_name(p) not in textq:
            rep.err(doc, "%s: period %r not in text" % (tag, p))
        ev = s.get("evidence")
        if not ev:
            rep.err(doc, "%s: no evidence" % tag); continue
        if nospace(ev) != ev:
            rep.err(doc, "%s: evidence has spaces" % tag)
        if ev not in text:
            rep.err(doc, "%s: evidence not in text: %s" % (tag, ev))
        if any(c in ev for c in SENT_END):
            rep.err(doc, "%s: evidence spans sentences: %s" % (tag, ev))
        if unit == "fraction":
            m = re.search(r"(\d+)/(\d+)", ev)
            c = re.search(r"([一二三四五六七八九十])分之([一二三四五六七八九])", ev)
            fr = (int(m.group(2)), int(m.group(1))) if m else \
                 (CN_DIGIT[c.group(1)], CN_DIGIT[c.group(2)]) if c else None
            if not fr or abs(fr[1] / fr[0] - v) > 1e-5:
                rep.err(doc, "%s: fraction not in evidence" % tag)
        else:
            forms = num_forms(v)
            hits = [m for f in forms for m in re.finditer(re.escape(f), ev)
                    if f[0].isdigit() is False or not (
                        (m.start() > 0 and (ev[m.start() - 1].isdigit() or ev[m.start() - 1] == ".")) or
                        (m.end() < len(ev) and (ev[m.end()].isdigit() or
                         (ev[m.end()] == "." and m.end() + 1 < len(ev) and ev[m.end() + 1].isdigit()))))]
            if not hits:
                rep.err(doc, "%s: value not found in evidence: %s" % (tag, ev))
            else:
                # approx marker around the number
                m = hits[-1] if kind != "target" else hits[0]
                pre, post = ev[max(0, m.start() - 8):m.start()], ev[m.end():m.end() + 6]
                clause = re.split(r"[，；、]", ev[:m.start()])[-1]
                found = None
                for name, rx in APPROX_MARK:
                    if re.search(rx + "(全市|全省|全国)?$", pre) or re.search(rx + "(占|为)[^\d，；、]*$", clause) or \
                            re.match(r"[^\d，；、。]{0,4}?" + rx.replace("多)", "多(?!个|家))"), post):
                        found = name; break
                if found != approx:
                    rep.warn(doc, "%s: approx %r but evidence suggests %r: %s" % (tag, approx, found, ev))
                tail = re.sub(r"^(余|多|左右)", "", ev[m.end():])
                if unit and unit not in ("位", "fraction") and not tail.startswith(unit):
                    rep.warn(doc, "%s: unit %r does not follow the number in evidence: %s" % (tag, unit, ev))
        key = (sc.norm_name(subj), round(float(v) * fac, 6), fam, sc.norm_name(s.get("indicator")))
        if key in keys:
            rep.err(doc, "%s: score.py would merge it with stat #%d (same subject, value, unit family, indicator)" % (tag, keys[key]))
        keys[key] = i
    # near-collisions: same subject/value/family, indicators score.py cannot tell apart
    stats = g.get("statistics", [])
    for i in range(len(stats)):
        for j in range(i + 1, len(stats)):
            a, b = stats[i], stats[j]
            fa, ka = sc.unit_of(a.get("unit")); fb, kb = sc.unit_of(b.get("unit"))
            if fa != fb or sc.norm_name(a["subject"]) != sc.norm_name(b["subject"]):
                continue
            va, vb = sc.to_float(a["value"]), sc.to_float(b["value"])
            if va is None or vb is None or not sc.same_value(va * ka, vb * kb):
                continue
            if sc.bigram_dice(a["indicator"], b["indicator"]) >= 0.5:
                rep.warn(doc, "stats #%d and #%d share subject and value and have similar indicators (%s / %s)"
                         % (i, j, a["indicator"], b["indicator"]))


def counts(gold):
    tot = {}
    rows = []
    for doc, g in sorted(gold.items()):
        c = {k: len(g.get(k, [])) for k in ("zones", "enterprises", "projects", "platforms", "statistics")}
        rows.append((doc, c))
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
    return rows, tot


def as_results(gold):
    cols = {"zones": ["doc", "name", "city", "province"],
            "enterprises": ["doc", "name", "zone"],
            "projects": ["doc", "name", "zone", "enterprise", "status"],
            "platforms": ["doc", "name", "zone"],
            "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind",
                           "approx", "comparedTo", "evidence"]}
    out = {k: {"head": {"vars": v}, "results": {"bindings": []}} for k, v in cols.items()}
    for doc, g in gold.items():
        for kind in cols:
            for e in g.get(kind, []):
                row = {"doc": g["doc"]}
                for c in cols[kind][1:]:
                    row[c] = e.get("compared_to" if c == "comparedTo" else c)
                b = {c: {"type": "literal", "value": str(v)} for c, v in row.items() if v is not None}
                out[kind]["results"]["bindings"].append(b)
    return out


def run_score(score_path, gold_dir, results):
    with tempfile.TemporaryDirectory() as d:
        for k, v in results.items():
            with open(os.path.join(d, k + ".json"), "w", encoding="utf-8") as h:
                json.dump(v, h, ensure_ascii=False)
        p = subprocess.run([sys.executable, score_path, "--gold", gold_dir, "--results", d,
                            "--json", "--errors"], capture_output=True, text=True)
    if p.returncode:
        sys.exit("score.py failed:\n" + p.stderr)
    out = p.stdout
    i = out.index("{\n")
    return out[:i].strip(), json.loads(out[i:])


def selftest(score_path, gold_dir, gold):
    ok = True
    errors, s = run_score(score_path, gold_dir, as_results(gold))
    print("selftest 1: gold as results")
    for k in ("zones", "enterprises", "projects", "platforms", "statistics"):
        r = s[k]
        attrs = r.get("attributes") or {a: r.get(a) for a in (
            "indicator_ok", "period_ok", "kind_ok", "approx_ok", "compared_to_ok", "evidence_ok")}
        good = r["f1"] == 1.0 and all(v in (None, 1.0) for v in attrs.values())
        ok &= good
        print("  %-12s P=%.3f R=%.3f F1=%.3f tp=%d %s %s" % (k, r["p"], r["r"], r["f1"], r["tp"],
              " ".join("%s=%s" % kv for kv in attrs.items()), "ok" if good else "FAIL"))
    if errors:
        ok = False
        print("  score.py reported:\n    " + errors.replace("\n", "\n    "))
    empty = {k: {"head": {"vars": v["head"]["vars"]}, "results": {"bindings": []}}
             for k, v in as_results(gold).items()}
    _, s = run_score(score_path, gold_dir, empty)
    print("selftest 2: empty results")
    for k in ("zones", "enterprises", "projects", "platforms", "statistics"):
        r = s[k]
        good = r["r"] == 0.0 and r["tp"] == 0 and r["fn"] > 0
        ok &= good
        print("  %-12s R=%.3f tp=%d fn=%d %s" % (k, r["r"], r["tp"], r["fn"], "ok" if good else "FAIL"))
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--score", default=DEFAULT_SCORE, help="path of score.py")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args()
    sc = load_score(args.score)
    gold = sc.load_gold(args.gold)
    rep = Report()
    files = sorted(f for f in os.listdir(args.gold) if f.endswith(".json"))
    texts = sorted(f for f in os.listdir(args.texts) if f.endswith(".txt"))
    missing = sorted(set(os.path.splitext(f)[0] for f in texts) - set(os.path.splitext(f)[0] for f in files))
    if missing and os.path.abspath(args.gold) == os.path.join(HERE, "gold"):
        rep.err("-", "texts without a gold file: %s" % missing)
    for f in files:
        with open(os.path.join(args.gold, f), encoding="utf-8") as h:
            g = json.load(h)
        check_doc(sc, f, g, args.texts, rep)
    rows, tot = counts(gold)
    for doc, c in rows:
        print("%-34s %s" % (doc, " ".join("%s=%d" % kv for kv in c.items())))
    print("%-34s %s" % ("TOTAL", " ".join("%s=%d" % kv for kv in tot.items())))
    if not args.quiet:
        for w in rep.warnings:
            print("WARNING", w)
    for e in rep.errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(rep.errors), len(rep.warnings)))
    ok = not rep.errors
    if args.selftest:
        ok &= selftest(args.score, args.gold, gold)
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
