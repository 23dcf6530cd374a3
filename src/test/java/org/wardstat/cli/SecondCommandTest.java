package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A command run while another wardstat process holds the embedded database of the same folder:
 * the web server's is used; another command's is left alone, and the user gets one sentence,
 * not the hundred lines of a stack trace about the library's lock file.
 */
class SecondCommandTest extends CommandLineTest {

    @Test
    void whileAnotherCommandHoldsTheDatabaseACommandSaysSoInOneLine() throws Exception {
        Process other = holdTheDatabase(false);
        try {
            Run second = run("users", "list");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.output()).isEqualTo("wardstat: Cơ sở dữ liệu nhúng tại " + workspace.resolve("data/postgres")
                    + " đang được một lệnh wardstat khác dùng (tiến trình " + other.pid() + "): chờ lệnh đó xong rồi chạy lại."
                    + System.lineSeparator());
            assertThat(Files.readString(workspace.resolve("data/logs/wardstat.log"))).as("the details, for whoever needs them")
                    .contains("ERROR wardstat list failed", "ExplainedFailure: db.in-use");
        } finally {
            release(other);
        }
        assertThat(run("users", "list").exitCode()).as("once it has finished").isZero();
    }

    @Test
    void whileTheWebServerRunsACommandUsesItsDatabase() throws Exception {
        Process web = holdTheDatabase(true);
        try {
            Run list = run("users", "list", "--lang", "en");
            assertThat(list.exitCode()).as(list.output()).isZero();
            assertThat(list.output()).startsWith("Database: the embedded PostgreSQL of the running wardstat web server (process " + web.pid() + ")")
                    .contains("No users yet.");
        } finally {
            release(web);
        }
    }

    /** Another JVM holding the folder's server as `wardstat serve` (shared) or any other command does. */
    private static Process holdTheDatabase(boolean shared) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.wardstat.system.EmbeddedServerChild",
                workspace.resolve("data/postgres").toString()));
        if (shared) {
            command.add("shared");
        }
        Path log = Files.createTempFile(workspace, "holder-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readAllLines(log, StandardCharsets.UTF_8).stream().anyMatch(line -> line.startsWith("ready "))) {
                return process;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("the other process did not start its server:\n" + Files.readString(log));
    }

    private static void release(Process process) throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
