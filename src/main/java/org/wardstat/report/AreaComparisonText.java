package org.wardstat.report;

import org.wardstat.system.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.analytics.AreaChange;
import org.wardstat.analytics.Coverage;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Significance;
import org.wardstat.analytics.WardRanking;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

/**
 * An area's year-over-year comparison as lines of text for a terminal or a log: how many wards
 * reported, each indicator with its change, z-score and what that means in words, and the wards
 * ranked by the change of one indicator.
 */
public final class AreaComparisonText {

    private final Messages messages;
    private final TableCells cells;
    private final NumberStyle numbers;

    public AreaComparisonText(Messages messages) {
        this.messages = messages;
        this.cells = new TableCells(messages);
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
    }

    /** "5/6 phường có số liệu (cùng kỳ 6/6)". */
    public String coverage(Coverage current, Coverage prior) {
        return messages.get("compare.coverage", current.reporting(), current.expected(), prior.reporting(), prior.expected());
    }

    public List<String> lines(RolledUp area, String periodName, String dates) {
        boolean vi = messages.isVietnamese();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("compare.title", area.area().name(vi), periodName, dates));
        lines.add(coverage(area.current(), area.prior()));
        lines.add(String.format("  %-58s %12s %12s %10s %9s %7s  %s", messages.get("table.indicator"), messages.get("compare.current"),
                messages.get("compare.prior"), messages.get("table.change"), messages.get("table.percent-change"), "z",
                messages.get("compare.meaning")));
        for (AreaChange row : area.indicators()) {
            IndicatorChange change = row.change();
            if (!change.current().reported() && !change.prior().reported()) {
                continue;
            }
            Indicator indicator = change.indicator();
            String partial = row.comparable() ? "" : "  " + messages.get("compare.partial", row.current().reporting(),
                    row.current().expected(), row.prior().reporting(), row.prior().expected(),
                    change.current().monthsReported(), change.prior().monthsReported());
            lines.add(String.format("  %-58s %12s %12s %10s %9s %7s  %s%s", indicator.name(vi),
                    cells.value(indicator, change.current()), cells.value(indicator, change.prior()), cells.change(change),
                    cells.percentChange(change), row.comparable() ? z(change) : "—",
                    row.comparable() ? meaning(change.significance()) : messages.get("compare.not-comparable"), partial));
        }
        return lines;
    }

    public List<String> ranking(List<WardRanking.Place> places, Indicator indicator) {
        boolean vi = messages.isVietnamese();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("compare.ranking", indicator.name(vi)));
        for (WardRanking.Place place : places) {
            IndicatorChange change = place.change().change();
            String rank = place.ranked() ? place.rank() + "." : "–";
            lines.add(place.ranked()
                    ? String.format("  %4s %-32s %s", rank, place.ward().name(vi), messages.get("compare.ranked",
                            cells.value(indicator, change.current()), cells.value(indicator, change.prior()), cells.change(change),
                            cells.percentChange(change), z(change), meaning(change.significance())))
                    : String.format("  %4s %-32s %s", rank, place.ward().name(vi), messages.get("compare.unranked")));
        }
        return lines;
    }

    private String z(IndicatorChange change) {
        Double z = change.zScore();
        return z == null ? "—" : numbers.signed(BigDecimal.valueOf(z).setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** The flag in words, so a printed page does not rely on a symbol: "đáng chú ý", "thay đổi rõ rệt". */
    public String meaning(Significance significance) {
        return significance == null ? "" : messages.get("significance." + significance.name().toLowerCase());
    }
}
