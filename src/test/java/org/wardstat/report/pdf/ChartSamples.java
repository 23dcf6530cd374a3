package org.wardstat.report.pdf;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.wardstat.report.ReportContent;

/** Chart contents as a report for Thành phố Bắc Kạn would carry them. */
final class ChartSamples {

    private ChartSamples() {
    }

    static ReportContent.MonthlySeries monthly() {
        return new ReportContent.MonthlySeries("Tội phạm về trật tự xã hội từng tháng năm 2023 so với năm 2022", "Số vụ",
                "Năm 2023", "Năm 2022", List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"),
                numbers("2", "1", "3", "0", "2", "4", "1", "2", "3", "2", "2", "2"),
                numbers("3", "2", "3", "2", "4", "3", "2", "3", "2", "3", "2", null));
    }

    /** Crimes by ward: Đức Xuân up 3, Sông Cầu down 2, Nguyễn Thị Minh Khai unchanged, Xuất Hóa not comparable. */
    static ReportContent.ChangeChart changes() {
        return new ReportContent.ChangeChart("Thay đổi số vụ tội phạm về trật tự xã hội so với cùng kỳ", "Số vụ tăng (+), giảm (−)",
                List.of("Phường Đức Xuân", "Phường Sông Cầu", "Phường Nguyễn Thị Minh Khai", "Phường Xuất Hóa", "Phường Phùng Chí Kiên"),
                numbers("3", "-2", "0", null, "-5"), true);
    }

    static ReportContent.GroupChart groups() {
        return new ReportContent.GroupChart("Tiêu chí đạt theo nhóm", "Số tiêu chí đạt", "Tổng số tiêu chí", List.of(
                new ReportContent.GroupRow(1, "An ninh, trật tự", 3, 4),
                new ReportContent.GroupRow(2, "Xây dựng lực lượng", 5, 5),
                new ReportContent.GroupRow(3, "Phong trào toàn dân bảo vệ an ninh Tổ quốc", 2, 6),
                new ReportContent.GroupRow(4, "Cải cách hành chính, dịch vụ công", 0, 3)));
    }

    /** 2021 without a band, 2022–2024 against 20–40 %, 2025 against 50–70 %, 2026 no ward yet recognised data. */
    static ReportContent.RolloutChart rollout() {
        return new ReportContent.RolloutChart("Tỷ lệ phường được công nhận so với mục tiêu", "Tỷ lệ phường được công nhận",
                "Khoảng mục tiêu của năm", List.of(
                        year(2021, "0", null, null, "0%"),
                        year(2022, "16.67", "20", "40", "16,67%"),
                        year(2023, "33.33", "20", "40", "33,33%"),
                        year(2024, "50", "20", "40", "50%"),
                        year(2025, "100", "50", "70", "100%"),
                        year(2026, null, "80", "100", "")));
    }

    private static ReportContent.RolloutRow year(int year, String percent, String low, String high, String percentText) {
        BigDecimal bandLow = low == null ? null : new BigDecimal(low);
        BigDecimal bandHigh = high == null ? null : new BigDecimal(high);
        return new ReportContent.RolloutRow(year, 6, 3, 2, percent == null ? null : new BigDecimal(percent), bandLow, bandHigh,
                bandLow == null ? null : year, percentText, low == null ? "" : low + "–" + high + "%", "");
    }

    static List<BigDecimal> numbers(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }
}
