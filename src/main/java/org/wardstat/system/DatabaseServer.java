package org.wardstat.system;

import java.nio.file.Path;

/**
 * The PostgreSQL server wardstat talks to: one the user named, an embedded server this process
 * starts on its data folder, or the embedded server a running web server ({@code wardstat
 * serve}) started on that folder.
 */
public sealed interface DatabaseServer extends AutoCloseable permits DatabaseServer.External, DatabaseServer.Shared, EmbeddedServer {

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
        return EmbeddedServer.open(properties.data().resolve("postgres"), EmbeddedServer.Settings.of(db));
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

    /** The embedded server of a running {@code wardstat serve}, used while it runs; it stays up when this process ends. */
    record Shared(Path dataDirectory, int port, long ownerPid, String password) implements DatabaseServer {
        @Override
        public String jdbcUrl() {
            return EmbeddedServer.url(port);
        }

        @Override
        public String user() {
            return EmbeddedCredentials.ROLE;
        }

        @Override
        public String describe(Messages messages) {
            return messages.get("db.shared", dataDirectory, port, ownerPid);
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return "Shared[" + dataDirectory + ", port " + port + ", owner " + ownerPid + "]";
        }
    }
}
