#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format
  #DOC <stem>            file stem, e.g. 001_hunan_kaohe
  #STYLE web|pdf         pdf: paragraphs are hard-wrapped every 30-40 characters
  #SEED <int>            seed for the wrap positions and random spaces
  #TEXT                  document text follows, until #ANN
      !R <line>          raw line, kept as is (masthead, page header, footer)
      !D <line>          headline printed with every character doubled
      ||caption||        (inside a paragraph) image caption printed on its own
                         line(s), cutting the sentence in two
      ~abc~              (inside a paragraph) printed with a space between chars
      other lines        one paragraph each (web: kept as one line)
  #ANN                   hand annotation follows
      Y <year> | <evidence>
      A <title> | <main_zone> | <first_words>
      Z <name> | <city> | <province> | alias, alias
      E <name> | <zone or -> | alias, alias
      J <name> | <zone or -> | <enterprise or -> | <status or -> | alias, alias
      L <name> | <zone or -> | alias, alias
      @S <subject>           current subject for following statistics
      @P <period or ->       current period
      <indicator> ; <value><unit> ; <kind> ; <evidence> [; a=over|about|under]
                  [; c=<compared_to>] [; p=<period override>] [; s=<subject override>]
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def parse(path):
    meta, text, ann, mode = {}, [], [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("#DOC ") or line.startswith("#STYLE ") or line.startswith("#SEED "):
            k, v = line[1:].split(" ", 1)
            meta[k.lower()] = v.strip()
        elif line.strip() == "#TEXT":
            mode = "text"
        elif line.strip() == "#ANN":
            mode = "ann"
        elif mode == "text":
            text.append(line)
        elif mode == "ann":
            ann.append(line)
    return meta, text, ann


def spaced(m):
    return " ".join(m.group(1))


def wrap(par, rng, spaces):
    """Hard-wrap a paragraph every 30-40 characters; insert a few random spaces."""
    par = re.sub(r"~([^~]+)~", spaced, par)
    chars = list(par)
    for _ in range(spaces):
        if len(chars) > 10:
            i = rng.randrange(3, len(chars) - 3)
            if chars[i] != " " and chars[i - 1] != " ":
                chars.insert(i, " ")
    s = "".join(chars)
    out = []
    while len(s) > 40:
        n = rng.randint(30, 40)
        out.append(s[:n])
        s = s[n:]
    if s:
        out.append(s)
    return out


def render(meta, lines):
    rng = random.Random(int(meta.get("seed", 1)))
    pdf = meta.get("style") == "pdf"
    out = []
    for line in lines:
        if line.startswith("!R "):
            out.append(line[3:])
        elif line.startswith("!D "):
            out.append("".join(c * 2 for c in line[3:]))
        elif not line.strip():
            out.append("")
        elif pdf:
            parts = re.split(r"\|\|(.+?)\|\|", line)
            for i, p in enumerate(parts):
                if i % 2 == 1:  # caption
                    out.extend(wrap(p, rng, 0))
                elif p:
                    out.extend(wrap(p, rng, 1 if rng.random() < 0.5 else 0))
        else:
            out.append(re.sub(r"~([^~]+)~", spaced, line))
    return "\n".join(out).strip("\n") + "\n"


def names(s):
    return [a.strip() for a in re.split(r"[,，]", s or "") if a.strip()]


def opt(s):
    s = (s or "").strip()
    return None if s in ("", "-") else s


NUM = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)(.*)$")


def annotate(meta, ann):
    g = {"doc": meta["doc"] + ".txt", "doc_year": None, "doc_year_evidence": None, "articles": [],
         "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    subj = period = None
    for n, line in enumerate(ann, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            if line.startswith("@S "):
                subj = line[3:].strip()
            elif line.startswith("@P "):
                period = opt(line[3:])
            elif line[:2] in ("Y ", "A ", "Z ", "E ", "J ", "L "):
                t, f = line[0], [x.strip() for x in line[2:].split("|")]
                if t == "Y":
                    g["doc_year"], g["doc_year_evidence"] = int(f[0]), f[1]
                elif t == "A":
                    g["articles"].append({"title": f[0], "main_zone": opt(f[1]), "first_words": f[2]})
                elif t == "Z":
                    g["zones"].append({"name": f[0], "aliases": names(f[3] if len(f) > 3 else ""),
                                       "city": f[1], "province": f[2]})
                elif t == "E":
                    g["enterprises"].append({"name": f[0], "aliases": names(f[2] if len(f) > 2 else ""),
                                             "zone": opt(f[1])})
                elif t == "J":
                    g["projects"].append({"name": f[0], "aliases": names(f[4] if len(f) > 4 else ""),
                                          "zone": opt(f[1]), "enterprise": opt(f[2]), "status": opt(f[3])})
                elif t == "L":
                    g["platforms"].append({"name": f[0], "aliases": names(f[2] if len(f) > 2 else ""),
                                           "zone": opt(f[1])})
            else:
                f = [x.strip() for x in line.split(";")]
                ind, vu, kind, ev = f[:4]
                extra = dict(x.split("=", 1) for x in f[4:])
                m = NUM.match(vu)
                v = float(m.group(1))
                v = int(v) if v == int(v) and "." not in m.group(1) else v
                g["statistics"].append({
                    "subject": extra.get("s", subj), "indicator": ind, "value": v,
                    "unit": m.group(2).strip(), "approx": extra.get("a"),
                    "period": opt(extra["p"]) if "p" in extra else period,
                    "kind": kind, "compared_to": extra.get("c"), "evidence": ev})
        except Exception as e:
            sys.exit("%s: ann line %d: %r: %s" % (meta["doc"], n, line, e))
    return g


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta, text, ann = parse(os.path.join(ROOT, "src", f))
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(render(meta, text))
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(annotate(meta, ann), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", meta["doc"])


if __name__ == "__main__":
    main()
