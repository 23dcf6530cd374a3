package org.wardstat.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where wardstat keeps and finds things. Relative paths resolve against {@code home}, the
 * repository folder the launcher runs from, so the tool behaves the same from any directory.
 *
 * @param home          the wardstat folder (set by the launcher; defaults to the working folder)
 * @param dataDir       embedded PostgreSQL data and other state
 * @param reportsDir    generated reports, load summaries and reject files
 * @param templatesDir  JasperReports templates a user may edit
 * @param catalogDir    vocabulary files a user may edit (indicators)
 * @param jobsDir       job definitions a user edits, one {@code .job} file per scheduled job
 * @param db            an external PostgreSQL server; empty url means "start the embedded one"
 * @param timeZone      the zone of every date and time a person reads (reports, pages, the command line),
 *                      whatever the server's own zone; Asia/Ho_Chi_Minh unless set
 * @param render        how a run's reports are spread: over threads here, or over worker processes
 */
@ConfigurationProperties("wardstat")
public record WardstatProperties(
        String home, String dataDir, String reportsDir, String templatesDir, String catalogDir, String jobsDir, Db db,
        String timeZone, Render render) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * @param embeddedClean   the embedded server starts empty and is deleted at the end (tests, benchmarks)
     * @param embeddedDurable the embedded server keeps PostgreSQL's durability settings (unset: yes); tests turn it off
     * @param embeddedShared  other wardstat commands may use this process's embedded server while it runs (set by serve)
     * @param connectionTimeout how long to wait for a connection before giving up (unset: 30 s); with the
     *                        server gone, each of a failing job's last bookkeeping steps waits this long
     */
    public record Db(String url, String user, String password, boolean embeddedClean, Boolean embeddedDurable, boolean embeddedShared,
                     Duration connectionTimeout) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        @Override
        public Boolean embeddedDurable() {
            return embeddedDurable == null || embeddedDurable;
        }

        @Override
        public Duration connectionTimeout() {
            return connectionTimeout == null ? Duration.ofSeconds(30) : connectionTimeout;
        }

        @Override
        public String toString() {
            return "Db[url=" + url + ", user=" + user + "]";
        }
    }

    /**
     * @param threads   threads rendering a run's partitions in this process (0 or unset: one per core)
     * @param transport {@code local} (this process's threads), {@code jdbc} (worker processes take
     *                  partitions from a queue kept in PostgreSQL) or {@code rabbitmq}
     * @param partitions partitions of a run for worker processes (unset: 16): more than workers, so
     *                  the fast ones take more and a dead one's share is small
     */
    public record Render(Integer threads, String transport, Integer partitions) {
        public int partitionCount() {
            return partitions == null || partitions <= 0 ? 16 : partitions;
        }

        public int threadCount() {
            return threads == null || threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        }

        public String transportName() {
            return transport == null || transport.isBlank() ? "local" : transport.strip();
        }
    }

    public Render render() {
        return render == null ? new Render(null, null, null) : render;
    }

    // Plain strings on purpose: Spring's own String-to-Path conversion treats a relative path as a
    // classpath resource, which puts "reports" under target/test-classes in tests.
    public Path resolve(Path path) {
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.resolve(path).toAbsolutePath().normalize();
    }

    public Path resolve(String path) {
        return resolve(Path.of(path));
    }

    public Path data() { return resolve(dataDir); }
    public Path reports() { return resolve(reportsDir); }
    public Path templates() { return resolve(templatesDir); }
    public Path catalog() { return resolve(catalogDir); }
    public Path jobs() { return resolve(jobsDir == null ? "jobs" : jobsDir); }

    public ZoneId zone() {
        return timeZone == null || timeZone.isBlank() ? VIETNAM : ZoneId.of(timeZone.strip());
    }
}
