#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources src/NNN_*.py.

Each source module defines DOC, FORM ("pdf" or "web"), SEED, YEAR, YEAR_EV, TEXT
(marked-up clean text), ARTICLES, Z, E, P, PL, S (annotation tuples).  For "pdf"
sources the clean text is turned into PDF-extraction-like text deterministically
(seeded): short lines, blank lines, spaces inside words and numbers, doubled
headline, repeated headline, inline caption.  Noise is whitespace only, except the
doubled headline, so evidence quotes match after the scorer's normalisation.

Markup (pdf sources), one item per line:
  !RAW text     printed as is (masthead, date line, byline, fragment lines)
  !H  text      headline on one line
  !HD text      headline doubled character by character
  !H2 text      headline printed twice
  [[caption]]   inside a paragraph: caption on its own line, cutting the sentence
  other lines   paragraphs, wrapped to 12-22 characters
"""
import glob, importlib.util, json, os, random, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NUM = re.compile(r"\d+(?:\.\d+)?")


def noisy(par, rng):
    # spaces inside some numbers
    def spaced(m):
        s = m.group(0)
        if len(s) >= 3 and rng.random() < 0.35:
            return " ".join(s)
        return s
    par = NUM.sub(spaced, par)
    out = []
    for i, c in enumerate(par):
        out.append(c)
        if "\u4e00" <= c <= "\u9fff" and i + 1 < len(par) and "\u4e00" <= par[i + 1] <= "\u9fff" \
                and rng.random() < 0.03:
            out.append(" ")
    return "".join(out)


def wrap(par, rng):
    lines, cur, n = [], "", 0
    width = rng.randint(12, 22)
    for c in par:
        cur += c
        if not c.isspace():
            n += 1
        if n >= width:
            lines.append(cur.strip())
            cur, n, width = "", 0, rng.randint(12, 22)
    if cur.strip():
        lines.append(cur.strip())
    out = []
    for ln in lines:
        out.append(ln)
        if rng.random() < 0.3:
            out.append("")
    return out


def pdfify(text, rng):
    out = []
    for line in text.strip("\n").split("\n"):
        line = line.rstrip()
        if not line:
            out.append("")
        elif line.startswith("!RAW"):
            out.append(line[4:].strip())
        elif line.startswith("!HD"):
            t = line[3:].strip()
            out += ["", "".join(c * 2 for c in t), ""]
        elif line.startswith("!H2"):
            t = line[3:].strip()
            out += ["", t, "", t, ""]
        elif line.startswith("!H"):
            out += ["", line[2:].strip(), ""]
        else:
            parts = re.split(r"\[\[(.*?)\]\]", line)
            for k, part in enumerate(parts):
                if k % 2:
                    out += ["", part, ""]
                elif part.strip():
                    out += wrap(noisy("\u3000\u3000" + part.strip() if k == 0 else part.strip(), rng), rng)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def webify(text):
    return "\n".join(l.rstrip() for l in text.strip("\n").split("\n")) + "\n"


def gold_of(m):
    z = [{"name": n, "aliases": a, "city": c, "province": p} for n, a, c, p in m.Z]
    e = [{"name": n, "aliases": a, "zone": zz} for n, a, zz in m.E]
    p = [{"name": n, "aliases": a, "zone": zz, "enterprise": en, "status": st} for n, a, zz, en, st in m.P]
    pl = [{"name": n, "aliases": a, "zone": zz} for n, a, zz in m.PL]
    s = [{"subject": su, "indicator": ind, "value": v, "unit": u, "approx": ap, "period": pe,
          "kind": k, "compared_to": ct, "evidence": ev}
         for su, ind, v, u, ap, pe, k, ct, ev in m.S]
    arts = [{"title": t, "main_zone": mz, "first_words": fw} for t, mz, fw in m.ARTICLES]
    return {"doc": m.DOC + ".txt", "doc_year": m.YEAR, "doc_year_evidence": m.YEAR_EV,
            "articles": arts, "zones": z, "enterprises": e, "projects": p, "platforms": pl,
            "statistics": s}


def main():
    for f in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location("src_doc", f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        if m.FORM == "pdf":
            txt = pdfify(m.TEXT, random.Random(m.SEED))
        else:
            txt = webify(m.TEXT)
        with open(os.path.join(ROOT, "texts", m.DOC + ".txt"), "w", encoding="utf-8") as h:
            h.write(txt)
        with open(os.path.join(ROOT, "gold", m.DOC + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(m), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", m.DOC)


if __name__ == "__main__":
    main()
