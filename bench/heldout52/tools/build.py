#!/usr/bin/env python3
"""Build the heldout52 evaluation set: src/NNN_slug.src -> texts/NNN_slug.txt + gold/NNN_slug.json.

  python3 tools/build.py            # (re)write every text and gold file
  python3 tools/build.py --check    # rebuild in memory, verify gold strings, compare with files on disk
  python3 tools/build.py --counts   # print the per-document counts table (markdown)

Deterministic: every document has its own random.Random seeded from the SHA-256 of its name.
Noise that adds non-whitespace characters (captions, [图片] lines, page markers) is only
placed at gaps that lie outside every occurrence of every gold string; a document whose
rendered text (after score.norm_name) lacks any gold string is refused (nothing written).
Python 3 standard library only.
"""
import sys
sys.dont_write_bytecode = True
import argparse, hashlib, importlib.util, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORE_PY = "/work/shared/eval/score.py"

_spec = importlib.util.spec_from_file_location("score", SCORE_PY)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
norm_name = score.norm_name

HAN = re.compile(r"[\u4e00-\u9fff]")
GOLD_PREFIX = {"Z>": "zones", "E>": "enterprises", "P>": "projects", "L>": "platforms", "S>": "statistics"}
MULTI_KEYS = {"footer", "link", "sign", "header"}


class SrcError(Exception):
    pass


# ---------------------------------------------------------------- parsing
def _null(s):
    s = s.strip()
    return None if s in ("-", "") else s


def _aliases(s):
    s = s.strip()
    if s in ("-", ""):
        return []
    return [a.strip() for a in s.split(";") if a.strip()]


def parse_value(raw):
    raw = raw.strip()
    if "/" in raw:
        a, b = raw.split("/")
        return round(float(a) / float(b), 6)
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    raise SrcError("bad value %r" % raw)


def parse(path):
    doc = {"name": os.path.basename(path)[:-4], "meta": {}, "articles": [],
           "gold": {k: [] for k in GOLD_PREFIX.values()}, "raw_values": []}
    cur = None
    with open(path, encoding="utf-8") as h:
        for n, line in enumerate(h, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                if line.startswith("%article"):
                    cur = {"meta": {}, "paras": [], "captions": []}
                    doc["articles"].append(cur)
                elif line.startswith("%"):
                    key, _, val = line[1:].partition(" ")
                    val = val.strip()
                    if cur is None or key in ("gold",):
                        if key in MULTI_KEYS:
                            doc["meta"].setdefault(key, []).append(val)
                        else:
                            if key in doc["meta"]:
                                raise SrcError("repeated %" + key)
                            doc["meta"][key] = val
                    elif key == "caption":
                        cur["captions"].append(val)
                    else:
                        cur["meta"][key] = val
                elif line[:2] in GOLD_PREFIX:
                    kind = GOLD_PREFIX[line[:2]]
                    f = [x.strip() for x in line[2:].split("|")]
                    if kind == "zones":
                        if len(f) != 4:
                            raise SrcError("Z> needs 4 fields")
                        e = {"name": f[0], "aliases": _aliases(f[1]), "city": _null(f[2]), "province": _null(f[3])}
                    elif kind in ("enterprises", "platforms"):
                        if len(f) != 3:
                            raise SrcError("E>/L> need 3 fields")
                        e = {"name": f[0], "aliases": _aliases(f[1]), "zone": _null(f[2])}
                    elif kind == "projects":
                        if len(f) != 5:
                            raise SrcError("P> needs 5 fields")
                        e = {"name": f[0], "aliases": _aliases(f[1]), "zone": _null(f[2]),
                             "enterprise": _null(f[3]), "status": _null(f[4])}
                    else:
                        if len(f) != 9:
                            raise SrcError("S> needs 9 fields, got %d" % len(f))
                        e = {"subject": f[0], "indicator": f[1], "value": parse_value(f[2]),
                             "unit": f[3], "approx": _null(f[4]), "period": _null(f[5]),
                             "kind": f[6], "compared_to": _null(f[7]), "evidence": f[8]}
                        doc["raw_values"].append(f[2])
                    doc["gold"][kind].append(e)
                else:
                    if cur is None:
                        raise SrcError("paragraph outside %article")
                    if re.search(r"\s", line.strip()):
                        raise SrcError("whitespace inside a paragraph")
                    cur["paras"].append(line.strip())
            except SrcError as ex:
                raise SrcError("%s:%d: %s" % (path, n, ex))
    for k in ("style", "year", "year_evidence"):
        if k not in doc["meta"]:
            raise SrcError("%s: missing %%%s" % (path, k))
    return doc


def gold_strings(doc):
    """Every string that must survive rendering (names, aliases, evidence, periods, first words ...)."""
    out = [doc["meta"]["year_evidence"]]
    g = doc["gold"]
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for e in g[kind]:
            out.append(e["name"])
            out.extend(e["aliases"])
    for s in g["statistics"]:
        out.append(s["evidence"])
        if s["period"]:
            out.append(s["period"])
        if s["compared_to"]:
            out.append(s["compared_to"])
    for a in doc["articles"]:
        if a["meta"].get("first_words"):
            out.append(a["meta"]["first_words"])
    seen, res = set(), []
    for s in out:
        n = norm_name(s)
        if n and n not in seen:
            seen.add(n)
            res.append(n)
    return res


# ---------------------------------------------------------------- protection
def locked_gaps(text, strings):
    """Gaps (index i = between text[i-1] and text[i]) lying inside an occurrence of a gold string."""
    normed, idx = [], []
    for i, c in enumerate(text):
        for d in (norm_name(c) or ""):
            normed.append(d)
            idx.append(i)
    ns = "".join(normed)
    locked = set()
    for s in strings:
        start = ns.find(s)
        while start >= 0:
            a, b = idx[start], idx[start + len(s) - 1]
            locked.update(range(a + 1, b + 1))
            start = ns.find(s, start + 1)
    return locked


def is_han(c):
    return bool(HAN.match(c))


# ---------------------------------------------------------------- noise helpers
def sprinkle_spaces(text, rng, p_han=0.01, p_digit=0.15):
    out = [text[0]] if text else []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if is_han(a) and is_han(b) and rng.random() < p_han:
            out.append(" ")
        elif a.isdigit() and b.isdigit() and a.isascii() and b.isascii() and rng.random() < p_digit:
            out.append(" ")
        out.append(b)
    return "".join(out)


def hard_wrap(text, rng, lo, hi):
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


# ---------------------------------------------------------------- styles
def render_pdf(doc, rng, gs):
    m = doc["meta"]
    out = [m["masthead"], m["edition"], ""]
    for ai, art in enumerate(doc["articles"]):
        am = art["meta"]
        title = am["title"]
        out.append("".join(c * 2 for c in title) if ai == 0 else title)
        if am.get("subtitle"):
            out.append(am["subtitle"])
        paras = list(art["paras"])
        # captions: right after a comma, inside a non-lead paragraph, outside every gold string
        used = set()
        for cap in art["captions"]:
            cands = []
            for pi in range(1, len(paras)):
                if pi in used:
                    continue
                lk = locked_gaps(paras[pi], gs)
                for g in range(1, len(paras[pi])):
                    if paras[pi][g - 1] == "，" and g not in lk and g < len(paras[pi]) - 1:
                        cands.append((pi, g))
            if not cands:
                raise SrcError("%s: no place for caption %r" % (doc["name"], cap))
            pi, g = rng.choice(cands)
            used.add(pi)
            paras[pi] = paras[pi][:g] + cap + paras[pi][g:]
        if am.get("byline"):
            paras[0] = am["byline"] + paras[0]
        for p in paras:
            noisy = sprinkle_spaces(p, rng)
            out.extend(hard_wrap(noisy, rng, 30, 40))
        out.append("")
    out.extend(m.get("footer", []))
    return "\n".join(out) + "\n"


def render_web(doc, rng, gs):
    m = doc["meta"]
    art = doc["articles"][0]
    am = art["meta"]
    out = [m["breadcrumb"], "", am["title"]]
    if am.get("subtitle"):
        out.append(am["subtitle"])
    out.append("发布时间：%s　　来源：%s　　浏览次数：%s" % (m["published"], m["source"], m["views"]))
    out.append("【字体：大 中 小】　　【打印本页】　　【关闭窗口】")
    out.append("")
    paras = list(art["paras"])
    cuts = {}
    for cap in art["captions"]:
        cands = []
        for pi in range(1, len(paras)):
            if pi in cuts:
                continue
            p = paras[pi]
            if p.startswith("【"):
                continue
            lk = locked_gaps(p, gs)
            for g in range(2, len(p) - 2):
                if is_han(p[g - 1]) and is_han(p[g]) and g not in lk:
                    cands.append((pi, g))
        if not cands:
            raise SrcError("%s: no place for picture %r" % (doc["name"], cap))
        pi, g = rng.choice(cands)
        cuts[pi] = (g, cap)
    for pi, p in enumerate(paras):
        ind = "" if p.startswith("【") else "\u3000\u3000"
        if pi in cuts:
            g, cap = cuts[pi]
            out.extend([ind + p[:g], "[图片]", cap, p[g:]])
        else:
            out.append(ind + p)
    out.append("")
    out.append("（责任编辑：%s）" % m["editor"])
    out.append("")
    out.append("分享到：　微信　　微博　　QQ空间　　复制链接")
    out.append("")
    out.append("相关链接：")
    out.extend("· " + l for l in m.get("link", []))
    out.append("")
    out.append(m["copyright"])
    return "\n".join(out) + "\n"


def render_official(doc, rng, gs):
    m = doc["meta"]
    art = doc["articles"][0]
    out = []
    st = {"since": 0, "page": 1, "target": rng.randint(500, 650)}

    def marker():
        out.append("— %d —" % st["page"])
        st["page"] += 1
        st["since"], st["target"] = 0, rng.randint(500, 650)

    def plain(line):
        out.append(line)
        st["since"] += len(line)
        if st["since"] >= st["target"]:
            marker()

    plain(m["docno"])
    plain("")
    for t in m.get("header", []):
        plain(t)
    plain("")
    plain(m["addressee"])
    for p in art["paras"]:
        lk = locked_gaps(p, gs)
        text = "\u3000\u3000" + p
        allowed = [t for t in range(3, len(text) + 1) if t == len(text) or (t - 2) not in lk]
        i = 0
        while i < len(text):
            j = min(len(text), i + rng.randint(32, 38))
            due = st["since"] + (j - i) >= st["target"]
            if not due:
                out.append(text[i:j])
                st["since"] += j - i
                i = j
                continue
            # the page ends inside this line: break at the allowed gap nearest to the line end
            # (page markers fall mid-sentence, but never inside a gold string)
            k = min((t for t in allowed if t > i), key=lambda t: (abs(t - j), t))
            seg = text[i:k]
            while len(seg) > 38:
                w = rng.randint(32, 38)
                out.append(seg[:w])
                seg = seg[w:]
            out.append(seg)
            marker()
            i = k
    plain("")
    for s_ in m.get("sign", []):
        plain(s_)
    if out[-1].startswith("— "):
        return "\n".join(out) + "\n"
    out.append("— %d —" % st["page"])
    return "\n".join(out) + "\n"


RENDER = {"pdf": render_pdf, "web": render_web, "official": render_official}


# ---------------------------------------------------------------- gold
def make_gold(doc):
    g = doc["gold"]
    arts = [{"title": a["meta"]["title"], "main_zone": _null(a["meta"].get("main_zone") or "-"),
             "first_words": a["meta"].get("first_words")} for a in doc["articles"]]
    return {
        "doc": doc["name"] + ".txt",
        "doc_year": int(doc["meta"]["year"]) if doc["meta"]["year"] != "-" else None,
        "doc_year_evidence": doc["meta"]["year_evidence"],
        "articles": arts,
        "zones": g["zones"],
        "enterprises": g["enterprises"],
        "projects": g["projects"],
        "platforms": g["platforms"],
        "statistics": g["statistics"],
    }


def build_one(path):
    doc = parse(path)
    rng = random.Random(int.from_bytes(hashlib.sha256(doc["name"].encode("utf-8")).digest(), "big"))
    gs = gold_strings(doc)
    text = RENDER[doc["meta"]["style"]](doc, rng, gs)
    nt = norm_name(text)
    missing = [s for s in gs if s not in nt]
    if missing:
        raise SrcError("%s: gold strings missing from rendered text: %s" % (doc["name"], missing))
    gold = make_gold(doc)
    gtxt = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    return doc, text, gtxt


def counts(doc, text):
    g = doc["gold"]
    return {"doc": doc["name"], "style": doc["meta"]["style"], "han": len(HAN.findall(text)),
            "zones": len(g["zones"]), "enterprises": len(g["enterprises"]), "projects": len(g["projects"]),
            "platforms": len(g["platforms"]), "statistics": len(g["statistics"])}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args()
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    built, errors = [], []
    for f in srcs:
        try:
            built.append(build_one(os.path.join(ROOT, "src", f)))
        except SrcError as ex:
            errors.append(str(ex))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if args.counts:
        rows = [counts(d, t) for d, t, _ in built]
        keys = ["han", "zones", "enterprises", "projects", "platforms", "statistics"]
        print("| doc | style | han chars | zones | enterprises | projects | platforms | statistics |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print("| %s | %s | %s |" % (r["doc"], r["style"], " | ".join(str(r[k]) for k in keys)))
        print("| **total** | | %s |" % " | ".join(str(sum(r[k] for r in rows)) for k in keys))
        return 1 if errors else 0
    if args.check:
        bad = len(errors)
        for doc, text, gtxt in built:
            for sub, ext, content in (("texts", ".txt", text), ("gold", ".json", gtxt)):
                p = os.path.join(ROOT, sub, doc["name"] + ext)
                if not os.path.exists(p):
                    print("MISSING", p); bad += 1
                    continue
                with open(p, encoding="utf-8") as h:
                    if h.read() != content:
                        print("DIFFERS", p); bad += 1
        names = {d["name"] for d, _, _ in built}
        for sub, ext in (("texts", ".txt"), ("gold", ".json")):
            for f in os.listdir(os.path.join(ROOT, sub)):
                if f.endswith(ext) and f[:-len(ext)] not in names:
                    print("STRAY", os.path.join(sub, f)); bad += 1
        print("build --check: %d documents, %s" % (len(built), "OK" if not bad else "%d problems" % bad))
        return 1 if bad else 0
    for doc, text, gtxt in built:
        with open(os.path.join(ROOT, "texts", doc["name"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", doc["name"] + ".json"), "w", encoding="utf-8") as h:
            h.write(gtxt)
        print("wrote", doc["name"])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
