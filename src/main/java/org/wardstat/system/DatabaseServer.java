package org.wardstat.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server wardstat talks to: either one the user named, or an embedded server
 * started from a Maven artifact whose data lives under the data folder and survives restarts.
 */
public sealed interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();
    String user();
    String password();
    /** One line for the user: which server is in use. */
    String describe(Messages messages);

    @Override
    void close();

    static DatabaseServer from(WardstatProperties properties) {
        WardstatProperties.Db db = properties.db();
        if (db != null && db.external()) {
            return new External(db.url(), db.user(), db.password() == null ? "" : db.password());
        }
        return Embedded.start(properties.data().resolve("postgres"), db != null && db.embeddedClean());
    }

    record External(String jdbcUrl, String user, String password) implements DatabaseServer {
        @Override
        public String describe(Messages messages) {
            return messages.get("db.external", jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***"));
        }

        @Override
        public void close() {
        }
    }

    final class Embedded implements DatabaseServer {
        private final EmbeddedPostgres postgres;
        private final Path dataDirectory;

        private Embedded(EmbeddedPostgres postgres, Path dataDirectory) {
            this.postgres = postgres;
            this.dataDirectory = dataDirectory;
        }

        static Embedded start(Path dataDirectory, boolean clean) {
            try {
                Files.createDirectories(dataDirectory);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(clean)
                        .start();
                return new Embedded(postgres, dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
            }
        }

        @Override
        public String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public String user() {
            return "postgres";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public String describe(Messages messages) {
            return messages.get("db.embedded", dataDirectory, postgres.getPort());
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
