package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.system.Messages;
import org.wardstat.template.WardTemplateWorkbook;

/** Workbooks through the whole load: real files kept in src/test/resources/files, and the template round trip. */
class WorkbookIngestTest extends PipelineTest {

    private static final Path FILES = Path.of("src/test/resources/files");

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    private final Messages vi = Messages.vietnamese();

    private String values(String ward) {
        return jdbc.sql("""
                select string_agg(indicator_code || '=' || trim_scale(value)::text, ' ' order by indicator_code)
                from observation where org_unit_code = :w
                """).param("w", ward).query(String.class).single();
    }

    @Test
    void aWideWorkbookWithVietnameseHeadersLoadsItsDataSheetAndSkipsTheNotes() {
        IngestResult result = ingest.ingest(FILES.resolve("wide-vietnamese-headers.xlsx"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsLoaded()).isEqualTo(3);
        assertThat(result.notes()).containsExactly("Đã đọc trang tính: Số liệu",
                "Bỏ qua trang tính “Ghi chú”: thiếu cột mã đơn vị (ward_code / Mã đơn vị)");
        assertThat(values("duc-xuan")).isEqualTo("fire_damage=0.35 social_order_crimes=2 traffic_accidents=1");
        assertThat(values("xuat-hoa")).isEqualTo("fire_damage=1.2 social_order_crimes=1"); // blank: not reported
    }

    @Test
    void aLongWorkbookLoadsOneValuePerRowWithNotesAndDateCellsAsPeriods() {
        IngestResult result = ingest.ingest(FILES.resolve("long-layout.xlsx"), vi);

        assertThat(result.rowsLoaded()).as(String.valueOf(result.message())).isEqualTo(6);
        assertThat(values("duc-xuan")).isEqualTo("fire_damage=0.35 social_order_crimes=2 traffic_accidents=1");
        assertThat(jdbc.sql("select note from observation where org_unit_code = 'xuat-hoa'").query(String.class).single())
                .isEqualTo("tụ điểm ma túy");
        assertThat(count("select count(*) from observation where period <> date '2025-01-01'")).isZero();
    }

    @Test
    void aChosenSheetIsTheOnlyOneRead() {
        IngestResult missing = ingest.ingest(FILES.resolve("wide-vietnamese-headers.xlsx"), new IngestService.Options("Không có", null), vi);
        IngestResult notes = ingest.ingest(FILES.resolve("wide-vietnamese-headers.xlsx"), new IngestService.Options("Ghi chú", null), vi);

        assertThat(missing.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(missing.message()).startsWith("Tệp wide-vietnamese-headers.xlsx không có trang tính được yêu cầu: Không có");
        assertThat(notes.message()).isEqualTo("Tệp wide-vietnamese-headers.xlsx, trang tính “Ghi chú”, dòng 1 (tiêu đề): "
                + "thiếu cột mã đơn vị (ward_code / Mã đơn vị). Không nạp dòng nào.");
        assertThat(count("select count(*) from observation")).isZero();
    }

    @Test
    void theTemplateAWardFillsInLoadsBack() throws IOException {
        Catalog catalog = catalogs.load();
        var area = catalog.unit("tp-bac-kan").orElseThrow();
        Path template = temp.resolve("mau.xlsx");
        WardTemplateWorkbook.write(template, area, catalog.wardsUnder(area), catalog.indicators(), YearMonth.of(2026, 1), vi);
        Path filled = temp.resolve("da-dien.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheet("Số liệu");
            Row header = data.getRow(0);
            int crimes = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("Tội phạm về trật tự xã hội (số vụ xảy ra)")) {
                    crimes = c;
                }
            }
            data.getRow(1).createCell(crimes).setCellValue(4); // first ward
            data.getRow(2).createCell(crimes).setCellValue(0); // second ward: nothing happened
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        IngestResult result = ingest.ingest(filled, vi);

        assertThat(result.rowsRead()).as(String.valueOf(result.message())).isEqualTo(6);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.notes()).contains("Bỏ qua trang tính “Hướng dẫn”: thiếu cột mã đơn vị (ward_code / Mã đơn vị)");
        assertThat(jdbc.sql("select org_unit_code || '=' || value::int from observation order by 1").query(String.class).list())
                .containsExactlyInAnyOrder(catalog.wardsUnder(area).get(0).code() + "=4", catalog.wardsUnder(area).get(1).code() + "=0");
        assertThat(count("select count(*) from submission")).isEqualTo(2); // the four blank rows are not submissions
    }
}
