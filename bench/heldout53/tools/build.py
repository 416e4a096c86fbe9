#!/usr/bin/env python3
"""Build the held-out set: src/NNN_slug.src -> texts/NNN_slug.txt + gold/NNN_slug.json.

Deterministic (noise comes from random.Random seeded with the file name).
  build.py          write texts/ and gold/
  build.py --check  rebuild in memory and fail if texts/ or gold/ differ from the files on disk

Source format (one item per line, '#' lines in the GOLD part are comments):
  @style paper|transcript|bulletin|brochure|web|wechat|notice
  @year 2024
  @year_evidence <quote>
  ---TEXT
  !F <furniture line>          page furniture, printed as is
  !H <headline>                headline, printed once
  !D <headline>                headline printed with every character doubled
  !C <caption>                 image caption on its own line
  !R name|unit|value|growth    bulletin table row (columns joined by runs of spaces)
  !B <line>                    line printed as is, no noise (bullets, list items, speakers)
  <paragraph>                  body paragraph; noisy rendering; {{CAP:...}} cuts it with a caption
  ---GOLD
  A title | main_zone | first_words
  Z name | alias;alias | city | province
  E name | aliases | zone
  P name | aliases | zone | enterprise | status
  L name | aliases | zone                         (platform)
  S subject | indicator | value+unit | approx | period | kind | compared_to | evidence
    '-' = null, '^' in subject/period = same as the previous S line.
"""
import json, os, random, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate({ord(c): None for c in QUOTES})


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


# ------------------------------------------------------------------ noise
def space_numbers(s, rng, p):
    """'1300' -> '1 300' (thousands gap) and '12.5' -> '12. 5' now and then."""
    def rep(m):
        t = m.group(0)
        if "." not in t and len(t) >= 4 and not (len(t) == 4 and t.startswith("20")) and rng.random() < p:
            return t[:-3] + " " + t[-3:]
        if "." in t and rng.random() < p / 3:
            i = t.index(".")
            return t[:i + 1] + " " + t[i + 1:]
        return t
    return re.sub(r"\d+(?:\.\d+)?", rep, s)


def space_chars(s, rng, p):
    """Spaces between Han characters in some stretches ('作 为 济 南 市')."""
    out, i, n = [], 0, len(s)
    while i < n:
        if rng.random() < p and is_han(s[i]):
            k = rng.randint(4, 12)
            seg = s[i:i + k]
            out.append(" ".join(seg) + " ")
            i += k
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def wrap(s, width):
    lines, cur = [], ""
    for c in s:
        cur += c
        if len(cur) >= width:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return "\n".join(lines)


STYLE = {  # number-space prob, char-space prob, wrap width (None = no wrap)
    "paper": (0.5, 0.015, (17, 23)),
    "transcript": (0.3, 0.006, (30, 38)),
    "bulletin": (0.3, 0.004, (34, 40)),
    "brochure": (0.4, 0.008, (24, 30)),
    "web": (0.2, 0.004, None),
    "wechat": (0.2, 0.003, None),
    "notice": (0.3, 0.005, (36, 42)),
}


def render_para(p, style, rng):
    pn, pc, w = STYLE[style]
    parts = re.split(r"\{\{CAP:(.*?)\}\}", p)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append("\n" + part + "\n")
            continue
        t = space_numbers(part, rng, pn)
        t = space_chars(t, rng, pc)
        assert norm(t) == norm(part), part
        if w:
            t = wrap(t, rng.randint(*w))
        out.append(t)
    return "".join(out).strip("\n")


def render_text(lines, style, rng):
    out = []
    for ln in lines:
        if not ln.strip():
            continue
        if ln.startswith("!F "):
            out.append(ln[3:])
        elif ln.startswith("!H "):
            out.append("\n" + ln[3:])
        elif ln.startswith("!D "):
            out.append("\n" + "".join(c * 2 if not c.isspace() else c for c in ln[3:]))
        elif ln.startswith("!C "):
            out.append(ln[3:])
        elif ln.startswith("!B "):
            out.append(ln[3:])
        elif ln.startswith("!R "):
            cols = [c.strip() for c in ln[3:].split("|")]
            name = cols[0]
            pad = max(2, 26 - 2 * len(name)) + rng.randint(0, 3)
            row = name + " " * pad + ("  ".join(x.rjust(8) for x in cols[1:]))
            out.append(row)
        else:
            out.append(render_para(ln, style, rng))
    return "\n".join(out).strip() + "\n"


# ------------------------------------------------------------------ gold
def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x


def aliases(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def parse_value(v):
    v = v.strip()
    m = re.match(r"^(\d+)/(\d+)$", v)
    if m:
        return round(int(m.group(1)) / int(m.group(2)), 6), "fraction"
    m = re.match(r"^(-?\d+(?:\.\d+)?)\s*(\S+)$", v)
    if not m:
        raise ValueError("bad value: %r" % v)
    num = float(m.group(1))
    if num == int(num) and "." not in m.group(1):
        num = int(num)
    return num, m.group(2)


def parse(path):
    name = os.path.basename(path)[:-4]
    meta, text, gold = {}, [], []
    part = None
    with open(path, encoding="utf-8") as h:
        for ln in h.read().splitlines():
            if ln.startswith("---TEXT"):
                part = "t"
                continue
            if ln.startswith("---GOLD"):
                part = "g"
                continue
            if part is None:
                if ln.startswith("@"):
                    k, _, v = ln[1:].partition(" ")
                    meta[k] = v.strip()
            elif part == "t":
                text.append(ln)
            elif ln.strip() and not ln.startswith("#"):
                gold.append(ln)
    g = {"doc": name + ".txt", "doc_year": int(meta["year"]) if meta.get("year") else None,
         "doc_year_evidence": meta.get("year_evidence"), "articles": [], "zones": [],
         "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    prev_subj = prev_per = None
    for ln in gold:
        t, _, rest = ln.partition(" ")
        f = [x.strip() for x in rest.split("|")]
        if t == "A":
            g["articles"].append({"title": f[0], "main_zone": nul(f[1]), "first_words": f[2]})
        elif t == "Z":
            g["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nul(f[2]), "province": nul(f[3])})
        elif t == "E":
            g["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
        elif t == "P":
            g["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2]),
                                  "enterprise": nul(f[3]), "status": nul(f[4])})
        elif t == "L":
            g["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
        elif t == "S":
            if len(f) != 8:
                raise ValueError("%s: S line needs 8 fields: %s" % (name, ln))
            subj = prev_subj if f[0] == "^" else f[0]
            per = prev_per if f[4] == "^" else nul(f[4])
            val, unit = parse_value(f[2])
            g["statistics"].append({"subject": subj, "indicator": f[1], "value": val, "unit": unit,
                                    "approx": nul(f[3]), "period": per, "kind": f[5],
                                    "compared_to": nul(f[6]), "evidence": f[7]})
            prev_subj, prev_per = subj, per
        else:
            raise ValueError("%s: unknown gold line %r" % (name, ln))
    rng = random.Random(name)
    txt = render_text(text, meta.get("style", "paper"), rng)
    return name, txt, json.dumps(g, ensure_ascii=False, indent=2) + "\n"


def main():
    check = "--check" in sys.argv[1:]
    srcdir = os.path.join(ROOT, "src")
    bad = 0
    for f in sorted(os.listdir(srcdir)):
        if not f.endswith(".src"):
            continue
        name, txt, gj = parse(os.path.join(srcdir, f))
        for sub, content, ext in (("texts", txt, ".txt"), ("gold", gj, ".json")):
            p = os.path.join(ROOT, sub, name + ext)
            if check:
                old = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if old != content:
                    print("DIFFERS:", p)
                    bad += 1
            else:
                with open(p, "w", encoding="utf-8") as h:
                    h.write(content)
        han = sum(1 for c in txt if is_han(c))
        print("%-32s han=%d" % (name, han))
    if check:
        print("check:", "OK" if not bad else "%d file(s) differ" % bad)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
