#!/usr/bin/env python3
"""Generate the wardstat sample statistics (deterministic, standard library only).

Produces, from catalog/indicators.csv and sample-data/org-units.csv:

* sample-data/statistics/<province>-2022-2024.csv - monthly "wide" statistics for
  every ward, 2022-01 .. 2024-12, one column per flow/stock indicator (rates are
  never written, they are derived). bac-kan uses Vietnamese headers, MM/YYYY
  periods, decimal commas and a UTF-8 BOM; the other provinces use code headers,
  YYYY-MM periods, decimal dots and UTF-8 without BOM. Every cell is filled.
* sample-data/errors/bac-kan-2024-12-with-errors.csv + README.md - a file with
  deliberate faults that exercises the reject path.
* sample-data/README.md - formats and the annual totals actually written,
  computed by re-reading the written files.

Seeded figures it guarantees exactly (annual = sum of months for flows,
December value for stocks), from the source articles (shared/domain.md):

* duc-xuan: social_order_crimes 2022 = 31, 2023 = 24 (-7); 2023 crime reports
  100% resolved, admin procedures 100% on time and exactly 20% early;
  fire_safety_groups = public_fire_points = 6 from 2023 on (lower in 2022).
* phu-la: social_order_crimes 2022 = 25, 2023 = 23 (-8%); 2023: no serious crime,
  no hotspot in any month, 100% of crime reports resolved, clearance 21/23.
* tan-dong: social_order_crimes 2022 = 15, 2023 = 12 (-20%).
* tao-xuyen: security_incidents 2023 = 24, 2024 = 10 (-58%); social_order_crimes
  8 -> 2 and social_evils 4 -> 1 (-75%); 2024 clearance 2/2; no hotspot in any
  month; population 12,100-12,300.
* dien-bien: no serious and no economic crime in any month of 2022 and 2023.
* kim-ma: traffic_deaths 2023 = 0, 2024 = 1 (an increase from zero).
* the years the seeds report a ward as meeting the model-ward criteria (dien-bien 2022,
  21/22; tan-dong 2023, 22/22; tao-xuyen 2024, 20/20, "100% tin báo ... được tiếp nhận
  và xử lý"): every crime report resolved and every administrative procedure on time, as
  the sample criteria in catalog/criteria/ require.

Run:  python3 sample-data/tools/generate_statistics.py
Re-running it rewrites byte-identical files (fixed seed, per-ward random streams).
"""
import csv
import random
from pathlib import Path

SEED = 20240615
YEARS = (2022, 2023, 2024)
MONTHS = [(y, m) for y in YEARS for m in range(1, 13)]  # 36 months

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent
REPO = SAMPLE.parent
CATALOG = REPO / "catalog" / "indicators.csv"
ORG_UNITS = SAMPLE / "org-units.csv"
STAT_DIR = SAMPLE / "statistics"
ERR_DIR = SAMPLE / "errors"

VI_HEADER_PROVINCES = {"bac-kan"}  # Vietnamese headers, MM/YYYY, decimal comma, BOM

# Per-ward profile. crimes = annual social_order_crimes for 2022, 2023, 2024.
WARDS = {
    # ward                   population area m2  crimes         admin/month officers
    "duc-xuan":             dict(pop=9800,  area=265.0, crimes=(31, 24, 22), admin=320, off=22),
    "phung-chi-kien":       dict(pop=11500, area=230.0, crimes=(27, 22, 25), admin=360, off=21),
    "huyen-tung":           dict(pop=7200,  area=180.5, crimes=(14, 16, 13), admin=210, off=17),
    "nguyen-thi-minh-khai": dict(pop=8600,  area=210.0, crimes=(19, 17, 20), admin=260, off=19),
    "xuat-hoa":             dict(pop=6300,  area=175.0, crimes=(12, 11, 9),  admin=190, off=16),
    "song-cau":             dict(pop=10400, area=240.0, crimes=(21, 18, 15), admin=300, off=20),
    "dien-bien":            dict(pop=10200, area=152.0, crimes=(22, 19, 17), admin=430, off=26),
    "quan-thanh":           dict(pop=20800, area=310.0, crimes=(33, 29, 34), admin=480, off=27),
    "kim-ma":               dict(pop=23200, area=345.5, crimes=(36, 32, 30), admin=520, off=29),
    "phu-la":               dict(pop=18900, area=290.0, crimes=(25, 23, 20), admin=450, off=25),
    "mo-lao":               dict(pop=24100, area=380.0, crimes=(38, 35, 37), admin=540, off=28),
    "phu-thuong":           dict(pop=16800, area=270.0, crimes=(20, 18, 16), admin=380, off=24),
    "tan-dong":             dict(pop=13500, area=255.0, crimes=(15, 12, 11), admin=330, off=21),
    "tao-xuyen":            dict(pop=12140, area=220.0, crimes=(9, 8, 2),    admin=280, off=20),
}

# Exact annual totals (flows) that the seeds require, beyond the crimes above.
FIXED_TOTALS = {
    ("tao-xuyen", "security_incidents", 2023): 24,
    ("tao-xuyen", "security_incidents", 2024): 10,
    ("tao-xuyen", "social_evils", 2023): 4,
    ("tao-xuyen", "social_evils", 2024): 1,
    ("tao-xuyen", "social_order_crimes_cleared", 2024): 2,
    ("phu-la", "social_order_crimes_cleared", 2023): 21,
    ("duc-xuan", "social_order_crimes_cleared", 2023): 22,
}

# Month-by-month schedules for stocks that the seeds pin: list of (first month, value).
STOCK_STEPS = {
    ("duc-xuan", "fire_safety_groups"): [((2022, 1), 3), ((2022, 6), 4), ((2022, 11), 5), ((2023, 4), 6)],
    ("duc-xuan", "public_fire_points"): [((2022, 1), 2), ((2022, 4), 3), ((2022, 9), 4), ((2023, 2), 5),
                                         ((2023, 7), 6)],
    ("phu-la", "hotspots"): [((2022, 1), 1), ((2022, 9), 0)],
    ("tao-xuyen", "hotspots"): [((2022, 1), 0)],
}

# (ward, year) pairs where all crime reports are resolved / admin procedures on time.
FULL_REPORTS = {("duc-xuan", 2023), ("phu-la", 2023), ("song-cau", 2024), ("xuat-hoa", 2024)}
FULL_ADMIN = {("duc-xuan", 2023), ("song-cau", 2024), ("xuat-hoa", 2024)}
NO_SERIOUS = {("dien-bien", 2022), ("dien-bien", 2023), ("phu-la", 2023)}
NO_ECONOMIC = {("dien-bien", 2022), ("dien-bien", 2023)}
MILD_FIRES = {("phu-la", 2023)}
# Model years from the seeds: all reports resolved and all procedures on time. Applied after the
# random draws, so every other figure of the ward stays what it was.
MODEL_YEARS = {("dien-bien", 2022), ("tan-dong", 2023), ("tao-xuyen", 2024)}  # fires allowed, but no death, no injury, tiny damage


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def load_catalog():
    inds = [r for r in read_csv(CATALOG) if r["kind"] in ("flow", "stock")]
    for r in inds:
        r["decimals"] = int(r["decimals"])
    return inds


def load_wards():
    units = read_csv(ORG_UNITS)
    by_code = {u["code"]: u for u in units}
    wards = []
    for u in units:
        # wards without a profile (e.g. formed by the 2025 merger, or listed only for rollout
        # counts) get no generated statistics
        if u["level"] != "ward" or u["code"] not in WARDS:
            continue
        p = u
        while p["level"] != "province":
            p = by_code[p["parent_code"]]
        wards.append(dict(code=u["code"], name_vi=u["name_vi"], province=p["code"]))
    return wards, [u["code"] for u in units if u["level"] == "province"]


def distribute(rng, total, lo, hi):
    """Spread `total` units over months, each month between lo[i] and hi[i]."""
    vals = list(lo)
    rem = total - sum(vals)
    if rem < 0 or rem > sum(hi) - sum(lo):
        raise ValueError(f"cannot distribute {total} within {lo}..{hi}")
    weights = [rng.uniform(0.5, 1.5) for _ in vals]
    while rem:
        cand = [i for i in range(len(vals)) if vals[i] < hi[i]]
        i = rng.choices(cand, weights=[weights[i] for i in cand])[0]
        vals[i] += 1
        rem -= 1
    return vals


def chance(rng, p):
    return 1 if rng.random() < p else 0


def steps_to_series(steps):
    out, cur, k = [], None, 0
    for ym in MONTHS:
        while k < len(steps) and steps[k][0] <= ym:
            cur = steps[k][1]
            k += 1
        out.append(cur)
    return out


def random_steps(rng, start, n_changes, delta_choices, lo, hi):
    series, cur = [], start
    change_at = set(rng.sample(range(1, 36), n_changes))
    for i in range(36):
        if i in change_at:
            cur = min(hi, max(lo, cur + rng.choice(delta_choices)))
        series.append(cur)
    return series


def gen_ward(code, prof):
    """Return {indicator code: [36 scaled integers]} for one ward."""
    rng = random.Random(f"{SEED}:{code}")
    s = {}

    def year_slice(y):
        i = YEARS.index(y) * 12
        return range(i, i + 12)

    def fixed(ind, y, default):
        return FIXED_TOTALS.get((code, ind, y), default)

    # --- social-order crimes, cleared, suspects, serious
    crimes, cleared, serious = [], [], []
    for y, total in zip(YEARS, prof["crimes"]):
        c = distribute(rng, total, [0] * 12, [5] * 12)
        cl_total = fixed("social_order_crimes_cleared", y, round(total * rng.uniform(0.78, 0.93)))
        cl = distribute(rng, cl_total, [0] * 12, c)
        if (code, y) in NO_SERIOUS:
            se = [0] * 12
        else:
            se = [sum(chance(rng, 0.12) for _ in range(n)) for n in c]
        crimes += c
        cleared += cl
        serious += se
    s["social_order_crimes"] = crimes
    s["social_order_crimes_cleared"] = cleared
    s["social_order_suspects"] = [n + sum(chance(rng, 0.35) for _ in range(n)) for n in cleared]
    s["serious_crimes"] = serious

    # --- other crime families (monthly, small)
    s["economic_crimes"] = [0 if (code, y) in NO_ECONOMIC else chance(rng, 0.08) for (y, m) in MONTHS]
    s["drug_crimes"] = [rng.choices([0, 1, 2], [0.76, 0.2, 0.04])[0] for _ in MONTHS]
    s["environment_crimes"] = [chance(rng, 0.03) for _ in MONTHS]
    evils = []
    for y in YEARS:
        t = FIXED_TOTALS.get((code, "social_evils", y))
        if t is None:
            evils += [rng.choices([0, 1, 2], [0.75, 0.2, 0.05])[0] for _ in range(12)]
        else:
            evils += distribute(rng, t, [0] * 12, [2] * 12)
    s["social_evils"] = evils

    # --- security incidents: never fewer than the social-order crimes of the month
    inc = []
    for y in YEARS:
        c = [crimes[i] for i in year_slice(y)]
        default = sum(c) + round(sum(c) * rng.uniform(0.5, 1.0)) + rng.randint(2, 8)
        inc += distribute(rng, fixed("security_incidents", y, default), c, [n + 6 for n in c])
    s["security_incidents"] = inc

    # --- traffic
    acc = [rng.choices([0, 1, 2], [0.55, 0.35, 0.10])[0] for _ in MONTHS]
    deaths = [sum(chance(rng, 0.08) for _ in range(a)) for a in acc]
    inj = [sum(rng.choices([0, 1, 2], [0.2, 0.6, 0.2])[0] for _ in range(a)) for a in acc]
    if code == "kim-ma":  # seeded increase from zero: 2023 = 0, 2024 = 1
        for i in year_slice(2023):
            deaths[i] = 0
        idx24 = [i for i in year_slice(2024)]
        for i in idx24:
            deaths[i] = 0
        with_acc = [i for i in idx24 if acc[i] > 0]
        if not with_acc:
            acc[idx24[6]] = 1
            with_acc = [idx24[6]]
        deaths[rng.choice(with_acc)] = 1
    s["traffic_accidents"], s["traffic_deaths"], s["traffic_injuries"] = acc, deaths, inj

    # --- fires (damage in hundredths of a billion VND)
    fires, fd, fi, dmg = [], [], [], []
    for (y, m) in MONTHS:
        f = chance(rng, 0.06)
        mild = (code, y) in MILD_FIRES
        fires.append(f)
        fd.append(0 if (not f or mild) else chance(rng, 0.04))
        fi.append(0 if (not f or mild) else chance(rng, 0.25))
        dmg.append(0 if not f else (rng.randint(1, 4) if mild else rng.randint(2, 60)))
    if (code, 2023) in MILD_FIRES:  # show one harmless fire in the model year
        i = year_slice(2023)[4]
        fires[i], fd[i], fi[i], dmg[i] = 1, 0, 0, 2
    s["fires"], s["fire_deaths"], s["fire_injuries"], s["fire_damage"] = fires, fd, fi, dmg

    # --- crime reports (tin bao): received 1..6, resolved <= received, yearly >= 90%
    rec = [min(6, max(1, crimes[i] + rng.randint(0, 2))) for i in range(36)]
    res = []
    for y in YEARS:
        idx = list(year_slice(y))
        if (code, y) in FULL_REPORTS:
            r = [rec[i] for i in idx]
        else:
            r = [rec[i] - (chance(rng, 0.2) if rec[i] >= 2 else 0) for i in idx]
            while sum(r) < 0.92 * sum(rec[i] for i in idx):  # keep the yearly share >= 92%
                j = rng.choice([k for k in range(12) if r[k] < rec[idx[k]]])
                r[j] += 1
        res += r
    for y in YEARS:
        if (code, y) in MODEL_YEARS:
            for i in year_slice(y):
                res[i] = rec[i]
    s["crime_reports_received"], s["crime_reports_resolved"] = rec, res

    # --- administrative procedures
    a_rec, a_ok, a_early = [], [], []
    for y in YEARS:
        r = [min(600, max(150, round(prof["admin"] * (1 + 0.04 * (y - 2022)) * rng.uniform(0.85, 1.15))))
             for _ in range(12)]
        if (code, y) in FULL_ADMIN:
            while sum(r) % 5:  # exact 20% early needs a total divisible by 5
                r[11] += 1 if r[11] < 600 else -1
            ok = list(r)
            early = distribute(rng, sum(r) // 5, [n // 5 - 2 for n in r], [n // 5 + 2 for n in r])
        else:
            ok = [n - rng.choice([0, 0, 0, 1, 2, 3]) for n in r]
            share = rng.uniform(0.08, 0.3)
            early = [round(n * share * rng.uniform(0.8, 1.2)) for n in ok]
        a_rec += r
        a_ok += ok
        a_early += early
    for y in YEARS:
        if (code, y) in MODEL_YEARS:  # early stays below on time: it was drawn from a smaller figure
            for i in year_slice(y):
                a_ok[i] = a_rec[i]
    s["admin_procedures_received"] = a_rec
    s["admin_procedures_on_time"] = a_ok
    s["admin_procedures_early"] = a_early

    # --- stocks
    def stock(ind, default):
        steps = STOCK_STEPS.get((code, ind))
        return steps_to_series(steps) if steps else default

    s["hotspots"] = stock("hotspots", random_steps(rng, rng.choice([0, 1, 1, 2]), rng.randint(0, 2), [-1, 1], 0, 2))
    s["fire_safety_groups"] = stock("fire_safety_groups",
                                    random_steps(rng, rng.randint(2, 5), rng.randint(1, 4), [1], 0, 12))
    s["public_fire_points"] = stock("public_fire_points",
                                    random_steps(rng, rng.randint(1, 4), rng.randint(1, 4), [1], 0, 12))
    s["security_teams"] = random_steps(rng, rng.randint(6, 12), rng.randint(0, 3), [1, 1, -1], 5, 15)
    s["officers"] = random_steps(rng, prof["off"], rng.randint(2, 5), [1, -1], 15, 30)
    growth = 0.003 if code == "tao-xuyen" else rng.uniform(0.004, 0.012)
    s["population"] = [round(prof["pop"] * (1 + growth) ** (i / 12)) + rng.randint(-4, 4) for i in range(36)]
    s["hq_floor_area"] = [round(prof["area"] * 10)] * 36  # tenths of m2, constant
    return s


def fmt(v, decimals, sep):
    if decimals == 0:
        return str(v)
    scale = 10 ** decimals
    return f"{v // scale}{sep}{v % scale:0{decimals}d}"


def parse_num(text, decimals):
    """Inverse of fmt for either separator: returns the scaled integer."""
    text = text.replace(",", ".")
    if decimals == 0:
        return int(text)
    whole, _, frac = text.partition(".")
    return int(whole) * 10 ** decimals + int(frac.ljust(decimals, "0"))


def code_header(inds):
    return ["ward_code", "ward_name", "period"] + [i["code"] for i in inds]


def write_statistics(inds, wards, provinces, data):
    STAT_DIR.mkdir(parents=True, exist_ok=True)
    files = {}
    for prov in provinces:
        pw = [w for w in wards if w["province"] == prov]
        if not pw:
            continue
        vi = prov in VI_HEADER_PROVINCES
        path = STAT_DIR / f"{prov}-2022-2024.csv"
        with open(path, "w", encoding="utf-8-sig" if vi else "utf-8", newline="") as f:
            wr = csv.writer(f, lineterminator="\n")
            if vi:
                wr.writerow(["Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo"] + [i["name_vi"] for i in inds])
            else:
                wr.writerow(code_header(inds))
            for w in pw:
                for k, (y, m) in enumerate(MONTHS):
                    period = f"{m:02d}/{y}" if vi else f"{y}-{m:02d}"
                    vals = [fmt(data[w["code"]][i["code"]][k], i["decimals"], "," if vi else ".") for i in inds]
                    wr.writerow([w["code"], w["name_vi"], period] + vals)
        files[prov] = path
    return files


def read_back(inds, files):
    """Re-read the written files: {ward: {(y, m): {code: scaled int}}}."""
    out = {}
    for prov, path in files.items():
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        for r in rows[1:]:
            if "/" in r[2]:
                mm, yy = r[2].split("/")
            else:
                yy, mm = r[2].split("-")
            out.setdefault(r[0], {})[(int(yy), int(mm))] = {
                i["code"]: parse_num(v, i["decimals"]) for i, v in zip(inds, r[3:])}
    return out


def annual(back, ward, ind, year, kind):
    if kind == "stock":
        return back[ward][(year, 12)][ind]
    return sum(back[ward][(year, m)][ind] for m in range(1, 13))


def write_errors(inds, wards, back):
    ERR_DIR.mkdir(parents=True, exist_ok=True)
    names = {w["code"]: w["name_vi"] for w in wards}
    extra = "ghi_chu_khong_ro"

    def row(ward, src_period, period=None, code=None, name=None, override=None, note=""):
        """A row carrying the main file's values of `ward` in `src_period`, then the fault."""
        vals = {i["code"]: fmt(back[ward][src_period][i["code"]], i["decimals"], ".") for i in inds}
        vals.update(override or {})
        y, m = src_period
        return [code or ward, name or names[ward], period or f"{y}-{m:02d}"] + \
            [vals[i["code"]] for i in inds] + [note]

    dec = (2024, 12)
    spec = [  # (row, fault column, English, Vietnamese)
        (row("duc-xuan", dec), "-", "good row, identical to statistics/bac-kan-2022-2024.csv",
         "dòng đúng, trùng khớp tệp chính"),
        (row("song-cau", dec), "-", "good row, identical to statistics/bac-kan-2022-2024.csv",
         "dòng đúng, trùng khớp tệp chính"),
        (row("duc-xuan", dec, code="phuong-khong-ton-tai", name="Phường Không Tồn Tại"),
         "ward_code", "unknown ward code (values copied from duc-xuan 2024-12)",
         "mã đơn vị không tồn tại (số liệu chép từ duc-xuan 12/2024)"),
        (row("huyen-tung", dec, period="2024-13"), "period",
         "malformed period 2024-13 (values of huyen-tung 2024-12)",
         "kỳ báo cáo sai định dạng 2024-13 (số liệu của huyen-tung 12/2024)"),
        (row("xuat-hoa", dec, period="2099-01"), "period",
         "period in the future 2099-01 (values of xuat-hoa 2024-12)",
         "kỳ báo cáo ở tương lai 2099-01 (số liệu của xuat-hoa 12/2024)"),
        (row("phung-chi-kien", dec, override={"social_order_crimes": "-2"}), "social_order_crimes",
         "negative count -2", "số vụ âm -2"),
        (row("nguyen-thi-minh-khai", dec, override={"traffic_accidents": "1,5"}), "traffic_accidents",
         "non-integer count \"1,5\"", "số vụ không nguyên \"1,5\""),
        (row("song-cau", (2024, 11), override={"public_fire_points": "nhiều"}), "public_fire_points",
         "not a number \"nhiều\" (song-cau 2024-11)", "không phải số \"nhiều\" (song-cau 11/2024)"),
        (row("xuat-hoa", dec, note="x"), extra,
         "value \"x\" in unknown column ghi_chu_khong_ro; all other cells identical to the main file",
         "giá trị \"x\" ở cột không xác định ghi_chu_khong_ro; các ô khác trùng khớp tệp chính"),
    ]
    path = ERR_DIR / "bac-kan-2024-12-with-errors.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(code_header(inds) + [extra])
        for r, *_ in spec:
            wr.writerow(r)

    lines = [
        "# bac-kan-2024-12-with-errors.csv",
        "",
        "Tệp lỗi cố ý để kiểm tra luồng loại bỏ (reject). Mã hóa UTF-8 không BOM, tiêu đề theo mã chỉ tiêu,",
        "kỳ báo cáo dạng YYYY-MM, dấu chấm thập phân. Dòng 1 là tiêu đề. Ngoài lỗi được mô tả, mỗi dòng",
        "trùng khớp số liệu của phường/kỳ đó trong `statistics/bac-kan-2022-2024.csv`.",
        "",
        "A deliberately broken file for the reject path. UTF-8 without BOM, code headers, YYYY-MM periods,",
        "decimal dots. Row 1 is the header. Apart from the described fault, every row carries exactly the",
        "values of that ward and month in `statistics/bac-kan-2022-2024.csv`. The trailing column",
        f"`{extra}` is not an indicator; it is blank in every row except row {len(spec) + 1}.",
        "",
        "| Row / Dòng | ward_code | period | Column / Cột | Fault (EN) | Lỗi (VI) |",
        "|---|---|---|---|---|---|",
    ]
    for n, (r, col, en, vi) in enumerate(spec, start=2):
        lines.append(f"| {n} | {r[0]} | {r[2]} | {col} | {en} | {vi} |")
    lines += [
        "",
        "Note: row 7 (social_order_crimes = -2) also makes cross-checks such as",
        "`social_order_crimes_cleared <= social_order_crimes` fail as a consequence; the fault to",
        "report is the negative value. / Ghi chú: dòng 7 có số âm nên các kiểm tra chéo (số vụ khám",
        "phá <= số vụ xảy ra) cũng sai theo; lỗi gốc là số âm.",
        "",
    ]
    (ERR_DIR / "README.md").write_text("\n".join(lines), encoding="utf-8")
    return path


def write_readme(inds, wards, back):
    kind = {i["code"]: i["kind"] for i in inds}

    def a(w, ind, y):
        return annual(back, w, ind, y, kind[ind])

    def pct(n, d):
        return f"{100 * n / d:.1f}%"

    def chg(prev, cur):
        if prev == 0:
            return f"+{cur} (prior 0)" if cur else "0"
        return f"{cur - prev:+d}, {100 * (cur - prev) / prev:+.1f}%"

    def all_months(w, ind, y, val):
        return all(back[w][(y, m)][ind] == val for m in range(1, 13))

    dx, pl, td, tx = "duc-xuan", "phu-la", "tan-dong", "tao-xuyen"
    pops = [back[tx][ym]["population"] for ym in MONTHS]
    seeded = [
        (dx, "social_order_crimes", "2022 / 2023", "31 / 24 (-7)",
         f"{a(dx, 'social_order_crimes', 2022)} / {a(dx, 'social_order_crimes', 2023)} "
         f"({chg(a(dx, 'social_order_crimes', 2022), a(dx, 'social_order_crimes', 2023))})"),
        (dx, "crime_reports_resolved / received", "2023", "100%",
         f"{a(dx, 'crime_reports_resolved', 2023)} / {a(dx, 'crime_reports_received', 2023)}"),
        (dx, "admin_procedures_on_time / received", "2023", "100%",
         f"{a(dx, 'admin_procedures_on_time', 2023)} / {a(dx, 'admin_procedures_received', 2023)}"),
        (dx, "admin_procedures_early / received", "2023", "20%",
         f"{a(dx, 'admin_procedures_early', 2023)} / {a(dx, 'admin_procedures_received', 2023)} = "
         f"{pct(a(dx, 'admin_procedures_early', 2023), a(dx, 'admin_procedures_received', 2023))}"),
        (dx, "fire_safety_groups (Dec)", "2022 / 2023 / 2024", "lower / 6 / 6",
         " / ".join(str(a(dx, "fire_safety_groups", y)) for y in YEARS)),
        (dx, "public_fire_points (Dec)", "2022 / 2023 / 2024", "lower / 6 / 6",
         " / ".join(str(a(dx, "public_fire_points", y)) for y in YEARS)),
        (pl, "social_order_crimes", "2022 / 2023", "25 / 23 (-8%)",
         f"{a(pl, 'social_order_crimes', 2022)} / {a(pl, 'social_order_crimes', 2023)} "
         f"({chg(a(pl, 'social_order_crimes', 2022), a(pl, 'social_order_crimes', 2023))})"),
        (pl, "serious_crimes (every month)", "2023", "0",
         f"{a(pl, 'serious_crimes', 2023)} (all months 0: {all_months(pl, 'serious_crimes', 2023, 0)})"),
        (pl, "hotspots (every month)", "2023", "0",
         f"max {max(back[pl][(2023, m)]['hotspots'] for m in range(1, 13))}"),
        (pl, "crime_reports_resolved / received", "2023", "100%",
         f"{a(pl, 'crime_reports_resolved', 2023)} / {a(pl, 'crime_reports_received', 2023)}"),
        (pl, "clearance (cleared / occurred)", "2023", "> 90%",
         f"{a(pl, 'social_order_crimes_cleared', 2023)} / {a(pl, 'social_order_crimes', 2023)} = "
         f"{pct(a(pl, 'social_order_crimes_cleared', 2023), a(pl, 'social_order_crimes', 2023))}"),
        (pl, "fires / deaths / injuries / damage (bn VND)", "2023", "none serious",
         f"{a(pl, 'fires', 2023)} / {a(pl, 'fire_deaths', 2023)} / {a(pl, 'fire_injuries', 2023)} / "
         f"{fmt(a(pl, 'fire_damage', 2023), 2, '.')}"),
        (td, "social_order_crimes", "2022 / 2023", "15 / 12 (-20%)",
         f"{a(td, 'social_order_crimes', 2022)} / {a(td, 'social_order_crimes', 2023)} "
         f"({chg(a(td, 'social_order_crimes', 2022), a(td, 'social_order_crimes', 2023))})"),
        (tx, "security_incidents", "2023 / 2024", "24 / 10 (-58%)",
         f"{a(tx, 'security_incidents', 2023)} / {a(tx, 'security_incidents', 2024)} "
         f"({chg(a(tx, 'security_incidents', 2023), a(tx, 'security_incidents', 2024))})"),
        (tx, "social_order_crimes", "2023 / 2024", "8 / 2 (-75%)",
         f"{a(tx, 'social_order_crimes', 2023)} / {a(tx, 'social_order_crimes', 2024)} "
         f"({chg(a(tx, 'social_order_crimes', 2023), a(tx, 'social_order_crimes', 2024))})"),
        (tx, "social_evils", "2023 / 2024", "4 / 1 (-75%)",
         f"{a(tx, 'social_evils', 2023)} / {a(tx, 'social_evils', 2024)} "
         f"({chg(a(tx, 'social_evils', 2023), a(tx, 'social_evils', 2024))})"),
        (tx, "clearance (cleared / occurred)", "2024", "2 / 2 = 100%",
         f"{a(tx, 'social_order_crimes_cleared', 2024)} / {a(tx, 'social_order_crimes', 2024)}"),
        (tx, "hotspots (every month)", "2022-2024", "0",
         f"max {max(back[tx][ym]['hotspots'] for ym in MONTHS)}"),
        (tx, "population (all months)", "2022-2024", "12,100-12,300", f"{min(pops)}-{max(pops)}"),
        ("dien-bien", "serious_crimes / economic_crimes", "2022, 2023", "0 every month",
         " ; ".join(f"{y}: {a('dien-bien', 'serious_crimes', y)} / {a('dien-bien', 'economic_crimes', y)}"
                    for y in (2022, 2023))),
        ("kim-ma", "traffic_deaths", "2023 / 2024", "0 / 1 (increase from zero)",
         f"{a('kim-ma', 'traffic_deaths', 2023)} / {a('kim-ma', 'traffic_deaths', 2024)}"),
    ] + [
        (w, "crime reports resolved / received; admin on time / received", str(y), "100% / 100% (model year)",
         f"{a(w, 'crime_reports_resolved', y)} / {a(w, 'crime_reports_received', y)}; "
         f"{a(w, 'admin_procedures_on_time', y)} / {a(w, 'admin_procedures_received', y)}")
        for w, y in sorted(MODEL_YEARS, key=lambda t: t[1])
    ]
    ind_cols = ", ".join(f"`{i['code']}`" for i in inds)
    lines = [
        "# Sample data",
        "",
        "Generated by `tools/generate_statistics.py` (deterministic, fixed seed; do not edit the",
        "statistics, errors or this README by hand - change the generator and re-run it:",
        "`python3 sample-data/tools/generate_statistics.py`). `tools/check_statistics.py` re-reads",
        "the files and asserts every constraint.",
        "",
        "## Files",
        "",
        "| File | Content |",
        "|---|---|",
        "| `org-units.csv` | org-unit tree (country > province > district > ward); 14 wards |",
        "| `statistics/bac-kan-2022-2024.csv` | monthly statistics 2022-01..2024-12, 6 Bắc Kạn wards, Vietnamese headers |",
        "| `statistics/ha-noi-2022-2024.csv` | same, 6 Hà Nội wards, code headers |",
        "| `statistics/binh-phuoc-2022-2024.csv` | same, Tân Đồng, code headers |",
        "| `statistics/thanh-hoa-2022-2024.csv` | same, Tào Xuyên, code headers |",
        "| `errors/bac-kan-2024-12-with-errors.csv` | deliberately broken file for the reject path, see `errors/README.md` |",
        "| `designations.csv` | rollout: wards selected and recognised, with the decision (written by hand, not generated; the note says what is from the articles and what is sample) |",
        "| `rollout-targets.csv` | rollout: share of wards to be recognised per area and year (by hand; Bình Phước's from its article, Bắc Kạn's 2030 from its city's plan, the rest sample) |",
        "| `tools/generate_statistics.py` | the generator |",
        "| `tools/check_statistics.py` | verification of every constraint |",
        "| `assessments.csv` | assessments of the assessed model-ward criteria (hand-written, not generated; see the main README) |",
        "",
        "## Formats",
        "",
        "All statistics files are comma-delimited \"wide\" CSV, RFC 4180 quoting (fields containing a comma",
        "are double-quoted), LF line endings, one row per ward and month, rows sorted by ward (order of",
        "`org-units.csv`) then period; 14 wards x 36 months = 504 rows in all. One column per indicator",
        "of kind `flow` or `stock` in `catalog/indicators.csv`, in catalog order; `rate` indicators are",
        "never stored (they are derived). Every cell is filled (a blank would mean \"not reported\").",
        "Flows are monthly counts; stocks are the value at the end of the month.",
        "",
        "| | `bac-kan-2022-2024.csv` | other provinces |",
        "|---|---|---|",
        "| Encoding | UTF-8 **with BOM** | UTF-8 without BOM |",
        "| Key columns | `Mã đơn vị`, `Tên đơn vị`, `Kỳ báo cáo` | `ward_code`, `ward_name`, `period` |",
        "| Indicator headers | `name_vi` exactly as in the catalog (quoted when it has a comma) | indicator `code` |",
        "| Period | `MM/YYYY` (e.g. `03/2024`) | `YYYY-MM` (e.g. `2024-03`) |",
        "| Decimals (`fire_damage` 2, `hq_floor_area` 1) | decimal comma, quoted: `\"0,35\"`, `\"265,0\"` | decimal dot: `0.35`, `265.0` |",
        "",
        "Integers are written plainly (no thousands separator). `fire_damage` is in billion VND,",
        "`hq_floor_area` in m² (constant per ward). The ward name column holds the ward's `name_vi`.",
        "",
        f"Indicator columns: {ind_cols}.",
        "",
        "Monthly invariants (every row): cleared <= occurred; serious <= occurred; security incidents",
        ">= social-order crimes; reports resolved <= received; early <= on time <= received;",
        "fire deaths/injuries/damage are 0 when fires = 0; traffic deaths <= 2 x accidents,",
        "injuries <= 3 x accidents.",
        "",
        "## Seeded figures (computed from the written files)",
        "",
        "Annual = sum of the 12 months for flows, December value for stocks.",
        "",
        "| Ward | Figure | Year | Required | Produced |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {w} | {f} | {y} | {r} | {p} |" for w, f, y, r, p in seeded]
    lines += [
        "",
        "## Annual totals per ward, 2023 and 2024",
        "",
        "| Ward | Social-order crimes 2023 | 2024 | change | Security incidents 2023 | 2024 | change |",
        "|---|---|---|---|---|---|---|",
    ]
    for w in wards:
        c = w["code"]
        s3, s4 = a(c, "social_order_crimes", 2023), a(c, "social_order_crimes", 2024)
        i3, i4 = a(c, "security_incidents", 2023), a(c, "security_incidents", 2024)
        lines.append(f"| {c} | {s3} | {s4} | {chg(s3, s4)} | {i3} | {i4} | {chg(i3, i4)} |")
    lines.append("")
    (SAMPLE / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    inds = load_catalog()
    wards, provinces = load_wards()
    codes = [i["code"] for i in inds]
    data = {}
    for w in wards:
        s = gen_ward(w["code"], WARDS[w["code"]])
        missing = set(codes) - set(s)
        if missing:
            raise SystemExit(f"generator has no rule for indicators {sorted(missing)}")
        data[w["code"]] = s
    files = write_statistics(inds, wards, provinces, data)
    back = read_back(inds, files)
    err = write_errors(inds, wards, back)
    write_readme(inds, wards, back)
    for p in list(files.values()) + [err, ERR_DIR / "README.md", SAMPLE / "README.md"]:
        print(f"wrote {p.relative_to(REPO)}")


if __name__ == "__main__":
    main()
