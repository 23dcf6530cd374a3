package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * Decides whether a row of a wide file can be loaded. A row is loaded whole or not at all:
 * one bad cell rejects the row, so a ward's month is never half-stored.
 */
public final class RowValidator {

    private final Catalog catalog;
    private final WideHeader header;
    private final YearMonth latestPeriod;
    private final Messages messages;

    /** @param latestPeriod the last month that may carry data (the current one); later ones are in the future */
    public RowValidator(Catalog catalog, WideHeader header, YearMonth latestPeriod, Messages messages) {
        this.catalog = catalog;
        this.header = header;
        this.latestPeriod = latestPeriod;
        this.messages = messages;
    }

    public ValidatedRow validate(CsvRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (row.cells().size() > row.header().size()) {
            problems.add(problem("", "", "row.too-many-cells", row.cells().size(), row.header().size()));
        }
        String wardCode = checkWard(row, problems);
        YearMonth period = checkPeriod(row, problems);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (WideHeader.Column column : header.columns()) {
            String cell = row.cell(column.index()).strip();
            if (cell.isEmpty()) {
                continue;
            }
            switch (column.role()) {
                case INDICATOR -> readValue(column, cell, values, problems);
                case UNKNOWN -> problems.add(problem(column.name(), cell, "column.unknown", column.name()));
                case DERIVED_RATE -> problems.add(problem(column.name(), cell, "column.derived-rate", column.name(),
                        column.indicator().numerator(), column.indicator().denominator()));
                default -> { }
            }
        }
        return new ValidatedRow(row.rowNumber(), wardCode, period, values, List.copyOf(problems), row.rawText());
    }

    private String checkWard(CsvRow row, List<RowProblem> problems) {
        String column = header.columns().get(header.wardColumn()).name();
        String code = row.cell(header.wardColumn()).strip();
        if (code.isEmpty()) {
            problems.add(problem(column, code, "ward.missing"));
            return null;
        }
        Optional<OrgUnit> unit = catalog.unit(code);
        if (unit.isEmpty()) {
            problems.add(problem(column, code, "ward.unknown", code));
            return null;
        }
        if (!unit.get().isWard()) {
            problems.add(problem(column, code, "ward.not-a-ward", code, unit.get().level()));
            return null;
        }
        return code;
    }

    private YearMonth checkPeriod(CsvRow row, List<RowProblem> problems) {
        String column = header.columns().get(header.periodColumn()).name();
        String text = row.cell(header.periodColumn()).strip();
        if (text.isEmpty()) {
            problems.add(problem(column, text, "period.missing"));
            return null;
        }
        Optional<YearMonth> period = PeriodParser.parse(text);
        if (period.isEmpty()) {
            problems.add(problem(column, text, "period.malformed", text));
            return null;
        }
        if (period.get().isAfter(latestPeriod)) {
            problems.add(problem(column, text, "period.future", text, latestPeriod.toString()));
            return null;
        }
        return period.get();
    }

    private void readValue(WideHeader.Column column, String cell, Map<String, BigDecimal> values, List<RowProblem> problems) {
        Indicator indicator = column.indicator();
        ValueParser.Result result = ValueParser.parse(cell, indicator.isCount());
        if (result instanceof ValueParser.Number number) {
            values.put(indicator.code(), number.value());
        } else {
            String code = switch ((ValueParser.Fault) result) {
                case NOT_A_NUMBER -> "value.not-a-number";
                case NEGATIVE -> "value.negative";
                case NOT_AN_INTEGER -> "value.not-an-integer";
                case TOO_MANY_DECIMALS -> "value.too-many-decimals";
            };
            problems.add(problem(column.name(), cell, code, cell, indicator.unit(messages.isVietnamese())));
        }
    }

    private RowProblem problem(String column, String value, String code, Object... args) {
        return new RowProblem(column, value, code, messages.get(code, args));
    }
}
