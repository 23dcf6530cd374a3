package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.web.UploadCheck.Kind;

/** Kind by name and by content, and the stored name no user-typed character reaches as a path. */
class UploadCheckTest {

    private static boolean fits(Kind kind, byte[] bytes) throws IOException {
        return UploadCheck.contentFits(kind, new ByteArrayInputStream(bytes));
    }

    @Test
    void onlyCsvAndXlsxNamesAreAccepted() {
        assertThat(UploadCheck.byName("so-lieu.CSV")).contains(Kind.CSV);
        assertThat(UploadCheck.byName("Số liệu tháng 11.xlsx")).contains(Kind.XLSX);
        assertThat(UploadCheck.byName("so-lieu.xls")).isEmpty();
        assertThat(UploadCheck.byName("so-lieu.csv.exe")).isEmpty();
        assertThat(UploadCheck.byName(null)).isEmpty();
    }

    @Test
    void theContentMustBeWhatTheNameSays() throws IOException {
        assertThat(fits(Kind.XLSX, Files.readAllBytes(Path.of("src/test/resources/files/long-layout.xlsx")))).isTrue();
        assertThat(fits(Kind.XLSX, "ward_code,period\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(fits(Kind.CSV, Files.readAllBytes(Path.of("sample-data/statistics/bac-kan-2022-2024.csv")))).isTrue();
        assertThat(fits(Kind.CSV, Files.readAllBytes(Path.of("src/test/resources/files/variants/windows1258-comma-vietnamese.csv")))).isTrue();
        assertThat(fits(Kind.CSV, Files.readAllBytes(Path.of("src/test/resources/files/long-layout.xlsx")))).as("a workbook named .csv").isFalse();
        assertThat(fits(Kind.CSV, new byte[0])).as("an empty file").isFalse();
    }

    @Test
    void utf16TextWithItsByteOrderMarkIsTextButANulCharacterIsNot() throws IOException {
        byte[] utf16 = Files.readAllBytes(Path.of("src/test/resources/files/variants/utf16-tab-vietnamese.txt"));
        assertThat(fits(Kind.CSV, utf16)).isTrue();
        byte[] withNul = "\uFEFFward_code\u0000".getBytes(StandardCharsets.UTF_16LE);
        assertThat(fits(Kind.CSV, withNul)).isFalse();
    }

    @Test
    void theStoredNameIsOurs(@TempDir Path uploads) {
        LocalDateTime now = LocalDateTime.of(2026, 3, 5, 9, 30, 0);

        assertThat(UploadCheck.storedName("Số liệu tháng 11 (Đức Xuân).csv", Kind.CSV, now))
                .matches("20260305-093000-[0-9a-f]{8}-so-lieu-thang-11-duc-xuan\\.csv");
        String hostile = UploadCheck.storedName("../../etc/cron.d/x.xlsx", Kind.XLSX, now);
        assertThat(hostile).matches("20260305-093000-[0-9a-f]{8}-etc-cron-d-x\\.xlsx");
        assertThat(uploads.resolve(hostile).getParent()).isEqualTo(uploads);
        assertThat(UploadCheck.storedName("...csv", Kind.CSV, now)).matches("20260305-093000-[0-9a-f]{8}\\.csv");
    }
}
