#!/usr/bin/env python3
"""Converts shared/data/vn-units/units-area-population-2025.json into the CSV that the
migration V57__Unitstandards_load_figures (vn.canbo.unitstandards) loads:
code, level, province_code, name, area_km2, population, quality, flags (space-separated)."""
import csv
import json
import sys

source = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/vn-units/units-area-population-2025.json'
target = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/unitstandards/data/units-area-population-2025.csv'
data = json.load(open(source, encoding='utf-8'))
with open(target, 'w', encoding='utf-8', newline='') as out:
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(['code', 'level', 'province_code', 'name', 'area_km2', 'population', 'quality', 'flags'])
    for unit in data['provinces'] + data['communes']:
        writer.writerow([unit['code'], unit['level'], unit.get('province_code') or '', unit['name'],
                         '' if unit.get('area_km2') is None else repr(unit['area_km2']),
                         '' if unit.get('population') is None else unit['population'], unit['quality'],
                         ' '.join(unit.get('flags') or [])])
