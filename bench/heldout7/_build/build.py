#!/usr/bin/env python3
"""Build heldout7 texts/*.txt and gold/*.json from the hand-written specs in specs/*.spec.

Spec format (one directive per line, '|' separates fields, '-' = empty/null):
  @doc NAME            file stem (texts/NAME.txt, gold/NAME.json)
  @style pdf|web       pdf: hard-wrap body lines every @wrap characters
  @wrap 36
  @year 2024           doc_year
  @year_ev TEXT        doc_year_evidence
  @head TEXT           raw line printed at the top of the file (repeatable)
  @foot TEXT           raw line printed at the end of the file (repeatable)
  @region NAME         allowed statistic subject that is no entity (黑龙江省 ...)
  #A title | main_zone | double|-     new article
  #B TEXT              raw line printed before the article title
  #L TEXT              raw line printed after the title (byline, subtitle ...)
  #E TEXT              raw line printed after the article body
  P TEXT               paragraph; {{a/b}} inserts raw lines a and b inside the paragraph
  #s SUBJECT           default subject of the following S lines
  #p PERIOD            default period of the following S lines ('-' = null)
  S indicator | value | unit | approx | kind | evidence [| compared_to] [| s=SUBJ] [| p=PERIOD]
                       value ending in '#' = not written in digits (no digit check)
  Z name | aliases;.. | city | province
  E name | aliases;.. | zone
  J name | aliases;.. | zone | enterprise | status
  F name | aliases;.. | zone
"""
import json, os, re, sys, unicodedata

sys.dont_write_bytecode = True  # never write a __pycache__ next to score.py
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (only for norm_name / UNITS, to self-check the gold)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
norm = score.norm_name
KINDS = {"amount", "count", "growth", "share", "rank", "difference", "target", "other"}
APPROX = {None, "over", "about", "under"}
STATUS = {None, "签约", "立项", "拟建", "筹备", "在建", "加快建设", "建成", "投产", "试生产",
          "投入运营", "启动", "落地"}


def nz(x):
    x = x.strip()
    return None if x in ("", "-") else x


def parse(path):
    d = {"head": [], "foot": [], "regions": set(), "articles": [], "zones": [], "enterprises": [],
         "projects": [], "platforms": [], "stats": [], "wrap": 36}
    subj, per, art = None, None, None
    pending = []
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        tag, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split("|")]
        where = "%s:%d" % (os.path.basename(path), ln)
        if tag == "@doc": d["doc"] = rest.strip()
        elif tag == "@style": d["style"] = rest.strip()
        elif tag == "@wrap": d["wrap"] = int(rest)
        elif tag == "@year": d["year"] = int(rest)
        elif tag == "@year_ev": d["year_ev"] = rest.strip()
        elif tag == "@head": d["head"].append(rest)
        elif tag == "@foot": d["foot"].append(rest)
        elif tag == "@region": d["regions"].add(rest.strip())
        elif tag == "#A":
            art = {"title": f[0], "main_zone": nz(f[1]), "double": len(f) > 2 and f[2] == "double",
                   "before": pending, "after": [], "end": [], "paras": []}
            pending = []
            d["articles"].append(art)
        elif tag == "#B": pending.append(rest)
        elif tag == "#L": art["after"].append(rest)
        elif tag == "#E": art["end"].append(rest)
        elif tag == "P": art["paras"].append(rest)
        elif tag == "#s": subj = rest.strip()
        elif tag == "#p": per = nz(rest)
        elif tag == "S":
            if len(f) < 6:
                sys.exit("%s: too few fields" % where)
            st = {"subject": subj, "indicator": f[0], "value": f[1], "unit": nz(f[2]),
                  "approx": nz(f[3]), "period": per, "kind": f[4], "compared_to": None,
                  "evidence": f[5], "_where": where}
            for x in f[6:]:
                if x.startswith("s="): st["subject"] = x[2:]
                elif x.startswith("p="): st["period"] = nz(x[2:])
                else: st["compared_to"] = nz(x)
            d["stats"].append(st)
        elif tag == "Z": d["zones"].append({"name": f[0], "aliases": al(f[1]), "city": nz(f[2]), "province": nz(f[3]), "_where": where})
        elif tag == "E": d["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2]), "_where": where})
        elif tag == "J": d["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2]), "enterprise": nz(f[3]), "status": nz(f[4]), "_where": where})
        elif tag == "F": d["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2]), "_where": where})
        else:
            sys.exit("%s: unknown tag %r" % (where, tag))
    return d


def al(x):
    x = x.strip()
    return [] if x in ("", "-") else [a.strip() for a in x.split(";") if a.strip()]


def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)] or [""]


def split_para(p):
    """-> list of ('text', str) / ('raw', [lines])"""
    out, pos = [], 0
    for m in re.finditer(r"\{\{(.*?)\}\}", p):
        out.append(("text", p[pos:m.start()]))
        out.append(("raw", m.group(1).split("/")))
        pos = m.end()
    out.append(("text", p[pos:]))
    return out


def render(d):
    lines = list(d["head"])
    pdf = d["style"] == "pdf"
    body_plain = []  # clean article bodies (for coverage)
    for i, a in enumerate(d["articles"]):
        if not pdf and i > 0:
            lines.append("")
            lines.append("------------------------------------------------------------")
        if pdf and i > 0:
            lines.append("")
        lines.extend(a["before"])
        t = a["title"]
        if a["double"]:
            t = "".join(c + c if not c.isspace() else c for c in t)
        lines.append(t)
        lines.extend(a["after"])
        if not pdf:
            lines.append("")
        plain = []
        for p in a["paras"]:
            parts = split_para(p)
            if pdf:
                carry = ""
                for kind, val in parts:
                    if kind == "text":
                        carry += val
                    else:
                        if carry:
                            lines.extend(wrap(carry, d["wrap"]))
                        carry = ""
                        lines.extend(val)
                if carry:
                    lines.extend(wrap(carry, d["wrap"]))
            else:
                txt = ""
                for kind, val in parts:
                    if kind == "text":
                        txt += val
                    else:
                        lines.append("　　" + txt if txt else "")
                        lines.extend(val)
                        txt = ""
                lines.append("　　" + txt)
                lines.append("")
            plain.append("".join(v for k, v in parts if k == "text"))
        lines.extend(a["end"])
        body_plain.append(plain)
    lines.extend(d["foot"])
    return "\n".join(lines).rstrip("\n") + "\n", body_plain


def orig_quote(text, ev):
    """The evidence as it stands in the text with only whitespace removed (the guidelines'
    normalisation); located through the scorer's norm_name (NFKC, no quotes)."""
    t = re.sub(r"\s+", "", text)
    chars, idx = [], []
    for i, c in enumerate(t):
        for ch in norm(c):
            chars.append(ch)
            idx.append(i)
    ns, ne = "".join(chars), norm(ev)
    k = ns.find(ne)
    if k < 0 or not ne:
        return re.sub(r"\s+", "", ev)
    return t[idx[k]:idx[k + len(ne) - 1] + 1]


def fmt_value(v):
    x = float(v)
    return int(x) if x == int(x) and "." not in v else x


def value_str(v):
    x = float(v)
    if x == int(x):
        return str(int(x))
    return ("%.6f" % x).rstrip("0").rstrip(".")


OVER = ["超过", "突破", "超", "逾", "以上", "余", "多", "近", "约", "左右", "不到", "不足"]
CUE = {"超过": "over", "突破": "over", "超": "over", "逾": "over", "以上": "over", "余": "over",
       "多": "over", "近": "about", "约": "about", "左右": "about", "不到": "under", "不足": "under"}


def build(path, quiet=False):
    d = parse(path)
    text, bodies = render(d)
    ntext = norm(text)
    warn = []
    names = {}
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for e in d[kind]:
            for j, n in enumerate([e["name"]] + e["aliases"]):
                if norm(n) not in ntext and (j == 0 or kind in ("zones", "enterprises")):
                    warn.append("%s %s name not in text: %s" % (e["_where"], kind, n))
                if norm(n) in names and names[norm(n)] != (kind, e["name"]):
                    if names[norm(n)][0] == kind:
                        warn.append("%s duplicate name %s" % (e["_where"], n))
                names.setdefault(norm(n), (kind, e["name"]))
    zn = {e["name"] for e in d["zones"]}
    en = {e["name"] for e in d["enterprises"]}
    allnames = {e["name"] for k in ("zones", "enterprises", "projects", "platforms") for e in d[k]}
    for k in ("enterprises", "projects", "platforms"):
        for e in d[k]:
            if e["zone"] and e["zone"] not in zn:
                warn.append("%s zone ref %s unknown" % (e["_where"], e["zone"]))
    for e in d["projects"]:
        if e["enterprise"] and e["enterprise"] not in en:
            warn.append("%s enterprise ref %s unknown" % (e["_where"], e["enterprise"]))
        if e["status"] not in STATUS:
            warn.append("%s bad status %s" % (e["_where"], e["status"]))
    for a in d["articles"]:
        if a["main_zone"] and a["main_zone"] not in zn:
            warn.append("main_zone %s unknown" % a["main_zone"])
    seen = {}
    spans = []  # covered spans per normalized body
    nbody = norm("".join("".join(p) for p in bodies))
    for s in d["stats"]:
        w = s["_where"]
        ev = norm(s["evidence"])
        if ev not in ntext:
            warn.append("%s evidence not in text: %s" % (w, s["evidence"]))
        if ev not in nbody:
            warn.append("%s (info) evidence not in body: %s" % (w, s["evidence"]))
        for m in re.finditer(re.escape(ev), nbody):
            spans.append((m.start(), m.end()))
        v = s["value"]
        nodigit = v.endswith("#")
        v = v.rstrip("#")
        try:
            float(v)
        except ValueError:
            warn.append("%s bad value %s" % (w, v)); continue
        vs = value_str(v)
        if not nodigit and s["unit"] != "fraction":
            if vs not in ev:
                warn.append("%s value %s not in evidence %s" % (w, vs, ev))
            else:
                # approx cue check around the number
                u = norm(s["unit"]) if s["unit"] and s["unit"] != "%" else ("%" if s["unit"] == "%" else "")
                m = re.search(r"(?<![\d.])" + re.escape(vs) + r"(余|多)?" + re.escape(u), ev)
                if not m:
                    warn.append("%s unit %s does not follow value %s in evidence %s" % (w, s["unit"], vs, ev))
                    i = ev.find(vs); j = i + len(vs)
                else:
                    i = m.start(); j = m.end()
                before = ev[max(0, i - 2):i]
                after = (m.group(1) or "") + ev[j:][:2] if m else ev[j:][:2]
                cue = None
                for c, a in CUE.items():
                    post = c in ("以上", "余", "多", "左右")
                    if (not post and before.endswith(c)) or (post and after.startswith(c)):
                        cue = a
                        break
                if cue != s["approx"]:
                    warn.append("%s approx %s but cue says %s: %s" % (w, s["approx"], cue, ev))
        if s["kind"] not in KINDS:
            warn.append("%s bad kind %s" % (w, s["kind"]))
        if s["approx"] not in APPROX:
            warn.append("%s bad approx %s" % (w, s["approx"]))
        if (s["kind"] == "difference") != (s["compared_to"] is not None):
            warn.append("%s compared_to/kind mismatch" % w)
        if s["subject"] not in allnames and s["subject"] not in d["regions"]:
            warn.append("%s subject %s unknown" % (w, s["subject"]))
        if s["unit"] and norm(s["unit"]).lower() not in score.UNITS and s["unit"] != "fraction":
            warn.append("%s (info) unit %s outside score.UNITS" % (w, s["unit"]))
        fam, fac = score.unit_of(s["unit"])
        key = (norm(s["subject"]), round(float(v) * fac, 6), fam)
        if key in seen:
            warn.append("%s (info) same subject/value/unit as %s" % (w, seen[key]))
        seen[key] = w
    # coverage: digits in the body not inside any evidence span
    unc = []
    for m in re.finditer(r"\d+(?:\.\d+)?", nbody):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            unc.append(nbody[max(0, m.start() - 12):m.end() + 6])
    gold = {
        "doc": d["doc"] + ".txt",
        "doc_year": d.get("year"),
        "doc_year_evidence": orig_quote(text, d["year_ev"]) if d.get("year_ev") else None,
        "articles": [{"title": a["title"], "main_zone": a["main_zone"],
                      "first_words": re.sub(r"\s+", "", "".join(v for k, v in split_para(a["paras"][0]) if k == "text"))[:12] if a["paras"] else ""} for a in d["articles"]],
        "zones": [{k: e[k] for k in ("name", "aliases", "city", "province")} for e in d["zones"]],
        "enterprises": [{k: e[k] for k in ("name", "aliases", "zone")} for e in d["enterprises"]],
        "projects": [{k: e[k] for k in ("name", "aliases", "zone", "enterprise", "status")} for e in d["projects"]],
        "platforms": [{k: e[k] for k in ("name", "aliases", "zone")} for e in d["platforms"]],
        "statistics": [{"subject": s["subject"], "indicator": s["indicator"],
                        "value": fmt_value(s["value"].rstrip("#")), "unit": s["unit"],
                        "approx": s["approx"], "period": s["period"], "kind": s["kind"],
                        "compared_to": s["compared_to"], "evidence": orig_quote(text, s["evidence"])}
                       for s in d["stats"]],
    }
    if d.get("year_ev") and norm(d["year_ev"]) not in ntext:
        warn.append("year evidence not in text")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    with open(os.path.join(OUT, "texts", d["doc"] + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(OUT, "gold", d["doc"] + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    print("== %s  han=%d chars=%d  Z=%d E=%d J=%d F=%d S=%d" % (
        d["doc"], han, len(text), len(d["zones"]), len(d["enterprises"]), len(d["projects"]),
        len(d["platforms"]), len(d["stats"])))
    for x in warn:
        print("  WARN", x)
    if not quiet:
        for u in unc:
            print("  UNCOVERED", u)


if __name__ == "__main__":
    specs = sys.argv[1:] or sorted(os.path.join(HERE, "specs", f) for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".spec"))
    for p in specs:
        build(p)
