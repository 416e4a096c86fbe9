#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json of heldout12 from the hand-written sources in src/.

Each src/dNNN.py defines:
  DOC, YEAR, YEAR_EVIDENCE, STYLE ("pdf" or "web"), SEED
  HEAD, TAIL            lines printed before / after the articles (masthead, footer ...)
  ARTICLES              list of dicts: title, main_zone, byline, paras, first_words,
                        doubled (headline printed with every character doubled),
                        inserts [(anchor, [lines])] -> lines inserted right after anchor
                        (captions, 专栏 box, column break), pre/post extra lines
  SPACED_WORDS          words whose characters get spaced out once ("高 新 区")
  SPACED_NUMBERS        number strings that get a space inside once ("3 2.5")
  ZONES, ENTS, PROJ, PLAT, STATS   '|'-separated tables, one entity per line
The layout noise (hard wraps, spaces, captions) is deterministic (random.Random(SEED)).
"""
import importlib.util, json, os, random, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def table(text, n):
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = [c.strip() for c in line.split("|")]
        if len(f) != n:
            sys.exit("bad row (%d fields, want %d): %s" % (len(f), n, line))
        rows.append(f)
    return rows


def aliases(x):
    x = x.strip()
    return [] if x in ("", "-") else [a.strip() for a in x.split(";") if a.strip()]


def gold_of(m):
    g = {"doc": m.DOC + ".txt", "doc_year": m.YEAR, "doc_year_evidence": m.YEAR_EVIDENCE,
         "articles": [{"title": a["title"], "main_zone": a["main_zone"], "first_words": a["first_words"]}
                      for a in m.ARTICLES]}
    g["zones"] = [{"name": n, "aliases": aliases(al), "city": c, "province": p}
                  for n, al, c, p in table(m.ZONES, 4)]
    g["enterprises"] = [{"name": n, "aliases": aliases(al), "zone": nul(z)} for n, al, z in table(m.ENTS, 3)]
    g["projects"] = [{"name": n, "aliases": aliases(al), "zone": nul(z), "enterprise": nul(e), "status": nul(s)}
                     for n, al, z, e, s in table(m.PROJ, 5)]
    g["platforms"] = [{"name": n, "aliases": aliases(al), "zone": nul(z)} for n, al, z in table(m.PLAT, 3)]
    stats = []
    prev_subj = prev_per = None
    for subj, ind, val, unit, approx, per, kind, comp, ev in table(m.STATS, 9):
        # an empty subject or period repeats the previous row's; "-" is null
        subj = prev_subj if subj == "" else subj
        per = prev_per if per == "" else nul(per)
        prev_subj, prev_per = subj, per
        v = float(val)
        v = int(v) if v.is_integer() and "." not in val else v
        stats.append({"subject": subj, "indicator": ind, "value": v, "unit": unit,
                      "approx": nul(approx), "period": per, "kind": kind,
                      "compared_to": nul(comp), "evidence": ev})
    g["statistics"] = stats
    return g


# ------------------------------------------------------------------ layout noise
def space_out(text, pending, rng):
    """Space out the first occurrence in this paragraph of each still pending word/number."""
    for w in list(pending):
        i = text.find(w)
        if i < 0:
            continue
        pending.remove(w)
        if pending_kind[w] == "word":
            sp = " ".join(w)
        else:
            k = rng.randint(1, len(w) - 1)
            sp = w[:k] + " " + w[k:]
        text = text[:i] + sp + text[i + len(w):]
    return text


pending_kind = {}


def wrap(text, rng, lo=30, hi=40):
    out = []
    while len(text) > hi:
        k = rng.randint(lo, hi)
        out.append(text[:k])
        text = text[k:]
    if text:
        out.append(text)
    return out


def dbl(s):
    return "".join(c + c for c in s)


def render(m):
    rng = random.Random(m.SEED)
    pdf = m.STYLE == "pdf"
    pending = []
    for w in getattr(m, "SPACED_WORDS", []):
        pending.append(w); pending_kind[w] = "word"
    for w in getattr(m, "SPACED_NUMBERS", []):
        pending.append(w); pending_kind[w] = "num"
    lines = list(m.HEAD)
    for a in m.ARTICLES:
        lines += a.get("pre", [])
        if pdf and a.get("doubled"):
            lines.append(dbl(a["title"]))
        else:
            lines.append(a["title"])
        lines += a.get("subtitle", [])
        if a.get("byline_line"):
            lines.append(a["byline_line"])
        body = "\n\n".join(a["paras"])
        # inserts: split body after the anchor and put the lines in between
        marks = []
        for anchor, ins in a.get("inserts", []):
            i = body.find(anchor)
            if i < 0:
                sys.exit("%s: anchor not found: %s" % (m.DOC, anchor))
            marks.append((i + len(anchor), ins))
        marks.sort()
        pieces, last = [], 0
        for pos, ins in marks:
            pieces.append(("txt", body[last:pos]))
            pieces.append(("ins", ins))
            last = pos
        pieces.append(("txt", body[last:]))
        if a.get("byline"):
            pieces[0] = ("txt", a["byline"] + pieces[0][1])
        for kind, x in pieces:
            if kind == "ins":
                if pdf:
                    for l in x:
                        lines += wrap(l, rng, 26, 34) if len(l) > 34 else [l]
                else:
                    lines += x
                continue
            for para in x.split("\n\n"):
                if not para:
                    continue
                if pdf:
                    para = space_out(para, pending, rng)
                    lines += wrap(para, rng)
                else:
                    lines.append("　　" + para)
        lines += a.get("post", [])
    lines += list(m.TAIL)
    text = "\n".join(lines) + "\n"
    if pending:
        sys.exit("%s: spaced words/numbers not found: %s" % (m.DOC, pending))
    return text


def main():
    src = os.path.join(HERE, "src")
    for f in sorted(os.listdir(src)):
        if not re.match(r"d\d{3}\.py$", f):
            continue
        m = load(os.path.join(src, f))
        text = render(m)
        with open(os.path.join(HERE, "texts", m.DOC + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(HERE, "gold", m.DOC + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(m), h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%s  han=%d" % (m.DOC, han))


if __name__ == "__main__":
    main()
