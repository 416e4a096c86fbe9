#!/usr/bin/env python3
"""Build texts/ and gold/ from the hand-written specs in src/*.spec.

Spec sections: #META, #TEXT, #ARTICLES, #ZONES, #ENT, #PROJ, #PLAT, #STATS.
Fields are separated by ' | '; '-' means null / empty.
TEXT (style pdf): lines starting with '=' are printed verbatim (masthead, footer ...);
'!D ' lines are headlines printed with every character doubled; every other non-empty
line is a paragraph, hard-wrapped every 30-40 characters; '{{...}}' inside a paragraph
is an image caption that is printed on its own line where it stands (cutting the
sentence).  TEXT (style web): printed verbatim.
STATS: '@S name' sets the default subject, '@P period' the default period ('@P -' = null);
line = indicator | value | unit | kind | evidence [| a=over|about|under] [| c=compared_to]
[| s=subject] [| p=period].
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nz(x):
    x = x.strip()
    return None if x in ("-", "") else x


def parse(path):
    sec, data = None, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^#([A-Z]+)\s*$", line)
        if m:
            sec = m.group(1)
            data[sec] = []
            continue
        if sec is not None:
            data[sec].append(line)
    return data


def wrap_para(p, rng):
    """Hard line wraps every 30-40 characters; captions on their own lines."""
    out = []
    parts = re.split(r"(\{\{.*?\}\})", p)
    cur = ""
    lim = rng.randint(30, 40)
    for part in parts:
        if part.startswith("{{"):
            if cur:
                out.append(cur)
            cur = ""
            out.append(part[2:-2])
            lim = rng.randint(30, 40)
            continue
        for ch in part:
            cur += ch
            if len(cur) >= lim:
                out.append(cur)
                cur = ""
                lim = rng.randint(30, 40)
    if cur:
        out.append(cur)
    return out


def build_text(meta, lines):
    style = meta.get("style", "web")
    if style != "pdf":
        return "\n".join(lines).strip("\n") + "\n"
    rng = random.Random(int(meta.get("seed", "1")))
    out = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("="):
            out.append(line[1:])
        elif line.startswith("!D "):
            out.append("".join(c * 2 for c in line[3:].strip()))
        else:
            para = line.strip()
            n = int(meta.get("spaces", "0"))
            if n:  # stray spaces inside words and numbers, never inside captions
                chars = list(para)
                cand = [i for i in range(1, len(chars)) if chars[i - 1] not in "{}" and chars[i] not in "{}"]
                depth, ok = 0, []
                for i, c in enumerate(chars):
                    if c == "{":
                        depth += 1
                    elif c == "}":
                        depth -= 1
                    elif depth == 0 and i in set(cand) and re.match(r"[\u4e00-\u9fff0-9]", c) and re.match(r"[\u4e00-\u9fff0-9]", chars[i - 1]):
                        ok.append(i)
                picks = sorted(rng.sample(ok, min(len(ok), max(1, len(para) // n))), reverse=True)
                for i in picks:
                    chars.insert(i, " ")
                para = "".join(chars)
            out.extend(wrap_para(para, rng))
    return "\n".join(out) + "\n"


def rows(lines, n):
    res = []
    for line in lines:
        if not line.strip() or line.startswith("//"):
            continue
        f = [x.strip() for x in line.split(" | ")]
        f += ["-"] * (n - len(f))
        res.append(f)
    return res


def aliases(x):
    x = nz(x)
    return [a.strip() for a in x.split(";")] if x else []


NUMVAL = re.compile(r"^-?\d+(\.\d+)?$")


def build(spec):
    d = parse(spec)
    slug = os.path.splitext(os.path.basename(spec))[0]
    meta = {}
    for line in d["META"]:
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    text = build_text(meta, d["TEXT"])
    with open(os.path.join(ROOT, "texts", slug + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    g = {"doc": slug + ".txt",
         "doc_year": int(meta["doc_year"]) if meta.get("doc_year") not in (None, "-") else None,
         "doc_year_evidence": nz(meta.get("doc_year_evidence", "-")),
         "articles": [], "zones": [], "enterprises": [], "projects": [], "platforms": [],
         "statistics": []}
    for t, z, fw in rows(d["ARTICLES"], 3):
        g["articles"].append({"title": t, "main_zone": nz(z), "first_words": fw})
    for n, a, c, p in rows(d["ZONES"], 4):
        g["zones"].append({"name": n, "aliases": aliases(a), "city": nz(c), "province": nz(p)})
    for n, a, z in rows(d["ENT"], 3):
        g["enterprises"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    for n, a, z, e, s in rows(d["PROJ"], 5):
        g["projects"].append({"name": n, "aliases": aliases(a), "zone": nz(z), "enterprise": nz(e),
                              "status": nz(s)})
    for n, a, z in rows(d["PLAT"], 3):
        g["platforms"].append({"name": n, "aliases": aliases(a), "zone": nz(z)})
    subj, per = None, None
    for line in d["STATS"]:
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("@S "):
            subj = line[3:].strip()
            continue
        if line.startswith("@P "):
            per = nz(line[3:])
            continue
        f = [x.strip() for x in line.split(" | ")]
        if len(f) < 5:
            sys.exit("%s: bad stat line: %s" % (spec, line))
        ind, val, unit, kind, ev = f[:5]
        opt = {"a": None, "c": None, "s": subj, "p": per}
        for o in f[5:]:
            k, v = o.split("=", 1)
            opt[k] = nz(v)
        if not NUMVAL.match(val):
            sys.exit("%s: bad value %r in %s" % (spec, val, line))
        v = float(val)
        if v == int(v) and "." not in val:
            v = int(v)
        g["statistics"].append({"subject": opt["s"], "indicator": ind, "value": v, "unit": nz(unit),
                                "approx": opt["a"], "period": opt["p"], "kind": kind,
                                "compared_to": opt["c"], "evidence": ev})
    with open(os.path.join(ROOT, "gold", slug + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-28s han=%4d zones=%2d ent=%2d proj=%d plat=%d stats=%d" % (
        slug, han, len(g["zones"]), len(g["enterprises"]), len(g["projects"]),
        len(g["platforms"]), len(g["statistics"])))


if __name__ == "__main__":
    specs = sys.argv[1:] or sorted(
        os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".spec"))
    for s in specs:
        build(s)
