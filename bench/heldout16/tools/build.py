#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/NNN_slug.src + src/NNN_slug.ann.

.src  first line: "#mode web" or "#mode pdf" (pdf = PDF-extraction layout noise)
      then line directives:
        @RAW  line      output as is (mastheads, page headers, nav bars) - never wrapped
        @HEAD2 title    headline with every character doubled (pdf only; once per doc)
        @TITLE title    headline line, not wrapped
        @CAP caption    image caption, inserted mid-sentence into the next body paragraph
        other lines     body paragraphs (wrapped every 30-40 chars in pdf mode)
.ann  one record a line, fields separated by " | ":
        Y | year | evidence
        A | title | main_zone | first_words
        Z | name | aliases(;) | city | province
        E | name | aliases | zone
        P | name | aliases | zone | enterprise | status
        L | name | aliases | zone                 (platform)
        S | subject | indicator | value | unit | period | kind | approx | compared_to | evidence
      "-" = null / empty. Lines starting with # are comments.
Deterministic: the noise uses random.Random(seeded by the file name).
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def parse_ann(path):
    g = {"doc_year": None, "doc_year_evidence": None, "articles": [], "zones": [], "enterprises": [],
         "projects": [], "platforms": [], "statistics": []}
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        f = [x.strip() for x in line.split(" | ")]
        t = f[0]
        try:
            if t == "Y":
                g["doc_year"] = int(f[1]); g["doc_year_evidence"] = f[2]
            elif t == "A":
                g["articles"].append({"title": f[1], "main_zone": nul(f[2]), "first_words": f[3]})
            elif t == "Z":
                assert len(f) == 5
                g["zones"].append({"name": f[1], "aliases": [a for a in f[2].split(";") if nul(a)],
                                   "city": nul(f[3]), "province": nul(f[4])})
            elif t == "E":
                assert len(f) == 4
                g["enterprises"].append({"name": f[1], "aliases": [a for a in f[2].split(";") if nul(a)],
                                         "zone": nul(f[3])})
            elif t == "P":
                assert len(f) == 6
                g["projects"].append({"name": f[1], "aliases": [a for a in f[2].split(";") if nul(a)],
                                      "zone": nul(f[3]), "enterprise": nul(f[4]), "status": nul(f[5])})
            elif t == "L":
                assert len(f) == 4
                g["platforms"].append({"name": f[1], "aliases": [a for a in f[2].split(";") if nul(a)],
                                       "zone": nul(f[3])})
            elif t == "S":
                assert len(f) == 10, len(f)
                v = float(f[3])
                if v == int(v) and "." not in f[3]:
                    v = int(v)
                g["statistics"].append({"subject": f[1], "indicator": f[2], "value": v, "unit": f[4],
                                        "approx": nul(f[7]), "period": nul(f[5]), "kind": f[6],
                                        "compared_to": nul(f[8]), "evidence": f[9]})
            else:
                raise ValueError("unknown record type " + t)
        except Exception as e:
            sys.exit("%s:%d: %s: %s" % (path, ln, e, line))
    return g


def protected_strings(g):
    out = []
    for s in g["statistics"]:
        out.append(s["evidence"])
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in g[k]:
            out.append(e["name"]); out += e["aliases"]
    for a in g["articles"]:
        out.append(a["first_words"])
    if g["doc_year_evidence"]:
        out.append(g["doc_year_evidence"])
    return [p for p in out if p]


def cut_point(par, prot, rnd):
    """A position inside a sentence (not at its ends) not inside any protected string."""
    bad = [False] * (len(par) + 1)
    for p in prot:
        for m in re.finditer(re.escape(p), par):
            for i in range(m.start() + 1, m.end()):
                bad[i] = True
    cands = []
    for i in range(6, len(par) - 6):
        if bad[i] or par[i - 1] in "。！？；：" or par[i] in "。，、；：！？）”":
            continue
        # only after a comma or between two han characters
        if par[i - 1] == "，" or (re.match(r"[\u4e00-\u9fff]", par[i - 1]) and re.match(r"[\u4e00-\u9fff]", par[i])):
            cands.append(i)
    if not cands:
        return None
    mid = [c for c in cands if len(par) * 0.25 < c < len(par) * 0.8] or cands
    return rnd.choice(mid)


def spaced(par, rnd, prob_word=0.35, prob_num=0.3):
    # spaces inside some zone words and some numbers
    def word(m):
        return " ".join(m.group(0)) if rnd.random() < prob_word else m.group(0)
    par = re.sub(r"高新区|经开区|开发区|综保区|新区", word, par)

    def num(m):
        s = m.group(0)
        if len(s) >= 2 and rnd.random() < prob_num:
            k = rnd.randint(1, len(s) - 1)
            return s[:k] + " " + s[k:]
        return s
    par = re.sub(r"\d+(?:\.\d+)?", num, par)
    # a few stray spaces between han characters
    out = []
    for i, c in enumerate(par):
        out.append(c)
        if i + 1 < len(par) and re.match(r"[\u4e00-\u9fff]", c) and re.match(r"[\u4e00-\u9fff]", par[i + 1]) \
                and rnd.random() < 0.012:
            out.append(" ")
    return "".join(out)


def wrap(par, rnd):
    lines, i = [], 0
    while i < len(par):
        w = rnd.randint(30, 40)
        lines.append(par[i:i + w]); i += w
    return "\n".join(lines)


def render(src_path, g, name):
    rnd = random.Random(name)
    lines = open(src_path, encoding="utf-8").read().split("\n")
    mode = lines[0].split()[1]
    prot = protected_strings(g)
    out, pending = [], []
    for line in lines[1:]:
        if line.startswith("@RAW"):
            out.append(line[5:]); continue
        if line.startswith("@TITLE"):
            out.append(line[7:]); continue
        if line.startswith("@HEAD2"):
            t = line[7:]
            out.append("".join(c * 2 for c in t)); continue
        if line.startswith("@CAP"):
            pending.append(line[5:]); continue
        if not line.strip():
            out.append(""); continue
        par = line
        if mode == "pdf":
            if pending:
                cp = cut_point(par, prot, rnd)
                if cp is None:
                    sys.exit("no cut point for caption in: " + par[:30])
                a, b = par[:cp], par[cp:]
                out.append(wrap(spaced(a, rnd), rnd))
                out.append(pending.pop(0))
                out.append(wrap(spaced(b, rnd), rnd))
            else:
                out.append(wrap(spaced(par, rnd), rnd))
        else:
            out.append(par)
    if pending:
        sys.exit("caption left without a following paragraph in " + name)
    text = "\n".join(out).strip("\n") + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def main():
    srcdir = os.path.join(ROOT, "src")
    names = sorted(f[:-4] for f in os.listdir(srcdir) if f.endswith(".src"))
    if len(sys.argv) > 1:
        names = [n for n in names if any(n.startswith(a) for a in sys.argv[1:])]
    for n in names:
        g0 = parse_ann(os.path.join(srcdir, n + ".ann"))
        text = render(os.path.join(srcdir, n + ".src"), g0, n)
        with open(os.path.join(ROOT, "texts", n + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        g = {"doc": n + ".txt"}
        g.update(g0)
        with open(os.path.join(ROOT, "gold", n + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-32s han=%d Z=%d E=%d P=%d L=%d S=%d" % (n, han, len(g["zones"]), len(g["enterprises"]),
              len(g["projects"]), len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
