#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

A source file holds the clean article text (with caption markers {{...}}) and the
hand annotation tables.  For style "pdf" the builder applies layout noise
deterministically (seeded): hard line wraps every 30-40 characters, spaces inside
some words and numbers, one doubled headline, captions on their own lines cutting
the sentence where the marker stands.  The gold is written exactly as annotated;
check_gold.py then verifies it against the built text.

usage: python3 tools/build.py            (from the heldout42 folder)
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")


def parse(path):
    sec, cur = None, None
    meta, header, footer, arts = {}, [], [], []
    tables = {k: [] for k in ("zones", "enterprises", "projects", "platforms", "stats")}
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            sec = line[1:].strip()
            if sec == "article":
                cur = {"title": None, "main_zone": None, "doubled": False, "body": []}
                arts.append(cur)
            continue
        if sec == "meta":
            if line.strip():
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        elif sec == "header":
            header.append(line)
        elif sec == "footer":
            footer.append(line)
        elif sec == "article":
            m = re.match(r"^(title|main_zone|doubled|kicker):\s*(.*)$", line)
            if m and not cur["body"]:
                cur[m.group(1)] = m.group(2)
            elif line.strip() == "body:":
                cur["body"].append("")
            elif cur["body"]:
                cur["body"].append(line)
        elif sec in tables:
            if line.strip() and not line.lstrip().startswith("#"):
                tables[sec].append([c.strip() for c in line.split("|")])
    for a in arts:
        while a["body"] and not a["body"][0].strip():
            a["body"].pop(0)
        while a["body"] and not a["body"][-1].strip():
            a["body"].pop()
    return meta, header, footer, arts, tables


def nul(s):
    return None if s in ("", "-", None) else s


def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()] if nul(s) else []


def num(s):
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


def gold_of(name, meta, arts, tables):
    g = {"doc": name + ".txt",
         "doc_year": int(meta["doc_year"]) if nul(meta.get("doc_year")) else None,
         "doc_year_evidence": nul(meta.get("doc_year_evidence")),
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [],
         "statistics": []}
    for a in arts:
        first = re.sub(r"\{\{.*?\}\}", "", "".join(a["body"]))
        first = re.sub(r"\s+", "", first)[:12]
        g["articles"].append({"title": a["title"], "main_zone": nul(a["main_zone"]), "first_words": first})
    for r in tables["zones"]:
        g["zones"].append({"name": r[0], "aliases": aliases(r[1]), "city": nul(r[2]), "province": nul(r[3])})
    for r in tables["enterprises"]:
        g["enterprises"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])})
    for r in tables["projects"]:
        g["projects"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2]),
                              "enterprise": nul(r[3]), "status": nul(r[4])})
    for r in tables["platforms"]:
        g["platforms"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])})
    for r in tables["stats"]:
        if len(r) != 9:
            sys.exit("%s: bad stats row (%d cols): %s" % (name, len(r), r))
        subj, ind, val, unit, per, kind, approx, cmp_, ev = r
        g["statistics"].append({"subject": subj, "indicator": ind, "value": num(val), "unit": unit,
                                "approx": nul(approx), "period": nul(per), "kind": kind,
                                "compared_to": nul(cmp_), "evidence": ev})
    return g


# ------------------------------------------------------------------ layout noise
def spacey(s, rng, rate):
    """Insert single spaces between some pairs of han characters / digits."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i + 1 < len(s):
            nxt = s[i + 1]
            if (HAN.match(ch) or ch.isdigit()) and (HAN.match(nxt) or nxt.isdigit() or nxt == "."):
                if rng.random() < rate:
                    out.append(" ")
    return "".join(out)


def wrap(s, rng, lo=30, hi=40):
    lines, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        lines.append(s[i:i + n])
        i += n
    return lines


def render_pdf(header, footer, arts, rng, space_rate):
    out = list(header)
    for a in arts:
        out.append("")
        if a.get("kicker"):
            out.append(a["kicker"])
        t = a["title"]
        out.append("".join(c + c for c in t) if a["doubled"] in ("yes", "true", "1") else t)
        for para in a["body"]:
            if not para.strip():
                continue
            # split on caption markers, keep caption as its own line(s)
            parts = re.split(r"(\{\{.*?\}\})", para)
            buf = ""
            for p in parts:
                if p.startswith("{{"):
                    out.extend(wrap(spacey(buf, rng, space_rate), rng))
                    buf = ""
                    out.append(p[2:-2])
                else:
                    buf += p
            out.extend(wrap(spacey(buf, rng, space_rate), rng))
    out.append("")
    out.extend(footer)
    return "\n".join(out).rstrip() + "\n"


def render_web(header, footer, arts):
    out = list(header)
    for a in arts:
        out.append("")
        t = a["title"]
        out.append("".join(c + c for c in t) if a["doubled"] in ("yes", "true", "1") else t)
        if a.get("kicker"):
            out.append(a["kicker"])
        for para in a["body"]:
            if para.strip():
                out.append(re.sub(r"\{\{(.*?)\}\}", r"\n\1\n", para))
    out.append("")
    out.extend(footer)
    return "\n".join(out).rstrip() + "\n"


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        name = f[:-4]
        meta, header, footer, arts, tables = parse(os.path.join(ROOT, "src", f))
        rng = random.Random(int(meta.get("seed", "42")))
        if meta.get("style") == "pdf":
            text = render_pdf(header, footer, arts, rng, float(meta.get("space_rate", "0.03")))
        else:
            text = render_web(header, footer, arts)
        with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        g = gold_of(name, meta, arts, tables)
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("%-28s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (
            name, len(HAN.findall(text)), len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
            len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
