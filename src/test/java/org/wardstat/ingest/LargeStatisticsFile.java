package org.wardstat.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.catalog.OrgUnit;

/**
 * A wide statistics file large enough to be killed in the middle of: synthetic wards w1…wN of a
 * test province, every month of 2025, twelve indicators that no validation rule relates, and one
 * row in a thousand with a negative count (rejected), so that the only bad rows are the planted
 * ones. It knows what a clean load of it stores: how many values, and their sum.
 */
record LargeStatisticsFile(int wards, int months) {

    static final int BAD_EVERY = 1_000;
    static final String[] INDICATORS = {"social_order_crimes", "drug_crimes", "social_evils", "security_incidents",
            "traffic_accidents", "traffic_deaths", "traffic_injuries", "fires", "hotspots", "officers", "population", "public_fire_points"};

    int rows() {
        return wards * months;
    }

    int badRows() {
        return rows() / BAD_EVERY;
    }

    long goodValues() {
        return (long) (rows() - badRows()) * INDICATORS.length;
    }

    /** The sum of every value of every good row, as a clean load stores them. */
    long goodSum() {
        long sum = 0;
        int row = 0;
        for (int w = 1; w <= wards; w++) {
            for (int m = 1; m <= months; m++) {
                row++;
                if (row % BAD_EVERY != 0) {
                    for (int i = 0; i < INDICATORS.length; i++) {
                        sum += value(w, m, i);
                    }
                }
            }
        }
        return sum;
    }

    List<OrgUnit> units() {
        List<OrgUnit> units = new ArrayList<>();
        units.add(new OrgUnit("bench", "vn", "province", "Tỉnh Thử nghiệm", "Test province"));
        for (int w = 1; w <= wards; w++) {
            units.add(new OrgUnit("w" + w, "bench", "ward", "Phường " + w, "Ward " + w));
        }
        return units;
    }

    /** The same units as an org-unit file for `wardstat catalog --org-units`, with the country above them. */
    Path writeUnits(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,parent_code,level,name_vi,name_en\nvn,,country,Việt Nam,Viet Nam\n");
            for (OrgUnit unit : units()) {
                out.write(unit.code() + "," + unit.parentCode() + "," + unit.level() + "," + unit.nameVi() + "," + unit.nameEn() + "\n");
            }
        }
        return file;
    }

    Path write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ward_code,period," + String.join(",", INDICATORS) + "\n");
            int row = 0;
            for (int w = 1; w <= wards; w++) {
                for (int m = 1; m <= months; m++) {
                    row++;
                    out.write("w" + w + ",2025-" + (m < 10 ? "0" : "") + m);
                    for (int i = 0; i < INDICATORS.length; i++) {
                        out.write("," + (row % BAD_EVERY == 0 && i == 0 ? -1 : value(w, m, i)));
                    }
                    out.write('\n');
                }
            }
        }
        return file;
    }

    private static int value(int ward, int month, int indicator) {
        return (ward + month + indicator) % 7;
    }
}
