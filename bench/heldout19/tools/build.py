#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):
  DOC: 001_slug            STYLE: pdf|web         YEAR: 2024      YEAR_EV: quote
  ZONE: name | alias;alias | city | province
  ENT:  name | aliases | zone
  PROJ: name | aliases | zone | enterprise | status
  PLAT: name | aliases | zone
  ART:  title | main_zone | first_words
  REGION: 河北省            (a non-entity subject allowed for comparison figures)
  TEXT:                      everything below is the body
    ~ line                   layout noise kept verbatim (masthead, date line, footer ...)
    ^^ headline              the one headline printed with every character doubled
    ## headline              an ordinary headline line
    @@ caption               image caption, inserted inside the next paragraph
    %P period                default period for the following statistics
    > subj|indicator|value|unit|period|kind|approx|compared_to|evidence
                             a statistic (empty subject = previous one, empty period =
                             current %P, '-' = null)
    other lines              paragraphs
Empty fields and '-' are null; aliases are ';'-separated.
The annotations are hand-written; this script only lays the text out (adding the PDF
noise deterministically) and serialises the gold JSON.
"""
import json, os, random, re, sys
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nul(s):
    s = (s or "").strip()
    return None if s in ("", "-") else s


def aliases(s):
    s = nul(s)
    return [a.strip() for a in s.split(";") if a.strip()] if s else []


def parse(path):
    meta = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "articles": [],
            "regions": [], "body": [], "stats": []}
    in_text = False
    period = None
    last_subj = None
    para_idx = -1
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not in_text:
            if not line.strip() or line.startswith("//"):
                continue
            key, _, val = line.partition(":")
            key = key.strip()
            f = [x.strip() for x in val.split("|")]
            if key == "TEXT":
                in_text = True
            elif key == "DOC":
                meta["doc"] = val.strip()
            elif key == "STYLE":
                meta["style"] = val.strip()
            elif key == "YEAR":
                meta["year"] = int(val.strip())
            elif key == "YEAR_EV":
                meta["year_ev"] = val.strip()
            elif key == "SEED":
                meta["seed"] = int(val.strip())
            elif key == "ZONE":
                meta["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nul(f[2]), "province": nul(f[3])})
            elif key == "ENT":
                meta["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
            elif key == "PROJ":
                meta["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2]),
                                         "enterprise": nul(f[3]), "status": nul(f[4])})
            elif key == "PLAT":
                meta["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nul(f[2])})
            elif key == "ART":
                meta["articles"].append({"title": f[0], "main_zone": nul(f[1]), "first_words": f[2]})
            elif key == "REGION":
                meta["regions"].append(val.strip())
            else:
                raise SystemExit("%s: unknown header line %r" % (path, line))
            continue
        if not line.strip():
            continue
        if line.startswith("%P"):
            period = nul(line[2:])
            continue
        if line.startswith(">"):
            f = [x.strip() for x in line[1:].split("|")]
            if len(f) != 9:
                raise SystemExit("%s: stat needs 9 fields: %r" % (path, line))
            subj = f[0] or last_subj
            last_subj = subj
            v = f[2]
            if "/" in v:
                value = round(float(Fraction(v)), 6)
            else:
                value = float(v)
                if value == int(value) and "." not in v:
                    value = int(value)
            per = period if f[4] == "" else nul(f[4])
            meta["stats"].append({"subject": subj, "indicator": f[1], "value": value, "unit": f[3],
                                  "approx": nul(f[6]), "period": per, "kind": f[5],
                                  "compared_to": nul(f[7]), "evidence": f[8], "_para": para_idx})
            continue
        if line.startswith("~"):
            meta["body"].append(("noise", line[1:].strip()))
        elif line.startswith("^^"):
            meta["body"].append(("dhead", line[2:].strip()))
        elif line.startswith("##"):
            meta["body"].append(("head", line[2:].strip()))
        elif line.startswith("@@"):
            meta["body"].append(("cap", line[2:].strip()))
        else:
            meta["body"].append(("para", line.strip()))
            para_idx += 1
    return meta


HAN = re.compile(r"[\u4e00-\u9fff]")


def protected(text, meta):
    """Character positions that a caption must not split (evidence, names)."""
    bad = set()
    words = [s["evidence"] for s in meta["stats"]]
    for k in ("zones", "enterprises", "projects", "platforms"):
        for e in meta[k]:
            words.append(e["name"])
            words += e["aliases"]
    for w in words:
        start = 0
        while True:
            i = text.find(w, start)
            if i < 0:
                break
            bad.update(range(i + 1, i + len(w)))
            start = i + 1
    return bad


def space_noise(text, rng, numbers=True):
    """Spaces inside a zone word and inside a number (PDF extraction noise)."""
    for w in ("高新区", "经开区", "开发区", "综保区"):
        if w in text and rng.random() < 0.45:
            text = text.replace(w, " ".join(w), 1)
            break
    if numbers:
        nums = [m for m in re.finditer(r"\d{2,}(?:\.\d+)?", text)]
        if nums and rng.random() < 0.6:
            m = rng.choice(nums)
            cut = m.start() + 1
            text = text[:cut] + " " + text[cut:]
    if rng.random() < 0.35:
        pos = [i for i in range(1, len(text)) if HAN.match(text[i - 1]) and HAN.match(text[i])]
        if pos:
            i = rng.choice(pos)
            text = text[:i] + " " + text[i:]
    return text


def wrap(text, rng):
    out, i = [], 0
    while i < len(text):
        n = rng.randint(30, 40)
        out.append(text[i:i + n])
        i += n
    return out


def render(meta):
    rng = random.Random(meta.get("seed", 19))
    pdf = meta["style"] == "pdf"
    lines = []
    pending_cap = None
    for kind, t in meta["body"]:
        if kind == "noise":
            lines.append(t)
        elif kind == "dhead":
            lines.append("".join(c * 2 for c in t))
        elif kind == "head":
            lines.append(t)
        elif kind == "cap":
            pending_cap = t
        else:
            if pending_cap:
                bad = protected(t, meta)
                lo, hi = int(len(t) * 0.25), int(len(t) * 0.8)
                cands = [i for i in range(lo, hi) if i not in bad and HAN.match(t[i - 1]) and HAN.match(t[i])]
                if not cands:
                    cands = [i for i in range(int(len(t) * 0.1), int(len(t) * 0.9)) if i not in bad]
                if not cands:
                    raise SystemExit("%s: no place for caption in %r" % (meta["doc"], t[:30]))
                cut = rng.choice(cands)
                parts = [t[:cut], t[cut:]]
            else:
                parts = [t]
            for j, p in enumerate(parts):
                if pdf:
                    lines += wrap(space_noise(p, rng), rng)
                else:
                    lines.append(p if j == 0 or not pending_cap else p)
                if j == 0 and len(parts) == 2:
                    lines.append(pending_cap)
            if not pdf and len(parts) == 2:
                # on a web page a caption is a separate block; keep the cut paragraph as two blocks
                pass
            pending_cap = None
    return "\n".join(lines) + "\n"


def gold_of(meta):
    stats = []
    for s in meta["stats"]:
        s = dict(s)
        s.pop("_para", None)
        stats.append(s)
    return {
        "doc": meta["doc"] + ".txt",
        "doc_year": meta.get("year"),
        "doc_year_evidence": meta.get("year_ev"),
        "articles": meta["articles"],
        "zones": meta["zones"],
        "enterprises": meta["enterprises"],
        "projects": meta["projects"],
        "platforms": meta["platforms"],
        "statistics": stats,
    }


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        meta = parse(os.path.join(ROOT, "src", f))
        text = render(meta)
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        g = gold_of(meta)
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("%-40s han=%4d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            meta["doc"], len(HAN.findall(text)), len(g["zones"]), len(g["enterprises"]),
            len(g["projects"]), len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    main()
