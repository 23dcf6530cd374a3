package org.wardstat.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Names;
import org.wardstat.system.Messages;

/**
 * A recurring sheet layout that wardstat cannot recognise by itself, described once in a small
 * text file ({@code forms/NAME.form}) and named with {@code ./wardstat ingest FILE --form NAME}.
 * One setting a line, {@code key = value}; {@code #} starts a comment:
 *
 * <pre>
 * sheet = BC01                  which sheet to read
 * header-row = 7                the table's header row (or two rows: 6-7)
 * period = D4                   the cell that holds the month (its text is read like a period cell)
 * ward = B3                     the cell that holds the ward, for a form of one ward
 * area = tp-bac-kan             the area in which ward names are looked up
 * values = E                    the one column holding the month's figures (indicators as rows)
 * row 9 = social_order_crimes   the indicator of a row
 * column F = traffic_accidents  the indicator of a column
 * label Số vụ cướp giật = ...   the indicator of a label, wherever it appears
 * </pre>
 *
 * @param rows    spreadsheet row → indicator code
 * @param columns 0-based column → indicator code
 * @param labels  normalised label → indicator code
 */
public record FormProfile(String name, Path file, String sheet, Long headerRow, Long lastHeaderRow, Cell period, Cell ward,
                          String area, Integer values, Map<Long, String> rows, Map<Integer, String> columns,
                          Map<String, String> labels) {

    /** A cell of the sheet: a 1-based row and a 0-based column, and how the user wrote it ("D4"). */
    public record Cell(long row, int column, String reference) {
    }

    /** A profile that cannot be used; the message names the file and the line, in the user's language. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private static final Pattern SETTING = Pattern.compile("(sheet|header-row|period|ward|area|values|name)\\s*=\\s*(.*)");
    private static final Pattern ROW = Pattern.compile("row\\s+(\\d+)\\s*=\\s*(\\S+)");
    private static final Pattern COLUMN = Pattern.compile("column\\s+([A-Za-z]{1,3})\\s*=\\s*(\\S+)");
    private static final Pattern LABEL = Pattern.compile("label\\s+(.+?)\\s*=\\s*(\\S+)");
    private static final Pattern CELL = Pattern.compile("([A-Za-z]{1,3})(\\d+)");
    private static final Pattern ROWS = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");

    /** A form by its name in {@code folder} ({@code NAME.form}), or by its path. */
    public static Path locate(String nameOrPath, Path folder) {
        Path asGiven = Path.of(nameOrPath);
        if (Files.isRegularFile(asGiven)) {
            return asGiven;
        }
        return folder.resolve(nameOrPath.endsWith(".form") ? nameOrPath : nameOrPath + ".form");
    }

    public static FormProfile read(Path file, Catalog catalog, Messages messages) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new Invalid(messages.get("form.not-utf8", file));
        } catch (IOException e) {
            throw new Invalid(messages.get("form.missing", file));
        }
        Builder builder = new Builder(file, catalog, messages);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("^\uFEFF", "");
            int comment = line.indexOf('#');
            builder.line(i + 1, (comment >= 0 ? line.substring(0, comment) : line).strip());
        }
        return builder.build();
    }

    private static final class Builder {
        private final Path file;
        private final Catalog catalog;
        private final Messages messages;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, Integer> settingLines = new LinkedHashMap<>();
        private final Map<Long, String> rows = new LinkedHashMap<>();
        private final Map<Integer, String> columns = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();

        Builder(Path file, Catalog catalog, Messages messages) {
            this.file = file;
            this.catalog = catalog;
            this.messages = messages;
        }

        void line(int number, String text) {
            if (text.isEmpty()) {
                return;
            }
            Matcher setting = SETTING.matcher(text);
            Matcher row = ROW.matcher(text);
            Matcher column = COLUMN.matcher(text);
            Matcher label = LABEL.matcher(text);
            if (setting.matches()) {
                if (settings.put(setting.group(1), setting.group(2).strip()) != null) {
                    throw fail(number, "form.twice", setting.group(1));
                }
                settingLines.put(setting.group(1), number);
            } else if (row.matches()) {
                put(rows, Long.parseLong(row.group(1)), indicator(number, row.group(2)), number, "row " + row.group(1));
            } else if (column.matches()) {
                put(columns, column(column.group(1)), indicator(number, column.group(2)), number, "column " + column.group(1));
            } else if (label.matches()) {
                put(labels, Names.normalize(label.group(1)), indicator(number, label.group(2)), number, "label " + label.group(1));
            } else {
                throw fail(number, "form.unknown-line", text);
            }
        }

        FormProfile build() {
            String name = settings.getOrDefault("name", file.getFileName().toString().replaceFirst("\\.form$", ""));
            Long headerRow = null;
            Long lastHeaderRow = null;
            if (settings.containsKey("header-row")) {
                Matcher header = ROWS.matcher(settings.get("header-row"));
                if (!header.matches() || Long.parseLong(header.group(1)) < 1
                        || (header.group(2) != null && Long.parseLong(header.group(2)) < Long.parseLong(header.group(1)))) {
                    throw fail(settingLines.get("header-row"), "form.bad-rows", settings.get("header-row"));
                }
                headerRow = Long.parseLong(header.group(1));
                lastHeaderRow = header.group(2) == null ? headerRow : Long.parseLong(header.group(2));
            }
            String area = settings.get("area");
            if (area != null && catalog.unit(area).isEmpty()) {
                throw fail(settingLines.get("area"), "form.unknown-unit", area);
            }
            Integer values = null;
            if (settings.containsKey("values")) {
                if (!settings.get("values").matches("[A-Za-z]{1,3}")) {
                    throw fail(settingLines.get("values"), "form.bad-column", settings.get("values"));
                }
                values = column(settings.get("values"));
            }
            return new FormProfile(name, file, settings.get("sheet"), headerRow, lastHeaderRow, cell("period"), cell("ward"),
                    area, values, Map.copyOf(rows), Map.copyOf(columns), Map.copyOf(labels));
        }

        private Cell cell(String key) {
            String text = settings.get(key);
            if (text == null || text.equalsIgnoreCase("title")) {
                return null;
            }
            Matcher cell = CELL.matcher(text);
            if (!cell.matches() || Long.parseLong(cell.group(2)) < 1) {
                throw fail(settingLines.get(key), "form.bad-cell", text);
            }
            return new Cell(Long.parseLong(cell.group(2)), column(cell.group(1)), text.toUpperCase());
        }

        private String indicator(int line, String code) {
            Indicator indicator = catalog.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                    .orElseThrow(() -> fail(line, "form.unknown-indicator", code));
            if (indicator.isRate()) {
                throw fail(line, "form.rate", code);
            }
            return code;
        }

        private <K> void put(Map<K, String> map, K key, String code, int line, String what) {
            if (map.put(key, code) != null) {
                throw fail(line, "form.twice", what);
            }
        }

        private Invalid fail(int line, String code, Object... args) {
            return new Invalid(messages.get("form.line", file.getFileName(), line, messages.get(code, args)));
        }

        private static int column(String letters) {
            int column = 0;
            for (char letter : letters.toUpperCase().toCharArray()) {
                column = column * 26 + (letter - 'A' + 1);
            }
            return column - 1;
        }
    }
}
