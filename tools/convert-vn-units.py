#!/usr/bin/env python3
"""Converts the administrative-unit files of shared/data/vn-units into CanBo's CSV resources.

Usage: python3 tools/convert-vn-units.py ../shared/data/vn-units src/main/resources/orgunits/data

Output (UTF-8, NFC, header row, comma-separated with csv quoting):
  units-2025-03-01.csv   three tiers before the reform: level,type,code,name,parent_code
  units-2025-07-01.csv   two tiers from the reform on:  level,type,code,name,parent_code
  merges-2025-07-01.csv  new unit <- old unit:          level,new_code,new_name,old_code,old_name,kind
The merge file's two new-commune codes that later decrees changed are matched to the 2026 list by
name within the province, as the data README advises; each such fix is printed.
"""
import csv
import json
import sys
import unicodedata
from pathlib import Path

TYPES = [  # (level, name prefix, type), longest prefixes first within a level
    ("PROVINCE", "Thành phố", "CENTRAL_CITY"), ("PROVINCE", "Tỉnh", "PROVINCE"),
    ("DISTRICT", "Thành phố", "PROVINCIAL_CITY"), ("DISTRICT", "Thị xã", "TOWN"),
    ("DISTRICT", "Quận", "URBAN_DISTRICT"), ("DISTRICT", "Huyện", "RURAL_DISTRICT"),
    ("COMMUNE", "Thị trấn", "TOWNSHIP"), ("COMMUNE", "Phường", "WARD"),
    ("COMMUNE", "Đặc khu", "SPECIAL_ZONE"), ("COMMUNE", "Xã", "COMMUNE"),
]


def nfc(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def unit_type(level, name):
    lowered = name.lower()
    for lvl, prefix, kind in TYPES:
        if lvl == level and lowered.startswith(prefix.lower() + " "):
            return kind
    raise ValueError(f"unknown {level} type: {name}")


def main(source, target):
    source, target = Path(source), Path(target)
    target.mkdir(parents=True, exist_ok=True)
    before = json.loads((source / "units-2025-03-01.json").read_text(encoding="utf-8"))
    after = json.loads((source / "units-2026-04-30.json").read_text(encoding="utf-8"))
    merges = json.loads((source / "merges-2025-07-01.json").read_text(encoding="utf-8"))

    rows = []
    for province in before:
        rows.append(("PROVINCE", province["Code"], nfc(province["FullName"]), ""))
        for district in province["District"]:
            rows.append(("DISTRICT", district["Code"], nfc(district["FullName"]), province["Code"]))
            for commune in district["Ward"] or []:
                rows.append(("COMMUNE", commune["Code"], nfc(commune["FullName"]), district["Code"]))
    write_units(target / "units-2025-03-01.csv", rows)

    rows = []
    new_codes = {}
    for province in after:
        rows.append(("PROVINCE", province["Code"], nfc(province["FullName"]), ""))
        for commune in province["Wards"]:
            rows.append(("COMMUNE", commune["Code"], nfc(commune["FullName"]), province["Code"]))
            new_codes[(province["Code"], nfc(commune["FullName"]))] = commune["Code"]
    write_units(target / "units-2025-07-01.csv", rows)
    known = {code for (_, code) in new_codes.items()}

    with open(target / "merges-2025-07-01.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["level", "new_code", "new_name", "old_code", "old_name", "kind"])
        for province in merges["data"]:
            for old in province["merges"]:
                writer.writerow(["PROVINCE", province["level1_id"], nfc(province["name"]), old["old_id"],
                                 nfc(old["name"]), old["type"]])
            for commune in province["level2s"]:
                code = commune["level2_id"]
                name = nfc(commune["name"])
                if code not in known:
                    fixed = new_codes[(province["level1_id"], name)]
                    print(f"merge code {code} ({name}) matched by name to {fixed}", file=sys.stderr)
                    code = fixed
                for old in commune["merges"]:
                    writer.writerow(["COMMUNE", code, name, old["old_id"], nfc(old["name"]), old["type"]])


def write_units(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["level", "type", "code", "name", "parent_code"])
        for level, code, name, parent in rows:
            writer.writerow([level, unit_type(level, name), code, name, parent])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
