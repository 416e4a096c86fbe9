#!/usr/bin/env python3
"""Build texts/NNN_slug.txt and gold/NNN_slug.json from src/NNN_slug.src.

Source format (one file per document), see README.md "Rebuilding":
  @doc / @style pdf|web / @year / @year_ev / @seed / @pre LINE / @post LINE / @caption LINE
  === TITLE              new article; then @main ZONE, @double, @kicker LINE, @sub LINE,
                         @by LINE (own line), @first WORDS; then body paragraphs (one per line)
  ###                    start of annotation section:
  Z name | aliases;.. | city | province
  E name | aliases | zone
  P name | aliases | zone | enterprise | status
  F name | aliases | zone
  @s SUBJECT / @p PERIOD  (defaults for following S lines; "@p -" = null)
  S indicator | value unit | kind | evidence | s=.. p=.. a=over|about|under c=..
Layout noise (pdf style) is deterministic from @seed: hard wraps of 30-40 chars,
spaces inside some names and numbers, doubled headline, captions cutting sentences.
Python 3 standard library only.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"am": "amount", "co": "count", "gr": "growth", "sh": "share", "rk": "rank",
         "di": "difference", "ta": "target", "ot": "other"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def nz(s):
    return None if s is None or s.strip() in ("", "-", "null") else s.strip()


def parse(path):
    meta = {"pre": [], "post": [], "caption": [], "seed": "1"}
    arts, ents, stats = [], {"zones": [], "enterprises": [], "projects": [], "platforms": []}, []
    section = "head"
    cur_s, cur_p = None, None
    for ln_no, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("###"):
            section = "ann"
            continue
        if section != "ann":
            if line.startswith("=== "):
                arts.append({"title": line[4:].strip(), "paras": [], "main": None, "double": False,
                             "kicker": None, "sub": None, "by": None, "first": None})
                section = "art"
                continue
            if line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                if section == "head":
                    if key in ("pre", "post", "caption"):
                        meta[key].append(val)
                    else:
                        meta[key] = val.strip()
                else:
                    a = arts[-1]
                    if key == "main":
                        a["main"] = val.strip()
                    elif key == "double":
                        a["double"] = True
                    elif key in ("kicker", "sub", "by", "first"):
                        a[key] = val.strip()
                    else:
                        sys.exit("%s:%d unknown article key %s" % (path, ln_no, key))
                continue
            if section == "art":
                arts[-1]["paras"].append(line.strip())
            else:
                sys.exit("%s:%d text outside article" % (path, ln_no))
            continue
        # annotations
        if line.startswith("@s "):
            cur_s = line[3:].strip()
            continue
        if line.startswith("@p "):
            cur_p = nz(line[3:])
            continue
        typ, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split("|")]
        al = lambda x: [y.strip() for y in x.split(";") if y.strip()]
        if typ == "Z":
            ents["zones"].append({"name": f[0], "aliases": al(f[1]), "city": f[2], "province": f[3]})
        elif typ == "E":
            ents["enterprises"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2])})
        elif typ == "P":
            ents["projects"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2]),
                                     "enterprise": nz(f[3]), "status": nz(f[4])})
        elif typ == "F":
            ents["platforms"].append({"name": f[0], "aliases": al(f[1]), "zone": nz(f[2])})
        elif typ == "S":
            if len(f) < 4:
                sys.exit("%s:%d bad S line" % (path, ln_no))
            m = re.match(r"^(-?[\d.]+)\s*(\S+)$", f[1])
            if not m:
                sys.exit("%s:%d bad value/unit %r" % (path, ln_no, f[1]))
            opts = {}
            if len(f) > 4 and f[4]:
                for kv in f[4].split():
                    k, _, v = kv.partition("=")
                    opts[k] = v
            val = float(m.group(1))
            if val == int(val) and "." not in m.group(1):
                val = int(val)
            period = cur_p
            if "p" in opts:
                period = nz(opts["p"])
            st = {"subject": opts.get("s", cur_s), "indicator": f[0], "value": val,
                  "unit": m.group(2), "approx": nz(opts.get("a")), "period": period,
                  "kind": KINDS[f[2]], "compared_to": nz(opts.get("c")), "evidence": f[3]}
            if st["subject"] is None:
                sys.exit("%s:%d no subject" % (path, ln_no))
            stats.append(st)
        else:
            sys.exit("%s:%d unknown line %r" % (path, ln_no, line))
    return meta, arts, ents, stats


BYLINE = re.compile(r"^((?:本报讯|本刊讯)（[^）]*）|新华社[^　 ]{2,12}?\d+月\d+日电(（[^）]*）)?|本报[^　 ]{0,6}讯)\s*")


def first_words(a):
    if a["first"]:
        return a["first"]
    p = a["paras"][0]
    p = BYLINE.sub("", p)
    p = p.replace("**", "")
    return p[:12]


def protected_spans(text, needles):
    spans = []
    for n in needles:
        if not n:
            continue
        start = 0
        while True:
            i = text.find(n, start)
            if i < 0:
                break
            spans.append((i, i + len(n)))
            start = i + 1
    return spans


def free(i, spans):
    return all(not (a < i < b) for a, b in spans)


def wrap(s, rnd):
    out, i = [], 0
    while i < len(s):
        w = rnd.randint(30, 40)
        out.append(s[i:i + w])
        i += w
    return out


def add_spaces(p, rnd, names, budget):
    """insert spaces inside a few names and numbers of paragraph p; returns (p, used)."""
    used = 0
    for _ in range(budget):
        cands = [("name", p.find(n), n) for n in names if p.find(n) >= 0]
        cands += [("num", m.start(), m.group(0)) for m in re.finditer(r"\d+(\.\d+)?", p)
                  if len(m.group(0)) >= 2]
        if not cands:
            break
        names_c = [c for c in cands if c[0] == "name"]
        typ, i, s = rnd.choice(names_c if names_c and rnd.random() < 0.5 else cands)
        if typ == "name":
            if len(s) > 4 and rnd.random() < 0.5:
                new = s[:len(s) - 3] + " ".join(s[len(s) - 3:])
            else:
                new = " ".join(s)
        else:
            new = s[:1] + " " + s[1:]
        p = p[:i] + new + p[i + len(s):]
        used += 1
    return p, used


def double(s):
    return "".join(c * 2 if not c.isspace() else c for c in s)


def render(meta, arts, ents, stats):
    rnd = random.Random(int(meta["seed"]))
    pdf = meta["style"] == "pdf"
    needles = [s["evidence"] for s in stats]
    names = []
    for k, L in ents.items():
        for e in L:
            names.append(e["name"])
            names.extend(e["aliases"])
    needles += names + [first_words(a) for a in arts]
    out = list(meta["pre"])
    out.append("")
    caps = list(meta["caption"])
    # choose paragraphs for captions: different articles, not the first paragraph
    cap_slots = {}
    if caps:
        order = list(range(len(arts)))
        rnd.shuffle(order)
        for ci, cap in enumerate(caps):
            ai = order[ci % len(order)]
            m = re.match(r"^(\d+)\|(.*)$", cap)
            if m:
                ai, cap = int(m.group(1)) - 1, m.group(2)
            ok = [i for i, q in enumerate(arts[ai]["paras"]) if len(q) > 60 and (i > 0 or len(arts[ai]["paras"]) == 1)]
            pi = rnd.choice(ok) if ok else 0
            cap_slots.setdefault((ai, pi), []).append(cap)
    zone_names = [z["name"] for z in ents["zones"]]
    space_budget = 14 if pdf else 0
    per_para = max(1, space_budget // max(1, sum(len(a["paras"]) for a in arts)) + 1)
    for ai, a in enumerate(arts):
        if a["kicker"]:
            out.append(a["kicker"])
        out.append(double(a["title"]) if a["double"] else a["title"])
        if a["sub"]:
            out.append(a["sub"])
        if a["by"]:
            out.append(a["by"])
        for pi, p in enumerate(a["paras"]):
            pieces = [p]
            if (ai, pi) in cap_slots:
                spans = protected_spans(p, needles)
                cands = [i for i in range(8, len(p) - 8)
                         if HAN.match(p[i - 1]) and HAN.match(p[i]) and free(i, spans)
                         and "。" not in p[max(0, i - 3):i + 3]]
                cuts = sorted(rnd.sample(cands, len(cap_slots[(ai, pi)])))
                pieces, last = [], 0
                for c, cap in zip(cuts, cap_slots[(ai, pi)]):
                    pieces += [p[last:c], "\x00" + cap]
                    last = c
                pieces.append(p[last:])
            for piece in pieces:
                if piece.startswith("\x00"):
                    out.append(piece[1:])
                    continue
                if pdf:
                    if space_budget > 0 and rnd.random() < 0.6:
                        piece, used = add_spaces(piece, rnd, zone_names, min(per_para, space_budget))
                        space_budget -= used
                    out.extend(wrap(piece, rnd))
                else:
                    out.append(piece)
            if not pdf:
                out.append("")
        out.append("")
    out += meta["post"]
    return "\n".join(out).rstrip("\n") + "\n"


def build(path):
    meta, arts, ents, stats = parse(path)
    text = render(meta, arts, ents, stats)
    doc = meta["doc"]
    gold = {"doc": doc + ".txt",
            "doc_year": int(meta["year"]) if meta.get("year") not in (None, "null") else None,
            "doc_year_evidence": meta.get("year_ev"),
            "articles": [{"title": a["title"], "main_zone": a["main"], "first_words": first_words(a)}
                         for a in arts]}
    gold.update(ents)
    gold["statistics"] = stats
    with open(os.path.join(ROOT, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    with open(os.path.join(ROOT, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = len(HAN.findall(text))
    print("%-32s han=%5d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
        doc, han, len(ents["zones"]), len(ents["enterprises"]), len(ents["projects"]),
        len(ents["platforms"]), len(stats)))


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for s in srcs:
        build(s)
