package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.EmbeddedServer;

/**
 * Whatever dies, the same command run once more stores every good row of the file exactly once.
 * Each `wardstat` here is its own JVM with its own embedded PostgreSQL (durable, as a user runs
 * it), in a data folder of the test's: PostgreSQL is killed with SIGKILL while the rows are staged
 * and while they are merged, and the JVM is killed while staging, leaving its server behind.
 */
class CrashSafeLoadTest {

    private static final LargeStatisticsFile FILE = new LargeStatisticsFile(1_500, 12);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    static Path catalogued;
    @TempDir
    Path temp;

    Path file;

    /** Once: a data folder with the catalog and the file's wards, loaded by `wardstat catalog`; each test works on a copy. */
    @BeforeAll
    static void aDataFolderWithTheCatalog() throws Exception {
        Path units = FILE.writeUnits(catalogued.resolve("don-vi.csv"));
        Command catalog = run(catalogued, "catalog", "--org-units", units.toString());
        assertThat(catalog.waitForExit()).as(catalog.output()).isZero();
    }

    @BeforeEach
    void aCopyOfTheDataFolderAndTheFile() throws Exception {
        try (Stream<Path> paths = Files.walk(catalogued.resolve("data"))) {
            for (Path from : paths.toList()) {
                Files.copy(from, temp.resolve("data").resolve(catalogued.resolve("data").relativize(from).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        file = FILE.write(temp.resolve("ca-nuoc.csv"));
    }

    @Test
    void postgresKilledWhileRowsAreStagedThenTheCommandAgainLoadsEveryGoodRowOnce() throws Exception {
        Command first = run("ingest", file.toString());
        long staged = waitFor(first, "select coalesce(max(rows_read), 0) from source_file where completed_at is null",
                read -> read >= 5L * IngestJobConfiguration.CHUNK_SIZE);
        killPostgres();

        assertThat(staged).as("killed in the middle of the file").isLessThan(FILE.rows());
        assertFailedInOneLine(first);

        Command again = run("ingest", file.toString());
        assertThat(again.waitForExit()).as(again.output()).isEqualTo(3); // loaded, the planted rows rejected
        assertThat(again.output()).contains("ca-nuoc.csv: đã nạp");
        assertEveryGoodRowStoredOnce();
    }

    @Test
    void postgresKilledWhileTheRowsAreMergedThenTheCommandAgainLoadsEveryGoodRowOnce() throws Exception {
        Command first = run("ingest", file.toString());
        waitFor(first, "select count(*) from batch_step_execution where step_name = 'merge-values' and status = 'STARTED'", started -> started > 0);
        Thread.sleep(200); // into the merge's statements
        killPostgres();
        assertFailedInOneLine(first);

        Command again = run("ingest", file.toString());
        assertThat(again.waitForExit()).as(again.output()).isEqualTo(3);
        assertEveryGoodRowStoredOnce();
        try (DatabaseServer server = open(); Connection c = connect(server)) {
            // the killed merge left nothing: the restart merged once, staging intact
            assertThat(single(c, "select string_agg(status, ',' order by step_execution_id) from batch_step_execution where step_name = 'merge-values'"))
                    .isEqualTo("FAILED,COMPLETED");
            assertThat(single(c, "select string_agg(status, ',' order by step_execution_id) from batch_step_execution where step_name = 'stage-rows'"))
                    .as("the staging was not done twice").isEqualTo("COMPLETED");
        }
    }

    @Test
    void javaKilledWhileStagingThenTheNextRunWorksAtOnceAndStopsTheServerLeftBehind() throws Exception {
        Command first = run("ingest", file.toString());
        waitFor(first, "select coalesce(max(rows_read), 0) from source_file where completed_at is null",
                read -> read >= 5L * IngestJobConfiguration.CHUNK_SIZE);
        long orphan = postmasterPid();
        first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived the JVM").contains(true);

        Command again = run("ingest", file.toString());
        assertThat(again.waitForExit()).as("the first re-run works:\n" + again.output()).isEqualTo(3);
        assertThat(again.output()).contains("ca-nuoc.csv: đã nạp").doesNotContain("Exception");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertEveryGoodRowStoredOnce();
    }

    private void assertFailedInOneLine(Command command) throws Exception {
        assertThat(command.waitForExit()).as(command.output()).isEqualTo(1);
        assertThat(command.output()).contains("ca-nuoc.csv: thất bại",
                        "Nạp tệp thất bại: mất kết nối với cơ sở dữ liệu (máy chủ PostgreSQL đã dừng hoặc bị tắt).")
                .doesNotContain("\tat ", "Exception");
    }

    private void assertEveryGoodRowStoredOnce() throws Exception {
        try (DatabaseServer server = open(); Connection c = connect(server)) {
            assertThat(single(c, "select count(*) from observation")).isEqualTo(String.valueOf(FILE.goodValues()));
            assertThat(single(c, "select sum(value)::bigint from observation")).isEqualTo(String.valueOf(FILE.goodSum()));
            assertThat(single(c, "select rows_read || '/' || rows_loaded || '/' || rows_rejected from source_file where completed_at is not null"))
                    .isEqualTo(FILE.rows() + "/" + (FILE.rows() - FILE.badRows()) + "/" + FILE.badRows());
            assertThat(single(c, "select count(*) from ingest_reject")).isEqualTo(String.valueOf(FILE.badRows()));
            assertThat(single(c, "select (select count(*) from staged_value) + (select count(*) from staged_row)")).isEqualTo("0");
        }
    }

    /** The folder's server, opened by the test once the commands are done. */
    private DatabaseServer open() {
        return EmbeddedServer.open(temp.resolve("data/postgres"), new EmbeddedServer.Settings(false, true, false));
    }

    private static Connection connect(DatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    /** Polls the running command's own server until a query's number passes the test, on one connection while it lasts. */
    private long waitFor(Command command, String query, java.util.function.LongPredicate done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        Connection c = null;
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!command.process.isAlive()) {
                    throw new AssertionError("the command ended before it could be killed:\n" + command.output());
                }
                try {
                    c = c != null && c.isValid(1) ? c : connectToRunningServer();
                    long value = Long.parseLong(single(c, query));
                    if (done.test(value)) {
                        return value;
                    }
                } catch (SQLException | IOException | RuntimeException e) {
                    c = null; // not up yet, or the table not there yet
                }
                Thread.sleep(50);
            }
        } finally {
            if (c != null) {
                c.close();
            }
        }
        throw new AssertionError("waited in vain for " + query + ":\n" + command.output());
    }

    private Connection connectToRunningServer() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(temp.resolve("data/postgres/postmaster.pid"));
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(temp.resolve("data/postgres.credentials"))) {
            credentials.load(in);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/wardstat", "wardstat",
                credentials.getProperty("wardstat.password"));
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(temp.resolve("data/postgres/postmaster.pid")).get(0).strip());
    }

    private void killPostgres() throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
        postmaster.destroyForcibly(); // SIGKILL: no shutdown, no checkpoint
        postmaster.onExit().get(30, TimeUnit.SECONDS);
    }

    private static String single(Connection c, String query) throws SQLException {
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Command run(String... args) throws IOException {
        return run(temp, args);
    }

    private static Command run(Path workspace, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                // a command whose server was killed gives up sooner; what it leaves behind is the same
                "-Dwardstat.db.connection-timeout=3s", "org.wardstat.WardstatApplication"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(workspace, args[0] + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WARDSTAT_"));
        builder.environment().put("WARDSTAT_DATA_DIR", workspace.resolve("data").toString());
        builder.environment().put("WARDSTAT_REPORTS_DIR", workspace.resolve("reports").toString());
        return new Command(builder.start(), output);
    }

    private record Command(Process process, Path log) {
        int waitForExit() throws Exception {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the command did not end:\n" + output());
            }
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }
}
