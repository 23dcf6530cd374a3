package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.pdf.BriefingPdf;
import org.wardstat.system.Messages;

/** The briefing as a reader gets it: the text extracted from the PDF, its fonts, its images. */
class BriefingPdfTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    BriefingBuilder briefings;
    @Autowired
    BriefingPdf pdf;

    @TempDir
    Path temp;

    @BeforeEach
    void loadBacKan() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
    }

    private Path render(String ward, Window window, Messages messages) {
        return pdf.write(briefings.build(ward, window, messages), temp.resolve(ward + ".pdf"));
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
        assertThat(flowing).contains("Nguồn số liệu: bac-kan-2022-2024.csv");
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
        String flowing = flowing(text(render("tao-xuyen", Window.month(java.time.YearMonth.of(2024, 12)), Messages.vietnamese())));

        assertThat(flowing).contains("Tình hình an ninh, trật tự Phường Tào Xuyên, tháng 12/2024", "Cùng kỳ 2023",
                "từ ngày 01/12/2024 đến ngày 31/12/2024");
    }

    @Test
    void aQuarterUnderTheStatutoryCalendarIsNamedAndDatedAsTheDecreeSays(
            @Autowired org.wardstat.analytics.ObservationRepository observations, @Autowired java.time.Clock clock) throws IOException {
        BriefingBuilder statutory = new BriefingBuilder(catalogs, observations, clock, "statutory");

        Path file = pdf.write(statutory.build("duc-xuan", Window.quarter(2024, 4), Messages.vietnamese()), temp.resolve("q4.pdf"));

        assertThat(flowing(text(file))).contains("Tình hình an ninh, trật tự Phường Đức Xuân, quý IV/2024",
                "Kỳ báo cáo: quý IV/2024 (từ ngày 15/09/2024 đến ngày 14/12/2024)", "Quý IV/2024", "Cùng kỳ 2023");
    }

    @Test
    void everyFontIsEmbeddedAndTheChartIsNotAnImage() throws IOException {
        Path file = render("duc-xuan", Window.year(2023), Messages.vietnamese());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> fonts = new ArrayList<>();
            List<String> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                walk(page.getResources(), fonts, images);
            }
            assertThat(fonts).isNotEmpty().noneMatch(f -> f.endsWith("(not embedded)"));
            // body text in the serif, the chart (drawn inside a form XObject) in the sans
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSerif")).anyMatch(f -> f.contains("DejaVuSans"));
            assertThat(images).as("raster images in the PDF").isEmpty();
        }
        // the chart is drawn as vector text and shapes: its title and month labels are text
        assertThat(flowing(text(file))).contains("từng tháng năm 2023 so với năm 2022", "T12");
    }

    /** Fonts and images of a page, including those inside form XObjects such as the chart. */
    private static void walk(PDResources resources, List<String> fonts, List<String> images) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
        for (COSName name : resources.getXObjectNames()) {
            var xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject image) {
                images.add(name.getName() + " " + image.getWidth() + "x" + image.getHeight());
            } else if (xobject instanceof PDFormXObject form) {
                walk(form.getResources(), fonts, images);
            }
        }
    }

    @Test
    void speaksEnglishOnRequest() throws IOException {
        String flowing = flowing(text(render("duc-xuan", Window.year(2023), Messages.forLanguage("en"))));

        assertThat(flowing).contains("Security and order in Duc Xuan ward, year 2023",
                "Social-order crimes: 24 cases, down 7 cases (\u221222.6%) on the same period of 2022");
    }
}
