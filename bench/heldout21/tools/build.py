#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
    key: value            header lines (doc_year, doc_year_evidence, style, seed)
    === TEXT              clean text; one paragraph per line.  In pdf style:
                            @...      layout line (masthead, header, footer, 责任编辑) kept verbatim
                            ##...     headline printed with every character doubled
                            [[...]]   image caption, cut out of the paragraph onto its own line
                            {a b c}   explicit spacing noise written by hand (kept as "a b c")
    === ARTICLES          title | main_zone | first_words
    === ZONES             name | alias;alias | city | province
    === ENTERPRISES       name | aliases | zone
    === PROJECTS          name | aliases | zone | enterprise | status
    === PLATFORMS         name | aliases | zone
    === STATS             subject | indicator | value | unit | period | kind | approx | compared_to | evidence
"-" means null / empty.  Everything in the gold is written by hand in the source; this
script only renders the layout noise (deterministically, from the seed) and the JSON.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ["TEXT", "ARTICLES", "ZONES", "ENTERPRISES", "PROJECTS", "PLATFORMS", "STATS"]


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def parse(path):
    head, sec, body = {}, None, {s: [] for s in SECTIONS}
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^=== (\w+)\s*$", line)
        if m:
            sec = m.group(1)
            continue
        if sec is None:
            if ":" in line:
                k, v = line.split(":", 1)
                head[k.strip()] = v.strip()
            continue
        if sec == "TEXT":
            body[sec].append(line)
        elif line.strip() and not line.startswith("#"):
            body[sec].append([c.strip() for c in line.split("|")])
    return head, body


def num(v):
    f = float(v)
    return int(f) if f == int(f) and "." not in v else f


def aliases(x):
    x = nul(x)
    return [a.strip() for a in x.split(";")] if x else []


def gold_of(name, head, body):
    g = {"doc": name + ".txt",
         "doc_year": int(head["doc_year"]) if nul(head.get("doc_year", "-")) else None,
         "doc_year_evidence": nul(head.get("doc_year_evidence", "-")),
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    for r in body["ARTICLES"]:
        g["articles"].append({"title": r[0], "main_zone": nul(r[1]), "first_words": r[2]})
    for r in body["ZONES"]:
        g["zones"].append({"name": r[0], "aliases": aliases(r[1]), "city": nul(r[2]), "province": nul(r[3])})
    for r in body["ENTERPRISES"]:
        g["enterprises"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])})
    for r in body["PROJECTS"]:
        g["projects"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2]),
                              "enterprise": nul(r[3]), "status": nul(r[4])})
    for r in body["PLATFORMS"]:
        g["platforms"].append({"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])})
    for r in body["STATS"]:
        if len(r) != 9:
            sys.exit("%s: bad stats row %r" % (name, r))
        g["statistics"].append({"subject": r[0], "indicator": r[1], "value": num(r[2]), "unit": nul(r[3]),
                                "approx": nul(r[6]), "period": nul(r[4]), "kind": nul(r[5]),
                                "compared_to": nul(r[7]), "evidence": r[8]})
    return g


# ------------------------------------------------------------------ layout noise (pdf style)
SPACE_WORDS = ["高新区", "开发区", "经开区", "新区", "产业园", "同比增长", "亿元", "企业", "项目"]


def space_noise(s, rnd, rate):
    """Insert spaces inside some numbers and some words (never inside [[captions]])."""
    out, i = [], 0
    for m in re.finditer(r"\d+(?:\.\d+)?|" + "|".join(SPACE_WORDS), s):
        out.append(s[i:m.start()])
        tok = m.group(0)
        if len(tok) >= 2 and rnd.random() < rate:
            if tok[0].isdigit():
                k = rnd.randint(1, len(tok) - 1)
                tok = tok[:k] + " " + tok[k:]
            else:
                tok = " ".join(tok)
        out.append(tok)
        i = m.end()
    out.append(s[i:])
    return "".join(out)


def wrap(s, rnd):
    lines = []
    while s:
        n = rnd.randint(30, 40)
        lines.append(s[:n])
        s = s[n:]
    return lines


def render_pdf(lines, seed, rate):
    rnd = random.Random(seed)
    out = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("@"):
            out.append(line[1:])
            continue
        if line.startswith("##"):
            out.append("".join(c + c for c in line[2:].strip()))
            continue
        line = re.sub(r"\{([^}]*)\}", lambda m: m.group(1), line)
        parts = re.split(r"(\[\[.*?\]\])", line)
        for p in parts:
            if p.startswith("[["):
                out.append(p[2:-2])
            elif p:
                out.extend(wrap(space_noise(p, rnd, rate), rnd))
    return "\n".join(out) + "\n"


def render_web(lines):
    out = [re.sub(r"\{([^}]*)\}", lambda m: m.group(1), l) for l in lines]
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out) + "\n"


def main():
    srcdir = os.path.join(ROOT, "src")
    for f in sorted(os.listdir(srcdir)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        head, body = parse(os.path.join(srcdir, f))
        if head.get("style") == "pdf":
            text = render_pdf(body["TEXT"], int(head.get("seed", "1")), float(head.get("space_rate", "0.12")))
        else:
            text = render_web(body["TEXT"])
        with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        g = gold_of(name, head, body)
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", name, len(g["statistics"]), "stats")


if __name__ == "__main__":
    main()
