package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.catalog.Indicator;

/**
 * Decides whether a row can be loaded. A row is loaded whole or not at all: one bad cell
 * rejects the row, so a ward's month is never half-stored. Works for both layouts.
 */
public final class RowValidator {

    private final CellChecks checks;
    private final FileHeader header;

    RowValidator(CellChecks checks, FileHeader header) {
        this.checks = checks;
        this.header = header;
    }

    public ValidatedRow validate(TableRow row) {
        List<RowProblem> problems = controlCharacters(row);
        if (!problems.isEmpty()) {
            return new ValidatedRow(row.sheet(), row.rowNumber(), List.of(), problems, ControlCharacters.visible(row.rawText()));
        }
        if (row.cells().size() > row.header().size() && !row.cells().subList(row.header().size(), row.cells().size())
                .stream().allMatch(String::isBlank)) {
            problems.add(checks.problem("", "", "row.too-many-cells", row.cells().size(), row.header().size()));
        }
        String ward = checks.ward(header.name(header.ward()), row.cell(header.ward()), problems);
        YearMonth period = checks.period(header.name(header.period()), row.cell(header.period()), problems);
        if (ward != null && period != null && !checks.wardExists(header.name(header.period()), ward, period, problems)) {
            ward = null;
        }
        String note = header.note() >= 0 && !row.cell(header.note()).isEmpty() ? row.cell(header.note()) : null;
        List<ValidatedRow.Value> values = new ArrayList<>();
        for (FileHeader.Column column : header.columns()) {
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
        return new ValidatedRow(row.sheet(), row.rowNumber(), problems.isEmpty() ? List.copyOf(values) : List.of(),
                List.copyOf(problems), row.rawText());
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
        var indicator = checks.catalog().indicatorByHeader(name);
        if (indicator.isEmpty()) {
            problems.add(checks.problem(indicatorColumn, name, "indicator.unknown", name));
        } else if (indicator.get().isRate()) {
            problems.add(derivedRate(indicatorColumn, name, indicator.get()));
        } else if (!cell.isEmpty()) {
            add(values, ward, period, indicator.get(), checks.value(header.name(header.value()), indicator.get(), cell, problems), note);
        }
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
