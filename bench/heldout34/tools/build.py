#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src.

Source format (one file per document, UTF-8):
  #DOC <file stem>              e.g. 001_hefei_auto
  #STYLE web|pdf
  #SEED <int>                   seed for the deterministic layout noise (pdf only)
  #YEAR <year> | <evidence>
  #REGION <name>                a region allowed as statistic subject (全国, 湖北省 ...)
  #ART <title> | <main_zone> | <first_words>
  #ZONE <name> | <alias;alias> | <city> | <province>
  #ENT  <name> | <aliases> | <zone or ->
  #PROJ <name> | <aliases> | <zone or -> | <enterprise or -> | <status or ->
  #PLAT <name> | <aliases> | <zone or ->
  #SUBJ <default subject>       used when a statistic's subject field is empty
  #PER  <default period>        used when a statistic's period field is empty ("-" = null)
  @ subject|indicator|value|unit|period|kind|approx|compared_to|evidence
        empty subject/period -> defaults above; "-" -> null; empty approx/cmp -> null
  !H <headline>                 pdf: every character doubled (layout noise)
  !T <title>                    plain title line
  !R <raw line>                 masthead / header / footer / editor line, kept as is
  other lines                   body text; a blank line ends a paragraph;
                                {{caption}} inside a paragraph cuts it with a caption line.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nz(x):
    x = x.strip()
    return None if x in ("", "-") else x


def parse(path):
    meta = {"regions": [], "arts": [], "zones": [], "ents": [], "projs": [], "plats": [], "stats": []}
    subj, per = None, None
    blocks = []          # ("para", text) | ("H", t) | ("T", t) | ("R", t) | ("blank",)
    para = []

    def flush():
        if para:
            blocks.append(("para", "".join(para)))
            para.clear()

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            key, _, rest = line[1:].partition(" ")
            f = [x.strip() for x in rest.split("|")]
            if key == "DOC": meta["doc"] = rest.strip()
            elif key == "STYLE": meta["style"] = rest.strip()
            elif key == "SEED": meta["seed"] = int(rest)
            elif key == "YEAR": meta["year"] = (int(f[0]), f[1])
            elif key == "REGION": meta["regions"].append(rest.strip())
            elif key == "ART": meta["arts"].append({"title": f[0], "main_zone": nz(f[1]), "first_words": f[2]})
            elif key == "ZONE":
                meta["zones"].append({"name": f[0], "aliases": [a for a in f[1].split(";") if a.strip()],
                                      "city": f[2], "province": f[3]})
            elif key == "ENT":
                meta["ents"].append({"name": f[0], "aliases": [a for a in f[1].split(";") if a.strip()], "zone": nz(f[2])})
            elif key == "PROJ":
                meta["projs"].append({"name": f[0], "aliases": [a for a in f[1].split(";") if a.strip()],
                                      "zone": nz(f[2]), "enterprise": nz(f[3]), "status": nz(f[4])})
            elif key == "PLAT":
                meta["plats"].append({"name": f[0], "aliases": [a for a in f[1].split(";") if a.strip()], "zone": nz(f[2])})
            elif key == "SUBJ": subj = rest.strip()
            elif key == "PER": per = nz(rest)
            else: sys.exit("%s: unknown directive %s" % (path, key))
            continue
        if line.startswith("@"):
            f = [x.strip() for x in line[1:].split("|")]
            if len(f) != 9:
                sys.exit("%s: bad stat line (%d fields): %s" % (path, len(f), line))
            v = float(f[2])
            if v == int(v) and "." not in f[2]:
                v = int(v)
            meta["stats"].append({
                "subject": f[0] or subj, "indicator": f[1], "value": v, "unit": f[3],
                "approx": nz(f[6]), "period": (per if f[4] == "" else nz(f[4])), "kind": f[5],
                "compared_to": nz(f[7]), "evidence": f[8]})
            continue
        if line.startswith("!"):
            flush()
            blocks.append((line[1], line[3:]))
            continue
        if not line.strip():
            flush()
            blocks.append(("blank",))
            continue
        para.append(line.strip())
    flush()
    return meta, blocks


def double(s):
    return "".join(c + c if not c.isspace() else c for c in s)


def space_noise(rng, text, n):
    """Insert n spaces inside words or numbers (never at a caption boundary)."""
    chars = list(text)
    cands = [i for i in range(1, len(chars)) if
             (chars[i - 1].isdigit() and (chars[i].isdigit() or chars[i] == ".")) or
             ("\u4e00" <= chars[i - 1] <= "\u9fff" and "\u4e00" <= chars[i] <= "\u9fff")]
    digit_c = [i for i in cands if chars[i - 1].isdigit()]
    picks = set(rng.sample(digit_c, min(len(digit_c), max(1, n // 2))) if digit_c else [])
    picks |= set(rng.sample(cands, min(len(cands), n - len(picks))))
    for i in sorted(picks, reverse=True):
        chars.insert(i, " ")
    return "".join(chars)


def wrap(rng, text):
    out, i = [], 0
    while i < len(text):
        w = rng.randint(30, 40)
        out.append(text[i:i + w])
        i += w
    return out


def render(meta, blocks):
    pdf = meta.get("style") == "pdf"
    rng = random.Random(meta.get("seed", 1))
    out = []
    for b in blocks:
        if b[0] == "blank":
            if not pdf:
                out.append("")
            continue
        if b[0] == "H":
            out.append(double(b[1]) if pdf else b[1])
            continue
        if b[0] in "TR":
            out.append(b[1])
            continue
        text = b[1]
        pieces = re.split(r"\{\{(.*?)\}\}", text)
        for k, piece in enumerate(pieces):
            if k % 2 == 1:                       # caption
                out.append(piece)
                continue
            if not piece:
                continue
            if pdf:
                piece = space_noise(rng, piece, rng.randint(1, 3))
                out.extend(wrap(rng, piece))
            else:
                out.append(piece)
    s = "\n".join(out)
    s = re.sub(r"\n{3,}", "\n\n", s).strip("\n") + "\n"
    return s


def gold_of(meta):
    return {
        "doc": meta["doc"] + ".txt",
        "doc_year": meta["year"][0] if meta.get("year") else None,
        "doc_year_evidence": meta["year"][1] if meta.get("year") else None,
        "articles": meta["arts"],
        "zones": meta["zones"],
        "enterprises": meta["ents"],
        "projects": meta["projs"],
        "platforms": meta["plats"],
        "statistics": meta["stats"],
    }


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta, blocks = parse(os.path.join(ROOT, "src", f))
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(render(meta, blocks))
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(meta), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", meta["doc"], len(meta["stats"]), "statistics")


if __name__ == "__main__":
    main()
