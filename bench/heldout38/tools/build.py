#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document)
  header lines (before the line '---'):
    @doc   NNN_slug
    @style web | pdf
    @year  2024 | <evidence quote>
    @zone  name | alias;alias | city | province
    @ent   name | aliases | zone
    @proj  name | aliases | zone | enterprise | status
    @plat  name | aliases | zone
    @region name            (allowed non-entity statistic subjects / compared_to)
  body (after '---'):
    #H  title @@ main_zone     article headline (plain)
    #H2 title @@ main_zone     article headline, printed with every character doubled
    !line                      layout noise line, printed as is (not wrapped)
    other lines                paragraphs (wrapped at 30-40 chars in pdf style)
  inline markup inside paragraphs:
    [evidence]{indicator|value|unit|kind|opt=..;opt=..}{...}   statistic(s); nesting allowed
        opts: s=subject  p=period (p=- for null)  a=over|about|under  c=compared_to
    {s=subject}  {p=period}    set default subject / period from here on
    {cap=text}                 image caption inserted on its own line (pdf: cuts the sentence)
Everything is written by hand; this script only strips the markup, adds the pdf line
wraps and doubled headlines, and writes gold JSON in the schema of score.py's load_gold().
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def split_fields(s, n):
    parts = [p.strip() for p in s.split("|")]
    parts += [""] * (n - len(parts))
    return [None if p in ("", "-") else p for p in parts[:n]]


def aliases(s):
    return [a.strip() for a in s.split(";") if a.strip()] if s else []


def num(v):
    f = float(v)
    return int(f) if f.is_integer() and "." not in v else f


def parse_inline(text, state, stats, errors, where):
    """Return clean text of a paragraph, with caption markers as \x00cap\x00 pieces."""
    out = []
    stack = []  # start offsets of open evidence spans (in clean text)
    i = 0
    while i < len(text):
        c = text[i]
        if c == "[":
            stack.append(len("".join(out)))
            i += 1
        elif c == "]":
            if not stack:
                errors.append("%s: unbalanced ]" % where)
                i += 1
                continue
            start = stack.pop()
            ev = "".join(out)[start:]
            if "\x00" in ev:
                errors.append("%s: caption inside evidence %s" % (where, ev))
            i += 1
            nblocks = 0
            while i < len(text) and text[i] == "{":
                j = text.index("}", i)
                block = text[i + 1:j]
                i = j + 1
                nblocks += 1
                f = block.split("|")
                if len(f) < 4:
                    errors.append("%s: bad stat block {%s}" % (where, block))
                    continue
                opts = {}
                if len(f) > 4:
                    for o in "|".join(f[4:]).split(";"):
                        if o.strip():
                            k, _, v = o.partition("=")
                            opts[k.strip()] = v.strip()
                period = opts.get("p", state["period"])
                if period == "-":
                    period = None
                stats.append({
                    "subject": opts.get("s", state["subject"]),
                    "indicator": f[0].strip(),
                    "value": num(f[1].strip()),
                    "unit": f[2].strip(),
                    "approx": opts.get("a") or None,
                    "period": period,
                    "kind": f[3].strip(),
                    "compared_to": opts.get("c") or None,
                    "evidence": re.sub(r"\s+", "", ev.replace("\x00", "")),  # quote, spaces removed
                })
            if nblocks == 0:
                errors.append("%s: evidence without block: %s" % (where, ev))
        elif c == "{":
            j = text.index("}", i)
            block = text[i + 1:j]
            i = j + 1
            k, _, v = block.partition("=")
            if k == "s":
                state["subject"] = v
            elif k == "p":
                state["period"] = None if v == "-" else v
            elif k == "cap":
                out.append("\x00" + v + "\x00")
            else:
                errors.append("%s: unknown directive {%s}" % (where, block))
        else:
            out.append(c)
            i += 1
    if stack:
        errors.append("%s: unbalanced [" % where)
    return "".join(out)


def wrap(par, rng):
    """Hard line wraps every 30-40 characters, anywhere (also inside words and numbers)."""
    lines, i = [], 0
    while i < len(par):
        n = rng.randint(30, 40)
        lines.append(par[i:i + n])
        i += n
    return lines


def build(path):
    errors = []
    meta = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "regions": []}
    with open(path, encoding="utf-8") as h:
        raw = h.read()
    head, _, body = raw.partition("\n---\n")
    for line in head.splitlines():
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        key, _, rest = line.partition(" ")
        rest = rest.strip()
        if key == "@doc":
            meta["doc"] = rest
        elif key == "@style":
            meta["style"] = rest
        elif key == "@year":
            y, ev = split_fields(rest, 2)
            meta["year"], meta["year_ev"] = int(y), ev
        elif key == "@zone":
            n, a, c, p = split_fields(rest, 4)
            meta["zones"].append({"name": n, "aliases": aliases(a), "city": c, "province": p})
        elif key == "@ent":
            n, a, z = split_fields(rest, 3)
            meta["enterprises"].append({"name": n, "aliases": aliases(a), "zone": z})
        elif key == "@proj":
            n, a, z, e, s = split_fields(rest, 5)
            meta["projects"].append({"name": n, "aliases": aliases(a), "zone": z, "enterprise": e, "status": s})
        elif key == "@plat":
            n, a, z = split_fields(rest, 3)
            meta["platforms"].append({"name": n, "aliases": aliases(a), "zone": z})
        elif key == "@region":
            meta["regions"].append(rest)
        else:
            errors.append("unknown header line: " + line)
    pdf = meta["style"] == "pdf"
    rng = random.Random(meta["doc"])
    state = {"subject": None, "period": None}
    stats, articles, out_lines = [], [], []
    pending_article = None
    for ln, line in enumerate(body.splitlines(), 1):
        where = "%s:%d" % (os.path.basename(path), ln)
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("#H"):
            doubled = line.startswith("#H2")
            t = line[3:] if doubled else line[2:]
            title, _, mz = t.partition("@@")
            title, mz = title.strip(), (mz.strip() if mz.strip() not in ("", "-") else None)
            pending_article = {"title": re.sub(r"\s+", "", title), "main_zone": mz, "first_words": None}
            articles.append(pending_article)
            if doubled:
                out_lines.append("".join(ch * 2 for ch in title if not ch.isspace()))
            else:
                out_lines.append(title)
            continue
        if line.startswith("!"):
            out_lines.append(line[1:])
            continue
        clean = parse_inline(line, state, stats, errors, where)
        if pending_article is not None and pending_article["first_words"] is None:
            fw = re.sub(r"\s+", "", clean.split("\x00")[0])[:12]
            pending_article["first_words"] = fw
        pieces = clean.split("\x00")
        # pieces: text, caption, text, caption, text ...
        if pdf:
            buf = []
            for k, p in enumerate(pieces):
                if k % 2 == 1:
                    if buf:
                        out_lines.extend(wrap("".join(buf), rng))
                        buf = []
                    out_lines.append(p)
                else:
                    buf.append(p)
            if buf and "".join(buf):
                out_lines.extend(wrap("".join(buf), rng))
        else:
            text_parts = [p for k, p in enumerate(pieces) if k % 2 == 0]
            caps = [p for k, p in enumerate(pieces) if k % 2 == 1]
            out_lines.append("".join(text_parts))
            out_lines.extend(caps)
    text = "\n".join(out_lines) + "\n"
    gold = {
        "doc": meta["doc"] + ".txt",
        "doc_year": meta.get("year"),
        "doc_year_evidence": meta.get("year_ev"),
        "articles": articles,
        "zones": meta["zones"],
        "enterprises": meta["enterprises"],
        "projects": meta["projects"],
        "platforms": meta["platforms"],
        "statistics": stats,
    }
    return meta, text, gold, errors


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    if len(sys.argv) > 1:
        srcs = [f for f in srcs if any(a in f for a in sys.argv[1:])]
    bad = 0
    for f in srcs:
        meta, text, gold, errors = build(os.path.join(ROOT, "src", f))
        for e in errors:
            print("ERROR", e)
        bad += len(errors)
        with open(os.path.join(ROOT, "texts", meta["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(text)
        with open(os.path.join(ROOT, "gold", meta["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold, h, ensure_ascii=False, indent=2)
            h.write("\n")
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        print("%-32s han=%4d zones=%2d ent=%2d proj=%2d plat=%2d stats=%3d" % (
            meta["doc"], han, len(gold["zones"]), len(gold["enterprises"]), len(gold["projects"]),
            len(gold["platforms"]), len(gold["statistics"])))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
