package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * editions on the command line: an edition made before a resubmission is listed as out of date
 * with what changed, shown in full, and made again by its number; the new edition is the latest
 * and up to date, the old one "bản cũ".
 */
class EditionsCommandTest extends CommandLineTest {

    private static final Pattern EDITION = Pattern.compile("#(\\d+) {2}Phường Đức Xuân, năm 2024, vi, pdf, lập lúc [0-9/: ]+: (.*)");

    @Test
    void anOutOfDateEditionIsListedWithItsChangesAndMadeAgainByItsNumber() throws IOException {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        assertThat(run("ingest", "sample-data/statistics/bac-kan-2022-2024.csv").exitCode()).isIn(0, 3);
        Run report = run("report", "--ward", "duc-xuan", "--year", "2024", "--format", "pdf");
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(run("editions", "list", "--unit", "duc-xuan").output()).containsPattern(EDITION.pattern().replace("(.*)", "bản mới nhất\\n"));

        Path corrected = Files.writeString(workspace.resolve("bac-kan-2024-sua.csv"), """
                ward_code,period,social_order_crimes,population
                duc-xuan,2024-03,4,10151
                """);
        assertThat(run("ingest", corrected.toString()).exitCode()).isZero();

        Run list = run("editions", "list", "--unit", "duc-xuan", "--period", "2024");
        assertThat(list.exitCode()).as(list.output()).isZero();
        Matcher line = EDITION.matcher(list.output());
        assertThat(line.find()).as(list.output()).isTrue();
        String id = line.group(1);
        assertThat(line.group(2)).isEqualTo("bản mới nhất; số liệu đã thay đổi sau khi lập (2 số liệu), cần lập lại (wardstat editions remake)");
        assertThat(list.output()).contains(
                "    Phường Đức Xuân, Tội phạm về trật tự xã hội (số vụ xảy ra), tháng 3/2024: 1 → 4 (tệp bac-kan-2024-sua.csv)\n"
                        + "    Phường Đức Xuân, Dân số, tháng 3/2024: 10.051 → 10.151 (tệp bac-kan-2024-sua.csv)");

        Run show = run("--lang", "en", "editions", "show", id);
        assertThat(show.output()).contains("Edition #" + id + ": Duc Xuan ward, year 2024, language vi, file pdf",
                "archive/duc-xuan/2024/duc-xuan-2024-", "standing: latest; out of date: figures changed since it was made (2 figures)",
                "  Duc Xuan ward, Population, month 3/2024: 10,051 → 10,151 (file bac-kan-2024-sua.csv)");

        Run remake = run("editions", "remake", id);
        assertThat(remake.exitCode()).as(remake.output()).isZero();
        Matcher made = Pattern.compile("Đã lập lại: bản #(\\d+), archive/duc-xuan/2024/duc-xuan-2024-\\S+\\.pdf").matcher(remake.output());
        assertThat(made.find()).as(remake.output()).isTrue();

        String after = run("editions", "list", "--unit", "duc-xuan").output();
        Matcher first = EDITION.matcher(after);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo(made.group(1));
        assertThat(first.group(2)).isEqualTo("bản mới nhất");
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo(id);
        assertThat(first.group(2)).startsWith("bản cũ; số liệu đã thay đổi sau khi lập (2 số liệu)");

        Run unknown = run("editions", "show", "999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("Không có bản báo cáo số 999999 trong kho");
    }
}
