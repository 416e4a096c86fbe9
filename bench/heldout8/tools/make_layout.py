#!/usr/bin/env python3
"""Render a hand-written layout source (src/NNN_*.src) into PDF-extraction-like text.

Source syntax, one item per line:
  @TEXT        emit TEXT verbatim on its own line (masthead, header, footer, byline, headline)
  @@TEXT       emit TEXT with every character doubled (doubled-headline noise)
  TEXT         a body paragraph: hard-wrapped every 33-38 characters (seeded RNG), so
               line breaks fall inside words and numbers; any [[CAPTION]] inside it is
               emitted on its own line(s) at that point, cutting the sentence in two.
  (blank)      ignored
The words themselves (spaces inside words/numbers such as "赣 江 新 区", "56. 3亿元")
are typed by hand in the source; this script adds only line layout.
"""
import random, re, sys

def wrap(text, rng, out):
    parts = re.split(r"(\[\[.*?\]\])", text)
    line = ""
    width = rng.randint(33, 38)
    for part in parts:
        if part.startswith("[["):
            if line:
                out.append(line)
                line = ""
            cap = part[2:-2]
            # captions are set in a narrower column
            while len(cap) > 24:
                out.append(cap[:24]); cap = cap[24:]
            out.append(cap)
            width = rng.randint(33, 38)
            continue
        for ch in part:
            line += ch
            if len(line) >= width:
                out.append(line)
                line = ""
                width = rng.randint(33, 38)
    if line:
        out.append(line)

def render(src, seed):
    rng = random.Random(seed)
    out = []
    for raw in open(src, encoding="utf-8").read().splitlines():
        if not raw.strip():
            continue
        if raw.startswith("@@"):
            out.append("".join(c * 2 for c in raw[2:]))
        elif raw.startswith("@"):
            out.append(raw[1:])
        else:
            wrap(raw, rng, out)
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    seed = int(re.search(r"(\d{3})", src).group(1))
    open(dst, "w", encoding="utf-8").write(render(src, seed))
