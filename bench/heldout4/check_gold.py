#!/usr/bin/env python3
"""Consistency checks for bench/heldout4 gold files.

  python3 check_gold.py              # checks; exit 1 if any error
  python3 check_gold.py --selftest   # also run score.py on results built from the gold
                                     # (expect P=R=F1=1.000) and on empty results (expect 0 tp)

Gold files are loaded with score.py's own load_gold(); names and evidence are compared
after score.py's norm_name() (NFKC, whitespace and quotes removed).
"""
import importlib.util, json, os, re, subprocess, sys, tempfile
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm_name

KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营",
          "启动", "落地", None}
APPROX = {"over": ["超", "突破", "以上", "逾", "余", "多", "不少于"],
          "about": ["约", "近", "左右"],
          "under": ["不到", "不足"]}
TYPES = ["zones", "enterprises", "projects", "platforms"]

CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
      "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    """Chinese numeral below 10000 ('三百', '十二', '千') -> int, or None."""
    if not s:
        return None
    total, cur = 0, None
    for c in s:
        if c in CN:
            cur = CN[c]
        elif c in CN_UNIT:
            total += (1 if cur is None else cur) * CN_UNIT[c]
            cur = None
        else:
            return None
    return total + (cur or 0)


def numbers_in(ev):
    """Every number an evidence string can express."""
    out = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        out.add(float(m.group()))
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        out.add(round(int(m.group(1)) / int(m.group(2)), 6))
    digits = "零〇一二两三四五六七八九十百千"
    for m in re.finditer("[%s]+" % digits, ev):
        seq = m.group()
        for i in range(len(seq)):
            for j in range(i + 1, len(seq) + 1):
                v = cn_int(seq[i:j])
                if v is not None:
                    out.add(float(v))
    for m in re.finditer("([%s]+)分之([%s]+)" % (digits, digits), ev):
        a, b = cn_int(m.group(1)), cn_int(m.group(2))
        if a and b is not None:
            out.add(round(b / a, 6))
    for m in re.finditer("([%s])成" % digits, ev):
        out.add(float(cn_int(m.group(1)) * 10))
    if "一半" in ev:
        out.add(50.0)
    if "翻一番" in ev:
        out.add(2.0)
    if "两倍" in ev:
        out.add(2.0)
    if "翻两番" in ev:
        out.add(4.0)
    if re.search("首位|第一", ev):
        out.add(1.0)
    return out


def han(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def check(gold):
    errors, warnings, totals = [], [], {}
    for doc, g in sorted(gold.items()):
        def err(msg):
            errors.append("%s: %s" % (doc, msg))
        tpath = os.path.join(HERE, "texts", doc + ".txt")
        if not os.path.exists(tpath):
            err("no text file")
            continue
        raw = open(tpath, encoding="utf-8").read()
        text = norm(raw)
        n = han(raw)
        if not 2000 <= n <= 3000:
            err("%d Han characters (need 2000-3000)" % n)
        if g.get("doc") != doc + ".txt":
            err("doc field %r" % g.get("doc"))
        if g.get("doc_year_evidence") and norm(g["doc_year_evidence"]) not in text:
            err("doc_year_evidence not in text")
        if g.get("doc_year") and str(g["doc_year"]) not in g.get("doc_year_evidence", ""):
            err("doc_year not in its evidence")
        zone_names = set()
        for z in g["zones"]:
            zone_names |= score.names_of(z)
        ent_names = set()
        for e in g["enterprises"]:
            ent_names |= score.names_of(e)
        all_names = {}
        for kind in TYPES:
            seen = set()
            for e in g[kind]:
                for nm in score.names_of(e):
                    if nm not in text:
                        err("%s name/alias not in text: %s" % (kind, nm))
                    if nm in all_names:
                        err("%s name/alias %s also used by %s" % (kind, nm, all_names[nm]))
                    all_names[nm] = e["name"]
                if norm(e["name"]) in seen:
                    err("duplicate %s %s" % (kind, e["name"]))
                seen.add(norm(e["name"]))
                if kind != "zones" and e.get("zone") is not None and norm(e["zone"]) not in zone_names:
                    err("%s %s: zone %s is not an annotated zone" % (kind, e["name"], e["zone"]))
        for z in g["zones"]:
            if not z.get("city") or not z["city"].endswith(("市", "州", "盟")):
                err("zone %s: city %r" % (z["name"], z.get("city")))
            if not z.get("province") or not z["province"].endswith(("省", "自治区", "市")):
                err("zone %s: province %r" % (z["name"], z.get("province")))
        for p in g["projects"]:
            if p.get("enterprise") is not None and norm(p["enterprise"]) not in ent_names:
                err("project %s: enterprise %s not annotated" % (p["name"], p["enterprise"]))
            if p.get("status") not in STATUS:
                err("project %s: status %r" % (p["name"], p.get("status")))
        for a in g.get("articles", []):
            if norm(a["first_words"]) not in text:
                err("article first_words not in text: %s" % a["first_words"])
            if a.get("main_zone") and norm(a["main_zone"]) not in zone_names:
                err("article main_zone not a zone: %s" % a["main_zone"])
        keys = set()
        for s in g["statistics"]:
            tag = "stat %s|%s|%s" % (s["subject"], s["indicator"], s["value"])
            ev = norm(s.get("evidence") or "")
            if not ev or ev not in text:
                err("%s: evidence not in text: %s" % (tag, s.get("evidence")))
            regions = {norm(z["city"]) for z in g["zones"]} | {norm(z["province"]) for z in g["zones"]}
            if norm(s["subject"]) not in all_names and norm(s["subject"]) not in regions:
                err("%s: subject is neither an annotated entity nor a zone's city/province" % tag)
            if not isinstance(s["value"], (int, float)):
                err("%s: value not a number" % tag)
            elif not any(abs(v - s["value"]) <= 1e-6 * max(1, abs(v)) for v in numbers_in(ev)):
                err("%s: value not found in evidence %s" % (tag, ev))
            fam, fac = score.unit_of(s["unit"])
            if fam.startswith("raw:"):
                warnings.append("%s: %s unit %s unknown to score.py (matched as raw string)" % (doc, tag, s["unit"]))
            elif s["unit"] != "fraction" and norm(s["unit"]) not in ev and not (
                    s["unit"] == "%" and re.search("成|一半", ev)) and not (
                    s["unit"] == "倍" and re.search("翻.番|两倍", ev)):
                err("%s: unit %s not in evidence" % (tag, s["unit"]))
            if s["unit"] == "fraction" and "分之" not in ev and "/" not in ev:
                err("%s: fraction without fraction in evidence" % tag)
            if s["kind"] not in KINDS:
                err("%s: kind %r" % (tag, s["kind"]))
            if s.get("compared_to") is not None and s["kind"] != "difference":
                err("%s: compared_to on a %s statistic" % (tag, s["kind"]))
            if s["kind"] == "difference" and not s.get("compared_to"):
                err("%s: difference without compared_to" % tag)
            ap = s.get("approx")
            if ap is not None:
                if ap not in APPROX:
                    err("%s: approx %r" % (tag, ap))
                elif not any(w in ev for w in APPROX[ap]):
                    err("%s: approx %s but no approx word in evidence" % (tag, ap))
            if s.get("period") is not None and re.search(r"\s", s["period"]):
                err("%s: period has spaces" % tag)
            key = (norm(s["subject"]), round(s["value"] * fac, 6), fam, norm(s["indicator"]))
            if key in keys:
                err("%s: duplicate statistic key" % tag)
            keys.add(key)
            if not norm(s["indicator"]):
                err("%s: empty indicator" % tag)
        totals[doc] = {"han": n, **{k: len(g[k]) for k in TYPES + ["statistics"]},
                       "articles": len(g.get("articles", []))}
    return errors, warnings, totals


def rows(head, items):
    return {"head": {"vars": head}, "results": {"bindings": [
        {k: {"type": "literal", "value": str(v)} for k, v in zip(head, it) if v is not None}
        for it in items]}}


def selftest(gold):
    full, empty = tempfile.mkdtemp(), tempfile.mkdtemp()
    res = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for doc, g in gold.items():
        for z in g["zones"]:
            res["zones"].append((doc, z["name"], z["city"], z["province"]))
        for e in g["enterprises"]:
            res["enterprises"].append((doc, e["name"], e["zone"]))
        for p in g["projects"]:
            res["projects"].append((doc, p["name"], p["zone"], p["enterprise"], p["status"]))
        for p in g["platforms"]:
            res["platforms"].append((doc, p["name"], p["zone"]))
        for s in g["statistics"]:
            res["statistics"].append((doc, s["subject"], s["indicator"], s["value"], s["unit"], s["period"],
                                      s["kind"], s["approx"], s["compared_to"], s["evidence"]))
    heads = {"zones": ["doc", "name", "city", "province"], "enterprises": ["doc", "name", "zone"],
             "projects": ["doc", "name", "zone", "enterprise", "status"], "platforms": ["doc", "name", "zone"],
             "statistics": ["doc", "subject", "indicator", "value", "unit", "period", "kind", "approx",
                            "comparedTo", "evidence"]}
    for k, h in heads.items():
        with open(os.path.join(full, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(rows(h, res[k]), f, ensure_ascii=False)
        with open(os.path.join(empty, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(rows(h, []), f)
    gdir = os.path.join(HERE, "gold")
    for label, d in (("gold as results", full), ("empty results", empty)):
        print("== score.py on %s" % label)
        out = subprocess.run([sys.executable, SCORE, "--gold", gdir, "--results", d],
                             capture_output=True, text=True)
        print(out.stdout + out.stderr)


def main():
    gold = score.load_gold(os.path.join(HERE, "gold"))
    errors, warnings, totals = check(gold)
    print("%-32s %5s %4s %5s %5s %5s %5s %5s" % ("doc", "han", "art", "zone", "ent", "proj", "plat", "stat"))
    for doc, t in totals.items():
        print("%-32s %5d %4d %5d %5d %5d %5d %5d" % (doc, t["han"], t["articles"], t["zones"], t["enterprises"],
                                                     t["projects"], t["platforms"], t["statistics"]))
    tot = {k: sum(t[k] for t in totals.values()) for k in
           ["han", "articles", "zones", "enterprises", "projects", "platforms", "statistics"]}
    print("%-32s %5d %4d %5d %5d %5d %5d %5d" % ("TOTAL", tot["han"], tot["articles"], tot["zones"],
                                                 tot["enterprises"], tot["projects"], tot["platforms"],
                                                 tot["statistics"]))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    if "--selftest" in sys.argv:
        selftest(gold)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
