package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.jobs.RunView;

class ConsoleProgressTest {

    private final RunView run = new RunView(7, "monthly-province", "2026-10", "CLI", "RUNNING", "an", List.of("bac-kan"),
            Instant.parse("2026-11-18T00:00:00Z"), null, 40, 0, null, null, 3L, 0);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @Test
    void aTerminalGetsOneBarRedrawnInPlace() {
        ConsoleProgress progress = new ConsoleProgress(out, true);
        progress.working(run, 0, 40, "bac-kan 2026-10");
        progress.working(run, 20, 40, "duc-xuan 2026-10");
        progress.finished(run);

        String shown = buffer.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r[------------------------------] 0/40 bac-kan 2026-10")
                .contains("\r[###############---------------] 20/40 duc-xuan 2026-10")
                .doesNotContain("\n");
    }

    @Test
    void aLogGetsOnePlainLinePerItem() {
        ConsoleProgress progress = new ConsoleProgress(out, false);
        progress.working(run, 0, 40, "bac-kan 2026-10");
        progress.working(run, 1, 40, "tp-bac-kan 2026-10");
        progress.finished(run);

        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("[1/40] bac-kan 2026-10\n[2/40] tp-bac-kan 2026-10\n");
    }
}
