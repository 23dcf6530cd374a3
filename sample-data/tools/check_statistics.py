#!/usr/bin/env python3
"""Re-read the sample statistics and assert every constraint of generate_statistics.py.

Checks encodings/BOM, headers, row sets and order, cell formats, monthly consistency,
yearly rates, plausibility ranges, the seeded figures, the broken file and the READMEs.
Prints one line per check group and exits non-zero on the first failure.
Run:  python3 sample-data/tools/check_statistics.py
"""
import csv
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_statistics import WARDS  # noqa: E402  the wards that have generated statistics

SAMPLE = Path(__file__).resolve().parent.parent
REPO = SAMPLE.parent
BOM = b"\xef\xbb\xbf"
MONTHS = [(y, m) for y in (2022, 2023, 2024) for m in range(1, 13)]
FILES = {"bac-kan": True, "ha-noi": False, "binh-phuoc": False, "thanh-hoa": False}  # True = vi header
done = []


def ok(msg):
    done.append(msg)
    print(f"OK   {msg}")


def fail(msg):
    print(f"FAIL {msg}")
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def rows_of(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


catalog = rows_of(REPO / "catalog" / "indicators.csv")
inds = [r for r in catalog if r["kind"] in ("flow", "stock")]
rates = [r["code"] for r in catalog if r["kind"] == "rate"]
codes = [r["code"] for r in inds]
dec = {r["code"]: int(r["decimals"]) for r in inds}
kind = {r["code"]: r["kind"] for r in inds}
units = rows_of(SAMPLE / "org-units.csv")
by_code = {u["code"]: u for u in units}
wards = [u for u in units if u["level"] == "ward" and u["code"] in WARDS]  # wards with generated statistics
check(len(wards) == 14, "14 wards in org-units.csv")


def province(u):
    while u["level"] != "province":
        u = by_code[u["parent_code"]]
    return u["code"]


def parse_file(prov, vi):
    raw = (SAMPLE / "statistics" / f"{prov}-2022-2024.csv").read_bytes()
    check(raw.startswith(BOM) == vi, f"{prov}: BOM {'present' if vi else 'absent'}")
    text = raw.decode("utf-8")  # strict: raises on invalid UTF-8
    if vi:
        text = text[1:]
    check("\ufeff" not in text, f"{prov}: no stray BOM")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    head = rows[0]
    if vi:
        exp = ["Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo"] + [r["name_vi"] for r in inds]
    else:
        exp = ["ward_code", "ward_name", "period"] + codes
    check(head == exp, f"{prov}: header")
    check(not any(c in head for c in rates), f"{prov}: no rate columns")
    # quoting: a field with a comma is quoted in the raw text
    for h in head:
        if "," in h:
            check(f'"{h}"' in text.split("\n")[0], f"{prov}: quoted header {h}")
    exp_wards = [w for w in wards if province(w) == prov]
    check(len(rows) - 1 == 36 * len(exp_wards), f"{prov}: row count")
    data, k = {}, 1
    for w in exp_wards:
        for (y, m) in MONTHS:
            r = rows[k]
            k += 1
            check(len(r) == len(head), f"{prov} line {k}: field count")
            check(all(c.strip() != "" for c in r), f"{prov} line {k}: blank cell")
            period = f"{m:02d}/{y}" if vi else f"{y}-{m:02d}"
            check(r[0] == w["code"] and r[1] == w["name_vi"] and r[2] == period,
                  f"{prov} line {k}: key/order {r[:3]} expected {w['code']} {period}")
            vals = {}
            for c, v in zip(codes, r[3:]):
                d = dec[c]
                if d == 0:
                    check(re.fullmatch(r"\d+", v) is not None, f"{prov} line {k} {c}: integer '{v}'")
                    vals[c] = int(v)
                else:
                    sep = "," if vi else r"\."
                    check(re.fullmatch(rf"\d+{sep}\d{{{d}}}", v) is not None, f"{prov} line {k} {c}: '{v}'")
                    vals[c] = float(v.replace(",", "."))
                    if vi:
                        check(f'"{v}"' in text, f"{prov}: decimal comma value quoted")
            data[(w["code"], y, m)] = vals
    return data


data = {}
for prov, vi in FILES.items():
    data.update(parse_file(prov, vi))
check(len(data) == 504, "504 ward-months in total")
ok("encodings (BOM only in bac-kan), headers, no rate columns, 504 rows, order, no blanks, number formats")

# ---- monthly consistency
for (w, y, m), v in data.items():
    where = f"{w} {y}-{m:02d}"
    check(v["social_order_crimes_cleared"] <= v["social_order_crimes"], f"{where}: cleared <= crimes")
    check(v["serious_crimes"] <= v["social_order_crimes"], f"{where}: serious <= crimes")
    check(v["crime_reports_resolved"] <= v["crime_reports_received"], f"{where}: resolved <= received")
    check(v["admin_procedures_early"] <= v["admin_procedures_on_time"] <= v["admin_procedures_received"],
          f"{where}: early <= on time <= received")
    if v["fires"] == 0:
        check(v["fire_deaths"] == v["fire_injuries"] == 0 and v["fire_damage"] == 0, f"{where}: fire 0")
    check(v["traffic_deaths"] <= 2 * v["traffic_accidents"], f"{where}: traffic deaths")
    check(v["traffic_injuries"] <= 3 * v["traffic_accidents"], f"{where}: traffic injuries")
    check(v["security_incidents"] >= v["social_order_crimes"], f"{where}: incidents >= crimes")
ok("monthly consistency in all 504 rows")

# ---- plausibility ranges
RANGES = {"social_order_crimes": (0, 5), "traffic_accidents": (0, 2), "crime_reports_received": (1, 6),
          "admin_procedures_received": (150, 600), "officers": (15, 30), "hotspots": (0, 2),
          "security_teams": (5, 15), "population": (5000, 25000), "hq_floor_area": (150, 400),
          "fires": (0, 1), "serious_crimes": (0, 5)}
for (w, y, m), v in data.items():
    for c, (lo, hi) in RANGES.items():
        check(lo <= v[c] <= hi, f"{w} {y}-{m}: {c}={v[c]} outside {lo}..{hi}")
fire_months = sum(1 for v in data.values() if v["fires"] > 0)
check(fire_months <= 0.12 * 504, "fires mostly 0")
zero_damage = sum(1 for v in data.values() if v["fire_damage"] == 0)
check(zero_damage >= 0.85 * 504, "fire_damage mostly 0")
for w in wards:
    c = w["code"]
    series = [data[(c, y, m)] for (y, m) in MONTHS]
    check(len({s["hq_floor_area"] for s in series}) == 1, f"{c}: hq_floor_area constant")
    for a, b in zip(series, series[1:]):
        check(b["fire_safety_groups"] >= a["fire_safety_groups"], f"{c}: fire groups non-decreasing")
        check(b["public_fire_points"] >= a["public_fire_points"], f"{c}: fire points non-decreasing")
        check(abs(b["population"] - a["population"]) <= 0.01 * a["population"], f"{c}: population slow")
        check(abs(b["officers"] - a["officers"]) <= 1, f"{c}: officers slow")
        check(abs(b["security_teams"] - a["security_teams"]) <= 1, f"{c}: teams slow")
        check(abs(b["hotspots"] - a["hotspots"]) <= 1, f"{c}: hotspots slow")
ok(f"plausibility ranges; fire months {fire_months}/504, zero-damage months {zero_damage}/504; stocks slow")


# ---- yearly figures
def ann(w, c, y):
    if kind[c] == "stock":
        return data[(w, y, 12)][c]
    return sum(data[(w, y, m)][c] for m in range(1, 13))


clear_in, clear_total = 0, 0
for w in wards:
    c = w["code"]
    for y in (2022, 2023, 2024):
        n, d = ann(c, "social_order_crimes_cleared", y), ann(c, "social_order_crimes", y)
        rate = n / d
        check(0.75 <= rate <= 1.0, f"{c} {y}: clearance {rate:.3f}")
        clear_total += 1
        clear_in += 0.75 <= rate <= 0.95
        r = ann(c, "crime_reports_resolved", y) / ann(c, "crime_reports_received", y)
        check(0.90 <= r <= 1.0, f"{c} {y}: reports resolved {r:.3f}")
        a = ann(c, "admin_procedures_on_time", y) / ann(c, "admin_procedures_received", y)
        check(0.97 <= a <= 1.0, f"{c} {y}: admin on time {a:.4f}")
check(clear_in >= 0.8 * clear_total, "clearance mostly 75-95%")
ok(f"yearly rates: clearance 75-100% everywhere, {clear_in}/{clear_total} ward-years in 75-95%; "
   "reports resolved 90-100%; admin on time 97-100%")


def months(w, c, years):
    return [data[(w, y, m)][c] for y in years for m in range(1, 13)]


S = "social_order_crimes"
seeded = [
    (ann("duc-xuan", S, 2022) == 31 and ann("duc-xuan", S, 2023) == 24, "duc-xuan crimes 31 -> 24"),
    (all(data[("duc-xuan", 2023, m)]["crime_reports_resolved"] == data[("duc-xuan", 2023, m)]["crime_reports_received"]
         for m in range(1, 13)), "duc-xuan 2023 reports 100%"),
    (ann("duc-xuan", "admin_procedures_on_time", 2023) == ann("duc-xuan", "admin_procedures_received", 2023),
     "duc-xuan 2023 admin on time 100%"),
    (ann("duc-xuan", "admin_procedures_received", 2023) % 5 == 0 and
     5 * ann("duc-xuan", "admin_procedures_early", 2023) == ann("duc-xuan", "admin_procedures_received", 2023),
     "duc-xuan 2023 admin early exactly 20%"),
    (all(v == 6 for v in months("duc-xuan", "fire_safety_groups", (2024,)) + [ann("duc-xuan", "fire_safety_groups", 2023)])
     and data[("duc-xuan", 2022, 1)]["fire_safety_groups"] < 6 and ann("duc-xuan", "fire_safety_groups", 2022) < 6,
     "duc-xuan fire_safety_groups 6 from Dec 2023, lower in 2022"),
    (all(v == 6 for v in months("duc-xuan", "public_fire_points", (2024,)) + [ann("duc-xuan", "public_fire_points", 2023)])
     and ann("duc-xuan", "public_fire_points", 2022) < 6, "duc-xuan public_fire_points 6 from Dec 2023, lower in 2022"),
    (ann("phu-la", S, 2022) == 25 and ann("phu-la", S, 2023) == 23, "phu-la crimes 25 -> 23"),
    (all(v == 0 for v in months("phu-la", "serious_crimes", (2023,))), "phu-la 2023 no serious crime"),
    (all(v == 0 for v in months("phu-la", "hotspots", (2023,))), "phu-la 2023 no hotspot"),
    (months("phu-la", "crime_reports_resolved", (2023,)) == months("phu-la", "crime_reports_received", (2023,)),
     "phu-la 2023 reports 100%"),
    (ann("phu-la", "social_order_crimes_cleared", 2023) / ann("phu-la", S, 2023) > 0.9, "phu-la 2023 clearance > 90%"),
    (ann("phu-la", "fire_deaths", 2023) == 0 and ann("phu-la", "fire_injuries", 2023) == 0
     and ann("phu-la", "fire_damage", 2023) < 0.1, "phu-la 2023 no serious fire"),
    (ann("tan-dong", S, 2022) == 15 and ann("tan-dong", S, 2023) == 12, "tan-dong crimes 15 -> 12"),
    (ann("tao-xuyen", "security_incidents", 2023) == 24 and ann("tao-xuyen", "security_incidents", 2024) == 10,
     "tao-xuyen incidents 24 -> 10"),
    (ann("tao-xuyen", S, 2023) == 8 and ann("tao-xuyen", S, 2024) == 2, "tao-xuyen crimes 8 -> 2"),
    (ann("tao-xuyen", "social_evils", 2023) == 4 and ann("tao-xuyen", "social_evils", 2024) == 1,
     "tao-xuyen social evils 4 -> 1"),
    (ann("tao-xuyen", "social_order_crimes_cleared", 2024) == 2, "tao-xuyen 2024 cleared 2 (100%)"),
    (all(v == 0 for v in months("tao-xuyen", "hotspots", (2022, 2023, 2024))), "tao-xuyen no hotspot 2022-2024"),
    (all(12100 <= v <= 12300 for v in months("tao-xuyen", "population", (2022, 2023, 2024))),
     "tao-xuyen population 12,100-12,300"),
    (all(v == 0 for c in ("serious_crimes", "economic_crimes") for v in months("dien-bien", c, (2022, 2023))),
     "dien-bien no serious/economic crime 2022-2023"),
    (ann("kim-ma", "traffic_deaths", 2023) == 0 and ann("kim-ma", "traffic_deaths", 2024) == 1,
     "kim-ma traffic deaths 0 -> 1"),
] + [
    (all(data[(w, y, m)]["crime_reports_resolved"] == data[(w, y, m)]["crime_reports_received"]
         and data[(w, y, m)]["admin_procedures_on_time"] == data[(w, y, m)]["admin_procedures_received"]
         for m in range(1, 13)), f"{w} {y} (model year): reports 100%, admin 100% on time")
    for w, y in (("dien-bien", 2022), ("tan-dong", 2023), ("tao-xuyen", 2024))
]
for cond, msg in seeded:
    check(cond, msg)
flows = [c for c in codes if kind[c] == "flow"]
ups = [(w["code"], c, y) for w in wards for c in flows for y in (2023, 2024)
       if ann(w["code"], c, y) > ann(w["code"], c, y - 1)]
from_zero = [t for t in ups if ann(t[0], t[1], t[2] - 1) == 0]
check(any(c == S for _, c, _ in ups), "some social_order_crimes increase")
check(from_zero, "some flow from 0 to > 0")
ok(f"{len(seeded)} seeded figures exact; {len(ups)} ward-year increases, {len(from_zero)} from zero")

# ---- broken file
raw = (SAMPLE / "errors" / "bac-kan-2024-12-with-errors.csv").read_bytes()
check(not raw.startswith(BOM), "errors: no BOM")
erows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
check(erows[0] == ["ward_code", "ward_name", "period"] + codes + ["ghi_chu_khong_ro"], "errors: header")
main_text = {}
for (w, y, m), v in data.items():
    if w in {u["code"] for u in wards if province(u) == "bac-kan"}:
        main_text[(w, y, m)] = [f"{v[c]:.{dec[c]}f}" if dec[c] else str(v[c]) for c in codes]
names = {u["code"]: u["name_vi"] for u in wards}
# row number -> (ward_code, period, source ward, source (y, m), fault column, fault value, note)
expect = {
    2: ("duc-xuan", "2024-12", "duc-xuan", (2024, 12), None, None, ""),
    3: ("song-cau", "2024-12", "song-cau", (2024, 12), None, None, ""),
    4: ("phuong-khong-ton-tai", "2024-12", "duc-xuan", (2024, 12), None, None, ""),
    5: ("huyen-tung", "2024-13", "huyen-tung", (2024, 12), None, None, ""),
    6: ("xuat-hoa", "2099-01", "xuat-hoa", (2024, 12), None, None, ""),
    7: ("phung-chi-kien", "2024-12", "phung-chi-kien", (2024, 12), "social_order_crimes", "-2", ""),
    8: ("nguyen-thi-minh-khai", "2024-12", "nguyen-thi-minh-khai", (2024, 12), "traffic_accidents", "1,5", ""),
    9: ("song-cau", "2024-11", "song-cau", (2024, 11), "public_fire_points", "nhiều", ""),
    10: ("xuat-hoa", "2024-12", "xuat-hoa", (2024, 12), None, None, "x"),
}
check(len(erows) == 1 + len(expect), "errors: row count")
for n, (wc, per, src, (y, m), col, val, note) in expect.items():
    r = erows[n - 1]
    check(r[0] == wc and r[2] == per, f"errors row {n}: key")
    if wc in names:
        check(r[1] == names[wc], f"errors row {n}: name")
    exp_vals = list(main_text[(src, y, m)])
    if col:
        i = codes.index(col)
        check(exp_vals[i] != val, f"errors row {n}: fault differs from main")
        exp_vals[i] = val
    check(r[3:-1] == exp_vals, f"errors row {n}: values identical to main file apart from the fault")
    check(r[-1] == note, f"errors row {n}: ghi_chu_khong_ro")
check('"1,5"' in raw.decode("utf-8"), "errors: 1,5 quoted")
readme = (SAMPLE / "errors" / "README.md").read_text(encoding="utf-8")
for n, (wc, per, _, _, col, _, _) in expect.items():
    check(re.search(rf"^\| {n} \| {re.escape(wc)} \| {re.escape(per)} \| ", readme, re.M), f"errors README row {n}")
ok("errors file: no BOM, header + trailing unknown column, 9 rows identical to main apart from faults; README rows")

# ---- main README numbers
readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
for w in wards:
    c = w["code"]
    pat = rf"^\| {re.escape(c)} \| {ann(c, S, 2023)} \| {ann(c, S, 2024)} \| [^|]+ \| " \
          rf"{ann(c, 'security_incidents', 2023)} \| {ann(c, 'security_incidents', 2024)} \|"
    check(re.search(pat, readme, re.M), f"README totals for {c}")
ok("README per-ward 2023/2024 totals match the files")
print(f"ALL CHECKS PASSED ({len(done)} groups)")
