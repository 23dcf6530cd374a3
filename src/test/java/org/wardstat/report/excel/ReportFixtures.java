package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.wardstat.catalog.Indicator.Better;
import org.wardstat.catalog.Indicator.Kind;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.*;

/**
 * Hand-made report contents: an area of three wards (one named like a formula) and a ward.
 * Figures are chosen so every formula branch shows: a fall, a rate, a zero base, a missing value.
 */
final class ReportFixtures {

    static final String INJECTION = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String PLUS = "+1";
    static final String AT = "@SUM(A1)";

    private ReportFixtures() {
    }

    static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(ReportFixtures::n).toList();
    }

    /** Rows 5–10 of the indicator sheet: LOWER, HIGHER (rate), LOWER ×3 (zero base, missing, decimals), HIGHER. */
    static List<IndicatorRow> indicators() {
        return List.of(
                new IndicatorRow("TTXH", "Tội phạm về trật tự xã hội (số vụ xảy ra)", "vụ", Kind.FLOW, Better.LOWER, 0,
                        n("24"), n("31"), "24", "31", "\u22127", "\u221222,6%", "0,419", "dao động bình thường", "", true, true),
                new IndicatorRow("TTXH_KP_TL", "Tỷ lệ khám phá", "%", Kind.RATE, Better.HIGHER, 2,
                        n("83.40"), n("80.00"), "83,40%", "80%", "+3,4 điểm %", "—", "—", "", "", true, false),
                new IndicatorRow("MATUY", "Tội phạm về ma túy (số vụ)", "vụ", Kind.FLOW, Better.LOWER, 0,
                        n("3"), n("0"), "3", "0", "+3", "cùng kỳ không xảy ra", "0,250", "dao động bình thường", "", true, true),
                new IndicatorRow("TNGT", "Tai nạn giao thông (số vụ)", "vụ", Kind.FLOW, Better.LOWER, 0,
                        n("5"), null, "5", "không có số liệu", "—", "—", "—", "không so sánh được", "", false, false),
                new IndicatorRow("CHAY_TH", "Thiệt hại do cháy, nổ", "tỷ đồng", Kind.FLOW, Better.LOWER, 2,
                        n("27.92"), n("30.50"), "27,92", "30,50", "\u22122,58", "\u22128,5%", "—", "", "", true, false),
                new IndicatorRow("TLG", "Tổ liên gia an toàn PCCC", "tổ", Kind.STOCK, Better.HIGHER, 0,
                        n("1234"), n("1000"), "1.234", "1.000", "+234", "+23,4%", "—", "", "trên 2/3 phường", true, false));
    }

    static MonthlySeries series() {
        List<String> months = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12");
        return new MonthlySeries("Tội phạm về trật tự xã hội từng tháng năm 2025 so với năm 2024", "vụ",
                "Năm 2025", "Năm 2024", months,
                values("2", "3", "1", "2", "4", "2", "1", "3", "2", "2", "2", null),
                values("3", "2", "3", "4", "2", "3", "2", "3", "3", "2", "2", "2"));
    }

    static Letterhead letterhead(String unit) {
        return new Letterhead("CÔNG AN TỈNH BẮC KẠN", "CÔNG AN " + unit.toUpperCase(), "Số:      /BC-CAP",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Kạn, ngày 05 tháng 01 năm 2026",
                "BÁO CÁO", "Tình hình an ninh, trật tự " + unit + ", năm 2025", "Tỉnh Bắc Kạn",
                "Năm 2025 (từ 01/01/2025 đến 31/12/2025)");
    }

    static Provenance provenance() {
        return new Provenance("bac-kan-2025.csv, nạp lúc 04/01/2026 08:15", "run-42", "05/01/2026 09:30",
                "wardstat · run-42", "Số liệu đã được Thành phố Bắc Kạn duyệt ngày 04/01/2026.");
    }

    static ReportContent area() {
        Security security = new Security("I. TÌNH HÌNH AN NINH, TRẬT TỰ",
                "Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ (\u221222,6%) so với cùng kỳ năm 2024.\n"
                        + "Tỷ lệ khám phá đạt 83,40%.",
                "Số phường có số liệu: 3/3 (cùng kỳ 2/3)", "Năm 2025", "Cùng kỳ 2024", indicators(), series(),
                new MonthlyTable(List.of("TTXH", "MATUY"), List.of("Tội phạm về trật tự xã hội", "Ma túy"), List.of(
                        new MonthlyRow("duc-xuan", "Đức Xuân", "2025-01", values("2", "0")),
                        new MonthlyRow("duc-xuan", "Đức Xuân", "2025-02", values("3", null)),
                        new MonthlyRow(PLUS, INJECTION, "2025-01", values("1", "1")),
                        new MonthlyRow("song-cau", "Sông Cầu", "2025-01", values("4", "2")))));
        Attainment attainment = new Attainment("II. KẾT QUẢ THỰC HIỆN TIÊU CHÍ", "Quyết định 639/QĐ-BCA-V05", 2025,
                "1/3 phường đạt đủ tiêu chí",
                List.of(new GroupRow(1, "Xây dựng Đảng, xây dựng hệ thống chính trị phường", 2, 3),
                        new GroupRow(3, "Đảm bảo về trụ sở, cơ sở vật chất", 1, 3)),
                List.of(new CriterionRow(1, 1, "Chi bộ", "3/3", true, ""), new CriterionRow(2, 1, "Đảng viên", "2/3", false, ""),
                        new CriterionRow(3, 1, "Đoàn thể", "2/3", false, ""), new CriterionRow(6, 3, "Trụ sở", "1/3", false, "")),
                List.of(new MissingRow(INJECTION, "Tiêu chí 2")), null);
        Matrix matrix = new Matrix("Phường theo tiêu chí", "Đạt: đạt; Không: không đạt; Chưa ĐG: chưa đánh giá",
                List.of(1, 2, 3, 6), List.of("Chi bộ trong sạch vững mạnh", AT, "Đoàn thể", "Trụ sở, cơ sở vật chất"),
                List.of(new MatrixRow("duc-xuan", "Đức Xuân", List.of(Mark.MET, Mark.MET, Mark.MET, Mark.MET), 4, 4),
                        new MatrixRow(PLUS, INJECTION, List.of(Mark.MET, Mark.NOT_MET, Mark.MET, Mark.NOT_ASSESSED), 2, 4),
                        new MatrixRow("song-cau", "Sông Cầu", List.of(Mark.MET, Mark.NOT_MET, Mark.NOT_MET, Mark.NOT_MET), 1, 4)));
        List<RankRow> ranks = List.of(
                new RankRow("1", "duc-xuan", "Đức Xuân", n("24"), n("31"), "24", "31", "\u22127", "\u221222,6%", "0,419",
                        "dao động bình thường", true),
                new RankRow("2", "song-cau", "Sông Cầu", n("5"), n("0"), "5", "0", "+5", "cùng kỳ không xảy ra", "0,063",
                        "dao động bình thường", true),
                new RankRow("\u2013", PLUS, INJECTION, n("3"), null, "3", "", "—", "—", "—", "không so sánh được", false));
        Ranking ranking = new Ranking("Xếp hạng các phường", "TTXH", "Tội phạm về trật tự xã hội", "vụ", Better.LOWER, ranks,
                new ChangeChart("Tăng/giảm theo phường", "vụ", List.of("Đức Xuân", "Sông Cầu", INJECTION),
                        Arrays.asList(n("-7"), n("5"), null), true));
        List<RolloutRow> years = List.of(
                new RolloutRow(2023, 6, 1, 1, n("16.67"), null, null, null, "16,67%", "", "chưa có mục tiêu"),
                new RolloutRow(2024, 6, 3, 2, n("33.33"), n("30"), n("50"), 2025, "33,33%", "30–50% (2025)", "trong khoảng mục tiêu"),
                new RolloutRow(2025, 6, 4, 4, n("66.67"), n("30"), n("50"), 2025, "66,67%", "30–50% (2025)", "vượt mục tiêu"),
                new RolloutRow(2026, 0, 0, 0, null, n("100"), n("100"), 2030, "", "100% (2030)", "không có phường"));
        RolloutPart rollout = new RolloutPart("Lộ trình xây dựng Công an phường kiểu mẫu",
                "4/6 phường được công nhận (66,67%), vượt mục tiêu 30–50% năm 2025.", years,
                new RolloutChart("Tỷ lệ phường được công nhận", "Tỷ lệ", "Mục tiêu", years));
        AreaDetail area = new AreaDetail("III. CÁC PHƯỜNG", ranking, matrix, rollout,
                new Submissions("Nộp số liệu", "Tất cả các phường đã nộp số liệu tháng 12/2025.", List.of()));
        return new ReportContent(ReportContent.Kind.AREA, true, "bac-kan", "Thành phố Bắc Kạn", "2025",
                letterhead("Thành phố Bắc Kạn"), security, attainment, area,
                new Closing("TRƯỞNG CÔNG AN", "Nguyễn Văn A", "Nơi nhận:", List.of("- Lưu: VT.")), provenance());
    }

    static ReportContent ward() {
        Security security = new Security("I. TÌNH HÌNH AN NINH, TRẬT TỰ", "Tội phạm về trật tự xã hội xảy ra 24 vụ.", "",
                "Năm 2025", "Cùng kỳ 2024", indicators(), series(),
                new MonthlyTable(List.of("TTXH"), List.of("Tội phạm về trật tự xã hội"), List.of(
                        new MonthlyRow("duc-xuan", "Đức Xuân", "2025-01", values("2")))));
        Attainment attainment = new Attainment("II. KẾT QUẢ THỰC HIỆN TIÊU CHÍ", "Quyết định 639/QĐ-BCA-V05", 2025,
                "Phường Đức Xuân đạt 3/5 tiêu chí",
                List.of(new GroupRow(1, "Xây dựng Đảng, xây dựng hệ thống chính trị phường", 2, 2),
                        new GroupRow(2, "Xây dựng lực lượng Công an phường", 1, 2),
                        new GroupRow(3, "Đảm bảo về trụ sở, cơ sở vật chất", 0, 1)),
                List.of(new CriterionRow(1, 1, "Chi bộ trong sạch vững mạnh", "Đạt", true, ""),
                        new CriterionRow(2, 1, "Đoàn thể vững mạnh", "Đạt", true, ""),
                        new CriterionRow(3, 2, "Quân số đủ theo định biên", "Đạt", true, ""),
                        new CriterionRow(4, 2, "Cán bộ đạt chuẩn", "Chưa đánh giá", false, "chưa có số liệu"),
                        new CriterionRow(6, 3, "Diện tích trụ sở", "Không đạt", false, "120 m² < 200 m²")),
                List.of(new MissingRow("Tiêu chí 6. Diện tích trụ sở", "120 m² < 200 m²")), null);
        return new ReportContent(ReportContent.Kind.WARD, true, "duc-xuan", "Phường Đức Xuân", "2025",
                letterhead("Phường Đức Xuân"), security, attainment, null,
                new Closing("TRƯỞNG CÔNG AN PHƯỜNG", "Nguyễn Văn B", "Nơi nhận:", List.of("- Lưu: VT.")), provenance());
    }
}
