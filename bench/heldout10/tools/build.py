#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from src/*.src (hand-written sources).

Source format (one directive per line):
  @doc NAME            document id (file stem)
  @style pdf|web       pdf: hard wraps, spaces inside words/numbers, captions cut sentences
  @seed N              random seed for the layout noise
  @year 2023           doc_year;  @yearev QUOTE  doc_year_evidence
  @zone name | aliases(;) | city | province
  @ent  name | aliases(;) | zone
  @proj name | aliases(;) | zone | enterprise | status
  @plat name | aliases(;) | zone
  @s SUBJECT           default statistic subject (until changed)
  @p PERIOD            default statistic period ('-' = null)
  !text                layout line printed verbatim (masthead, header, footer, 责任编辑 ...)
  #A title | main_zone | first_words     article headline (printed as one line)
  #AA title | main_zone | first_words    same, headline printed with every character doubled
  = evidence | indicator | value+unit | kind | opts    a statistic (not printed)
       kind: am amount, ct count, gr growth, sh share, rk rank, df difference, tg target, ot other
       opts: s=subject p=period(- for null) a=o|a|u (over/about/under) c=compared_to
  any other non-empty line: a paragraph of body text; [[...]] inside it is an image
  caption that the layout inserts on its own line, cutting the sentence in two.
Empty values in entity fields ('' or '-') mean null / no aliases.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"am": "amount", "ct": "count", "gr": "growth", "sh": "share", "rk": "rank",
         "df": "difference", "tg": "target", "ot": "other"}
APPROX = {"o": "over", "a": "about", "u": "under"}


def nz(x):
    x = (x or "").strip()
    return None if x in ("", "-") else x


def aliases(x):
    x = nz(x)
    return [a.strip() for a in x.split(";") if a.strip()] if x else []


def parse_value(vu):
    m = re.match(r"^\s*(-?\d+(?:\.\d+)?)\s*(.+?)\s*$", vu)
    if not m:
        raise ValueError("bad value+unit: %r" % vu)
    v = float(m.group(1))
    if v == int(v) and "." not in m.group(1):
        v = int(v)
    return v, m.group(2)


def double(s):
    return "".join(c + c if not c.isspace() else c for c in s)


def noisy_segment(seg, rnd):
    """Spaces inside some numbers and words."""
    out = seg
    # a space inside some multi-digit numbers: "32.5" -> "3 2.5"
    nums = [m for m in re.finditer(r"\d[\d.]+", out)]
    picks = [m for m in nums if rnd.random() < 0.22]
    for m in reversed(picks):
        k = m.start() + 1
        out = out[:k] + " " + out[k:]
    # spaced-out zone words: "高新区" -> "高 新 区"
    def spaced(m):
        return " ".join(m.group(0)) if rnd.random() < 0.25 else m.group(0)
    out = re.sub(r"高新区|开发区|经开区|综保区|产业园|示范区", spaced, out)
    # an occasional space between two han characters
    chars = list(out)
    res = []
    for i, c in enumerate(chars):
        res.append(c)
        if i + 1 < len(chars) and "\u4e00" <= c <= "\u9fff" and "\u4e00" <= chars[i + 1] <= "\u9fff" \
                and rnd.random() < 0.008:
            res.append(" ")
    return "".join(res)


def wrap_pdf(par, rnd):
    """Hard-wrap a paragraph every 30-40 characters; captions on their own lines."""
    parts = re.split(r"\[\[(.+?)\]\]", par)
    lines, cur = [], "\u3000\u3000"
    width = rnd.randint(30, 40)
    for i, p in enumerate(parts):
        if i % 2 == 1:  # caption
            if cur.strip():
                lines.append(cur)
            lines.append(p)
            cur, width = "", rnd.randint(30, 40)
            continue
        for c in noisy_segment(p, rnd):
            cur += c
            if len(cur) >= width:
                lines.append(cur)
                cur, width = "", rnd.randint(30, 40)
    if cur.strip():
        lines.append(cur)
    return lines


def build(path):
    doc = {"zones": [], "enterprises": [], "projects": [], "platforms": [], "statistics": [],
           "articles": []}
    meta = {"style": "web", "seed": 1}
    subj = period = None
    body = []  # (type, payload)
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        try:
            if line.startswith("@"):
                key, _, rest = line[1:].partition(" ")
                rest = rest.strip()
                f = [x.strip() for x in rest.split("|")]
                if key in ("doc", "style", "yearev"):
                    meta[key] = rest
                elif key == "seed":
                    meta["seed"] = int(rest)
                elif key == "year":
                    meta["year"] = int(rest)
                elif key == "zone":
                    doc["zones"].append({"name": f[0], "aliases": aliases(f[1]), "city": nz(f[2]),
                                         "province": nz(f[3])})
                elif key == "ent":
                    doc["enterprises"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
                elif key == "proj":
                    doc["projects"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2]),
                                            "enterprise": nz(f[3]), "status": nz(f[4])})
                elif key == "plat":
                    doc["platforms"].append({"name": f[0], "aliases": aliases(f[1]), "zone": nz(f[2])})
                elif key == "s":
                    subj = rest
                elif key == "p":
                    period = nz(rest)
                else:
                    raise ValueError("unknown directive @" + key)
            elif line.startswith("!"):
                body.append(("raw", line[1:]))
            elif line.startswith("#A"):
                dbl = line.startswith("#AA")
                f = [x.strip() for x in line[3 if dbl else 2:].split("|")]
                doc["articles"].append({"title": f[0], "main_zone": nz(f[1]) if len(f) > 1 else None,
                                        "first_words": nz(f[2]) if len(f) > 2 else None})
                body.append(("title", double(f[0]) if dbl else f[0]))
            elif line.startswith("="):
                f = [x.strip() for x in line[1:].split("|")]
                ev, ind, vu, kd = f[:4]
                opts = dict(o.split("=", 1) for o in (re.split(r"\s+(?=[spac]=)", f[4].strip()) if len(f) > 4 and f[4].strip() else []))
                v, u = parse_value(vu)
                p = opts.get("p", period)
                doc["statistics"].append({
                    "subject": opts.get("s", subj), "indicator": ind, "value": v, "unit": u,
                    "approx": APPROX[opts["a"]] if "a" in opts else None,
                    "period": None if p in (None, "-") else p,
                    "kind": KINDS[kd], "compared_to": opts.get("c"), "evidence": ev})
            else:
                body.append(("par", line.strip()))
        except Exception as e:
            sys.exit("%s:%d: %s\n  %s" % (path, ln, e, line))
    rnd = random.Random(meta["seed"])
    out = []
    for t, x in body:
        if t == "raw":
            out.append(x)
        elif t == "title":
            out.append(x)
        elif meta["style"] == "pdf":
            out.extend(wrap_pdf(x, rnd))
        else:
            out.append(re.sub(r"\[\[(.+?)\]\]", lambda m: "\n" + m.group(1) + "\n", x))
    text = "\n".join(out) + "\n"
    name = meta["doc"]
    with open(os.path.join(ROOT, "texts", name + ".txt"), "w", encoding="utf-8") as h:
        h.write(text)
    gold = {"doc": name + ".txt", "doc_year": meta.get("year"),
            "doc_year_evidence": meta.get("yearev"), "articles": doc["articles"],
            "zones": doc["zones"], "enterprises": doc["enterprises"], "projects": doc["projects"],
            "platforms": doc["platforms"], "statistics": doc["statistics"]}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    print("%-28s han=%d zones=%d ent=%d proj=%d plat=%d stats=%d" % (
        name, han, len(doc["zones"]), len(doc["enterprises"]), len(doc["projects"]),
        len(doc["platforms"]), len(doc["statistics"])))


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(ROOT, "src", f) for f in os.listdir(os.path.join(ROOT, "src"))
                                  if f.endswith(".src"))
    for s in srcs:
        build(s)
