package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `wardstat summaries` as an operator reads it: the rows counted in the reader's number format. */
class SummariesCommandTest extends CommandLineTest {

    @Test
    void checkAndRebuildCountTheSummaryRowsInTheReadersNumberFormat() {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        assertThat(run("ingest", "sample-data/statistics/bac-kan-2022-2024.csv").exitCode()).isZero();

        Run check = run("summaries", "check");
        assertThat(check.exitCode()).isZero();
        // more than a thousand rows, grouped the Vietnamese way (1.296, not 1296)
        assertThat(check.output()).containsPattern("Bảng tổng hợp khớp với số liệu từng tháng: \\d\\.\\d{3} dòng \\(năm, 9 tháng");
        String vi = check.output().replaceAll("(?s).*từng tháng: ([\\d.]+) dòng.*", "$1");

        Run rebuilt = run("--lang", "en", "summaries", "rebuild");
        assertThat(rebuilt.exitCode()).isZero();
        assertThat(rebuilt.output()).contains("The summaries are made again from the stored months: " + vi.replace('.', ',') + " rows.");
    }
}
