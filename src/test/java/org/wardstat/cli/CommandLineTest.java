package org.wardstat.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the command line as a user runs it: each test class has its own workspace (an
 * embedded PostgreSQL in a temporary data folder, its own reports), and a run keeps what it
 * printed, standard output and error together as a terminal shows them.
 */
abstract class CommandLineTest {

    @TempDir
    static Path workspace;

    record Run(int exitCode, String output) {
    }

    @BeforeAll
    static void useATemporaryWorkspace() {
        System.setProperty("wardstat.data-dir", workspace.resolve("data").toString());
        System.setProperty("wardstat.reports-dir", workspace.resolve("reports").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("wardstat.data-dir");
        System.clearProperty("wardstat.reports-dir");
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exit = WardstatCli.run(args);
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A run with what the user types on standard input (a password for --password-stdin). */
    static Run withStdin(String input, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(in);
        }
    }
}
