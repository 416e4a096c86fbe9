#!/bin/sh
# Rebuild texts of the PDF-like documents from their layout sources, and all gold JSON
# from the hand-written gold sheets. Web-page documents (005-008) are written directly
# in texts/ and have no layout source.
set -e
cd "$(dirname "$0")/.."
for s in src/*.src; do
  b=$(basename "$s" .src)
  python3 tools/make_layout.py "$s" "texts/$b.txt"
done
for s in src/*.gold; do
  b=$(basename "$s" .gold)
  python3 tools/build_gold.py "$s" "gold/$b.json"
done
