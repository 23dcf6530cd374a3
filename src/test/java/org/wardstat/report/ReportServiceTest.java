package org.wardstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.jobs.RunView;
import org.wardstat.report.archive.ReportArchive;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/** A report run through the one path every face uses: built, drawn in both formats, archived, recorded. */
class ReportServiceTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    ReportService reports;
    @Autowired
    ReportArchive archive;
    @Autowired
    WardstatProperties properties;
    @Autowired
    org.wardstat.report.ReportBuilder builder;

    @BeforeEach
    void loadBacKan() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        org.springframework.util.FileSystemUtils.deleteRecursively(properties.reports().resolve("archive"));
        org.springframework.util.FileSystemUtils.deleteRecursively(properties.reports().resolve("areas"));
    }

    /** tp-bac-kan's 2024 report, as a one-off run; returns the run (a job instance) as it ended. */
    private RunView render() {
        RunView run = reportRun("tp-bac-kan", Window.year(2024), "vi", EnumSet.allOf(ReportService.Format.class));
        assertThat(run.status()).isEqualTo(RunView.COMPLETED);
        return run;
    }

    @Test
    void anAreaReportIsWrittenAsPdfAndWorkbookArchivedAndRecordedWithItsRun() throws Exception {
        RunView ended = render();
        long run = ended.id();
        List<Path> written = List.of(properties.reports().resolve("areas/2024/tp-bac-kan-2024.pdf"),
                properties.reports().resolve("areas/2024/tp-bac-kan-2024.xlsx"));

        assertThat(ended.itemsDone()).isEqualTo(1);
        assertThat(ended.itemsTotal()).isEqualTo(1);
        List<Map<String, Object>> editions = jdbc.sql("""
                select job_execution_id, kind, org_unit_code, period_code, language, format, path, sha256 from report_edition order by format
                """).query().listOfRows();
        assertThat(editions).extracting(e -> e.get("format")).containsExactly("pdf", "xlsx");
        for (Map<String, Object> edition : editions) {
            assertThat(edition).containsEntry("job_execution_id", ended.executionId()).containsEntry("kind", "area")
                    .containsEntry("org_unit_code", "tp-bac-kan").containsEntry("period_code", "2024").containsEntry("language", "vi");
            Path archived = properties.reports().resolve((String) edition.get("path"));
            assertThat(edition.get("path").toString()).as("named by when the run was asked for, in Hà Nội time, and the run")
                    .isEqualTo("archive/tp-bac-kan/2024/tp-bac-kan-2024-20260305-093000-run" + run + "." + edition.get("format"));
            assertThat(sha256(archived)).isEqualTo(edition.get("sha256"));
            // the latest copy readers find is the archived edition, byte for byte
            assertThat(Files.readAllBytes(properties.reports().resolve("areas/2024/tp-bac-kan-2024." + edition.get("format"))))
                    .isEqualTo(Files.readAllBytes(archived));
        }
        // the run is in the one ledger, a Spring Batch job instance of the job "report"
        assertThat(jdbc.sql("select job_name from batch_job_instance where job_instance_id = :id").param("id", run).query(String.class)
                .single()).isEqualTo("report");

        // the provenance on every page names the load and this run
        try (PDDocument document = Loader.loadPDF(written.get(0).toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Nguồn số liệu: tệp bac-kan-2022-2024.csv nạp lúc", "Lượt tạo báo cáo #" + run + ", lúc 05/03/2026 09:30");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written.get(1)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tóm tắt");
            assertThat(cellTexts(workbook)).anyMatch(text -> text.contains("Lượt tạo báo cáo #" + run) || text.equals("#" + run));
            // the same figures as the PDF, the change a live formula: the six wards' 104 crimes against 108
            var indicators = workbook.getSheet("Chỉ tiêu").getRow(4);
            assertThat(indicators.getCell(0).getStringCellValue()).isEqualTo("Tội phạm về trật tự xã hội (số vụ xảy ra)");
            assertThat(indicators.getCell(2).getNumericCellValue()).isEqualTo(104);
            assertThat(indicators.getCell(3).getNumericCellValue()).isEqualTo(108);
            assertThat(indicators.getCell(4).getCellFormula()).isEqualTo("IF(OR(ISBLANK(C5),ISBLANK(D5)),\"\",C5-D5)");
            assertThat(indicators.getCell(4).getNumericCellValue()).isEqualTo(-4);
        }
    }

    @Test
    void everyEditionIsKeptWhileTheLatestIsReplaced() {
        long first = render().id();
        long second = render().id();

        assertThat(count("select count(*) from report_edition where format = 'pdf'")).isEqualTo(2);
        try (Stream<Path> files = Files.list(properties.reports().resolve("archive/tp-bac-kan/2024"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pdf")))
                    .hasSize(2).anyMatch(f -> f.endsWith("-run" + first + ".pdf")).anyMatch(f -> f.endsWith("-run" + second + ".pdf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNoPartialFileAndTheEarlierEditionIntact() throws IOException {
        RunView run = render();
        Path latest = properties.reports().resolve("areas/2024/tp-bac-kan-2024.pdf");
        byte[] before = Files.readAllBytes(latest);
        ReportContent content = builder.build(catalogs.load(), "tp-bac-kan", Window.year(2024), Messages.vietnamese(), "#" + run.id());

        assertThatThrownBy(() -> archive.store(new ReportService.Run(run.executionId(), run.id(), PipelineTest.NOW), content, "vi", "pdf", out -> {
            try {
                out.write("%PDF-1.7 half a report".getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the renderer died");
        })).hasMessageContaining("the renderer died");

        assertThat(Files.readAllBytes(latest)).isEqualTo(before);
        try (Stream<Path> files = Files.walk(properties.reports())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith(".partial-"));
        }
        assertThat(count("select count(*) from report_edition where format = 'pdf'")).isEqualTo(1);
    }

    @Test
    void aPeriodStillToComeOrAUnitWithoutFiguresGetsASentenceAndNothingIsWritten() {
        // "now" is 5 March 2026: March is the current month, April is still to come
        var april = reports.refusal(catalogs.load(), "tp-bac-kan", Window.month(java.time.YearMonth.of(2026, 4)), Messages.vietnamese());
        var year2020 = reports.refusal(catalogs.load(), "duc-xuan", Window.year(2020), Messages.vietnamese());
        var march = reports.refusal(catalogs.load(), "tp-bac-kan", Window.month(java.time.YearMonth.of(2026, 3)), Messages.forLanguage("en"));

        assertThat(april.orElseThrow().refusal()).isEqualTo(ReportService.Refusal.FUTURE);
        assertThat(april.get().message()).isEqualTo("Kỳ tháng 04/2026 chưa đến (kỳ báo cáo hiện tại là tháng 03/2026): không lập báo cáo.");
        assertThat(year2020.orElseThrow().refusal()).isEqualTo(ReportService.Refusal.NO_FIGURES);
        assertThat(year2020.get().message()).isEqualTo(
                "Phường Đức Xuân chưa có số liệu năm 2020 (từ ngày 01/01/2020 đến ngày 31/12/2020): không lập báo cáo.");
        assertThat(march.orElseThrow().refusal()).as("the current month, still without figures").isEqualTo(ReportService.Refusal.NO_FIGURES);
        assertThat(march.get().message()).isEqualTo("Bac Kan city has no figures for month 03/2026 (01/03/2026 to 31/03/2026): no report made.");

        // the engine's path says the same: the run fails with the sentence, and nothing is written
        RunView refused = reportRun("duc-xuan", Window.year(2020), "vi", EnumSet.allOf(ReportService.Format.class));
        assertThat(refused.status()).isEqualTo(RunView.FAILED);
        assertThat(refused.message()).isEqualTo(year2020.get().message());
        RunView future = reportRun("tp-bac-kan", Window.month(java.time.YearMonth.of(2026, 4)), "vi", EnumSet.of(ReportService.Format.PDF));
        assertThat(future.message()).isEqualTo(april.get().message());
        assertThat(count("select count(*) from report_edition")).isZero();
        assertThat(properties.reports().resolve("archive")).doesNotExist();
    }

    private static List<String> cellTexts(XSSFWorkbook workbook) {
        List<String> texts = new java.util.ArrayList<>();
        workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
