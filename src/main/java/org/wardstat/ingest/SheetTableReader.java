package org.wardstat.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.wardstat.catalog.Names;
import org.wardstat.ingest.FileHeader.Role;
import org.wardstat.ingest.source.CsvTableReader;
import org.wardstat.ingest.source.MergedRegion;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.ingest.source.TableReader;

/**
 * The data rows of a file, sheet by sheet, each with its sheet's table, as a stream: the first
 * rows of a sheet are held until its header is found ({@link TableFinder}), and every later row
 * is handed on as it is read, so a large sheet needs no more memory than a small one.
 *
 * <p>In a table found below a title, rows that carry no figures are passed over and reported:
 * the column numbering under the header ("(1) (2) (3)"), group headings, notes and the signature
 * block below the table. A total row ("Tổng cộng") is not loaded as a ward: it comes with the
 * sums of the rows it adds up, to be checked against them. The survey before a load and the
 * load itself read a file through the same class, so both see the same rows.
 */
final class SheetTableReader implements AutoCloseable {

    /** What was found in one sheet and what was passed over in it. */
    static final class SheetReport {
        final String sheet;
        TableFinder.Outcome outcome;
        Long numbering;
        final List<Long> skipped = new ArrayList<>();
        final List<Long> totals = new ArrayList<>();

        SheetReport(String sheet) {
            this.sheet = sheet;
        }

        SheetTable table() {
            return outcome instanceof TableFinder.Found found ? found.table() : null;
        }
    }

    private static final Pattern NOTE = Pattern.compile(
            "^(ghi chu|luu y|nguoi lap|nguoi bao cao|noi nhan|truong|pho truong|thu truong|xac nhan|can bo|ky ten|tm|kt|q truong)\\b.*"
                    + "|.*\\bngay \\d{1,2} thang \\d{1,2} nam \\d{4}.*");
    private static final Pattern NUMBERING = Pattern.compile("\\(?([0-9]{1,2}|[A-Z])\\)?(\\s*=.*)?");
    /** Rows held while a form's header row is looked for further down than usual. */
    private static final int MAX_HEAD_ROWS = 500;

    private final TableReader source;
    private final TableFinder.Reading reading;
    private final Map<String, SheetReport> reports = new LinkedHashMap<>();
    private SourceRow pending;
    private boolean sourceEnded;

    private SheetReport current;
    private SheetTable table;
    private MergedCells merged;
    private final Deque<SourceRow> buffered = new ArrayDeque<>();
    private WardNames names;
    private long lastRow;
    private boolean firstBody;
    private boolean dataSeen;
    private boolean afterGap;
    private String heading;
    private Sums sums;
    private TableRow topTotal;

    SheetTableReader(TableReader source, TableFinder.Reading reading) {
        this.source = source;
        this.reading = reading;
    }

    /** The sheets met so far, in file order, with what was found in each. */
    Map<String, SheetReport> reports() {
        return reports;
    }

    /** The next data or total row, or null at the end of the file. */
    TableRow next() throws IOException {
        while (true) {
            SourceRow row = buffered.poll();
            if (row == null) {
                row = read();
                if (row == null || current == null || !sheetOf(row).equals(current.sheet)) {
                    TableRow closing = closeSheet();
                    if (row != null) {
                        startSheet(row);
                    }
                    if (closing != null) {
                        return closing;
                    }
                    if (row == null) {
                        return null;
                    }
                    continue;
                }
            }
            if (table == null) {
                continue;
            }
            TableRow out = body(row);
            if (out != null) {
                return out;
            }
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private SourceRow read() throws IOException {
        if (pending != null) {
            SourceRow row = pending;
            pending = null;
            return row;
        }
        if (sourceEnded) {
            return null;
        }
        SourceRow row = source.next();
        sourceEnded = row == null;
        return row;
    }

    private static String sheetOf(SourceRow row) {
        return row.sheet() == null ? "" : row.sheet();
    }

    /** Holds the first rows of a sheet, finds its table, and queues the rows below the header. */
    private void startSheet(SourceRow first) throws IOException {
        String sheet = sheetOf(first);
        current = reports.computeIfAbsent(sheet, SheetReport::new);
        List<SourceRow> head = new ArrayList<>(List.of(first));
        FormProfile form = reading.form();
        long formRows = form == null || form.lastHeaderRow() == null ? 0 : form.lastHeaderRow() + 1;
        while (head.size() < MAX_HEAD_ROWS && (head.size() < TableFinder.HEAD_ROWS || head.get(head.size() - 1).rowNumber() <= formRows)) {
            SourceRow row = source.next();
            if (row == null) {
                sourceEnded = true;
                break;
            }
            if (!sheetOf(row).equals(sheet)) {
                pending = row;
                break;
            }
            head.add(row);
        }
        List<MergedRegion> regions = form == null && plainHeader(first) ? List.of() : source.mergedRegions(sheet);
        current.outcome = TableFinder.find(sheet, head, regions, reading);
        table = current.table();
        merged = new MergedCells(regions);
        names = table == null ? null : WardNames.of(reading.catalog(), table.header().context().area());
        lastRow = table == null ? 0 : table.lastHeaderRow();
        firstBody = true;
        dataSeen = false;
        afterGap = false;
        heading = null;
        sums = table == null ? null : new Sums(table.header());
        topTotal = null;
        if (table != null) {
            head.stream().filter(row -> row.rowNumber() > table.lastHeaderRow()).forEach(buffered::add);
        }
    }

    private boolean plainHeader(SourceRow first) {
        try {
            FileHeader.of(List.copyOf(first.cells()), reading.catalog());
            return true;
        } catch (FileHeader.Invalid e) {
            return false;
        }
    }

    /** A total row at the top of a table adds up the rows below it: it is checked when the sheet ends. */
    private TableRow closeSheet() {
        if (topTotal == null) {
            return null;
        }
        TableRow total = totalRow(topTotal);
        topTotal = null;
        return total;
    }

    private TableRow body(SourceRow original) {
        SourceRow row = merged.isEmpty() ? original : merged.spread(original, column -> !table.valueColumn(column));
        FileHeader header = table.header();
        boolean gap = row.rowNumber() > lastRow + 1;
        lastRow = row.rowNumber();
        if (table.plain()) {
            return header.layout() == FileHeader.Layout.WIDE && totalRow(row) ? total(row, original) : data(row, original);
        }
        if (firstBody) {
            firstBody = false;
            if (numbering(row)) {
                current.numbering = row.rowNumber();
                return null;
            }
        }
        afterGap |= gap && dataSeen;
        boolean figures = hasFigures(row);
        if (!figures && (afterGap || note(row))) {
            current.skipped.add(row.rowNumber());
            return null;
        }
        if (header.layout() == FileHeader.Layout.TRANSPOSED) {
            if (!figures) {
                heading = label(row);
                current.skipped.add(row.rowNumber());
                return null;
            }
        } else if (header.layout() == FileHeader.Layout.WIDE && totalRow(row)) {
            return total(row, original);
        } else if (!figures && !keyKnown(row)) {
            current.skipped.add(row.rowNumber());
            return null;
        }
        afterGap = false;
        dataSeen = true;
        return data(row, original);
    }

    private TableRow data(SourceRow row, SourceRow original) {
        sums.add(row);
        return new TableRow(current.sheet, row.rowNumber(), table.header(), row.cells(), CsvTableReader.line(original.cells()),
                heading, null);
    }

    private TableRow total(SourceRow row, SourceRow original) {
        current.totals.add(row.rowNumber());
        TableRow total = new TableRow(current.sheet, row.rowNumber(), table.header(), row.cells(),
                CsvTableReader.line(original.cells()), null, null);
        if (sums.rows == 0) {
            topTotal = total;
            return null;
        }
        return totalRow(total);
    }

    private TableRow totalRow(TableRow total) {
        TableRow checked = new TableRow(total.sheet(), total.rowNumber(), total.table(), total.cells(), total.rawText(), null,
                sums.totals());
        sums = new Sums(table.header());
        return checked;
    }

    /** "Tổng cộng", "Cộng", "Tổng số" where the ward (or the month) is written. */
    private boolean totalRow(SourceRow row) {
        FileHeader header = table.header();
        int key = header.ward() >= 0 ? header.ward() : header.period();
        String text = Names.normalize(key >= 0 && key < row.cells().size() ? row.cells().get(key) : firstText(row));
        return TableFinder.TOTAL.contains(text) || text.startsWith("tong cong") || text.startsWith("cong ");
    }

    /** The ward (or month) of a row with no figures names one: a ward that reported nothing, not a heading. */
    private boolean keyKnown(SourceRow row) {
        FileHeader header = table.header();
        if (header.ward() >= 0) {
            return names.resolve(cell(row, header.ward())) instanceof WardNames.Found;
        }
        return header.period() < 0 || PeriodParser.parse(cell(row, header.period())).isPresent();
    }

    private boolean hasFigures(SourceRow row) {
        List<FileHeader.Column> columns = table.header().columns();
        for (int c = 0; c < row.cells().size() && c < columns.size(); c++) {
            Role role = columns.get(c).role();
            boolean figures = switch (role) {
                case INDICATOR, DERIVED_RATE, VALUE, WARD_VALUES, PERIOD_VALUES, TOTAL -> true;
                case UNKNOWN -> table.header().layout() == FileHeader.Layout.WIDE;
                default -> false;
            };
            if (figures && ValueParser.parse(row.cells().get(c), false) instanceof ValueParser.Number) {
                return true;
            }
        }
        return false;
    }

    private static boolean note(SourceRow row) {
        return NOTE.matcher(SheetTitle.plain(firstText(row))).matches();
    }

    /** "1 2 3 4 …" or "(1) (2) (3)" or "A B C" under a header: the columns' numbers, no data. */
    private static boolean numbering(SourceRow row) {
        List<String> filled = row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        return filled.size() >= 3 && filled.stream().allMatch(c -> NUMBERING.matcher(c).matches());
    }

    private String label(SourceRow row) {
        List<FileHeader.Column> columns = table.header().columns();
        List<String> parts = new ArrayList<>();
        for (FileHeader.Column column : columns) {
            String text = cell(row, column.index());
            if (column.role() == Role.LABEL && !text.isEmpty() && !parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }

    private static String firstText(SourceRow row) {
        return row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    private static String cell(SourceRow row, int column) {
        return column >= 0 && column < row.cells().size() ? row.cells().get(column).strip() : "";
    }

    /**
     * Running sums of a wide table's figure columns since the last total row: figures that are
     * whole numbers (nearly all) are added as longs, others through the value parser.
     */
    private static final class Sums {
        private final int[] columns;
        private final long[] whole;
        private final BigDecimal[] fractions;
        private final boolean[] broken;
        private int rows;
        private long firstRow;
        private long lastRow;

        Sums(FileHeader header) {
            this.columns = header.layout() != FileHeader.Layout.WIDE ? new int[0]
                    : header.columns().stream().filter(c -> c.role() == Role.INDICATOR).mapToInt(FileHeader.Column::index).toArray();
            this.whole = new long[columns.length];
            this.fractions = new BigDecimal[columns.length];
            this.broken = new boolean[columns.length];
        }

        void add(SourceRow row) {
            if (columns.length == 0) {
                return;
            }
            if (rows++ == 0) {
                firstRow = row.rowNumber();
            }
            lastRow = row.rowNumber();
            for (int i = 0; i < columns.length; i++) {
                String text = cell(row, columns[i]);
                if (text.isEmpty() || broken[i]) {
                    continue;
                }
                long digits = digits(text);
                if (digits >= 0 && whole[i] < Long.MAX_VALUE / 2) {
                    whole[i] += digits;
                } else if (ValueParser.parse(text, false) instanceof ValueParser.Number number) {
                    fractions[i] = fractions[i] == null ? number.value() : fractions[i].add(number.value());
                } else {
                    broken[i] = true;
                }
            }
        }

        TableRow.Totals totals() {
            List<BigDecimal> byColumn = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                while (byColumn.size() < columns[i]) {
                    byColumn.add(null);
                }
                BigDecimal sum = BigDecimal.valueOf(whole[i]);
                byColumn.add(broken[i] ? null : fractions[i] == null ? sum : sum.add(fractions[i]));
            }
            return new TableRow.Totals(byColumn, firstRow, lastRow, rows);
        }

        /** The value of a cell of plain digits (at most 15), or -1. */
        private static long digits(String text) {
            if (text.length() > 15) {
                return -1;
            }
            long value = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
