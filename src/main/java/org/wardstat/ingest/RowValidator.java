package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.Indicator;
import org.wardstat.ingest.FileHeader.Column;
import org.wardstat.ingest.FileHeader.Role;

/**
 * Decides whether a row can be loaded. A row is loaded whole or not at all: one bad cell
 * rejects the row, so a ward's month is never half-stored. Works for every layout: in a wide or
 * long row the ward and month are its cells (or what the sheet states once, such as the month in
 * its title); in a row of a transposed table, the indicator is the row's label and each ward (or
 * month) is a column.
 */
public final class RowValidator {

    static final String TOTAL_MISMATCH = "total-mismatch";

    private final CellChecks checks;
    private final FileHeader header;
    private final WardNames names;

    RowValidator(CellChecks checks, FileHeader header) {
        this.checks = checks;
        this.header = header;
        this.names = WardNames.of(checks.catalog(), header.context().area());
    }

    public ValidatedRow validate(TableRow row) {
        List<RowProblem> controls = controlCharacters(row);
        if (!controls.isEmpty()) {
            return new ValidatedRow(row.sheet(), row.rowNumber(), List.of(), controls, ControlCharacters.visible(row.rawText()));
        }
        if (row.total()) {
            return totalRow(row);
        }
        List<RowProblem> problems = new ArrayList<>();
        if (row.cells().size() > header.columns().size() && !row.cells().subList(header.columns().size(), row.cells().size())
                .stream().allMatch(String::isBlank)) {
            problems.add(checks.problem("", "", "row.too-many-cells", row.cells().size(), header.columns().size()));
        }
        List<ValidatedRow.Value> values = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        if (header.layout() == FileHeader.Layout.TRANSPOSED) {
            transposed(row, values, problems, warnings);
        } else {
            keyed(row, values, problems);
        }
        return new ValidatedRow(row.sheet(), row.rowNumber(), problems.isEmpty() ? List.copyOf(values) : List.of(),
                List.copyOf(problems), row.rawText(), List.copyOf(warnings), false);
    }

    /** A wide or long row: its ward and month in cells of their own, or stated once by the sheet. */
    private void keyed(TableRow row, List<ValidatedRow.Value> values, List<RowProblem> problems) {
        String wardColumn = header.ward() >= 0 ? header.name(header.ward()) : header.context().ward().where();
        String periodColumn = header.period() >= 0 ? header.name(header.period()) : header.context().period().where();
        String ward = ward(wardColumn, header.ward() >= 0 ? row.cell(header.ward()) : header.context().ward().text(), problems);
        YearMonth period = checks.period(periodColumn,
                header.period() >= 0 ? row.cell(header.period()) : header.context().period().text(), problems);
        if (ward != null && period != null && !checks.wardExists(periodColumn, ward, period, problems)) {
            ward = null;
        }
        String note = header.note() >= 0 && !row.cell(header.note()).isEmpty() ? row.cell(header.note()) : null;
        for (Column column : header.columns()) {
            String cell = row.cell(column.index());
            if (cell.isEmpty()) {
                continue;
            }
            switch (column.role()) {
                case INDICATOR -> add(values, ward, period, column.indicator(), checks.value(column.name(), column.indicator(), cell, problems), note);
                case UNKNOWN -> problems.add(checks.problem(column.name(), cell, "column.unknown", column.name()));
                case DERIVED_RATE -> problems.add(derivedRate(column.name(), cell, column.indicator()));
                default -> { }
            }
        }
        if (header.layout() == FileHeader.Layout.LONG) {
            longValue(row, ward, period, note, values, problems);
        }
    }

    /**
     * A control character anywhere in the row, in a column read or one kept for people, rejects
     * it before anything else is checked (the other reasons would quote the character).
     */
    private List<RowProblem> controlCharacters(TableRow row) {
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            int at = ControlCharacters.firstIn(cell);
            if (at >= 0) {
                String column = i < header.columns().size() ? ControlCharacters.visible(header.name(i)) : "";
                problems.add(checks.problem(column, ControlCharacters.visible(cell), "cell.control-character",
                        String.format("U+%04X", (int) cell.charAt(at)), at + 1));
            }
        }
        return problems;
    }

    /** Long layout: the indicator named in one column, its value in another; a blank value is "not reported". */
    private void longValue(TableRow row, String ward, YearMonth period, String note, List<ValidatedRow.Value> values,
                           List<RowProblem> problems) {
        String indicatorColumn = header.name(header.indicator());
        String name = row.cell(header.indicator());
        String cell = row.cell(header.value());
        if (name.isEmpty()) {
            problems.add(checks.problem(indicatorColumn, name, "indicator.missing"));
            return;
        }
        var indicator = header.context().labels() == null ? checks.catalog().indicatorByHeader(name)
                : header.context().labels().row(row.rowNumber(), name, null);
        if (indicator.isEmpty()) {
            problems.add(checks.problem(indicatorColumn, name, "indicator.unknown", name));
        } else if (indicator.get().isRate()) {
            problems.add(derivedRate(indicatorColumn, name, indicator.get()));
        } else if (!cell.isEmpty()) {
            add(values, ward, period, indicator.get(), checks.value(header.name(header.value()), indicator.get(), cell, problems), note);
        }
    }

    /** Indicators as rows: the row's label names the indicator, each ward (or month) column holds its figure. */
    private void transposed(TableRow row, List<ValidatedRow.Value> values, List<RowProblem> problems, List<RowProblem> warnings) {
        List<Column> labels = header.columns().stream().filter(c -> c.role() == Role.LABEL).toList();
        String labelColumn = labels.isEmpty() ? "" : labels.get(0).name();
        String label = String.join(" ", labels.stream().map(c -> row.cell(c.index())).filter(t -> !t.isEmpty()).distinct().toList());
        Optional<Indicator> indicator = header.context().labels().row(row.rowNumber(), label, row.heading());
        if (indicator.isEmpty()) {
            problems.add(label.isEmpty() ? checks.problem(labelColumn, label, "indicator.missing")
                    : checks.problem(labelColumn, label, "indicator.unknown", label));
            return;
        }
        if (indicator.get().isRate()) {
            problems.add(derivedRate(labelColumn, label, indicator.get()));
            return;
        }
        String sheetWard = null;
        YearMonth sheetPeriod = null;
        if (header.context().ward() != null) {
            sheetWard = ward(header.context().ward().where(), header.context().ward().text(), problems);
        }
        if (header.context().period() != null) {
            sheetPeriod = checks.period(header.context().period().where(), header.context().period().text(), problems);
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean summable = true;
        for (Column column : header.columns()) {
            String cell = row.cell(column.index());
            if (cell.isEmpty() || (column.role() != Role.WARD_VALUES && column.role() != Role.PERIOD_VALUES)) {
                continue;
            }
            String where = checks.messages().get("sheet.column", column.name(), TableFinder.columnLetter(column.index()));
            String ward = column.role() == Role.WARD_VALUES ? column.stands() : sheetWard;
            YearMonth period = column.role() == Role.PERIOD_VALUES ? checks.period(where, column.stands(), problems) : sheetPeriod;
            BigDecimal value = checks.value(where, indicator.get(), cell, problems);
            summable &= value != null;
            sum = value == null ? sum : sum.add(value);
            if (ward != null && period != null && checks.wardExists(where, ward, period, problems)) {
                add(values, ward, period, indicator.get(), value, null);
            }
        }
        boolean overMonths = header.columns().stream().anyMatch(c -> c.role() == Role.PERIOD_VALUES)
                && header.columns().stream().filter(c -> c.role() == Role.PERIOD_VALUES).map(Column::stands).distinct().count() > 1;
        if (summable && (!overMonths || indicator.get().kind() == Indicator.Kind.FLOW)) {
            for (Column total : header.columns().stream().filter(c -> c.role() == Role.TOTAL).toList()) {
                String cell = row.cell(total.index());
                if (!cell.isEmpty() && ValueParser.parse(cell, false) instanceof ValueParser.Number written
                        && written.value().compareTo(sum) != 0) {
                    warnings.add(new RowProblem(total.name(), cell, TOTAL_MISMATCH, checks.messages().get("total.column-mismatch",
                            total.name(), TableFinder.columnLetter(total.index()), indicator.get().name(checks.messages().isVietnamese()),
                            written.value(), sum, written.value().subtract(sum))));
                }
            }
        }
    }

    /** A "Tổng cộng" row: each of its figures against the sum of the rows it adds up; a difference is a warning. */
    private ValidatedRow totalRow(TableRow row) {
        List<RowProblem> warnings = new ArrayList<>();
        TableRow.Totals totals = row.totals();
        for (Column column : header.columns()) {
            String cell = row.cell(column.index());
            BigDecimal sum = column.index() < totals.sums().size() ? totals.sums().get(column.index()) : null;
            if (column.role() != Role.INDICATOR || cell.isEmpty() || sum == null
                    || !(ValueParser.parse(cell, false) instanceof ValueParser.Number written) || written.value().compareTo(sum) == 0) {
                continue;
            }
            warnings.add(new RowProblem(column.name(), cell, TOTAL_MISMATCH, checks.messages().get("total.row-mismatch",
                    column.name(), written.value(), totals.rows(), totals.firstRow(), totals.lastRow(), sum, written.value().subtract(sum))));
        }
        return new ValidatedRow(row.sheet(), row.rowNumber(), List.of(), List.of(), row.rawText(), List.copyOf(warnings), true);
    }

    /**
     * The ward's code from a cell: a code as always, or a name unique in the file's area. An
     * unknown code keeps the plain reason; a name that fits several wards, or only wards
     * elsewhere, is refused with them listed.
     */
    private String ward(String column, String text, List<RowProblem> problems) {
        if (text.isEmpty() || checks.catalog().unit(text).isPresent()) {
            return checks.ward(column, text, problems);
        }
        WardNames.Resolution resolution = names.resolve(text);
        if (resolution instanceof WardNames.Found found) {
            return checks.ward(column, found.ward().code(), problems);
        }
        WardNames.Problem problem = names.problem(resolution, text, checks.messages());
        problems.add(checks.problem(column, text, problem.code(), problem.args()));
        return null;
    }

    private RowProblem derivedRate(String column, String cell, Indicator rate) {
        return checks.problem(column, cell, "column.derived-rate", rate.code(), rate.numerator(), rate.denominator());
    }

    private static void add(List<ValidatedRow.Value> values, String ward, YearMonth period, Indicator indicator,
                            BigDecimal value, String note) {
        if (ward != null && period != null && value != null) {
            values.add(new ValidatedRow.Value(ward, period, indicator.code(), value, note));
        }
    }
}
