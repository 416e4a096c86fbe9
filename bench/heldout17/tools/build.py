#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src.

Source format: sections introduced by lines '#meta', '#text', '#articles', '#zones',
'#enterprises', '#projects', '#platforms', '#stats'. Table rows use ' | ' between
fields, '-' for null, ';' between aliases. In #stats, '@subject X' / '@period Y' set
defaults used where a row writes '=' in that field.

#text markers: '!!' headline (rendered with every character doubled on PDF pages),
'@cap ...' image caption (inserted in the middle of the next paragraph, at a comma
that lies outside every evidence quote and entity name), '@raw ...' line kept as is
(masthead, header, footer; never wrapped), other lines are paragraphs.
PDF style (meta 'style: pdf'): paragraphs are hard-wrapped every 30-40 characters and
get spaces inside some words and numbers. Deterministic (seeded by file name).
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def parse(path):
    sec, out = None, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("#") and line[1:].strip() in (
                "meta", "text", "articles", "zones", "enterprises", "projects", "platforms", "stats"):
            sec = line[1:].strip(); out[sec] = []; continue
        if sec is None:
            continue
        if sec != "text" and not line.strip():
            continue
        out[sec].append(line)
    return out

def nz(x):
    x = x.strip()
    return None if x in ("-", "") else x

def al(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]

def fields(line, n):
    f = [p.strip() for p in line.split(" | ")]
    if len(f) != n:
        sys.exit("bad row (%d fields, want %d): %s" % (len(f), n, line))
    return f

def valunit(s):
    if s.strip().endswith("~"):            # '1.25~' = number without a unit (e.g. PUE)
        v = s.strip()[:-1]
        return (float(v) if "." in v else int(v)), None
    m = re.match(r"^(-?\d+(?:\.\d+)?)(.+)$", s.strip())
    if not m:
        sys.exit("bad value/unit: " + s)
    v = float(m.group(1))
    v = int(v) if v == int(v) and "." not in m.group(1) else v
    return v, m.group(2).strip()

def build_gold(src, name):
    meta = dict(l.split(":", 1) for l in src["meta"])
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    g = {"doc": name + ".txt", "doc_year": int(meta["year"]) if meta.get("year") else None,
         "doc_year_evidence": meta.get("year_ev"), "articles": [], "zones": [], "enterprises": [],
         "projects": [], "platforms": [], "statistics": []}
    for l in src.get("articles", []):
        t, z, fw = fields(l, 3)
        g["articles"].append({"title": t, "main_zone": nz(z), "first_words": fw})
    for l in src.get("zones", []):
        n, a, c, p = fields(l, 4)
        g["zones"].append({"name": n, "aliases": al(a), "city": nz(c), "province": nz(p)})
    for l in src.get("enterprises", []):
        n, a, z = fields(l, 3)
        g["enterprises"].append({"name": n, "aliases": al(a), "zone": nz(z)})
    for l in src.get("projects", []):
        n, a, z, e, s = fields(l, 5)
        g["projects"].append({"name": n, "aliases": al(a), "zone": nz(z), "enterprise": nz(e), "status": nz(s)})
    for l in src.get("platforms", []):
        n, a, z = fields(l, 3)
        g["platforms"].append({"name": n, "aliases": al(a), "zone": nz(z)})
    dsub = dper = None
    for l in src.get("stats", []):
        if l.startswith("@subject"):
            dsub = l.split(None, 1)[1].strip(); continue
        if l.startswith("@period"):
            dper = nz(l.split(None, 1)[1]); continue
        s, i, vu, p, k, a, c, e = fields(l, 8)
        v, u = valunit(vu)
        g["statistics"].append({"subject": dsub if s == "=" else s, "indicator": i, "value": v, "unit": u,
                                "approx": nz(a), "period": dper if p == "=" else nz(p), "kind": k,
                                "compared_to": nz(c), "evidence": e})
    return meta, g

def protected_spans(par, g):
    keys = [s["evidence"] for s in g["statistics"]]
    for kind in ("zones", "enterprises", "projects", "platforms"):
        for e in g[kind]:
            keys += [e["name"]] + e["aliases"]
    spans = []
    for k in keys:
        for m in re.finditer(re.escape(k), par):
            spans.append((m.start(), m.end()))
    return spans

def render(src, meta, g, seed):
    rnd = random.Random(seed)
    pdf = meta.get("style") == "pdf"
    out, pending_caps = [], []
    for line in src["text"]:
        if not line.strip():
            if not pdf:
                out.append("")
            continue
        if line.startswith("@raw "):
            out.append(line[5:]); continue
        if line.startswith("@cap "):
            pending_caps.append(line[5:].strip()); continue
        if line.startswith("!!"):
            h = line[2:].strip()
            out.append("".join(c * 2 for c in h) if pdf else h); continue
        par = line.strip()
        caption = None
        if pending_caps:
            cap = pending_caps.pop(0)
            spans = protected_spans(par, g)
            cands = [m.end() for m in re.finditer("，", par)
                     if not any(a < m.end() <= b for a, b in spans) and 0.25 < m.end() / len(par) < 0.8]
            if not cands:
                sys.exit("no safe caption cut in: " + par[:40])
            cut = cands[len(cands) // 2]
            caption = (par[:cut], cap, par[cut:])
        pieces = [caption[0], caption[2]] if caption else [par]
        rendered = []
        for pc in pieces:
            if pdf:
                # spaces inside some words and numbers
                chars = list(pc)
                pos = [i for i in range(1, len(chars)) if
                       (chars[i - 1].isdigit() and chars[i].isdigit()) or
                       ('\u4e00' <= chars[i - 1] <= '\u9fff' and '\u4e00' <= chars[i] <= '\u9fff')]
                chosen = set(rnd.sample(pos, min(len(pos), max(1, len(pc) // 70))))
                if len(pc) > 60 and rnd.random() < 0.5:      # one spaced-out word
                    st = rnd.randrange(0, len(pc) - 4)
                    chosen.update(range(st + 1, st + 4))
                s = "".join((" " if i in chosen else "") + c for i, c in enumerate(chars))
                lines, i = [], 0
                while i < len(s):
                    w = rnd.randint(30, 40)
                    lines.append(s[i:i + w]); i += w
                rendered.append(lines)
            else:
                rendered.append([pc])
        if caption:
            if pdf:
                out += rendered[0] + [caption[1]] + rendered[1]
            else:
                out += ["".join(rendered[0])] + ["", caption[1], ""] + ["".join(rendered[1])]
        else:
            out += rendered[0]
    return "\n".join(out).strip("\n") + "\n"

def main():
    srcdir = os.path.join(HERE, "src")
    only = sys.argv[1:]
    for f in sorted(os.listdir(srcdir)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        if only and not any(name.startswith(o) for o in only):
            continue
        src = parse(os.path.join(srcdir, f))
        meta, g = build_gold(src, name)
        txt = render(src, meta, g, name)
        open(os.path.join(HERE, "texts", name + ".txt"), "w", encoding="utf-8").write(txt)
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", txt))
        print("%-32s han=%d z=%d e=%d p=%d pl=%d s=%d" % (name, han, len(g["zones"]), len(g["enterprises"]),
              len(g["projects"]), len(g["platforms"]), len(g["statistics"])))

if __name__ == "__main__":
    main()
