package org.wardstat.ingest;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * What loading one ward's month would say, without loading it: the figures typed into the web
 * form go through the load's own checks. The row checks of {@link RowValidator}, then, when the
 * row passes them, the rules of {@code validation-rules.csv} ({@link RuleCheck}: one figure
 * against another, ten times the ward's usual level) run on the figures staged as a load stages
 * them, inside a transaction that is rolled back. So the messages are the very ones a file
 * with these figures would get, and nothing is kept.
 */
@Service
public class IngestPreview {

    /**
     * One message about one figure.
     *
     * @param indicator the indicator's code, or "" for the row as a whole
     * @param error     an error rejects the figures (they cannot be submitted); a warning does not
     */
    public record Finding(String indicator, boolean error, String message) {
    }

    private final CatalogRepository catalogs;
    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final WardstatProperties properties;
    private final Clock clock;

    IngestPreview(CatalogRepository catalogs, DataSource dataSource, PlatformTransactionManager transactionManager,
                  WardstatProperties properties, Clock clock) {
        this.catalogs = catalogs;
        this.dataSource = dataSource;
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /** The header and the one row a file with these figures has: {@code ward_code,period,<indicator codes>}. */
    public static List<String> header(List<String> indicators) {
        List<String> header = new ArrayList<>(List.of("ward_code", "period"));
        header.addAll(indicators);
        return header;
    }

    public static List<String> row(String ward, YearMonth period, List<String> indicators, Map<String, String> typed) {
        List<String> row = new ArrayList<>(List.of(ward, period.toString()));
        indicators.forEach(code -> row.add(typed.getOrDefault(code, "").strip()));
        return row;
    }

    /** @param typed indicator code → the text typed for it (blank: not reported) */
    public List<Finding> check(String ward, YearMonth period, Map<String, String> typed, Messages messages) {
        Catalog catalog = catalogs.load();
        List<String> indicators = catalog.indicators().stream().filter(i -> !i.isRate()).map(i -> i.code()).toList();
        FileHeader header = FileHeader.of(header(indicators), catalog);
        List<String> cells = row(ward, period, indicators, typed);
        TableRow row = new TableRow("", 2, header, cells, String.join(",", cells), null, null);
        ValidatedRow validated = new RowValidator(new CellChecks(catalog, YearMonth.now(clock), messages), header).validate(row);
        List<Finding> findings = new ArrayList<>();
        validated.problems().forEach(p -> findings.add(new Finding(p.column(), true, p.reason())));
        if (validated.rejected() || validated.values().isEmpty()) {
            return findings;
        }
        List<ValidationRule> rules = ValidationRules.read(properties.catalog().resolve("validation-rules.csv"), catalog);
        findings.addAll(transactions.execute(status -> {
            status.setRollbackOnly();
            return ruleFindings(validated, rules, messages);
        }));
        return findings;
    }

    private List<Finding> ruleFindings(ValidatedRow validated, List<ValidationRule> rules, Messages messages) {
        JdbcClient jdbc = JdbcClient.create(jdbcTemplate);
        long file = jdbc.sql("""
                insert into source_file (sha256, file_name, path, size_bytes, channel) values (:sha, 'preview', 'preview', 0, 'web-form')
                returning id
                """).param("sha", "preview:" + UUID.randomUUID()).query(Long.class).single();
        try {
            new StagingWriter(dataSource, file).write(new Chunk<>(List.of(validated)));
            new RuleCheck(jdbcTemplate, file, rules, messages).execute(null, null);
        } catch (Exception e) {
            throw new IllegalStateException("checking the rules on typed figures failed", e);
        }
        List<Finding> findings = new ArrayList<>();
        jdbc.sql("select column_name, reason from ingest_reject where source_file_id = :file order by id").param("file", file)
                .query((rs, n) -> findings.add(new Finding(rs.getString(1), true, rs.getString(2)))).list();
        jdbc.sql("select column_name, message from ingest_warning where source_file_id = :file order by id").param("file", file)
                .query((rs, n) -> findings.add(new Finding(rs.getString(1), false, rs.getString(2)))).list();
        return findings;
    }
}
