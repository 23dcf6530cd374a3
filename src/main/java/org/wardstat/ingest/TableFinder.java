package org.wardstat.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Names;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.FileHeader.Column;
import org.wardstat.ingest.FileHeader.Role;
import org.wardstat.ingest.source.MergedRegion;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.system.Messages;

/**
 * Finds the table in the first rows of a sheet, as a ward office lays it out: title and agency
 * lines above it, a header of one row or of group headings over sub-headings (merged cells read
 * as the text they show), wards as rows or as columns, names instead of codes, the month in the
 * title. A sheet whose first row already is a header wardstat knows is read as it always was.
 */
final class TableFinder {

    /** How far down a header is looked for: title, agency lines and notes take a dozen rows at most. */
    static final int HEAD_ROWS = 30;

    /**
     * What the user said about the file, beyond the file itself.
     *
     * @param period for sheets that do not say their month ({@code --period})
     * @param area   where ward names are looked up (the uploader's unit, {@code --area}); null: everywhere
     * @param form   a form profile ({@code --form}), or null
     */
    record Reading(Catalog catalog, YearMonth period, String area, FormProfile form, Messages messages) {

        static Reading of(Catalog catalog, Messages messages) {
            return new Reading(catalog, null, null, null, messages);
        }
    }

    sealed interface Outcome {
    }

    record Found(SheetTable table) implements Outcome {
    }

    /** No table here (an instructions or notes sheet): skipped, or refused when nothing else is there. */
    record NoTable(FileHeader.Invalid reason) implements Outcome {
    }

    /** A table is there but cannot be read (its month cannot be told, a ward column names no ward): the file is refused. */
    record Unreadable(long row, String reason) implements Outcome {
    }

    private static final Set<String> LABEL = FileHeader.names("noi dung", "ten chi tieu", "noi dung chi tieu", "danh muc",
            "chi tieu thong ke", "indicator_name", "cac chi tieu");
    private static final Set<String> WARD_NAME = FileHeader.names("ward_name", "ten don vi", "ten phuong", "don vi", "phuong",
            "don vi bao cao", "ten xa phuong", "xa phuong", "cong an phuong", "ten");
    private static final Set<String> FOR_PEOPLE = FileHeader.names("stt", "tt", "so tt", "unit", "don vi tinh", "dvt", "ma so");
    static final Set<String> TOTAL = FileHeader.names("tong cong", "cong", "tong", "tong so", "total", "ca nam", "luy ke",
            "luy ke ca nam", "cong ca nam", "tong cong ca nam", "toan thanh pho", "toan quan", "toan huyen", "toan tinh");
    private static final Pattern BARE_MONTH = Pattern.compile("(?:thang|t)\\s*0?(\\d{1,2})");

    private TableFinder() {
    }

    static Outcome find(String sheet, List<SourceRow> head, List<MergedRegion> merges, Reading reading) {
        FileHeader.Invalid firstFailure;
        try {
            FileHeader plain = FileHeader.of(List.copyOf(head.get(0).cells()), reading.catalog());
            if (reading.form() == null) {
                return new Found(new SheetTable(sheet, plain, head.get(0).rowNumber(), head.get(0).rowNumber(), List.of()));
            }
            firstFailure = null;
        } catch (FileHeader.Invalid e) {
            firstFailure = e;
        }
        List<SourceRow> rows = MergedCells.spread(head, merges, column -> true);
        FormProfile form = reading.form();
        for (int i = 0; i < rows.size(); i++) {
            if (form != null && form.headerRow() != null && rows.get(i).rowNumber() != form.headerRow()) {
                continue;
            }
            Optional<Outcome> outcome = tryHeaderAt(sheet, rows, i, reading);
            if (outcome.isPresent() && i == 0 && outcome.get() instanceof Unreadable && firstFailure != null) {
                // a header in the first row that lacks what it needs: the reason it always had
                return new NoTable(firstFailure);
            }
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        if (form != null && form.headerRow() != null) {
            return new Unreadable(form.headerRow(), reading.messages().get("sheet.form-header", form.headerRow(), form.name()));
        }
        return new NoTable(firstFailure != null ? firstFailure : new FileHeader.Invalid("ward_code / Mã đơn vị", "header.no-ward"));
    }

    /** The header at row {@code i} of one row, or of two (a group heading over its sub-headings), whichever reads more columns. */
    private static Optional<Outcome> tryHeaderAt(String sheet, List<SourceRow> rows, int i, Reading reading) {
        List<SourceRow> above = rows.subList(0, i);
        SheetTitle title = SheetTitle.of(above, reading.catalog());
        WardNames names = WardNames.of(reading.catalog(), area(title, reading));
        FormProfile form = reading.form();
        // a group heading row has several headings of its own; a title spread over merged cells has one
        boolean next = i + 1 < rows.size() && rows.get(i + 1).rowNumber() == rows.get(i).rowNumber() + 1
                && rows.get(i).cells().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().count() >= 2;
        boolean oneAllowed = form == null || form.lastHeaderRow() == null || form.lastHeaderRow().equals(form.headerRow());
        boolean twoAllowed = next && (form == null || form.lastHeaderRow() == null
                || form.lastHeaderRow() == rows.get(i + 1).rowNumber());
        Shape one = oneAllowed ? Shape.of(rows.get(i).cells(), title, names, reading) : null;
        Shape two = twoAllowed ? Shape.of(combined(rows.get(i).cells(), rows.get(i + 1).cells()), title, names, reading) : null;
        Shape best = one != null && one.layout() != null ? one : null;
        if (two != null && two.layout() != null && (best == null || two.recognised() > best.recognised())) {
            best = two;
        }
        if (best == null) {
            return Optional.empty();
        }
        long headerRow = rows.get(i).rowNumber();
        long lastHeaderRow = best == two ? rows.get(i + 1).rowNumber() : headerRow;
        return Optional.of(best.table(sheet, headerRow, lastHeaderRow, above, rows, title, names, reading));
    }

    /** The explicit area, or the narrower area the title names inside it ("CÔNG AN THÀNH PHỐ BẮC KẠN"). */
    private static String area(SheetTitle title, Reading reading) {
        String explicit = reading.form() != null && reading.form().area() != null ? reading.form().area() : reading.area();
        Optional<OrgUnit> named = title.area(reading.catalog());
        if (named.isEmpty()) {
            return explicit;
        }
        if (explicit == null) {
            return named.get().code();
        }
        OrgUnit outer = reading.catalog().unit(explicit).orElse(null);
        return outer != null && reading.catalog().ancestors(named.get()).contains(outer) ? named.get().code() : explicit;
    }

    /** The text each column of a two-row header shows: the group heading and the sub-heading under it, once each. */
    static List<String> combined(List<String> top, List<String> bottom) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(top.size(), bottom.size()); c++) {
            String upper = c < top.size() ? top.get(c).strip() : "";
            String lower = c < bottom.size() ? bottom.get(c).strip() : "";
            cells.add(upper.isEmpty() || upper.equals(lower) ? lower : lower.isEmpty() ? upper : upper + " " + lower);
        }
        return cells;
    }

    /** The columns of one candidate header, classified. {@code layout} is null when they make no table. */
    private record Shape(List<Column> columns, FileHeader.Layout layout, boolean byMonth, int recognised) {

        static Shape of(List<String> cells, SheetTitle title, WardNames names, Reading reading) {
            FormProfile form = reading.form();
            IndicatorLabels labels = new IndicatorLabels(reading.catalog(), form);
            Integer year = title.year().map(SheetTitle.Mention::value)
                    .orElse(reading.period() == null ? null : reading.period().getYear());
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                columns.add(column(c, cells.get(c).strip(), labels, year, names, form));
            }
            boolean codeColumn = columns.stream().anyMatch(col -> col.role() == Role.WARD);
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                if (col.role() == Role.UNKNOWN && "ward-name".equals(col.stands())) {
                    boolean first = !codeColumn && columns.subList(0, c).stream().noneMatch(other -> other.role() == Role.WARD);
                    columns.set(c, new Column(c, col.name(), first ? Role.WARD : Role.IGNORED, null));
                }
            }
            return classify(columns, form);
        }

        private static Column column(int c, String text, IndicatorLabels labels, Integer year, WardNames names, FormProfile form) {
            String key = Names.normalize(text);
            if (form != null && form.columns().containsKey(c)) {
                Indicator indicator = labels.column(c, text).orElseThrow();
                return new Column(c, text, Role.INDICATOR, indicator);
            }
            if (form != null && form.values() != null && form.values() == c) {
                return new Column(c, text, Role.PERIOD_VALUES, null, "sheet");
            }
            if (key.isEmpty()) {
                return new Column(c, text, Role.IGNORED, null);
            }
            Role keyRole = FileHeader.WARD.contains(key) ? Role.WARD
                    : FileHeader.PERIOD.contains(key) ? Role.PERIOD
                    : FileHeader.INDICATOR_NAME.contains(key) ? Role.INDICATOR_NAME
                    : FileHeader.VALUE.contains(key) ? Role.VALUE
                    : FileHeader.NOTE.contains(key) ? Role.NOTE
                    : LABEL.contains(key) ? Role.LABEL
                    : FOR_PEOPLE.contains(key) ? Role.IGNORED
                    : TOTAL.contains(key) ? Role.TOTAL
                    : null;
            if (keyRole != null) {
                return new Column(c, text, keyRole, null);
            }
            if (WARD_NAME.contains(key)) {
                return new Column(c, text, Role.UNKNOWN, null, "ward-name");
            }
            Optional<Indicator> indicator = labels.column(c, text);
            if (indicator.isPresent()) {
                return new Column(c, text, indicator.get().isRate() ? Role.DERIVED_RATE : Role.INDICATOR, indicator.get());
            }
            Optional<YearMonth> month = month(text, year);
            if (month.isPresent()) {
                return new Column(c, text, Role.PERIOD_VALUES, null, month.get().toString());
            }
            if (year == null && BARE_MONTH.matcher(SheetTitle.plain(text)).matches()) {
                return new Column(c, text, Role.UNKNOWN, null, "month-without-year");
            }
            WardNames.Resolution ward = names.resolve(text);
            if (ward instanceof WardNames.Found found) {
                return new Column(c, text, Role.WARD_VALUES, null, found.ward().code());
            }
            if (!(ward instanceof WardNames.Unknown unknown) || !unknown.similar().isEmpty()) {
                return new Column(c, text, Role.UNKNOWN, null, "bad-ward");
            }
            return new Column(c, text, Role.UNKNOWN, null);
        }

        private static Shape classify(List<Column> columns, FormProfile form) {
            boolean ward = has(columns, Role.WARD);
            boolean isLong = has(columns, Role.INDICATOR_NAME) && has(columns, Role.VALUE);
            long indicators = columns.stream().filter(c -> c.role() == Role.INDICATOR).count();
            Set<String> wards = stands(columns, Role.WARD_VALUES);
            Set<String> months = stands(columns, Role.PERIOD_VALUES);
            long bareMonths = columns.stream().filter(c -> "month-without-year".equals(c.stands())).count();
            long recognised = columns.stream().filter(c -> c.role() != Role.UNKNOWN && c.role() != Role.IGNORED).count();
            boolean formValues = form != null && form.values() != null;
            if (isLong) {
                return new Shape(columns, FileHeader.Layout.LONG, false, (int) recognised);
            }
            int firstValue = firstValueColumn(columns);
            boolean labelled = firstValue > 0 && columns.subList(0, firstValue).stream().anyMatch(TableFinder::labelLike);
            if (!ward && labelled && (wards.size() >= 2 || (form != null && !wards.isEmpty()))) {
                return new Shape(columns, FileHeader.Layout.TRANSPOSED, false, (int) recognised);
            }
            if (!ward && labelled && (months.size() >= 2 || bareMonths >= 2 || formValues)) {
                return new Shape(columns, FileHeader.Layout.TRANSPOSED, true, (int) recognised);
            }
            // a row of indicator names alone is a list of indicators (the template's instructions), not a header
            if (indicators >= 1 && (ward || has(columns, Role.PERIOD))) {
                return new Shape(columns, FileHeader.Layout.WIDE, false, (int) recognised);
            }
            return new Shape(columns, null, false, 0);
        }

        Outcome table(String sheet, long headerRow, long lastHeaderRow, List<SourceRow> above, List<SourceRow> head,
                      SheetTitle title, WardNames names, Reading reading) {
            Messages messages = reading.messages();
            List<Column> cols = new ArrayList<>(columns);
            int wardColumn = FileHeader.find(cols, Role.WARD);
            int periodColumn = FileHeader.find(cols, Role.PERIOD);
            FileHeader.SheetValue period = null;
            FileHeader.SheetValue ward = null;
            if (layout == FileHeader.Layout.TRANSPOSED) {
                Optional<Unreadable> bad = transposedColumns(cols, headerRow, names, title, reading);
                if (bad.isPresent()) {
                    return bad.get();
                }
            }
            Optional<Unreadable> twice = twice(cols, headerRow, reading.messages());
            if (twice.isPresent()) {
                return twice.get();
            }
            boolean periodFromColumns = layout == FileHeader.Layout.TRANSPOSED && byMonth
                    && cols.stream().noneMatch(c -> "sheet".equals(c.stands()));
            if (periodColumn < 0 && !periodFromColumns) {
                Object found = sheetPeriod(headerRow, head, title, reading);
                if (found instanceof Unreadable unreadable) {
                    return unreadable;
                }
                period = (FileHeader.SheetValue) found;
                if (byMonth) {
                    for (int c = 0; c < cols.size(); c++) {
                        if ("sheet".equals(cols.get(c).stands())) {
                            cols.set(c, new Column(c, cols.get(c).name(), Role.PERIOD_VALUES, null, period.text()));
                        }
                    }
                }
            }
            boolean wardFromColumns = layout == FileHeader.Layout.TRANSPOSED && !byMonth;
            if (wardColumn < 0 && !wardFromColumns) {
                ward = sheetWard(head, title, names, reading);
                if (ward == null) {
                    return new Unreadable(headerRow, messages.get("sheet.no-ward"));
                }
            }
            int labelLimit = firstValueColumn(cols);
            for (int c = 0; layout == FileHeader.Layout.TRANSPOSED && c < labelLimit; c++) {
                if (labelLike(cols.get(c))) {
                    cols.set(c, new Column(c, cols.get(c).name(), Role.LABEL, null));
                }
            }
            String area = names.area() == null ? null : names.area().code();
            FileHeader.Context context = new FileHeader.Context(ward, period, area, new IndicatorLabels(reading.catalog(), reading.form()));
            FileHeader header = new FileHeader(layout, List.copyOf(cols), wardColumn, periodColumn,
                    FileHeader.find(cols, Role.INDICATOR_NAME), FileHeader.find(cols, Role.VALUE), FileHeader.find(cols, Role.NOTE), context);
            return new Found(new SheetTable(sheet, header, headerRow, lastHeaderRow, above.stream().map(SourceRow::rowNumber).toList()));
        }

        /**
         * Two columns for the same indicator, ward or month would give one row two figures for one
         * ward, month and indicator: which one is meant cannot be told.
         */
        private static Optional<Unreadable> twice(List<Column> cols, long headerRow, Messages messages) {
            java.util.Map<String, Column> seen = new java.util.HashMap<>();
            for (Column col : cols) {
                String key = col.role() == Role.INDICATOR ? "i:" + col.indicator().code()
                        : col.role() == Role.WARD_VALUES || col.role() == Role.PERIOD_VALUES ? "v:" + col.stands() : null;
                Column first = key == null ? null : seen.putIfAbsent(key, col);
                if (first != null) {
                    return Optional.of(new Unreadable(headerRow, messages.get("sheet.twice", columnLetter(first.index()), first.name(),
                            columnLetter(col.index()), col.name())));
                }
            }
            return Optional.empty();
        }

        /** Every column right of the labels must be a ward of the area, a total, a note or a column kept for people. */
        private Optional<Unreadable> transposedColumns(List<Column> cols, long headerRow, WardNames names, SheetTitle title,
                                                      Reading reading) {
            int firstValue = firstValueColumn(cols);
            for (int c = firstValue; c < cols.size(); c++) {
                Column col = cols.get(c);
                if (col.role() == Role.UNKNOWN && byMonth) {
                    if ("month-without-year".equals(col.stands())) {
                        return Optional.of(new Unreadable(headerRow, reading.messages().get("sheet.no-year", col.name())));
                    }
                    cols.set(c, new Column(c, col.name(), Role.IGNORED, null, "unread"));
                } else if (col.role() == Role.UNKNOWN || (col.role() == Role.PERIOD_VALUES && !byMonth)
                        || (col.role() == Role.WARD_VALUES && byMonth)) {
                    String reason = names.reason(names.resolve(col.name()), col.name(), reading.messages());
                    return Optional.of(new Unreadable(headerRow, reading.messages().get("sheet.bad-column",
                            columnLetter(c), col.name(), reason)));
                }
            }
            return Optional.empty();
        }

        private static Object sheetPeriod(long headerRow, List<SourceRow> head, SheetTitle title, Reading reading) {
            Messages messages = reading.messages();
            FormProfile form = reading.form();
            if (form != null && form.period() != null) {
                String text = cellText(head, form.period());
                return new FileHeader.SheetValue(text, messages.get("sheet.where.cell", form.period().reference()));
            }
            YearMonth given = reading.period();
            Optional<SheetTitle.Mention<YearMonth>> named = title.month();
            if (named.isPresent() && given != null && !named.get().value().equals(given)) {
                return new Unreadable(named.get().row(), messages.get("sheet.period-conflict",
                        month(named.get().value()), month(given)));
            }
            if (named.isPresent()) {
                return new FileHeader.SheetValue(named.get().value().toString(), messages.get("sheet.where.title", named.get().row()));
            }
            if (given != null) {
                return new FileHeader.SheetValue(given.toString(), messages.get("sheet.where.option"));
            }
            if (title.months().size() > 1) {
                return new Unreadable(title.months().get(0).row(), messages.get("sheet.period-several",
                        String.join(", ", title.months().stream().map(m -> month(m.value())).toList())));
            }
            return new Unreadable(headerRow, messages.get("sheet.no-period"));
        }

        private static FileHeader.SheetValue sheetWard(List<SourceRow> head, SheetTitle title, WardNames names, Reading reading) {
            Messages messages = reading.messages();
            FormProfile form = reading.form();
            if (form != null && form.ward() != null) {
                return new FileHeader.SheetValue(cellText(head, form.ward()), messages.get("sheet.where.cell", form.ward().reference()));
            }
            return title.ward().map(w -> new FileHeader.SheetValue(w.value().code(), messages.get("sheet.where.title", w.row())))
                    .orElse(null);
        }
    }

    /** Where the figures start: the first column that holds a ward's, a month's or a total's figures. */
    private static int firstValueColumn(List<Column> columns) {
        for (Column column : columns) {
            if (column.role() == Role.WARD_VALUES || column.role() == Role.PERIOD_VALUES || column.role() == Role.TOTAL
                    || "bad-ward".equals(column.stands()) || "month-without-year".equals(column.stands())) {
                return column.index();
            }
        }
        return -1;
    }

    /** A column that can hold a row's indicator: "Chỉ tiêu", "Nội dung", or a blank or unknown heading. */
    private static boolean labelLike(Column column) {
        return column.role() == Role.LABEL || column.role() == Role.INDICATOR_NAME
                || (column.role() == Role.IGNORED && column.name().isBlank())
                || (column.role() == Role.UNKNOWN && column.stands() == null);
    }

    private static boolean has(List<Column> columns, Role role) {
        return columns.stream().anyMatch(c -> c.role() == role);
    }

    private static Set<String> stands(List<Column> columns, Role role) {
        Set<String> values = new LinkedHashSet<>();
        columns.stream().filter(c -> c.role() == role && c.stands() != null && !"sheet".equals(c.stands()))
                .forEach(c -> values.add(c.stands()));
        return values;
    }

    /** A month column's heading: "Tháng 1/2024", "01/2024", "2024-01", a date cell; "Tháng 1" and "T1" with the year of the title. */
    static Optional<YearMonth> month(String text, Integer year) {
        Optional<YearMonth> full = PeriodParser.parse(text);
        if (full.isPresent()) {
            return full;
        }
        Matcher bare = BARE_MONTH.matcher(SheetTitle.plain(text));
        if (year != null && bare.matches()) {
            int month = Integer.parseInt(bare.group(1));
            return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String cellText(List<SourceRow> head, FormProfile.Cell cell) {
        for (SourceRow row : head) {
            if (row.rowNumber() == cell.row()) {
                return cell.column() < row.cells().size() ? row.cells().get(cell.column()).strip() : "";
            }
        }
        return "";
    }

    static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
