package org.wardstat.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small files whose rows are known by number, for explaining figures.
 * <ul>
 *   <li>{@code quy1.csv}: Đức Xuân and Xuất Hóa, January to March of 2023 and 2024; Sông Cầu 2024
 *       only (so it is left out of the comparison). Rows: Đức Xuân 2023 rows 2–4, 2024 rows 5–7;
 *       Xuất Hóa 2023 rows 8–10, 2024 rows 11–13; Sông Cầu rows 14–16;</li>
 *   <li>{@code sua.csv}: Đức Xuân's February 2024 crimes revised from 2 to 5, row 2;</li>
 *   <li>{@code ba-dinh.csv}: Điện Biên 1 and Quán Thánh 2 crimes a month from January 2024 to June
 *       2025 (rows 2–37, alternating), then Phường Ba Đình 4 a month, July to December 2025 (rows 38–43).</li>
 * </ul>
 * Bắc Kạn city, 2024-Q1, after both files: crimes 3+5+4 + 1+1+1 = 15; cleared 2+2+3 + 1+0+1 = 9,
 * a clearance rate of 60%; fire-safety groups at March 12 + 7 = 19. Phường Ba Đình 2025:
 * 6 × (1 + 2) + 6 × 4 = 42.
 */
public final class LineageFiles {

    private LineageFiles() {
    }

    static final String[][] QUARTER = {
            // ward, year, crimes, cleared, groups for months 1..3
            {"duc-xuan", "2023", "2,1,3", "1,1,2", "10,10,11"},
            {"duc-xuan", "2024", "3,2,4", "2,2,3", "11,12,12"},
            {"xuat-hoa", "2023", "1,0,2", "1,0,1", "5,5,5"},
            {"xuat-hoa", "2024", "1,1,1", "1,0,1", "6,6,7"},
            {"song-cau", "2024", "9,9,9", "1,1,1", "20,20,20"}};

    public static Path quarter(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("ward_code,period,social_order_crimes,social_order_crimes_cleared,fire_safety_groups\n");
        for (String[] ward : QUARTER) {
            String[] crimes = ward[2].split(",");
            String[] cleared = ward[3].split(",");
            String[] groups = ward[4].split(",");
            for (int m = 0; m < 3; m++) {
                csv.append(ward[0]).append(',').append(ward[1]).append("-0").append(m + 1).append(',')
                        .append(crimes[m]).append(',').append(cleared[m]).append(',').append(groups[m]).append('\n');
            }
        }
        return write(folder.resolve("quy1.csv"), csv.toString());
    }

    public static Path revision(Path folder) throws IOException {
        return write(folder.resolve("sua.csv"), "ward_code,period,social_order_crimes\nduc-xuan,2024-02,5\n");
    }

    public static Path merger(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("ward_code,period,social_order_crimes\n");
        for (int i = 0; i < 18; i++) {
            String month = java.time.YearMonth.of(2024, 1).plusMonths(i).toString();
            csv.append("dien-bien,").append(month).append(",1\n");
            csv.append("quan-thanh,").append(month).append(",2\n");
        }
        for (int m = 7; m <= 12; m++) {
            csv.append("phuong-ba-dinh,2025-").append(String.format("%02d", m)).append(",4\n");
        }
        return write(folder.resolve("ba-dinh.csv"), csv.toString());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
