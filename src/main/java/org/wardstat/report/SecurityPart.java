package org.wardstat.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.Coverage;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.MonthlyValues;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/**
 * Section I of a report: the indicator table with each change's significance in words, the
 * monthly chart of one indicator and the stored monthly values the figures come from.
 */
final class SecurityPart {

    /** The indicator the chart follows month by month. */
    static final String CHART_INDICATOR = "social_order_crimes";

    private final Messages messages;
    private final boolean vi;
    private final TableCells cells;
    private final AreaComparisonText words;

    SecurityPart(Messages messages) {
        this.messages = messages;
        this.vi = messages.isVietnamese();
        this.cells = new TableCells(messages);
        this.words = new AreaComparisonText(messages);
    }

    /**
     * Rows for the indicators that have data on either side, in catalog order. A row that cannot
     * be compared has its two sides' figures and nothing else; a row compared over fewer wards
     * than the report as a whole ({@code compared}) says over how many.
     */
    List<ReportContent.IndicatorRow> rows(List<AreaChange> changes, Coverage compared) {
        List<ReportContent.IndicatorRow> rows = new ArrayList<>();
        for (AreaChange row : changes) {
            IndicatorChange change = row.change();
            if (!change.current().reported() && !change.prior().reported()) {
                continue;
            }
            Indicator indicator = change.indicator();
            boolean comparable = row.comparable();
            String significance = !comparable ? messages.get("compare.not-comparable") : words.meaning(change.significance());
            String note = comparable && row.compared().reporting() != compared.reporting()
                    ? messages.get("report.row.compared", row.compared().reporting(), row.compared().expected()) : "";
            rows.add(new ReportContent.IndicatorRow(indicator.code(), indicator.name(vi), indicator.unit(vi), indicator.kind(),
                    indicator.better(), indicator.decimals(), change.current().value(), change.prior().value(),
                    cells.value(indicator, change.current()), cells.value(indicator, change.prior()),
                    comparable ? cells.change(change) : "—", comparable ? cells.percentChange(change) : "—",
                    comparable ? words.p(change) : "—", significance, note, comparable, comparable && change.pValue() != null));
        }
        return rows;
    }

    /** The chart indicator month by month, this year against last; months after the window are left empty. */
    ReportContent.MonthlySeries series(Indicator indicator, MonthlyValues values, Window window) {
        int year = window.last().getYear();
        List<String> months = new ArrayList<>();
        List<BigDecimal> current = new ArrayList<>();
        List<BigDecimal> prior = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth m = YearMonth.of(year, month);
            months.add(messages.get("chart.month", month));
            current.add(m.isAfter(window.last()) ? null : values.get(indicator.code(), m));
            prior.add(values.get(indicator.code(), m.minusYears(1)));
        }
        return new ReportContent.MonthlySeries(
                messages.get("chart.title", indicator.name(vi), year, year - 1),
                indicator.unit(vi), String.valueOf(year), String.valueOf(year - 1), months, current, prior);
    }

    /**
     * An area's monthly values of one flow or stock: the sum of its wards for a month only when
     * every ward that existed then reported it; otherwise the month is left out (a gap), never a
     * partial sum that would look like a fall.
     */
    static MonthlyValues areaSums(Indicator indicator, Map<OrgUnit, MonthlyValues> wards, List<YearMonth> months) {
        MonthlyValues sums = new MonthlyValues();
        for (YearMonth month : months) {
            BigDecimal total = BigDecimal.ZERO;
            boolean any = false;
            boolean complete = true;
            for (Map.Entry<OrgUnit, MonthlyValues> ward : wards.entrySet()) {
                if (!ward.getKey().existsIn(month)) {
                    continue;
                }
                BigDecimal value = ward.getValue().get(indicator.code(), month);
                if (value == null) {
                    complete = false;
                    break;
                }
                total = total.add(value);
                any = true;
            }
            if (any && complete) {
                sums.put(indicator.code(), month, total);
            }
        }
        return sums;
    }

    /**
     * The stored values of the compared months, one row per stored unit and month: a merged
     * ward's history appears under the wards it was formed from, as it is stored.
     */
    ReportContent.MonthlyTable table(Catalog catalog, Map<OrgUnit, MonthlyValues> stored, Window window) {
        List<Indicator> indicators = catalog.indicators().stream().filter(i -> !i.isRate()).toList();
        List<ReportContent.MonthlyRow> rows = new ArrayList<>();
        List<YearMonth> months = new ArrayList<>(window.sameWindowYearEarlier().months());
        months.addAll(window.months());
        for (Map.Entry<OrgUnit, MonthlyValues> unit : stored.entrySet()) {
            for (YearMonth month : months) {
                List<BigDecimal> values = new ArrayList<>();
                boolean any = false;
                for (Indicator indicator : indicators) {
                    BigDecimal value = unit.getValue().get(indicator.code(), month);
                    values.add(value);
                    any |= value != null;
                }
                if (any) {
                    rows.add(new ReportContent.MonthlyRow(unit.getKey().code(), unit.getKey().name(vi), month.toString(), values));
                }
            }
        }
        return new ReportContent.MonthlyTable(indicators.stream().map(Indicator::code).toList(),
                indicators.stream().map(i -> i.name(vi) + " (" + i.unit(vi) + ")").toList(), rows);
    }
}
