package org.wardstat.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.wardstat.jobs.ProgressText;
import org.wardstat.jobs.RunProgress;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;

/**
 * Progress of a run on the command line: a bar redrawn in place when a person watches a
 * terminal, a plain line every few seconds when the output goes to a log file or a pipe.
 */
final class ConsoleProgress implements RunProgress {

    private static final int WIDTH = 30;
    private static final Duration LINE_EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final boolean terminal;
    private final Messages messages;
    private final Clock clock;
    private int lastLength;
    private Instant lastLine = Instant.EPOCH;
    private int lastDone = -1;

    ConsoleProgress(PrintStream out, boolean terminal, Messages messages, Clock clock) {
        this.out = out;
        this.terminal = terminal;
        this.messages = messages;
        this.clock = clock;
    }

    static ConsoleProgress forSystemOut(PrintStream out, Messages messages) {
        return new ConsoleProgress(out, System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM")),
                messages, Clock.systemUTC());
    }

    @Override
    public void update(RunView run) {
        if (run.itemsTotal() == 0 || run.itemsDone() == 0) {
            return; // still loading or planning: nothing to count yet
        }
        if (!terminal) {
            Instant now = clock.instant();
            if (run.itemsDone() != lastDone && Duration.between(lastLine, now).compareTo(LINE_EVERY) >= 0) {
                out.println("[" + run.itemsDone() + "/" + run.itemsTotal() + "] " + ProgressText.of(run, messages, now));
                lastLine = now;
                lastDone = run.itemsDone();
            }
            return;
        }
        int filled = run.itemsDone() * WIDTH / run.itemsTotal();
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + ProgressText.of(run, messages, clock.instant());
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }

    @Override
    public void finished(RunView run) {
        if (terminal && lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
    }
}
