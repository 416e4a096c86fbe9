#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the authoring sources in src/.

src/NNN_name.txt.in : the document text. First line "%%pdf" or "%%web".
                      For %%pdf documents every line longer than WRAP characters is
                      hard-wrapped (as text extracted from newspaper columns is).
src/NNN_name.ann    : the annotation in a compact line format:
  doc: <file name>            year: <year> | <evidence>
  A title | main_zone | first_words
  Z name | city | province [| alias; alias]
  E name | zone [| aliases]
  J name | zone | enterprise | status [| aliases]      (project)
  F name | zone [| aliases]                            (platform)
  @s subject      @p period ("-" = null)               (defaults for S lines)
  S indicator | [>~<]value unit | kind | evidence [| s=subject] [| p=period] [| c=compared_to]
    approx prefix: > over, ~ about, < under.  kind letters: a amount, c count, g growth,
    s share, r rank, d difference, t target, o other.  "1/7" as value gives unit fraction.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WRAP = 38
KINDS = {"a": "amount", "c": "count", "g": "growth", "s": "share", "r": "rank",
         "d": "difference", "t": "target", "o": "other"}
APPROX = {">": "over", "~": "about", "<": "under", "": None}

def nz(x):
    x = x.strip()
    return None if x in ("", "-", "null") else x

def nospace(s):
    return re.sub(r"\s+", "", s)

def build_text(src, dst):
    lines = open(src, encoding="utf-8").read().split("\n")
    mode, body = lines[0].strip(), lines[1:]
    out = []
    for ln in body:
        if mode == "%%pdf" and len(ln) > WRAP:
            while len(ln) > WRAP:
                out.append(ln[:WRAP]); ln = ln[WRAP:]
            out.append(ln)
        else:
            out.append(ln)
    with open(dst, "w", encoding="utf-8") as h:
        h.write("\n".join(out).rstrip("\n") + "\n")

def parse_value(spec):
    m = re.match(r"^([><~]?)\s*(-?\d+(?:\.\d+)?)(?:/(\d+))?\s*(.*)$", spec.strip())
    if not m:
        raise ValueError("bad value spec: %r" % spec)
    ap, num, den, unit = m.groups()
    if den:
        return APPROX[ap], round(float(num) / float(den), 6), "fraction"
    v = float(num) if "." in num else int(num)
    return APPROX[ap], v, unit.strip()

def build_gold(src):
    g = {"doc": None, "doc_year": None, "doc_year_evidence": None, "articles": [],
         "zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": []}
    subj, per = None, None
    for n, raw in enumerate(open(src, encoding="utf-8"), 1):
        ln = raw.rstrip("\n")
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        try:
            if ln.startswith("doc:"):
                g["doc"] = ln[4:].strip(); continue
            if ln.startswith("year:"):
                y, ev = [x.strip() for x in ln[5:].split("|", 1)]
                g["doc_year"] = int(y) if y not in ("", "-") else None
                g["doc_year_evidence"] = nospace(ev); continue
            if ln.startswith("@s "):
                subj = nz(ln[3:]); continue
            if ln.startswith("@p "):
                per = nz(ln[3:]); continue
            code, rest = ln.split(" ", 1)
            f = [x.strip() for x in rest.split(" | ")]
            al = lambda i: [nospace(a) for a in f[i].split(";") if a.strip()] if len(f) > i else []
            if code == "A":
                g["articles"].append({"title": f[0], "main_zone": nz(f[1]), "first_words": nospace(f[2])})
            elif code == "Z":
                g["zones"].append({"name": nospace(f[0]), "aliases": al(3), "city": f[1], "province": f[2]})
            elif code == "E":
                g["enterprises"].append({"name": nospace(f[0]), "aliases": al(2), "zone": nz(f[1])})
            elif code == "J":
                g["projects"].append({"name": nospace(f[0]), "aliases": al(4), "zone": nz(f[1]),
                                      "enterprise": nz(f[2]), "status": nz(f[3])})
            elif code == "F":
                g["platforms"].append({"name": nospace(f[0]), "aliases": al(2), "zone": nz(f[1])})
            elif code == "S":
                ind, vspec, kind, ev = f[0], f[1], f[2], f[3]
                opts = dict(x.split("=", 1) for x in f[4:])
                ap, v, unit = parse_value(vspec)
                if kind == "r" and not unit:
                    unit = "位"
                g["statistics"].append({
                    "subject": nospace(opts.get("s", subj) or "") or None, "indicator": nospace(ind), "value": v,
                    "unit": unit, "approx": ap,
                    "period": nz(opts["p"]) if "p" in opts else per,
                    "kind": KINDS[kind], "compared_to": nz(opts.get("c", "")),
                    "evidence": nospace(ev)})
            else:
                raise ValueError("unknown record code %r" % code)
        except Exception as e:
            sys.exit("%s:%d: %s\n  %s" % (src, n, e, ln))
    return g

def main():
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".ann"))
    for name in names:
        build_text(os.path.join(HERE, name + ".txt.in"), os.path.join(ROOT, "texts", name + ".txt"))
        g = build_gold(os.path.join(HERE, name + ".ann"))
        if g["doc"] != name + ".txt":
            sys.exit("%s: doc field %r does not match" % (name, g["doc"]))
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
            json.dump(g, h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", name, {k: len(g[k]) for k in ("zones", "enterprises", "projects", "platforms", "statistics")})

if __name__ == "__main__":
    main()
