package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.criteria.CriteriaLoader;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.rollout.Rollouts;
import org.wardstat.system.Messages;

/** The area report of Bắc Kạn city for 2024 as a conference reads it: the text of the PDF, section by section. */
class AreaReportPdfTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    CriteriaLoader criteria;
    @Autowired
    Rollouts rollouts;
    @Autowired
    ReportBuilder reports;
    @Autowired
    ReportPdf pdf;

    @TempDir
    Path temp;

    @BeforeEach
    void loadBacKan() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        criteria.loadCatalogs(Path.of("catalog/criteria/catalogs.csv"), Messages.vietnamese());
        criteria.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        rollouts.loadDesignations(SAMPLES.resolve("designations.csv"));
        rollouts.loadTargets(SAMPLES.resolve("rollout-targets.csv"));
    }

    private String render(String area, Window window, Messages messages) throws IOException {
        Path file = temp.resolve(area + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            pdf.write(reports.build(catalogs.load(), area, window, messages, "#3"), messages, out);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAreaReportIsAnOfficialReportOfTheCityWithItsThreeSectionsInOrder() throws IOException {
        String text = render("tp-bac-kan", Window.year(2024), Messages.vietnamese());

        assertThat(text).containsSubsequence("CÔNG AN TỈNH BẮC KẠN", "CÔNG AN THÀNH PHỐ BẮC KẠN", "Số: /BC-CATP",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bắc Kạn, ngày 05 tháng 03 năm 2026", "BÁO CÁO",
                "Tình hình an ninh, trật tự và kết quả xây dựng Công an phường điển hình, kiểu mẫu Thành phố Bắc Kạn, năm 2024",
                "I. TÌNH HÌNH AN NINH, TRẬT TỰ",
                "II. KẾT QUẢ THỰC HIỆN TIÊU CHÍ CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU",
                "III. KẾT QUẢ CỦA CÁC PHƯỜNG", "1. Xếp hạng các phường", "2. Kết quả thực hiện từng tiêu chí của các phường, năm 2024",
                "3. Lộ trình công nhận", "4. Tình hình gửi số liệu tháng 12/2024",
                "Nơi nhận:", "- Công an Tỉnh Bắc Kạn (để báo cáo);", "- Lưu: VT.", "TRƯỞNG CÔNG AN THÀNH PHỐ");
    }

    @Test
    void sectionOneSumsTheSixWardsAndSaysHowManyReported() throws IOException {
        String text = render("tp-bac-kan", Window.year(2024), Messages.vietnamese());

        // the six wards' 2024 social-order crimes add up to 104 against 108 in 2023
        assertThat(text).contains("Tội phạm về trật tự xã hội xảy ra 104 vụ, giảm 4 vụ (\u22123,7%) so với cùng kỳ năm 2023",
                "Số phường có số liệu: 6/6 (cùng kỳ 6/6)");
        // the table gives the exact test's p and says in words what it means: 12 → 20 serious crimes is
        // p = 2 · P(X ≤ 12 | n = 32, ½) = 0,215, within normal variation (the z shortcut called it notable)
        assertThat(text).containsSubsequence("Án nghiêm trọng trở lên", "vụ", "20", "12", "+8", "+66,7%", "0,215", "dao động",
                "bình thường");
        assertThat(text).containsSubsequence("Tỷ lệ khám phá tội phạm về trật tự xã hội", "%", "87,50%", "85,19%", "+2,31 điểm %");
    }

    @Test
    void sectionTwoCountsTheWardsMeetingEveryCriterionAndNamesWhatEachMisses() throws IOException {
        String text = render("tp-bac-kan", Window.year(2024), Messages.vietnamese());

        assertThat(text).contains("Thành phố Bắc Kạn: 0/6 phường đạt đủ tiêu chí năm 2024.", "Các phường chưa đạt đủ tiêu chí")
                .containsPattern("Phường Xuất Hóa: đạt 16/20 tiêu chí; chưa đạt tiêu chí [0-9, ]+");
    }

    @Test
    void sectionThreeRanksTheWardsShowsTheMatrixTheRolloutAndTheSubmissions() throws IOException {
        String text = render("tp-bac-kan", Window.year(2024), Messages.vietnamese());

        // ranked by the exact test's one-sided mid-p: 16 → 13 (0,292) before 18 → 15 (0,304); the two rises last
        assertThat(text).containsSubsequence("Hạng", "1 Phường Huyền Tụng 13 16 −3 −18,8% 0,711", "2 Phường Sông Cầu 15 18 −3 −16,7% 0,728",
                "5 Phường Phùng Chí Kiên 25 22 +3 +13,6% 0,771", "6 Phường Nguyễn Thị Minh Khai 20 17 +3 +17,6% 0,743");
        assertThat(text).containsSubsequence("Phường Xuất Hóa", "16/20", "Đ", "Đ: đạt; K: chưa đạt; C: chưa đánh giá.");
        assertThat(text).contains("Năm 2024: 2/6 phường được công nhận (33,33%), trong khoảng mục tiêu 30–",
                "100% phường được công nhận vào năm 2028, kịp mục tiêu năm 2030.");
        // figures loaded today are long past the deadline for December 2024 (17/01/2025)
        assertThat(text).contains("Số liệu tháng 12/2024 (hạn gửi 17/01/2025): 0/6 phường gửi đúng hạn, 6 phường gửi muộn, 0 phường chưa gửi");
    }

    @Test
    void theReportIsInEnglishOnRequest() throws IOException {
        String text = render("tp-bac-kan", Window.year(2024), Messages.forLanguage("en"));

        assertThat(text).containsSubsequence("BAC KAN CITY POLICE", "SOCIALIST REPUBLIC OF VIET NAM", "REPORT",
                "I. SECURITY AND ORDER", "II. MODEL WARD POLICE CRITERIA", "III. RESULTS OF THE WARDS", "Recipients:")
                .contains("M: met; N: not met; U: not assessed.");
    }

    @Test
    void anAreaWhoseWardsReportedOnlyPartOfTheYearIsComparedOverTheWardsThatReportedBoth() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2022-2024.csv"), Messages.vietnamese());
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2025-merger.csv"), Messages.vietnamese());

        String text = render("ha-noi", Window.year(2025), Messages.vietnamese());

        // 2025: Điện Biên and Quán Thánh until June, Ba Đình (formed from them) from July: one ward with the two
        // before it, twelve months on each side; the other four wards sent nothing for 2025 and are named
        assertThat(text).contains("So sánh với cùng kỳ trên 1/5 phường có số liệu cả hai kỳ; không tính Phường Kim Mã (chưa có "
                        + "số liệu kỳ này), Phường Mộ Lao (chưa có số liệu kỳ này), Phường Phú La (chưa có số liệu kỳ này), Phường Phú "
                        + "Thượng (chưa có số liệu kỳ này).", "Số phường có số liệu: 1/5 (cùng kỳ 5/5)")
                .doesNotContain("Chưa có số liệu cho kỳ này.");
        // the ranking lists the merged ward once, compared with the sum of the two it replaced
        assertThat(text).containsSubsequence("1. Xếp hạng", "1 Phường Ba Đình").doesNotContain("Phường Điện Biên 1");
    }
}
