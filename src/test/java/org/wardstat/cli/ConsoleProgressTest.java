package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;

class ConsoleProgressTest {

    private static final Instant RENDER_STARTED = Instant.parse("2026-11-18T00:00:00Z");
    /** Two minutes into rendering. */
    private final Clock clock = Clock.fixed(RENDER_STARTED.plusSeconds(120), ZoneOffset.UTC);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private static RunView run(int done) {
        return new RunView(7, 9, "monthly-province", null, "2026-10", "CLI", "RUNNING", "an", List.of("bac-kan"),
                RENDER_STARTED.minusSeconds(5), null, RENDER_STARTED, 40, done, null);
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceWithRateAndTimeLeft() {
        ConsoleProgress progress = new ConsoleProgress(out, true, Messages.vietnamese(), clock);
        progress.update(run(10));
        progress.update(run(20));
        progress.finished(run(20));

        String shown = buffer.toString(StandardCharsets.UTF_8);
        // 10 in 2 minutes: 5 a minute, 30 left: 6 minutes
        assertThat(shown).startsWith("\r[#######-----------------------] 10/40 báo cáo, 5,0 báo cáo/phút, còn khoảng 6 phút 0 giây")
                .contains("\r[###############---------------] 20/40 báo cáo, 10,0 báo cáo/phút, còn khoảng 2 phút 0 giây")
                .doesNotContain("\n");
    }

    @Test
    void aLogGetsPlainLinesAndNothingBeforeTheFirstReport() {
        ConsoleProgress progress = new ConsoleProgress(out, false, Messages.forLanguage("en"), clock);
        progress.update(run(0));
        progress.update(run(30));
        progress.finished(run(30));

        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .isEqualTo("[30/40] 30/40 reports, 15.0 reports/minute, about 40 s left\n");
    }

    @Test
    void anEndedRunIsMeasuredToItsEnd() {
        RunView ended = new RunView(7, 9, "monthly-province", null, "2026-10", "CLI", "COMPLETED", "an", List.of("bac-kan"),
                RENDER_STARTED.minusSeconds(5), RENDER_STARTED.plusSeconds(60), RENDER_STARTED, 40, 40, null);
        // an hour later, the rate is still 40 in its one minute, and nothing is left
        assertThat(org.wardstat.jobs.ProgressText.of(ended, Messages.vietnamese(), RENDER_STARTED.plusSeconds(3600)))
                .isEqualTo("40/40 báo cáo, 40,0 báo cáo/phút");
    }
}
