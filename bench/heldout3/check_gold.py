#!/usr/bin/env python3
"""Mechanical checks of heldout3 gold against its texts (and against the scorer's loader)."""
import importlib.util, json, os, re, sys, subprocess, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
if not os.path.isdir(os.path.join(ROOT, "gold")):
    ROOT = "/work/heldout3"
SCORE = "/work/shared/eval/score.py"
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
N = score.norm_name

STATUS = {"签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产", "投入运营", "启动", "落地", None}
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {"over", "about", "under", None}
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

def cn_to_int(s):
    """Small Chinese numerals: 三, 十二, 五百, 一千二百, 两 ..."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in "十百千万":
            mul = {"十": 10, "百": 100, "千": 1000, "万": 10000}[ch]
            total += (cur or 1) * mul; cur = 0
        else:
            return None
    return total + cur

def value_forms(v):
    forms = set()
    s = ("%f" % v).rstrip("0").rstrip(".")
    forms.add(s)
    return forms

def value_in_evidence(v, unit, ev):
    ev = N(ev)
    # Arabic digits
    for m in re.finditer(r"\d+(?:\.\d+)?", ev):
        if score.same_value(float(m.group()), float(v)):
            return True
    # Chinese numerals: 三成 -> 30 %, 两倍 -> 2, 五百余家 -> 500
    for m in re.finditer(r"[零一二两三四五六七八九十百千万]+", ev):
        n = cn_to_int(m.group())
        if n is None:
            continue
        after = ev[m.end():m.end() + 1]
        if after == "成" and unit == "%" and score.same_value(n * 10, float(v)):
            return True
        if score.same_value(n, float(v)):
            return True
    for m in re.finditer(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)", ev):
        a, b = cn_to_int(m.group(2)), cn_to_int(m.group(1))
        if a and b and abs(a / b - float(v)) < 1e-5:
            return True
    if float(v) == 50 and unit == "%" and ("一半" in ev or "半数" in ev):
        return True
    if float(v) == 1 and ("首位" in ev or "第一" in ev):
        return True
    # fraction 1/7
    for m in re.finditer(r"(\d+)/(\d+)", ev):
        if abs(int(m.group(1)) / int(m.group(2)) - float(v)) < 1e-5:
            return True
    return False

def main():
    gold = score.load_gold(os.path.join(ROOT, "gold"))      # the scorer's own loader
    errors, warns = [], []
    tot = {"zones": 0, "enterprises": 0, "projects": 0, "platforms": 0, "statistics": 0}
    for doc, g in sorted(gold.items()):
        tp = os.path.join(ROOT, "texts", doc + ".txt")
        if not os.path.exists(tp):
            errors.append((doc, "no text file")); continue
        raw = open(tp, encoding="utf-8").read()
        T = N(raw)
        han = len(re.findall(r"[\u4e00-\u9fff]", raw))
        if not 2000 <= han <= 3000:
            errors.append((doc, "Han characters %d outside 2000-3000" % han))
        for k in ["doc", "doc_year", "doc_year_evidence", "articles"] + list(tot):
            if k not in g:
                errors.append((doc, "missing key " + k))
        if N(g["doc_year_evidence"]) not in T:
            errors.append((doc, "doc_year_evidence not in text"))
        for a in g["articles"]:
            if N(a["first_words"]) not in T:
                errors.append((doc, "first_words not in text: " + a["first_words"]))
        zones = {z["name"] for z in g["zones"]}
        ents = {e["name"] for e in g["enterprises"]}
        allnames = {}
        for kind in ["zones", "enterprises", "projects", "platforms"]:
            for e in g[kind]:
                tot[kind] += 1
                if N(e["name"]) not in T:
                    errors.append((doc, "%s name not in text: %s" % (kind, e["name"])))
                for a in e.get("aliases") or []:
                    if N(a) not in T and kind in ("zones", "enterprises"):
                        errors.append((doc, "%s alias not in text: %s" % (kind, a)))
                for n in score.names_of(e):
                    if n in allnames and allnames[n] != (kind, e["name"]):
                        errors.append((doc, "name used twice: %s (%s / %s)" % (n, allnames[n], e["name"])))
                    allnames[n] = (kind, e["name"])
                if kind != "zones" and e.get("zone") is not None and e["zone"] not in zones:
                    errors.append((doc, "%s %s: zone %s not a zone name" % (kind, e["name"], e["zone"])))
            if kind == "zones":
                for z in g["zones"]:
                    if z["city"] is None or z["province"] is None:
                        warns.append((doc, "zone without city/province: " + z["name"]))
            if kind == "projects":
                for p in g["projects"]:
                    if p["status"] not in STATUS:
                        errors.append((doc, "bad status %s" % p["status"]))
                    if p["enterprise"] is not None and p["enterprise"] not in ents:
                        errors.append((doc, "project %s: enterprise %s not an enterprise name" % (p["name"], p["enterprise"])))
        seen = set()
        for s in g["statistics"]:
            tot["statistics"] += 1
            tag = "%s|%s|%s" % (s["subject"], s["indicator"], s["value"])
            if N(s["subject"]) not in allnames:
                errors.append((doc, "stat subject not an entity: " + tag))
            if N(s["evidence"]) not in T:
                errors.append((doc, "evidence not in text: %s || %s" % (tag, s["evidence"])))
            if not value_in_evidence(s["value"], s["unit"], s["evidence"]):
                errors.append((doc, "value not in evidence: %s || %s" % (tag, s["evidence"])))
            if s["kind"] not in KINDS:
                errors.append((doc, "bad kind: " + tag))
            if s["approx"] not in APPROX:
                errors.append((doc, "bad approx: " + tag))
            if s["kind"] != "difference" and s["compared_to"] is not None:
                errors.append((doc, "compared_to on non-difference: " + tag))
            if s["kind"] == "difference" and s["compared_to"] is None:
                warns.append((doc, "difference without compared_to: " + tag))
            if s["kind"] == "rank" and s["unit"] != "位":
                warns.append((doc, "rank unit not 位: " + tag))
            fam = score.unit_of(s["unit"])[0]
            if fam.startswith("raw:"):
                warns.append((doc, "unit unknown to scorer (%s): %s" % (s["unit"], tag)))
            if s["period"] is not None and N(s["period"]) not in T:
                warns.append((doc, "period not verbatim in text: %s (%s)" % (s["period"], tag)))
            key = (N(s["subject"]), round(float(s["value"]) * score.unit_of(s["unit"])[1], 6), fam, N(s["indicator"]))
            if key in seen:
                errors.append((doc, "duplicate statistic: " + tag))
            seen.add(key)
            # approx words present?
            ev = N(s["evidence"])
            words = {"over": ["超", "突破", "以上", "逾", "余", "多"], "about": ["约", "近", "左右"], "under": ["不到", "不足"]}
            if s["approx"] and not any(w in ev for w in words[s["approx"]]):
                errors.append((doc, "approx %s but no marker in evidence: %s" % (s["approx"], tag)))
        # numbers in the text not covered by any evidence (completeness aid)
        cover = [False] * len(T)
        for s in g["statistics"]:
            e = N(s["evidence"]); i = T.find(e)
            while i >= 0:
                for j in range(i, i + len(e)): cover[j] = True
                i = T.find(e, i + 1)
        for m in re.finditer(r"\d+(?:\.\d+)?(?:%|亿元|万元|亿美元|万美元|个百分点|家|个|项|万人|人|亩|万平方米|平方米|吨|万吨|标准箱|万标准箱|件|万件|倍|位|户|名|套|座|条|款|台)", T):
            if not any(cover[m.start():m.end()]):
                warns.append((doc, "uncovered number: ...%s..." % T[max(0, m.start() - 14):m.end() + 4]))
    for e in errors:
        print("ERROR", *e, sep="\t")
    for w in warns:
        print("warn ", *w, sep="\t")
    print("docs=%d" % len(gold), " ".join("%s=%d" % kv for kv in tot.items()),
          "errors=%d warnings=%d" % (len(errors), len(warns)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
