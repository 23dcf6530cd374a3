#!/usr/bin/env python3
"""Generate the sample statistics of the 2025 merger (deterministic, standard library only).

Phường Ba Đình (phuong-ba-dinh) is formed on 1/7/2025 from Điện Biên and Quán Thánh (a
simplified sample of the 2025 reorganisation; see sample-data/org-units.csv). This writes
sample-data/statistics/ha-noi-2025-merger.csv:

* dien-bien and quan-thanh, 2025-01 .. 2025-06: the same values as in the same month of 2024;
* phuong-ba-dinh, 2025-07 .. 2025-12: the sum of both wards' values in the same month of 2024,
  except that social-order crime is one case lower in every month that had two or more (so the
  merged ward shows a decrease against the sum of its predecessors), with cleared and serious
  cases capped at the new count; the headquarters floor area is Điện Biên's (one building).

Run from anywhere: python3 sample-data/tools/generate_merger.py
"""
import csv
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent
SOURCE = SAMPLE / "statistics" / "ha-noi-2022-2024.csv"
TARGET = SAMPLE / "statistics" / "ha-noi-2025-merger.csv"
PREDECESSORS = ("dien-bien", "quan-thanh")
NAMES = {"dien-bien": "Phường Điện Biên", "quan-thanh": "Phường Quán Thánh", "phuong-ba-dinh": "Phường Ba Đình"}


def number(text):
    return float(text) if "." in text else int(text)


def text(value, like):
    return f"{value:.2f}" if "." in like else str(value)


def main():
    with open(SOURCE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0].keys())
    values = [c for c in header if c not in ("ward_code", "ward_name", "period")]
    by_key = {(r["ward_code"], r["period"]): r for r in rows}
    out = []
    for month in range(1, 7):
        for ward in PREDECESSORS:
            row = dict(by_key[(ward, f"2024-{month:02d}")])
            row["period"] = f"2025-{month:02d}"
            out.append(row)
    for month in range(7, 13):
        parts = [by_key[(ward, f"2024-{month:02d}")] for ward in PREDECESSORS]
        row = {"ward_code": "phuong-ba-dinh", "ward_name": NAMES["phuong-ba-dinh"], "period": f"2025-{month:02d}"}
        for column in values:
            total = sum(number(p[column]) for p in parts)
            row[column] = text(round(total, 2) if isinstance(total, float) else total, parts[0][column])
        crimes = int(row["social_order_crimes"])
        if crimes >= 2:
            crimes -= 1
            row["social_order_crimes"] = str(crimes)
            for capped in ("social_order_crimes_cleared", "serious_crimes"):
                row[capped] = str(min(int(row[capped]), crimes))
        row["hq_floor_area"] = parts[0]["hq_floor_area"]
        out.append(row)
    with open(TARGET, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"wrote {TARGET.relative_to(SAMPLE.parent)}")


if __name__ == "__main__":
    main()
