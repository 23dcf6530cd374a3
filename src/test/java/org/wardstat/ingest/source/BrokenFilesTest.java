package org.wardstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/**
 * The corpus of broken files: each gives a clear message and leaves the database exactly as it
 * was. The large ones are generated here, never stored.
 */
class BrokenFilesTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    private String before;
    private long filesBefore;

    @BeforeEach
    void somethingIsAlreadyStored() {
        IngestResult first = ingest.ingest(SAMPLES.resolve("statistics/thanh-hoa-2022-2024.csv"), Messages.vietnamese());
        assertThat(first.rowsLoaded()).isEqualTo(36);
        before = observationsFingerprint();
        filesBefore = count("select count(*) from source_file");
    }

    private IngestResult refused(Path file) {
        IngestResult result = ingest.ingest(file, Messages.vietnamese());
        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(observationsFingerprint()).isEqualTo(before);
        assertThat(count("select count(*) from source_file")).isEqualTo(filesBefore);
        return result;
    }

    @Test
    void aTruncatedWorkbook() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/files/wide-vietnamese-headers.xlsx"));
        Path cut = temp.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(refused(cut).message()).startsWith("Tệp cut.xlsx không phải bảng tính Excel (.xlsx) đọc được, hoặc đã bị hỏng, cắt cụt (")
                .endsWith("). Không nạp dòng nào.");
    }

    @Test
    void aZipBomb() throws IOException {
        Path bomb = temp.resolve("bomb.xlsx");
        HandMadeXlsx.write(bomb, "Số liệu", HandMadeXlsx.hugeSheet(300L << 20), null);
        assertThat(Files.size(bomb)).isLessThan(2L << 20);

        assertThat(refused(bomb).message()).startsWith("Tệp bomb.xlsx bị từ chối vì có dấu hiệu nén bất thường, có thể là tệp độc hại (");
    }

    @Test
    void fiftyMegabytesOfJunk() throws IOException {
        Path junk = temp.resolve("junk.csv");
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(junk)) {
            for (int i = 0; i < 50; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }

        assertThat(refused(junk).message()).isEqualTo("Tệp junk.csv không phải tệp văn bản (CSV bảng mã UTF-8, UTF-16 hoặc "
                + "Windows-1258) cũng không phải bảng tính Excel (.xlsx). Không nạp dòng nào.");
    }

    @Test
    void aSpreadsheetSavedAsTextWithNoStatisticsInIt() throws IOException {
        Path letter = temp.resolve("cong-van.csv");
        Files.writeString(letter, "Kính gửi: Công an tỉnh\nV/v báo cáo số liệu tháng 1\n", StandardCharsets.UTF_8);

        assertThat(refused(letter).message()).isEqualTo("Tệp cong-van.csv, dòng 1 (tiêu đề): thiếu cột mã đơn vị "
                + "(ward_code / Mã đơn vị). Không nạp dòng nào.");
    }

    @Test
    void textInNumberCellsRejectsThoseRowsOnly() throws IOException {
        Path file = temp.resolve("chu.csv");
        Files.writeString(file, "ward_code,period,social_order_crimes\ntao-xuyen,2025-01,hai\ntao-xuyen,2025-02,2\n", StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(jdbc.sql("select reason from ingest_reject").query(String.class).single()).isEqualTo("“hai” không phải là số");
    }
}
