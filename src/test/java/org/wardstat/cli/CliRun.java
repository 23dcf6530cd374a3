package org.wardstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A run of the command line as a user makes it, and what it printed: standard output and error
 * together, as a terminal shows them. Tests point wardstat at a temporary workspace first, so
 * each test class has its own embedded PostgreSQL and reports.
 */
record CliRun(int exitCode, String output) {

    static void useWorkspace(Path workspace) {
        System.setProperty("wardstat.data-dir", workspace.resolve("data").toString());
        System.setProperty("wardstat.reports-dir", workspace.resolve("reports").toString());
    }

    static void leaveWorkspace() {
        System.clearProperty("wardstat.data-dir");
        System.clearProperty("wardstat.reports-dir");
    }

    static CliRun run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exit = WardstatCli.run(args);
            return new CliRun(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
