#!/usr/bin/env python3
"""Regenerate README.md tables from gold/ and texts/ (judgement calls are kept in this file)."""
import json, glob, re, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
STYLE = {'001': 'web — 省商务厅开发区月报（1—10月，六区各一段）', '002': 'PDF page — 现代煤化工/资源型转型（4 articles）',
         '003': 'web — 企业家座谈会', '004': 'PDF page — city paper 光谷/车谷 feature（4 articles）',
         '005': 'web — 国家农业高新技术产业示范区/黑土地/种业',
         '006': 'web — scale & unit mix (亿元/万元, 千亿级/百亿级, 万平方米/亩) + 更正 note',
         '007': 'PDF page — 年度考核结果通报（3 articles）', '008': 'web — 中部崛起 multi-province comparison'}
rows, zl, tot = [], [], [0] * 6
for f in sorted(glob.glob('gold/*.json')):
    g = json.load(open(f, encoding='utf-8')); n = os.path.basename(f)[:-5]
    t = open('texts/' + n + '.txt', encoding='utf-8').read()
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    provs = sorted({z['province'] for z in g['zones']})
    c = [len(g[k]) for k in ('articles', 'zones', 'enterprises', 'projects', 'platforms', 'statistics')]
    tot = [a + b for a, b in zip(tot, c)]
    rows.append("| %s | %s | %s | %d | %s |" % (n, STYLE[n[:3]], "、".join(provs), han, " | ".join(map(str, c))))
    zl.append("- **%s**: %s" % (n, "；".join("%s（%s，%s）" % (z['name'], z['city'], z['province']) for z in g['zones'])))
rows.append("| **total** | | | | %s |" % " | ".join(map(str, tot)))
table, zones = "\n".join(rows), "\n".join(zl)
open('README.md', 'w', encoding='utf-8').write(open('tools/README.template.md', encoding='utf-8').read()
                                               .replace('{TABLE}', table).replace('{ZONES}', zones))
print("README.md written")
