package org.wardstat.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL this process starts on its data folder (see {@link #open}), with the
 * data surviving restarts, PostgreSQL's durability, and passwords ({@link EmbeddedAccess}).
 */
public final class EmbeddedServer implements DatabaseServer {

    /** Folders with a server started by this JVM: asking the operating system about their locks would release them. */
    private static final Set<Path> OPEN_IN_THIS_JVM = new HashSet<>();
    private static final Duration STARTUP_LOCK_WAIT = Duration.ofMinutes(2);
    private static final Duration SERVER_START_WAIT = Duration.ofSeconds(90); // crash recovery after a kill takes a while

    /**
     * @param clean   a fresh, empty database at every start, deleted at the end (tests, benchmarks)
     * @param durable PostgreSQL's own durability (fsync, full-page writes, synchronous commit); only tests turn it off
     * @param shared  other wardstat commands may use this server while it runs (the web server)
     */
    public record Settings(boolean clean, boolean durable, boolean shared) {
        static Settings of(WardstatProperties.Db db) {
            return db == null ? new Settings(false, true, false) : new Settings(db.embeddedClean(), db.embeddedDurable(), db.embeddedShared());
        }
    }

    private final EmbeddedPostgres postgres;
    private final EmbeddedFolder folder;
    private final EmbeddedCredentials credentials;
    private final Settings settings;

    private EmbeddedServer(EmbeddedPostgres postgres, EmbeddedFolder folder, EmbeddedCredentials credentials, Settings settings) {
        this.postgres = postgres;
        this.folder = folder;
        this.credentials = credentials;
        this.settings = settings;
    }

    /**
     * Starts the embedded server on a folder, or uses the one a web server runs there. One
     * process at a time decides, under a lock beside the folder: the server of a process that
     * died is stopped first; the server of a live command is not touched, and this one is
     * refused with a sentence saying so.
     */
    public static DatabaseServer open(Path dataDirectory, Settings settings) {
        EmbeddedFolder folder = new EmbeddedFolder(dataDirectory);
        synchronized (OPEN_IN_THIS_JVM) {
            if (!OPEN_IN_THIS_JVM.add(folder.data)) {
                throw new ExplainedFailure("db.in-use", folder.data, ProcessHandle.current().pid());
            }
        }
        try {
            Files.createDirectories(folder.data.getParent());
            try (FileChannel channel = FileChannel.open(folder.startupLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = startupLock(channel, folder)) {
                Optional<EmbeddedFolder.Owner> owner = folder.liveOwner();
                if (owner.isPresent()) {
                    forget(folder);
                    return shareOrRefuse(folder, owner.get());
                }
                folder.clearOrphans();
                return start(folder, settings);
            }
        } catch (IOException e) {
            forget(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            forget(folder);
            throw e;
        }
    }

    private static DatabaseServer shareOrRefuse(EmbeddedFolder folder, EmbeddedFolder.Owner owner) {
        Optional<EmbeddedFolder.Postmaster> postmaster = folder.postmaster();
        if (!owner.shared() || postmaster.isEmpty() || !EmbeddedCredentials.exist(folder.credentials())) {
            throw new ExplainedFailure("db.in-use", folder.data, owner.pid());
        }
        return new Shared(folder.data, postmaster.get().port(), owner.pid(), EmbeddedCredentials.read(folder.credentials()).wardstatPassword());
    }

    private static EmbeddedServer start(EmbeddedFolder folder, Settings settings) throws IOException {
        EmbeddedCredentials credentials = credentials(folder, settings);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder.data)
                .setCleanDataDirectory(settings.clean())
                .setPGStartupWait(SERVER_START_WAIT)
                .setConnectConfig("password", credentials.superuserPassword());
        durability(builder, settings.durable());
        Path initdbPassword = null;
        if (settings.clean() || !folder.initialised()) {
            // initdb (run by the library on a new folder) sets the superuser's password and asks for passwords
            // from the first moment; the library's own -A trust comes first on its command line, so this wins
            initdbPassword = credentials.superuserPasswordFile(folder.data.getParent());
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPassword.toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            // the server may be up but refusing the stored password, or it did not come up at all
            boolean up = folder.postmaster().flatMap(p -> ProcessHandle.of(p.pid())).filter(ProcessHandle::isAlive).isPresent();
            throw new ExplainedFailure(e, up ? "db.credentials-wrong" : "db.start-failed", folder.data, folder.credentials());
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        EmbeddedServer embedded = new EmbeddedServer(postgres, folder, credentials, settings);
        try {
            EmbeddedAccess.secure(postgres.getPort(), folder, credentials);
            folder.recordOwner(settings.shared());
            return embedded;
        } catch (SQLException | RuntimeException e) {
            embedded.stop();
            throw e instanceof SQLException ? new IllegalStateException("Cannot set up the embedded PostgreSQL in " + folder.data, e)
                    : (RuntimeException) e;
        }
    }

    /**
     * The library starts PostgreSQL with fsync off (-F) and synchronous_commit off; settings
     * given here come after those on its command line and win. Durable: a transaction that
     * committed survives PostgreSQL killed and the machine losing power.
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        String on = durable ? "on" : "off";
        builder.setServerConfig("fsync", on).setServerConfig("synchronous_commit", on).setServerConfig("full_page_writes", on);
    }

    private static EmbeddedCredentials credentials(EmbeddedFolder folder, Settings settings) {
        if (EmbeddedCredentials.exist(folder.credentials())) {
            return EmbeddedCredentials.read(folder.credentials());
        }
        if (!settings.clean() && folder.initialised() && !folder.trustsConnections()) {
            throw new ExplainedFailure("db.credentials-missing", folder.credentials(), folder.data);
        }
        return EmbeddedCredentials.create(folder.credentials());
    }

    private static FileLock startupLock(FileChannel channel, EmbeddedFolder folder) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_LOCK_WAIT);
        for (FileLock lock = channel.tryLock(); ; lock = channel.tryLock()) {
            if (lock != null) {
                return lock;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ExplainedFailure("db.starting-elsewhere", folder.data);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + folder.startupLock(), e);
            }
        }
    }

    private static void forget(EmbeddedFolder folder) {
        synchronized (OPEN_IN_THIS_JVM) {
            OPEN_IN_THIS_JVM.remove(folder.data);
        }
    }

    static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedCredentials.DATABASE;
    }

    @Override
    public String jdbcUrl() {
        return url(postgres.getPort());
    }

    @Override
    public String user() {
        return EmbeddedCredentials.ROLE;
    }

    @Override
    public String password() {
        return credentials.wardstatPassword();
    }

    public Path dataDirectory() {
        return folder.data;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("db.embedded", folder.data, postgres.getPort());
    }

    @Override
    public void close() {
        stop();
    }

    private void stop() {
        folder.forgetOwner();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            forget(folder);
            if (settings.clean()) { // nothing of a throwaway server stays beside its folder
                deleteQuietly(folder.credentials());
                deleteQuietly(folder.startupLock());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover password of a deleted database opens nothing
        }
    }
}
