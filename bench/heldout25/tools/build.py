#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/docNN.py.

Each source module defines SLUG, STYLE ("web" or "pdf"), SEED, YEAR, YEAR_EV, TEXT,
ARTICLES, ZONES, ENTS, PROJS, PLATS and STATS (see src/README in the set's README.md).

Markup in TEXT (pdf style only; web texts are written out verbatim):
  #H title      -> headline line with every character doubled (layout noise)
  =line         -> kept verbatim as its own line (masthead, page header/footer, captions)
  {{caption}}   -> inside a paragraph: the paragraph is cut there and the caption
                   appears on its own line(s) in the middle of the sentence
  other lines   -> paragraph text, hard-wrapped every 30-40 characters (inside words and
                   numbers) with an occasional stray space inserted
Statistics lines: subject|indicator|value|unit|approx|period|kind|compared_to|evidence
  "-" = null, "^" in subject/period = same as the previous line.
Python 3 standard library only; deterministic (seeded).
"""
import glob, importlib.util, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def wrap_para(text, rng, state):
    """Hard-wrap one paragraph; state['col'] carries the running column."""
    out = []
    for ch in text:
        out.append(ch)
        state["col"] += 1
        if state["col"] >= state["width"]:
            out.append("\n")
            state["col"] = 0
            state["width"] = rng.randint(30, 40)
    return "".join(out)


def add_spaces(line, rng, p):
    if len(line) < 8 or rng.random() > p:
        return line
    i = rng.randint(2, len(line) - 2)
    if line[i - 1] == " " or line[i] == " ":
        return line
    return line[:i] + " " + line[i:]


def render_pdf(text, seed, p_space=0.3):
    rng = random.Random(seed)
    lines_out = []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("#H "):
            t = re.sub(r"\s+", "", raw[3:])
            lines_out.append("".join(c + c for c in t))
            continue
        if raw.startswith("="):
            lines_out.append(raw[1:])
            continue
        state = {"col": 0, "width": rng.randint(30, 40)}
        parts = re.split(r"\{\{(.*?)\}\}", raw)
        buf = ""
        for k, part in enumerate(parts):
            if k % 2 == 1:  # caption
                body = buf.rstrip("\n")
                if body:
                    lines_out.extend(add_spaces(l, rng, p_space) for l in body.split("\n"))
                lines_out.append(part)
                buf = ""
                state["col"] = 0
                continue
            buf += wrap_para(part, rng, state)
        body = buf.rstrip("\n")
        if body:
            lines_out.extend(add_spaces(l, rng, p_space) for l in body.split("\n"))
    return "\n".join(lines_out) + "\n"


def parse_stats(block):
    out, prev = [], {}
    for ln in block.strip().split("\n"):
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        f = [x.strip() for x in ln.split("|")]
        if len(f) != 9:
            sys.exit("bad stats line (%d fields): %s" % (len(f), ln))
        subj, ind, val, unit, approx, period, kind, cmp_, ev = f
        if subj == "^":
            subj = prev["subject"]
        if period == "^":
            period = prev["period"]
        nz = lambda x: None if x in ("-", "") else x
        v = float(val)
        if v == int(v) and "." not in val:
            v = int(v)
        s = {"subject": subj, "indicator": ind, "value": v, "unit": nz(unit),
             "approx": nz(approx), "period": nz(period), "kind": kind,
             "compared_to": nz(cmp_), "evidence": ev}
        out.append(s)
        prev = s
    return out


def build(path):
    m = load(path)
    if m.STYLE == "pdf":
        txt = render_pdf(m.TEXT, m.SEED)
    else:
        txt = m.TEXT.strip("\n") + "\n"
    with open(os.path.join(ROOT, "texts", m.SLUG + ".txt"), "w", encoding="utf-8") as h:
        h.write(txt)
    gold = {
        "doc": m.SLUG + ".txt",
        "doc_year": m.YEAR,
        "doc_year_evidence": m.YEAR_EV,
        "articles": [{"title": t, "main_zone": z, "first_words": w} for t, z, w in m.ARTICLES],
        "zones": [{"name": n, "aliases": a, "city": c, "province": p} for n, a, c, p in m.ZONES],
        "enterprises": [{"name": n, "aliases": a, "zone": z} for n, a, z in m.ENTS],
        "projects": [{"name": n, "aliases": a, "zone": z, "enterprise": e, "status": s}
                     for n, a, z, e, s in m.PROJS],
        "platforms": [{"name": n, "aliases": a, "zone": z} for n, a, z in m.PLATS],
        "statistics": parse_stats(m.STATS),
    }
    with open(os.path.join(ROOT, "gold", m.SLUG + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    print("%-28s %-4s han=%4d zones=%2d ent=%2d proj=%2d plat=%2d stats=%2d" % (
        m.SLUG, m.STYLE, han, len(gold["zones"]), len(gold["enterprises"]), len(gold["projects"]),
        len(gold["platforms"]), len(gold["statistics"])))


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "src", "doc*.py")))
    for p in srcs:
        build(p)
