package org.wardstat.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/** The checks of single cells shared by both layouts: ward, period and value. */
final class CellChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");
    /** Ward statistics of this kind start long after; an earlier month is a typing slip (0024 for 2024) or a broken date. */
    static final YearMonth EARLIEST_PERIOD = YearMonth.of(2000, 1);

    private final Catalog catalog;
    private final YearMonth latestPeriod;
    private final Messages messages;

    /** @param latestPeriod the last month that may carry data (the current one); later ones are in the future */
    CellChecks(Catalog catalog, YearMonth latestPeriod, Messages messages) {
        this.catalog = catalog;
        this.latestPeriod = latestPeriod;
        this.messages = messages;
    }

    Catalog catalog() {
        return catalog;
    }

    Messages messages() {
        return messages;
    }

    String ward(String column, String code, List<RowProblem> problems) {
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

    YearMonth period(String column, String text, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(column, text, "period.missing"));
            return null;
        }
        Optional<YearMonth> period = PeriodParser.parse(text);
        if (period.isEmpty()) {
            problems.add(problem(column, text, "period.malformed", text));
            return null;
        }
        if (period.get().isBefore(EARLIEST_PERIOD)) {
            problems.add(problem(column, text, "period.too-early", text, EARLIEST_PERIOD.format(MONTH)));
            return null;
        }
        if (period.get().isAfter(latestPeriod)) {
            problems.add(problem(column, text, "period.future", text, latestPeriod.toString()));
            return null;
        }
        return period.get();
    }

    /**
     * A ward that was merged away (or not yet formed) has no month outside its validity: its
     * figures from then on belong to the unit that replaced it, and storing them under the old
     * code would count them twice in every comparison across the merger.
     */
    boolean wardExists(String column, String code, YearMonth period, List<RowProblem> problems) {
        OrgUnit ward = catalog.unit(code).orElseThrow();
        if (ward.existsIn(period)) {
            return true;
        }
        String month = period.format(MONTH);
        if (ward.lastMonth() != null && period.isAfter(ward.lastMonth())) {
            String successors = String.join(", ", catalog.successors(ward).stream().map(OrgUnit::code).toList());
            problems.add(problem(column, month, successors.isEmpty() ? "ward.ended" : "ward.merged",
                    code, ward.validTo().format(DAY), month, successors));
        } else {
            problems.add(problem(column, month, "ward.not-yet", code, ward.validFrom().format(DAY), month,
                    String.join(", ", ward.predecessors())));
        }
        return false;
    }

    BigDecimal value(String column, Indicator indicator, String cell, List<RowProblem> problems) {
        ValueParser.Result result = ValueParser.parse(cell, indicator.isCount());
        if (result instanceof ValueParser.Number number) {
            return number.value();
        }
        String code = switch ((ValueParser.Fault) result) {
            case NOT_A_NUMBER -> "value.not-a-number";
            case NEGATIVE -> "value.negative";
            case NOT_AN_INTEGER -> "value.not-an-integer";
            case TOO_MANY_DECIMALS -> "value.too-many-decimals";
            case TOO_LARGE -> "value.too-large";
        };
        problems.add(problem(column, cell, code, cell, indicator.unit(messages.isVietnamese())));
        return null;
    }

    RowProblem problem(String column, String value, String code, Object... args) {
        return new RowProblem(column, value, code, messages.get(code, args));
    }
}
