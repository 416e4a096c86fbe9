#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document, UTF-8):
  @doc NAME                 output name (without .txt)
  @style pdf|web
  @year 2024
  @year_evidence QUOTE
  @head LINE                header line(s) (repeatable)
  @foot LINE                footer line(s) (repeatable)
  @seed N                   random seed for the layout noise
  @zones / @enterprises / @projects / @platforms   then one entity per line:
      zones:       name|alias;alias|city|province
      enterprises: name|aliases|zone
      projects:    name|aliases|zone|enterprise|status
      platforms:   name|aliases|zone
  @article TITLE|MAIN_ZONE|dbl?      (dbl = print the headline with every character doubled)
      ~TEXT    byline on its own line
      ~~TEXT   byline printed in front of the first paragraph
      ^TEXT    kicker / sub-headline line printed with the headline (not in gold)
      other non-empty lines are paragraphs; <<cap:...>> inserts an image caption there
      (cuts the sentence), <<hdr>> repeats the running page header there.
  @stats  subject|indicator|value|unit|period|kind|approx|compared_to|evidence
      subject "=" and period "=" repeat the previous statistic's value; empty = null.
All annotation (entities, statistics) is written by hand in the sources; this script only
lays the text out (wrapping, spaces, doubled headline) and serialises the gold JSON.
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    d = {"head": [], "foot": [], "zones": [], "enterprises": [], "projects": [], "platforms": [],
         "articles": [], "stats": [], "seed": 1}
    sect = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            val = val.strip()
            if key in ("doc", "style", "year_evidence"):
                d[key] = val
            elif key == "year":
                d["year"] = int(val)
            elif key == "seed":
                d["seed"] = int(val)
            elif key in ("head", "foot"):
                d[key].append(val)
            elif key in ("zones", "enterprises", "projects", "platforms", "stats"):
                sect = key
            elif key == "article":
                f = val.split("|")
                d["articles"].append({"title": f[0], "main_zone": f[1] or None,
                                      "dbl": len(f) > 2 and f[2] == "dbl",
                                      "byline": None, "inline_byline": None, "kicker": [], "paras": []})
                sect = "article"
            else:
                sys.exit("unknown directive %s in %s" % (key, path))
            continue
        line = line.strip()
        if sect == "article":
            a = d["articles"][-1]
            if line.startswith("~~"):
                a["inline_byline"] = line[2:]
            elif line.startswith("~"):
                a["byline"] = line[1:]
            elif line.startswith("^"):
                a["kicker"].append(line[1:])
            else:
                a["paras"].append(line)
        elif sect in ("zones", "enterprises", "projects", "platforms"):
            f = [x.strip() for x in line.split("|")]
            al = [x for x in f[1].split(";") if x] if len(f) > 1 else []
            nn = lambda x: x or None
            if sect == "zones":
                e = {"name": f[0], "aliases": al, "city": f[2], "province": f[3]}
            elif sect == "projects":
                e = {"name": f[0], "aliases": al, "zone": nn(f[2]), "enterprise": nn(f[3]), "status": nn(f[4])}
            else:
                e = {"name": f[0], "aliases": al, "zone": nn(f[2])}
            d[sect].append(e)
        elif sect == "stats":
            f = [x.strip() for x in line.split("|")]
            if len(f) != 9:
                sys.exit("bad stat line (%d fields) in %s: %s" % (len(f), path, line))
            prev = d["stats"][-1] if d["stats"] else {}
            subj = prev.get("subject") if f[0] == "=" else f[0]
            per = prev.get("period") if f[4] == "=" else (f[4] or None)
            v = float(f[2])
            if v == int(v) and "." not in f[2]:
                v = int(v)
            d["stats"].append({"subject": subj, "indicator": f[1], "value": v, "unit": f[3],
                               "approx": f[6] or None, "period": per, "kind": f[5],
                               "compared_to": f[7] or None, "evidence": f[8]})
    return d


# ---------------------------------------------------------------- layout noise
ZONE_WORDS = ["高新区", "经开区", "综保区", "开发区", "工业园区", "新区", "片区", "产业园"]


def add_spaces(text, rng, p_num=0.3, p_word=0.3):
    def num(m):
        s = m.group(0)
        if len(s) >= 3 and rng.random() < p_num:
            i = rng.randint(1, len(s) - 1)
            return s[:i] + " " + s[i:]
        return s
    text = re.sub(r"\d[\d.]*\d", num, text)
    for w in ZONE_WORDS:
        def sp(m):
            return " ".join(m.group(0)) if rng.random() < p_word else m.group(0)
        text = re.sub(w, sp, text)
    # now and then a run of spaced-out characters, as in badly extracted PDF text
    out, i = [], 0
    while i < len(text):
        if rng.random() < 0.012 and re.match(r"[\u4e00-\u9fff]{4}", text[i:i + 4]):
            out.append(" ".join(text[i:i + 4]))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def wrap(text, rng, lo=30, hi=40):
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


def doubled(s):
    return "".join(c * 2 for c in s)


def render(d):
    rng = random.Random(d["seed"])
    out = []
    if d["style"] == "pdf":
        out += d["head"] + [""]
        for a in d["articles"]:
            out += a["kicker"]
            out.append(doubled(a["title"]) if a["dbl"] else a["title"])
            if a["byline"]:
                out.append(a["byline"])
            for k, p in enumerate(a["paras"]):
                if k == 0 and a["inline_byline"]:
                    p = a["inline_byline"] + p
                parts = re.split(r"(<<[^>]*>>)", p)
                buf = "　　"
                for part in parts:
                    if part.startswith("<<cap:"):
                        out += wrap(add_spaces(buf, rng), rng)
                        out += ["", part[6:-2], ""]
                        buf = ""
                    elif part == "<<hdr>>":
                        out += wrap(add_spaces(buf, rng), rng)
                        out += ["", d["head"][0], ""]
                        buf = ""
                    else:
                        buf += part
                out += wrap(add_spaces(buf, rng), rng)
            out.append("")
        out += d["foot"]
    else:
        out += d["head"]
        for j, a in enumerate(d["articles"]):
            if j:
                out += ["", "——————"]
            out += [""] + a["kicker"] + [a["title"]]
            if a["byline"]:
                out.append(a["byline"])
            out.append("")
            for k, p in enumerate(a["paras"]):
                if k == 0 and a["inline_byline"]:
                    p = a["inline_byline"] + p
                for part in re.split(r"(<<[^>]*>>)", p):
                    if part.startswith("<<cap:"):
                        out += ["", part[6:-2], ""]
                    elif part == "<<hdr>>":
                        pass
                    elif part:
                        out.append("　　" + part)
        out += [""] + d["foot"]
    return "\n".join(out).rstrip() + "\n"


def first_words(p):
    p = re.sub(r"<<[^>]*>>", "", p)
    return p[:12]


def gold_of(d):
    return {
        "doc": d["doc"] + ".txt",
        "doc_year": d.get("year"),
        "doc_year_evidence": d.get("year_evidence"),
        "articles": [{"title": a["title"], "main_zone": a["main_zone"],
                      "first_words": first_words(a["paras"][0])} for a in d["articles"]],
        "zones": d["zones"], "enterprises": d["enterprises"], "projects": d["projects"],
        "platforms": d["platforms"], "statistics": d["stats"],
    }


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(ROOT, "src")) if f.endswith(".src"))
    for f in srcs:
        d = parse(os.path.join(ROOT, "src", f))
        with open(os.path.join(ROOT, "texts", d["doc"] + ".txt"), "w", encoding="utf-8") as h:
            h.write(render(d))
        with open(os.path.join(ROOT, "gold", d["doc"] + ".json"), "w", encoding="utf-8") as h:
            json.dump(gold_of(d), h, ensure_ascii=False, indent=2)
            h.write("\n")
        print("built", d["doc"], len(d["stats"]), "stats")


if __name__ == "__main__":
    main()
