#!/usr/bin/env python3
"""Build texts/*.txt and gold/*.json from the hand-written sources in src/*.src.

Source format (one file per document):

  #meta            key: value lines (doc, style = pdf|web, year, year_evidence, seed)
  #text            the clean text, one paragraph per line.
                   @A title | main_zone [| first_words]   article headline
                   @A!! title | main_zone [| first_words]  headline printed with every character doubled
                   !!text                                 a non-article line printed with every character doubled
                   〔...〕 inside a paragraph              image caption; printed on its own line,
                                                          cutting the paragraph (sentence) in two
                   lines of 40 characters or less are printed as they are (masthead, bylines ...)
  #zones           name | aliases(;) | city | province
  #enterprises     name | aliases | zone
  #projects        name | aliases | zone | enterprise | status
  #platforms       name | aliases | zone
  #stats           subject | indicator | value | unit | period | kind | approx | compared_to | evidence
                   "-" = null; "^" in subject or period = same as the line above.

For style pdf the long paragraphs get layout noise: random spaces inside words and numbers
and hard line wraps every 30-40 characters. The noise is seeded, so rebuilding is
deterministic. Only python3 standard library.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    sec, meta, text, tabs = None, {}, [], {}
    with open(path, encoding="utf-8") as h:
        for raw in h:
            line = raw.rstrip("\n")
            if line.startswith("#") and re.match(r"#(meta|text|zones|enterprises|projects|platforms|stats)\s*$", line):
                sec = line[1:].strip()
                tabs.setdefault(sec, [])
                continue
            if sec == "meta":
                if line.strip():
                    k, v = line.split(":", 1)
                    meta[k.strip()] = v.strip()
            elif sec == "text":
                text.append(line)
            elif sec:
                if line.strip() and not line.startswith("//"):
                    tabs[sec].append([c.strip() for c in line.split("|")])
    return meta, text, tabs


def nul(x):
    return None if x in ("-", "", None) else x


def aliases(x):
    return [a.strip() for a in x.split(";") if a.strip()] if nul(x) else []


def num(x):
    v = float(x)
    return int(v) if v == int(v) and "." not in x else v


def double(s):
    return "".join(c + c for c in s)


def noisy(par, rnd):
    """Insert spaces inside words/numbers, then hard-wrap at 30-40 characters."""
    out = []
    chars = list(par)
    for i, c in enumerate(chars):
        out.append(c)
        if i + 1 < len(chars):
            nxt = chars[i + 1]
            if c.isdigit() and nxt.isdigit() and rnd.random() < 0.12:
                out.append(" ")
            elif re.match(r"[\u4e00-\u9fff]", c) and re.match(r"[\u4e00-\u9fff]", nxt) and rnd.random() < 0.025:
                out.append(" ")
    s = "".join(out)
    lines, i = [], 0
    while i < len(s):
        w = rnd.randint(30, 40)
        lines.append(s[i:i + w])
        i += w
    return lines


def render(meta, text):
    pdf = meta.get("style") == "pdf"
    rnd = random.Random(int(meta.get("seed", "1")))
    out, articles = [], []
    pending = None
    for line in text:
        if line.startswith("@A"):
            dbl = line.startswith("@A!!")
            parts = [p.strip() for p in line[4 if dbl else 2:].split("|")]
            title, main = parts[0], nul(parts[1]) if len(parts) > 1 else None
            fw = parts[2] if len(parts) > 2 and parts[2] else None
            out.append(double(title) if dbl else title)
            pending = {"title": title, "main_zone": main, "first_words": fw}
            articles.append(pending)
            if fw:
                pending = None
            continue
        if not line.strip():
            out.append("")
            continue
        if line.startswith("!!"):
            out.append(double(line[2:].strip()))
            continue
        if pending is not None:
            body = re.sub(r"〔.*?〕", "", line)
            pending["first_words"] = re.sub(r"\s+", "", body)[:12]
            pending = None
        pieces = re.split(r"(〔.*?〕)", line)
        for p in pieces:
            if not p:
                continue
            if p.startswith("〔"):
                out.append(p[1:-1])
            elif pdf and len(p) > 40:
                out.extend(noisy(p, rnd))
            else:
                out.append(p)
    return "\n".join(out).rstrip() + "\n", articles


def build(path):
    meta, text, tabs = parse(path)
    txt, articles = render(meta, text)
    doc = meta["doc"]
    gold = {
        "doc": doc + ".txt",
        "doc_year": int(meta["year"]) if nul(meta.get("year")) else None,
        "doc_year_evidence": meta.get("year_evidence"),
        "articles": articles,
        "zones": [{"name": r[0], "aliases": aliases(r[1]), "city": nul(r[2]), "province": nul(r[3])}
                  for r in tabs.get("zones", [])],
        "enterprises": [{"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])}
                        for r in tabs.get("enterprises", [])],
        "projects": [{"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2]), "enterprise": nul(r[3]),
                      "status": nul(r[4])} for r in tabs.get("projects", [])],
        "platforms": [{"name": r[0], "aliases": aliases(r[1]), "zone": nul(r[2])}
                      for r in tabs.get("platforms", [])],
        "statistics": [],
    }
    prev_s = prev_p = None
    for r in tabs.get("stats", []):
        if len(r) != 9:
            sys.exit("%s: stats row needs 9 columns: %r" % (path, r))
        subj = prev_s if r[0] == "^" else r[0]
        per = prev_p if r[4] == "^" else nul(r[4])
        prev_s, prev_p = subj, per
        gold["statistics"].append({
            "subject": subj, "indicator": r[1], "value": num(r[2]), "unit": r[3], "approx": nul(r[6]),
            "period": per, "kind": r[5], "compared_to": nul(r[7]), "evidence": r[8]})
    with open(os.path.join(HERE, "texts", doc + ".txt"), "w", encoding="utf-8") as h:
        h.write(txt)
    with open(os.path.join(HERE, "gold", doc + ".json"), "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=2)
        h.write("\n")
    return doc


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(HERE, "src", f) for f in os.listdir(os.path.join(HERE, "src"))
                                  if f.endswith(".src"))
    for s in srcs:
        print("built", build(s))
