package org.wardstat.distribution;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;
import org.wardstat.users.Users;

/**
 * The recipients of a job's reports, read when the job is checked and again when it runs (an edit
 * of the file counts at the next run): from its file, every row checked (unit known, address
 * well-formed, a name) and refused with file, row, column and reason; or from the users of the
 * job's units that have an e-mail address.
 */
@Service
public class Recipients {

    /** A recipients file that cannot be used, said in the user's language with where and why. */
    public static class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Recipient> of(RecipientList list, Catalog catalog, Collection<String> scope, Messages messages) {
        List<Recipient> all = new ArrayList<>();
        if (list.file() != null) {
            all.addAll(read(list.file(), catalog, messages));
        }
        if (list.users()) {
            all.addAll(users(catalog, scope));
        }
        return all;
    }

    /** {@code unit,email,name[,language]}, UTF-8, a header row first. */
    public static List<Recipient> read(Path file, Catalog catalog, Messages messages) {
        if (!Files.isRegularFile(file)) {
            throw new Invalid(messages.get("recipients.missing", file));
        }
        List<Recipient> recipients = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                    .get().parse(reader);
            for (String column : List.of("unit", "email", "name")) {
                if (!records.getHeaderMap().containsKey(column)) {
                    throw new Invalid(messages.get("recipients.column", file.getFileName(), column));
                }
            }
            for (CSVRecord row : records) {
                long line = row.getRecordNumber() + 1;
                String unit = row.get("unit");
                if (catalog.unit(unit).isEmpty()) {
                    throw invalid(messages, file, line, "unit", messages.get("job.file.unknown-unit", unit));
                }
                String email = row.get("email");
                if (!Users.isEmailAddress(email)) {
                    throw invalid(messages, file, line, "email", messages.get("recipients.bad-address", email));
                }
                String name = row.get("name");
                if (name.isBlank()) {
                    throw invalid(messages, file, line, "name", messages.get("recipients.no-name"));
                }
                String language = row.isMapped("language") && !row.get("language").isBlank()
                        ? row.get("language").toLowerCase(Locale.ROOT) : "vi";
                if (!language.equals("vi") && !language.equals("en")) {
                    throw invalid(messages, file, line, "language", messages.get("job.file.bad-choice", "language", language, "vi, en"));
                }
                recipients.add(new Recipient(unit, email, name, language));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Invalid(messages.get("recipients.unreadable", file.getFileName(), e.getMessage()));
        }
        return recipients;
    }

    /** The users of the job's units and of the units below them who gave an e-mail address. */
    List<Recipient> users(Catalog catalog, Collection<String> scope) {
        List<OrgUnit> tops = scope.stream().flatMap(code -> catalog.unit(code).stream()).toList();
        return jdbc.sql("select org_unit_code, email, display_name, mail_language from app_user "
                        + "where enabled and email is not null and email <> '' order by username")
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list().stream()
                .filter(recipient -> catalog.unit(recipient.unitCode())
                        .filter(unit -> tops.stream().anyMatch(top -> top.equals(unit) || catalog.ancestors(unit).contains(top))).isPresent())
                .toList();
    }

    private static Invalid invalid(Messages messages, Path file, long line, String column, String reason) {
        return new Invalid(messages.get("recipients.row", file.getFileName(), line, column, reason));
    }
}
