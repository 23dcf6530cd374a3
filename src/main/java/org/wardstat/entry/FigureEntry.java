package org.wardstat.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.ingest.IngestPreview;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * A ward's month typed on the web: checked as a file with these figures would be, kept as a
 * draft, and submitted through the very load a file goes through. A submission is written as
 * a file of wardstat's own layout under {@code data/entries/} (kept, like an upload, as the
 * record of what was sent) and loaded by {@link IngestService}, recorded with the channel
 * {@code web-form} and the user: staging, rules, merge, revisions and submissions are the
 * load's, and whatever a later rule adds to the load applies to typed figures too.
 */
@Service
public class FigureEntry {

    /** What a submission came to: refused by the checks (errors), or loaded. */
    public record Submitted(List<IngestPreview.Finding> findings, IngestResult result) {
        public boolean loaded() {
            return result != null && result.ok();
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IngestPreview preview;
    private final IngestService ingest;
    private final Drafts drafts;
    private final CatalogRepository catalogs;
    private final JdbcClient jdbc;
    private final WardstatProperties properties;
    private final Clock clock;

    FigureEntry(IngestPreview preview, IngestService ingest, Drafts drafts, CatalogRepository catalogs, JdbcClient jdbc,
                WardstatProperties properties, Clock clock) {
        this.preview = preview;
        this.ingest = ingest;
        this.drafts = drafts;
        this.catalogs = catalogs;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The indicators a ward types in: all but the rates, in catalog order. */
    public List<Indicator> indicators() {
        return catalogs.load().indicators().stream().filter(indicator -> !indicator.isRate()).toList();
    }

    public List<IngestPreview.Finding> check(String ward, YearMonth period, Map<String, String> typed, Messages messages) {
        return preview.check(ward, period, typed, messages);
    }

    /** Keeps what was typed, whatever it is, and says what a load would say of it. */
    public List<IngestPreview.Finding> save(String ward, YearMonth period, Map<String, String> typed, String user, Messages messages) {
        drafts.save(ward, period, typed, user, clock.instant());
        return check(ward, period, typed, messages);
    }

    /** Saves, checks, and when nothing is in error loads the figures as the user's web submission. */
    public Submitted submit(String ward, YearMonth period, Map<String, String> typed, String user, Messages messages) {
        List<IngestPreview.Finding> findings = save(ward, period, typed, user, messages);
        if (findings.stream().anyMatch(IngestPreview.Finding::error)) {
            return new Submitted(findings, null);
        }
        Path file = write(ward, period, typed, user);
        IngestResult result = ingest.ingest(file, IngestService.Options.DEFAULT.withOrigin(new IngestService.Origin("web-form", user)),
                messages, AuditTrail.Actor.web(user, null, ward));
        if (result.ok()) {
            drafts.markSubmitted(ward, period, user, clock.instant(), result.sourceFileId());
        }
        return new Submitted(findings, result);
    }

    /** The figures stored for a ward and month, by indicator code. */
    public Map<String, BigDecimal> stored(String ward, YearMonth period) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("select indicator_code, value from observation where org_unit_code = :ward and period = :period")
                .param("ward", ward).param("period", Date.valueOf(period.atDay(1)))
                .query((rs, n) -> values.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list();
        return values;
    }

    private Path write(String ward, YearMonth period, Map<String, String> typed, String user) {
        Catalog catalog = catalogs.load();
        List<String> codes = catalog.indicators().stream().filter(indicator -> !indicator.isRate()).map(Indicator::code).toList();
        Path folder = properties.data().resolve("entries");
        String stem = ward + "-" + period + "-" + user + "-" + LocalDateTime.now(clock.withZone(properties.zone())).format(STAMP);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(stem + ".csv");
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(stem + "-" + n + ".csv"); // each submission keeps its own file
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord(IngestPreview.header(codes));
                csv.printRecord(IngestPreview.row(ward, period, codes, typed));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
