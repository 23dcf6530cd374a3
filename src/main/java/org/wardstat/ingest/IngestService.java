package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Loads one statistics file through the ingest job. The job instance is identified by the
 * checksum of the file's bytes: the same file offered again is recognised and changes nothing,
 * and a load that crashed is resumed where its last committed chunk ended.
 */
@Service
public class IngestService {

    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final SourceFiles sourceFiles;
    private final CatalogRepository catalogs;
    private final LoadReportWriter reports;

    IngestService(JobOperator jobOperator, Job ingestJob, SourceFiles sourceFiles, CatalogRepository catalogs,
                  WardstatProperties properties) {
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.sourceFiles = sourceFiles;
        this.catalogs = catalogs;
        this.reports = new LoadReportWriter(properties.reports().resolve("loads"));
    }

    public IngestResult ingest(Path file, Messages messages) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return IngestResult.refused(path, messages.get("file.missing", path));
        }
        Catalog catalog = catalogs.load();
        if (catalog.indicators().isEmpty() || catalog.wards().isEmpty()) {
            return IngestResult.refused(path, messages.get("catalog.empty"));
        }
        String refusal = checkHeader(path, catalog, messages);
        if (refusal != null) {
            return IngestResult.refused(path, refusal);
        }
        try {
            String sha256 = SourceFiles.sha256(path);
            SourceFiles.Stored stored = sourceFiles.register(path, sha256);
            if (stored.completed()) {
                return result(path, sha256, IngestResult.Outcome.ALREADY_LOADED, null, messages);
            }
            JobExecution execution;
            try {
                execution = jobOperator.start(ingestJob, parameters(path, sha256, stored.id(), messages));
            } catch (JobInstanceAlreadyCompleteException e) {
                // the job finished but the process stopped before marking the file: finish that step
                sourceFiles.markCompleted(stored.id());
                return result(path, sha256, IngestResult.Outcome.LOADED, null, messages);
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                String why = execution.getAllFailureExceptions().stream().findFirst()
                        .map(IngestService::rootMessage).orElse(execution.getExitStatus().getExitDescription());
                return result(path, sha256, IngestResult.Outcome.FAILED, messages.get("file.failed", why), messages);
            }
            sourceFiles.markCompleted(stored.id());
            return result(path, sha256, IngestResult.Outcome.LOADED, null, messages);
        } catch (IOException e) {
            return IngestResult.refused(path, messages.get("file.unreadable", path, e.getMessage()));
        } catch (Exception e) {
            return IngestResult.refused(path, messages.get("file.failed", rootMessage(e)));
        }
    }

    private String checkHeader(Path path, Catalog catalog, Messages messages) {
        try {
            List<String> header = WideCsvReader.readHeader(path);
            if (header.isEmpty()) {
                return messages.get("file.empty", path.getFileName());
            }
            WideHeader.of(header, catalog);
            TextFiles.checkDecodes(path);
            return null;
        } catch (WideHeader.Invalid e) {
            return messages.get("file.header", path.getFileName(), messages.get(e.reasonCode, e.column));
        } catch (CharacterCodingException e) {
            return messages.get("file.encoding", path.getFileName());
        } catch (IOException | UncheckedIOException e) {
            return messages.get("file.unreadable", path.getFileName(), e.getMessage());
        }
    }

    private static JobParameters parameters(Path path, String sha256, long sourceFileId, Messages messages) {
        return new JobParametersBuilder()
                .addString("sha256", sha256, true)
                .addString("file", path.toString(), false)
                .addLong("sourceFileId", sourceFileId, false)
                .addString("language", messages.locale().getLanguage(), false)
                .toJobParameters();
    }

    private IngestResult result(Path path, String sha256, IngestResult.Outcome outcome, String message, Messages messages) {
        SourceFiles.Stored stored = sourceFiles.find(sha256);
        List<SourceFiles.Reject> rejects = sourceFiles.rejects(stored.id());
        LoadReportWriter.Written written = reports.write(path, sha256, stored, rejects, outcome, messages);
        return new IngestResult(path, outcome, message, stored.id(), stored.rowsRead(), stored.rowsLoaded(),
                stored.rowsRejected(), outcome == IngestResult.Outcome.ALREADY_LOADED ? 0 : stored.valuesWritten(),
                written.summary(), written.rejects());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
