package org.wardstat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as the issue asks for it: durable, private (a generated password in a
 * file only its owner reads, SCRAM for every connection, wardstat working as a role that owns
 * its schema but is no superuser), a folder of the version before upgraded in place, and a
 * second process told what it may do while one runs the server.
 */
class EmbeddedDatabaseTest {

    private static final EmbeddedServer.Settings DURABLE = new EmbeddedServer.Settings(false, true, false);

    @TempDir
    Path temp;

    @Test
    void aNewServerIsDurableAndPrivate() throws Exception {
        Path folder = temp.resolve("data/postgres");
        try (DatabaseServer server = EmbeddedServer.open(folder, DURABLE)) {
            Path credentials = temp.resolve("data/postgres.credentials");
            assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(credentials)).contains("superuser.password=", "wardstat.password=" + server.password());
            assertThat(server.user()).isEqualTo("wardstat");
            assertThat(server.password()).hasSize(24);
            assertThat(server.jdbcUrl()).endsWith("/wardstat");

            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password()); Statement sql = c.createStatement()) {
                assertThat(single(sql, "show fsync")).isEqualTo("on");
                assertThat(single(sql, "show synchronous_commit")).isEqualTo("on");
                assertThat(single(sql, "show full_page_writes")).isEqualTo("on");
                assertThat(single(sql, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
                assertThat(single(sql, "select nspowner::regrole::text from pg_namespace where nspname = 'public'")).isEqualTo("wardstat");
                sql.execute("create table mine (x int)");
                // the hole the issue found: a superuser may run programs on the server; wardstat's role may not
                assertThatThrownBy(() -> sql.execute("copy mine to program 'id'")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("must be superuser");
            }
            assertRefused(server.jdbcUrl(), "postgres", "");
            assertRefused(server.jdbcUrl(), "postgres", "postgres");
            assertRefused(server.jdbcUrl(), "wardstat", "");
            assertThat(Files.readString(folder.resolve("pg_hba.conf")).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())).allMatch(line -> line.endsWith("scram-sha-256"));
        }
        // and again, from the stored password
        try (DatabaseServer again = EmbeddedServer.open(folder, DURABLE);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password()); Statement sql = c.createStatement()) {
            assertThat(single(sql, "select count(*)::text from mine")).isEqualTo("0");
        }
    }

    @Test
    void onlyTestsRelaxDurabilityBySetting() throws Exception {
        try (DatabaseServer server = EmbeddedServer.open(temp.resolve("postgres"), new EmbeddedServer.Settings(true, false, false));
             Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password()); Statement sql = c.createStatement()) {
            assertThat(single(sql, "show fsync")).isEqualTo("off");
            assertThat(single(sql, "show synchronous_commit")).isEqualTo("off");
        }
        assertThat(temp.resolve("postgres")).doesNotExist();
        assertThat(temp.resolve("postgres.credentials")).as("a clean server's password goes with it").doesNotExist();
        assertThat(temp.resolve("postgres.lock")).doesNotExist();
        assertThat(new String(getClass().getResourceAsStream("/application.properties").readAllBytes(), StandardCharsets.UTF_8))
                .contains("wardstat.db.embedded-durable=true");
    }

    /** A data folder of the previous version: trust for every local connection, wardstat's tables in database postgres, owned by the superuser. */
    @Test
    void aFolderOfThePreviousVersionIsUpgradedInPlaceOnItsFirstStart() throws Exception {
        Path folder = temp.resolve("data/postgres");
        Files.createDirectories(folder);
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start()) {
            String url = before.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").target("9").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement sql = c.createStatement()) {
                sql.execute("insert into org_unit (code, parent_code, level, name_vi, name_en) values ('vn', null, 'country', 'Việt Nam', 'Viet Nam')");
                sql.execute("insert into source_file (sha256, file_name, path, size_bytes) values ('abc', 'a.csv', '/a.csv', 1)");
            }
        }
        assertThat(Files.readString(folder.resolve("pg_hba.conf"))).contains("trust");

        try (DatabaseServer server = EmbeddedServer.open(folder, DURABLE)) {
            assertThat(temp.resolve("data/postgres.credentials")).exists();
            assertThat(Files.readString(folder.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertRefused(server.jdbcUrl().replace("/wardstat", "/postgres"), "postgres", "");
            Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password()).locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password()); Statement sql = c.createStatement()) {
                assertThat(single(sql, "select name_vi from org_unit")).isEqualTo("Việt Nam");
                assertThat(single(sql, "select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'")).isEqualTo("wardstat");
                assertThat(single(sql, "select string_agg(distinct sequenceowner, ',') from pg_sequences where schemaname = 'public'")).isEqualTo("wardstat");
                assertThat(single(sql, "select bool_and(success)::text || ',' || count(*) filter (where version = '10') from flyway_schema_history"))
                        .isEqualTo("true,1");
                // V10, applied by the role: staging is logged now
                assertThat(single(sql, "select string_agg(relpersistence::text, ',') from pg_class where relname in ('staged_value', 'staged_row')")).isEqualTo("p,p");
                sql.execute("insert into source_file (sha256, file_name, path, size_bytes) values ('def', 'b.csv', '/b.csv', 1)");
                assertThat(single(sql, "select string_agg(id::text, ',' order by id) from source_file")).isEqualTo("1,2");
            }
        }
        // the second start finds nothing left to do
        try (DatabaseServer again = EmbeddedServer.open(folder, DURABLE);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password()); Statement sql = c.createStatement()) {
            assertThat(single(sql, "select count(*)::text from source_file")).isEqualTo("2");
        }
    }

    @Test
    void withoutItsPasswordFileAFolderIsNotOpenedAndTheUserIsToldWhy() throws Exception {
        Path folder = temp.resolve("data/postgres");
        EmbeddedServer.open(folder, DURABLE).close();
        Files.delete(temp.resolve("data/postgres.credentials"));
        assertThatThrownBy(() -> EmbeddedServer.open(folder, DURABLE)).isInstanceOfSatisfying(ExplainedFailure.class,
                failure -> assertThat(failure.message(Messages.vietnamese())).isEqualTo("Không tìm thấy tệp mật khẩu "
                        + temp.resolve("data/postgres.credentials") + " của cơ sở dữ liệu nhúng tại " + folder
                        + ": hãy khôi phục tệp đó từ bản sao lưu (không có nó thì không mở được cơ sở dữ liệu)."));
    }

    @Test
    void whileAnotherCommandRunsTheServerASecondOneIsToldSoInOneSentence() throws Exception {
        Path folder = temp.resolve("data/postgres");
        Process other = startServerInAnotherJvm(folder, false);
        try {
            assertThatThrownBy(() -> EmbeddedServer.open(folder, DURABLE)).isInstanceOfSatisfying(ExplainedFailure.class,
                    failure -> assertThat(failure.message(Messages.forLanguage("en"))).isEqualTo("The embedded database in " + folder
                            + " is in use by another wardstat command (process " + other.pid() + "): wait until it finishes, then run this again."));
        } finally {
            stop(other);
        }
        EmbeddedServer.open(folder, DURABLE).close(); // and once it has finished, the folder is free
    }

    @Test
    void whileTheWebServerRunsOtherCommandsUseItsServer() throws Exception {
        Path folder = temp.resolve("data/postgres");
        Process web = startServerInAnotherJvm(folder, true);
        try (DatabaseServer shared = EmbeddedServer.open(folder, DURABLE)) {
            assertThat(shared).isInstanceOf(DatabaseServer.Shared.class);
            assertThat(shared.describe(Messages.vietnamese())).startsWith("Cơ sở dữ liệu: PostgreSQL nhúng của máy chủ web wardstat đang chạy (tiến trình " + web.pid() + ")");
            try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), shared.user(), shared.password()); Statement sql = c.createStatement()) {
                assertThat(single(sql, "select current_user")).isEqualTo("wardstat");
            }
        } finally {
            stop(web);
        }
    }

    /** kill -9 of the process that started the server: the server outlives it; the next start stops it and starts afresh. */
    @Test
    void aServerLeftByAKilledProcessIsStoppedAndTheNextStartWorksAtOnce() throws Exception {
        Path folder = temp.resolve("data/postgres");
        Process killed = startServerInAnotherJvm(folder, false);
        long orphan = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlives its owner").contains(true);

        try (DatabaseServer server = EmbeddedServer.open(folder, DURABLE)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(server).isInstanceOf(EmbeddedServer.class);
        }
    }

    private Process startServerInAnotherJvm(Path folder, boolean shared) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerChild.class.getName(), folder.toString()));
        if (shared) {
            command.add("shared");
        }
        Path log = Files.createTempFile(temp, "child-", ".log");
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

    private static void stop(Process process) throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close()).as(user + " with password '" + password + "'")
                .isInstanceOf(SQLException.class);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
