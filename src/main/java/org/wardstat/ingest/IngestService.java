package org.wardstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.ConnectionLoss;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Loads one statistics file through the ingest job. The job instance is identified by the
 * checksum of the file's bytes: the same file offered again is recognised and changes nothing,
 * and a load that crashed (even killed outright) is resumed where its last committed chunk ended.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    /**
     * What to read from a file; null fields mean "every sheet", "detect the encoding", "the
     * month the sheet states", "ward names anywhere", "no form profile".
     *
     * @param period for sheets that do not state their month ({@code --period})
     * @param area   the org unit whose wards a ward name may mean ({@code --area}; on the web, the uploader's unit)
     * @param form   a form profile ({@code --form}) describing a layout wardstat cannot recognise
     * @param origin how the file came (uploaded, entered on the web) and by whom; null for the command line and jobs
     */
    public record Options(String sheet, Charset encoding, YearMonth period, String area, FormProfile form, Origin origin) {
        public static final Options DEFAULT = new Options(null, null);

        public Options(String sheet, Charset encoding) {
            this(sheet, encoding, null, null, null, null);
        }

        public Options withOrigin(Origin origin) {
            return new Options(sheet, encoding, period, area, form, origin);
        }

        /** Options that change how the same bytes are read, and so which load they are. */
        String reading() {
            StringBuilder text = new StringBuilder();
            if (period != null) {
                text.append("period=").append(period).append('\n');
            }
            if (area != null) {
                text.append("area=").append(area).append('\n');
            }
            if (form != null) {
                text.append("form=").append(SourceFiles.sha256(form.file())).append('\n');
            }
            return text.toString();
        }
    }

    /**
     * How a file reached wardstat, recorded with it.
     *
     * @param channel {@code upload} (a file sent on the web) or {@code web-form} (figures typed into the web form)
     * @param user    the user name of the sender
     */
    public record Origin(String channel, String user) {
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final SourceFiles sourceFiles;
    private final CatalogRepository catalogs;
    private final DataSource dataSource;
    private final LoadReportWriter reports;
    private final Path logFile;
    private final AuditTrail audit;
    private final MeterRegistry meters;

    IngestService(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, SourceFiles sourceFiles,
                  CatalogRepository catalogs, DataSource dataSource, WardstatProperties properties, AuditTrail audit,
                  MeterRegistry meters) {
        this.audit = audit;
        this.meters = meters;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.sourceFiles = sourceFiles;
        this.catalogs = catalogs;
        this.dataSource = dataSource;
        this.reports = new LoadReportWriter(properties.reports().resolve("loads"));
        this.logFile = properties.data().resolve("logs").resolve("wardstat.log");
    }

    public IngestResult ingest(Path file, Messages messages) {
        return ingest(file, Options.DEFAULT, messages);
    }

    /** A load from the command line, or from the web when the options name the sender. */
    public IngestResult ingest(Path file, Options options, Messages messages) {
        AuditTrail.Actor actor = options.origin() == null ? AuditTrail.Actor.operator()
                : AuditTrail.Actor.web(options.origin().user(), null);
        return ingest(file, options, messages, actor);
    }

    /** Loads the file and records in the audit trail who loaded it and what came of it, whatever that was. */
    public IngestResult ingest(Path file, Options options, Messages messages, AuditTrail.Actor actor) {
        Timer.Sample timing = Timer.start(meters);
        IngestResult result = loadFile(file, options, messages);
        LoadMetrics.count(meters, timing, result);
        try {
            audit.record(actor, "load", options.area() != null ? options.area() : actor.unitCode(), LoadAudit.detail(result, messages));
        } catch (DataAccessException e) {
            // the database went away: the result says so already, and nothing was stored to account for
            log.warn("The audit row of loading {} could not be written", file, e);
        }
        return result;
    }

    private IngestResult loadFile(Path file, Options options, Messages messages) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return IngestResult.refused(path, messages.get("file.missing", path));
        }
        Catalog catalog = catalogs.load();
        if (catalog.indicators().isEmpty() || catalog.wards().isEmpty()) {
            return IngestResult.refused(path, messages.get("catalog.empty"));
        }
        FileSurvey survey;
        try {
            survey = FileSurvey.of(path, sheet(options), options.encoding(), reading(options, catalog, messages));
        } catch (FileSurvey.Refusal refusal) {
            return IngestResult.refused(path, refusalMessage(refusal, messages));
        }
        String sha256 = identity(path, options);
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, sha256)) {
                return IngestResult.refused(path, messages.get("file.busy", path.getFileName()));
            }
            try {
                return load(path, sha256, survey, options, messages);
            } finally {
                // the connection goes back to the pool, not away: a lock left on it would make this
                // file "busy" for every other connection of a long-running server
                unlock(lock, sha256);
            }
        } catch (Exception e) {
            log.error("Loading {} failed", path, e);
            return IngestResult.failed(path, messages.get("file.failed", why(e, messages)));
        }
    }

    private IngestResult load(Path path, String sha256, FileSurvey survey, Options options, Messages messages) throws Exception {
        SourceFiles.Stored stored = sourceFiles.register(path, sha256, survey.layouts(), survey.encoding().name(), options.origin());
        if (stored.completed()) {
            return result(path, sha256, survey, IngestResult.Outcome.ALREADY_LOADED, null, messages);
        }
        JobParameters parameters = parameters(path, sha256, stored.id(), survey, options, messages);
        if (!sourceFiles.stagingAgrees(stored.id())) {
            startAgainFromTheFirstRow(parameters, stored.id());
        }
        recoverKilledRun(parameters);
        JobExecution execution;
        try {
            execution = jobOperator.start(ingestJob, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            sourceFiles.markCompleted(stored.id()); // cannot normally happen: the merge marks the file in its own transaction
            return result(path, sha256, survey, IngestResult.Outcome.LOADED, null, messages);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(failure -> log.error("Loading {} failed", path, failure));
            String why = execution.getAllFailureExceptions().stream().findFirst()
                    .map(failure -> why(failure, messages)).orElse(execution.getExitStatus().getExitDescription());
            return result(path, sha256, survey, IngestResult.Outcome.FAILED, messages.get("file.failed", why), messages);
        }
        return result(path, sha256, survey, IngestResult.Outcome.LOADED, null, messages);
    }

    /**
     * A run killed with the machine or with {@code kill -9} stays "started" in the job
     * repository. Holding the file's advisory lock proves no other process is running it, so
     * such a run is marked failed, which lets the job restart from its last committed chunk.
     */
    private void recoverKilledRun(JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(IngestJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus().isRunning()) {
            jobOperator.recover(last);
        }
    }

    /**
     * A restart position that staging does not bear out would skip rows that are not staged:
     * the job instance goes (its restart position with it) before the staged rows and counters,
     * so that a crash in between still finds them disagreeing, and the file loads from its first row.
     */
    private void startAgainFromTheFirstRow(JobParameters parameters, long sourceFileId) {
        log.warn("The staged rows of source file {} do not match its restart position: loading it again from the first row", sourceFileId);
        JobInstance instance = jobRepository.getJobInstance(IngestJobConfiguration.JOB_NAME, parameters);
        if (instance != null) {
            jobRepository.deleteJobInstance(instance);
        }
        sourceFiles.forgetStaging(sourceFileId);
    }

    /** A session-level lock, released by PostgreSQL when the connection ends, however the process ends. */
    private static void unlock(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 0))")) {
            statement.setString(1, "wardstat-ingest:" + sha256);
            statement.execute();
        }
    }

    private static boolean tryLock(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(hashtextextended(?, 0))")) {
            statement.setString(1, "wardstat-ingest:" + sha256);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The sheet to read: the one asked for, or the one the form profile names; null for every sheet. */
    static String sheet(Options options) {
        return options.sheet() != null ? options.sheet() : options.form() == null ? null : options.form().sheet();
    }

    static TableFinder.Reading reading(Options options, Catalog catalog, Messages messages) {
        return new TableFinder.Reading(catalog, options.period(), options.area(), options.form(), messages);
    }

    /**
     * A file is known by the checksum of its bytes; read with a month, an area or a form profile
     * given, by the checksum of its bytes and of those, so the same bytes read another way are
     * another load.
     */
    static String identity(Path path, Options options) {
        String bytes = SourceFiles.sha256(path);
        String reading = options.reading();
        return reading.isEmpty() ? bytes : SourceFiles.sha256(bytes + "\n" + reading);
    }

    private static JobParameters parameters(Path path, String sha256, long sourceFileId, FileSurvey survey, Options options,
                                            Messages messages) {
        return new JobParametersBuilder()
                .addString("sha256", sha256, true)
                .addString("file", path.toString(), false)
                .addString("sheet", sheet(options) == null ? "" : sheet(options), false)
                .addString("period", options.period() == null ? "" : options.period().toString(), false)
                .addString("area", options.area() == null ? "" : options.area(), false)
                .addString("form", options.form() == null ? "" : options.form().file().toAbsolutePath().toString(), false)
                .addString("encoding", survey.encoding().name(), false)
                .addLong("sourceFileId", sourceFileId, false)
                .addString("language", messages.locale().getLanguage(), false)
                .toJobParameters();
    }

    private IngestResult result(Path path, String sha256, FileSurvey survey, IngestResult.Outcome outcome, String message,
                                Messages messages) {
        SourceFiles.Stored stored = sourceFiles.find(sha256);
        List<String> notes = notes(survey, messages);
        LoadReportWriter.Written written = reports.write(path, sha256, stored, sourceFiles.rejects(stored.id()),
                sourceFiles.warnings(stored.id()), outcome, notes, messages);
        return new IngestResult(path, outcome, message, stored.id(), stored.rowsRead(), stored.rowsLoaded(),
                stored.rowsUpdated(), stored.rowsUnchanged(), stored.rowsRejected(), stored.rowsWarned(),
                stored.valuesNew(), stored.valuesChanged(), notes, written.summary(), written.rejects(), written.warnings());
    }

    private static List<String> notes(FileSurvey survey, Messages messages) {
        List<String> notes = new ArrayList<>();
        if (!survey.usable().containsKey("")) {
            notes.add(messages.get("load.sheets", String.join(", ", survey.usable().keySet())));
        } else if (!survey.encoding().name().equals("UTF-8")) {
            notes.add(messages.get("load.encoding", survey.encoding().displayName()));
        }
        for (SheetTableReader.SheetReport report : survey.reports().values()) {
            notes.addAll(SheetNotes.of(report, messages));
        }
        for (Map.Entry<String, FileHeader.Invalid> skipped : survey.skipped().entrySet()) {
            notes.add(messages.get("load.sheet-skipped", skipped.getKey(),
                    messages.get(skipped.getValue().reasonCode, skipped.getValue().column)));
        }
        return notes;
    }

    private static String refusalMessage(FileSurvey.Refusal refusal, Messages messages) {
        if (refusal.reasonCode.equals("file.table")) {
            String sheet = refusal.args[1].toString().isEmpty() ? "" : messages.get("load.in-sheet", refusal.args[1]);
            return messages.get("file.table", refusal.args[0], sheet, refusal.args[2], refusal.args[3]);
        }
        if (refusal.reasonCode.equals("file.header")) {
            FileHeader.Invalid invalid = (FileHeader.Invalid) refusal.args[2];
            String sheet = refusal.args[1].toString().isEmpty() ? "" : messages.get("load.in-sheet", refusal.args[1]);
            return messages.get("file.header", refusal.args[0], sheet, messages.get(invalid.reasonCode, invalid.column));
        }
        return messages.get(refusal.reasonCode, refusal.args);
    }

    /** The reason in the user's words: a lost database connection says so; anything else names the log holding its details. */
    private String why(Throwable e, Messages messages) {
        if (ConnectionLoss.in(e)) {
            return messages.get("db.connection-lost");
        }
        return messages.get("failure.logged", rootMessage(e).lines().findFirst().orElse(""), logFile);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
