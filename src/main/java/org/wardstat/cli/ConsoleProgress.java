package org.wardstat.cli;

import java.io.PrintStream;

import org.wardstat.jobs.RunView;
import org.wardstat.jobs.RunProgress;

/**
 * Progress of a run on the command line: a bar redrawn in place when a person watches a
 * terminal, one plain line per item when the output goes to a log file or a pipe.
 */
final class ConsoleProgress implements RunProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private int lastLength;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ConsoleProgress forSystemOut(PrintStream out) {
        return new ConsoleProgress(out, System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void working(RunView run, int done, int total, String item) {
        if (!terminal) {
            out.printf("[%d/%d] %s%n", done + 1, total, item);
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + item;
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
