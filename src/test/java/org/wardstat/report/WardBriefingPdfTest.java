package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.wardstat.ingest.IngestService;
import org.wardstat.report.pdf.PdfReading;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.system.Messages;

/** The briefing as a reader gets it: the text extracted from the PDF, its fonts, its images. */
class WardBriefingPdfTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    ReportBuilder reports;
    @Autowired
    ReportPdf pdf;
    @Autowired
    org.wardstat.analytics.RollUps rollUps;
    @Autowired
    org.wardstat.criteria.AttainmentService attainment;
    @Autowired
    org.wardstat.rollout.Rollouts rollouts;
    @Autowired
    org.wardstat.analytics.Completeness completeness;
    @Autowired
    SourceLoads loads;

    @TempDir
    Path temp;

    @Autowired
    org.wardstat.criteria.CriteriaLoader criteria;

    @BeforeEach
    void loadBacKan() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        criteria.loadCatalogs(Path.of("catalog/criteria/catalogs.csv"), Messages.vietnamese());
        criteria.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
    }

    private Path render(String ward, Window window, Messages messages) {
        return write(reports.build(catalogs.load(), ward, window, messages, "#7"), messages);
    }

    private Path write(ReportContent content, Messages messages) {
        Path file = temp.resolve(content.unitCode() + "-" + content.periodCode() + ".pdf");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            pdf.write(content, messages, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with line breaks as spaces, so a sentence wrapped over lines can be asserted whole. */
    private static String flowing(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void ducXuan2023SaysInVietnameseThatSocialOrderCrimeFellBySeven() throws IOException {
        String text = text(render("duc-xuan", Window.year(2023), Messages.vietnamese()));
        String flowing = flowing(text);

        assertThat(flowing).contains("CÔNG AN PHƯỜNG ĐỨC XUÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bắc Kạn, ngày 05 tháng 03 năm 2026", "BÁO CÁO",
                "Tình hình an ninh, trật tự Phường Đức Xuân, năm 2023", "Thành phố Bắc Kạn, Tỉnh Bắc Kạn",
                "từ ngày 01/01/2023 đến ngày 31/12/2023");
        assertThat(flowing).contains("Tội phạm về trật tự xã hội xảy ra 24 vụ, giảm 7 vụ (\u221222,6%) so với cùng kỳ năm 2022");
        assertThat(flowing).contains("100% tin báo, tố giác tội phạm và kiến nghị khởi tố (39 tin) được tiếp nhận, giải quyết.");
        assertThat(flowing).contains("100% thủ tục hành chính (4.155 hồ sơ) giải quyết đúng thời hạn, trong đó 20% giải quyết trước thời hạn.");
        assertThat(flowing).contains("Duy trì 6 tổ liên gia an toàn phòng cháy chữa cháy và 6 điểm chữa cháy công cộng.");
        assertThat(flowing).containsPattern("Nguồn số liệu: tệp bac-kan-2022-2024.csv nạp lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(lượt nạp #\\d+\\)")
                .contains("Lượt tạo báo cáo #7, lúc 05/03/2026");
    }

    @Test
    void theTableRowsCarryCurrentPriorChangeAndPercentage() throws IOException {
        String text = text(render("duc-xuan", Window.year(2023), Messages.vietnamese()));

        assertThat(text).contains("Tội phạm về trật tự xã hội (số vụ xảy ra)");
        assertThat(flowing(text)).containsSubsequence("Tội phạm về trật tự xã hội (số vụ xảy ra)", "vụ", "24", "31", "\u22127", "\u221222,6%");
        // the admin-procedure rates of the year: 4.155 of 4.155 on time, 831 early
        assertThat(flowing(text)).containsSubsequence("Tỷ lệ thủ tục hành chính giải quyết trước hạn", "%", "20%");
        // the columns are headed by the period and the same period a year earlier
        assertThat(flowing(text)).contains("Năm 2023", "Cùng kỳ 2022");
    }

    @Test
    void aMonthBriefingComparesWithTheSameMonthAYearEarlier() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/thanh-hoa-2022-2024.csv"), Messages.vietnamese());
        String flowing = flowing(text(render("tao-xuyen", Window.month(java.time.YearMonth.of(2024, 12)), Messages.vietnamese())));

        assertThat(flowing).contains("Tình hình an ninh, trật tự Phường Tào Xuyên, tháng 12/2024", "Cùng kỳ 2023",
                "từ ngày 01/12/2024 đến ngày 31/12/2024");
    }

    @Test
    void aQuarterUnderTheStatutoryCalendarIsNamedAndDatedAsTheDecreeSays(
            @Autowired org.wardstat.analytics.ObservationRepository observations, @Autowired java.time.Clock clock,
            @Autowired org.wardstat.approval.FigureStanding standing, @Autowired org.wardstat.analytics.Explainer explainer) throws IOException {
        ReportBuilder statutory = new ReportBuilder(observations, rollUps, attainment, rollouts, completeness, loads, standing, clock, "statutory",
                explainer);

        Path file = write(statutory.build(catalogs.load(), "duc-xuan", Window.quarter(2024, 4), Messages.vietnamese(), "#1"),
                Messages.vietnamese());

        assertThat(flowing(text(file))).contains("Tình hình an ninh, trật tự Phường Đức Xuân, quý IV/2024",
                "Kỳ báo cáo: quý IV/2024 (từ ngày 15/09/2024 đến ngày 14/12/2024)", "Quý IV/2024", "Cùng kỳ 2023");
    }

    @Test
    void everyFontIsEmbeddedAndTheChartIsNotAnImage() throws IOException {
        Path file = render("duc-xuan", Window.year(2023), Messages.vietnamese());
        PdfReading pdf = PdfReading.of(java.nio.file.Files.readAllBytes(file));
        assertThat(pdf.fonts()).isNotEmpty().noneMatch(f -> f.endsWith("(not embedded)"));
        // body text in the serif, the chart (drawn inside a form XObject) in the sans
        assertThat(pdf.fonts()).anyMatch(f -> f.contains("LiberationSerif")).anyMatch(f -> f.contains("DejaVuSans"));
        assertThat(pdf.images()).as("raster images in the PDF").isEmpty();
        // the chart is drawn as vector text and shapes: its title and month labels are text
        assertThat(flowing(text(file))).contains("từng tháng năm 2023 so với năm 2022", "T12");
    }

    @Test
    void speaksEnglishOnRequest() throws IOException {
        String flowing = flowing(text(render("duc-xuan", Window.year(2023), Messages.forLanguage("en"))));

        assertThat(flowing).contains("Security and order in Duc Xuan ward, year 2023",
                "Social-order crimes: 24 cases, down 7 cases (\u221222.6%) on the same period of 2022");
    }

    @Test
    void theBriefingIsLaidOutAsAnOfficialReportWithItsSectionsInOrder() throws IOException {
        String flowing = flowing(text(render("duc-xuan", Window.year(2023), Messages.vietnamese())));

        assertThat(flowing).containsSubsequence("CÔNG AN THÀNH PHỐ BẮC KẠN", "CÔNG AN PHƯỜNG ĐỨC XUÂN", "Số: /BC-CAP",
                "BÁO CÁO", "I. TÌNH HÌNH AN NINH, TRẬT TỰ", "Tội phạm về trật tự xã hội xảy ra 24 vụ",
                "II. KẾT QUẢ THỰC HIỆN TIÊU CHÍ CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU",
                "Nơi nhận:", "- Công an Thành phố Bắc Kạn (để báo cáo);", "- Lưu: VT.", "TRƯỞNG CÔNG AN PHƯỜNG");
    }

    @Test
    void sectionTwoSaysHowManyCriteriaTheWardMetAndWhyTheOthersAreNot() throws IOException {
        String flowing = flowing(text(render("duc-xuan", Window.year(2023), Messages.vietnamese())));

        // the seed: Đức Xuân met all 22 provisional criteria in 2023
        assertThat(flowing).contains("Phường Đức Xuân đạt 22/22 tiêu chí năm 2023.");
        assertThat(flowing).containsSubsequence("TT", "Tiêu chí", "Kết quả", "Căn cứ", "1", "Đạt");
    }

    @Test
    void pagesAreNumberedFromTheSecondPage() throws IOException {
        Path file = render("duc-xuan", Window.year(2023), Messages.vietnamese());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(flowing(stripper.getText(document)).strip()).startsWith("CÔNG AN THÀNH PHỐ BẮC KẠN CÔNG AN PHƯỜNG ĐỨC XUÂN");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document).strip()).startsWith("2");
        }
    }
}
