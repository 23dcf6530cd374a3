package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.approval.FigureStanding;
import org.wardstat.catalog.Catalog;
import org.wardstat.distribution.RecipientList;
import org.wardstat.distribution.Recipients;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Reads a job definition: {@code key = value} lines, {@code #} comments. Every mistake (an unknown
 * or repeated key, a missing one, a value that does not parse, an area not in the catalog) stops
 * with the file and line, so a server never starts with a job that would fail at 6 in the morning.
 */
final class JobFiles {

    private static final Set<String> KEYS = Set.of("name", "title", "schedule", "time-zone", "inbox", "scope", "period",
            "calendar", "reports", "formats", "language", "output", "catch-up", "require", "recipients");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Entry(String value, int line) {
    }

    private final Path file;
    private final Messages messages;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private JobFiles(Path file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    /**
     * @param resolve         turns a folder written in the file into an absolute path (relative to the wardstat folder)
     * @param defaultCalendar the reporting calendar in force when the file names none
     */
    static JobDefinition read(Path file, Catalog catalog, Function<String, Path> resolve, ReportingCalendar defaultCalendar,
                              Messages messages) {
        JobFiles reader = new JobFiles(file, messages);
        reader.parseLines();
        return reader.definition(catalog, resolve, defaultCalendar);
    }

    private void parseLines() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw error(i + 1, "job.file.not-a-setting", line);
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(equals + 1).strip();
            if (!KEYS.contains(key)) {
                throw error(i + 1, "job.file.unknown-key", key, String.join(", ", KEYS.stream().sorted().toList()));
            }
            Entry earlier = entries.putIfAbsent(key, new Entry(value, i + 1));
            if (earlier != null) {
                throw error(i + 1, "job.file.repeated-key", key, earlier.line());
            }
            if (value.isEmpty()) {
                throw error(i + 1, "job.file.empty-value", key);
            }
        }
    }

    private JobDefinition definition(Catalog catalog, Function<String, Path> resolve, ReportingCalendar defaultCalendar) {
        String fileName = file.getFileName().toString();
        String name = optional("name", fileName.substring(0, fileName.lastIndexOf('.')));
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw error(line("name"), "job.file.bad-name", name);
        }
        ZoneId zone = parse("time-zone", VIETNAM.getId(), ZoneId::of);
        Schedule schedule = parse("schedule", null, text -> Schedule.parse(text, zone));
        PeriodRule.Kind kind = choice("period", null, PeriodRule.Kind::of, PeriodRule.Kind.choices());
        ReportingCalendar calendar = choice("calendar", defaultCalendar.name(), text -> Arrays.stream(ReportingCalendar.values())
                .filter(c -> c.name().equalsIgnoreCase(text)).findFirst(), "calendar, statutory");
        List<String> scope = list("scope", null);
        for (String code : scope) {
            if (catalog.unit(code).isEmpty()) {
                throw error(line("scope"), "job.file.unknown-unit", code);
            }
        }
        Set<JobDefinition.ReportKind> reports = EnumSet.noneOf(JobDefinition.ReportKind.class);
        for (String report : list("reports", "area")) {
            reports.add(choice("reports", report, JobDefinition.ReportKind.class, "area, districts, wards"));
        }
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        for (String format : list("formats", "pdf, xlsx")) {
            formats.add(ReportService.Format.of(format).orElseThrow(() -> error(line("formats"), "job.file.bad-choice", "formats", format, "pdf, xlsx")));
        }
        String language = choice("language", "vi", text -> List.of("vi", "en").stream().filter(text::equals).findFirst(), "vi, en");
        boolean catchUp = choice("catch-up", "yes", text -> text.equals("yes") ? java.util.Optional.of(true)
                : text.equals("no") ? java.util.Optional.of(false) : java.util.Optional.empty(), "yes, no");
        FigureStanding.Requirement require = choice("require", "none", text -> Arrays.stream(FigureStanding.Requirement.values())
                .filter(r -> r.name().equalsIgnoreCase(text)).findFirst(), "none, approved, locked");
        String inbox = optional("inbox", null);
        return new JobDefinition(name, file, required("title"), schedule, inbox == null ? null : resolve.apply(inbox), scope,
                new PeriodRule(kind, calendar), reports, formats, language,
                resolve.apply(optional("output", "reports/jobs/" + name)), catchUp, require, recipients(catalog, resolve));
    }

    /**
     * {@code recipients = users}, a file of {@code unit,email,name[,language]} (relative to the
     * wardstat folder), or both separated by a comma. The file is read now, so that a wrong row is
     * told by {@code jobs check} with its row and column, not found at the first run.
     */
    private RecipientList recipients(Catalog catalog, Function<String, Path> resolve) {
        Path list = null;
        boolean users = false;
        for (String value : list("recipients", "")) {
            if (value.equalsIgnoreCase("users")) {
                users = true;
                continue;
            }
            list = resolve.apply(value);
            try {
                Recipients.read(list, catalog, messages);
            } catch (Recipients.Invalid invalid) {
                throw error(line("recipients"), "job.file.recipients", invalid.getMessage());
            }
        }
        return new RecipientList(list, users);
    }

    private String required(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            throw error(0, "job.file.missing-key", key);
        }
        return entry.value();
    }

    private String optional(String key, String fallback) {
        Entry entry = entries.get(key);
        return entry == null ? fallback : entry.value();
    }

    private int line(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.line();
    }

    private List<String> list(String key, String fallback) {
        String value = fallback == null ? required(key) : optional(key, fallback);
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private <T> T parse(String key, String fallback, Function<String, T> parser) {
        String value = fallback == null ? required(key) : optional(key, fallback);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw error(line(key), "job.file.bad-value", key, value, e.getMessage());
        }
    }

    private <T> T choice(String key, String fallback, Function<String, java.util.Optional<T>> parser, String choices) {
        String value = fallback == null ? required(key) : optional(key, fallback);
        return parser.apply(value.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> error(line(key), "job.file.bad-choice", key, value, choices));
    }

    private <E extends Enum<E>> E choice(String key, String value, Class<E> type, String choices) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> error(line(key), "job.file.bad-choice", key, value, choices));
    }

    private JobFileException error(int line, String key, Object... args) {
        String where = line > 0 ? messages.get("job.file.at-line", file, line) : file.toString();
        return new JobFileException(file, line, where + ": " + messages.get(key, args));
    }
}
