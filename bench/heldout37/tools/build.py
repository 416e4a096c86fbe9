#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.py.

Each src/NNN_slug.py defines DOC, STYLE, PDF (bool), SEED, DOC_YEAR, DOC_YEAR_EVIDENCE,
ARTICLES, ZONES, ENTS, PROJS, PLATS, STATS, REGIONS and TEXT.
TEXT markup (PDF-like documents only):
  '#H ' line  -> headline, every character doubled
  '#R ' line  -> raw line (masthead, page header/footer, 责任编辑), not wrapped
  '{{...}}'   -> image caption cutting the paragraph: put on its own line(s)
  other lines -> paragraphs: random spaces inserted into some zone words / numbers,
                 then hard-wrapped every 30-40 characters (cuts words and numbers)
Web documents are written as they are (TEXT copied verbatim).
"""
import glob, importlib.util, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m

def spacer(s, rnd):
    def zw(mt):
        return " ".join(mt.group(0)) if rnd.random() < 0.3 else mt.group(0)
    s = re.sub(r"高新区|经开区|新区|示范区|开发区|综保区", zw, s)
    def num(mt):
        t = mt.group(0)
        if len(t) >= 3 and rnd.random() < 0.2:
            k = rnd.randint(1, len(t) - 1)
            return t[:k] + " " + t[k:]
        return t
    return re.sub(r"\d[\d.]*\d", num, s)

def wrap(s, rnd):
    out, i = [], 0
    while i < len(s):
        w = rnd.randint(30, 40)
        out.append(s[i:i + w]); i += w
    return out

def render_pdf(text, rnd):
    lines = []
    for raw in text.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("#H "):
            lines.append("".join(c if c == " " else c * 2 for c in raw[3:]))
        elif raw.startswith("#R "):
            lines.append(raw[3:])
        else:
            parts = re.split(r"(\{\{.*?\}\})", raw)
            for p in parts:
                if not p:
                    continue
                if p.startswith("{{"):
                    lines.extend(wrap(p[2:-2], rnd))
                else:
                    lines.extend(wrap(spacer(p, rnd), rnd))
    return "\n".join(lines) + "\n"

def gold_of(m):
    def ent(t, keys):
        return [dict(zip(keys, x)) for x in t]
    stats = []
    for s in m.STATS:
        subj, ind, val, unit, per, kind, approx, cmp_, ev = s
        stats.append({"subject": subj, "indicator": ind, "value": val, "unit": unit,
                      "approx": approx, "period": per, "kind": kind, "compared_to": cmp_,
                      "evidence": ev})
    return {
        "doc": m.DOC + ".txt",
        "doc_year": m.DOC_YEAR,
        "doc_year_evidence": m.DOC_YEAR_EVIDENCE,
        "articles": [dict(zip(["title", "main_zone", "first_words"], a)) for a in m.ARTICLES],
        "zones": [{"name": z[0], "aliases": list(z[1]), "city": z[2], "province": z[3]} for z in m.ZONES],
        "enterprises": [{"name": e[0], "aliases": list(e[1]), "zone": e[2]} for e in m.ENTS],
        "projects": [{"name": p[0], "aliases": list(p[1]), "zone": p[2], "enterprise": p[3], "status": p[4]} for p in m.PROJS],
        "platforms": [{"name": p[0], "aliases": list(p[1]), "zone": p[2]} for p in m.PLATS],
        "statistics": stats,
    }

def main():
    only = sys.argv[1:]
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "*.py"))):
        m = load(path)
        if only and not any(o in m.DOC for o in only):
            continue
        rnd = random.Random(m.SEED)
        text = render_pdf(m.TEXT, rnd) if m.PDF else m.TEXT.strip("\n") + "\n"
        with open(os.path.join(ROOT, "texts", m.DOC + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", m.DOC + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(m), h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-28s han=%4d zones=%2d ents=%2d projs=%2d plats=%2d stats=%3d" % (
            m.DOC, han, len(m.ZONES), len(m.ENTS), len(m.PROJS), len(m.PLATS), len(m.STATS)))

if __name__ == "__main__":
    main()
