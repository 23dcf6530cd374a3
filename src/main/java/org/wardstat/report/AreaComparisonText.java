package org.wardstat.report;

import org.wardstat.system.NumberStyle;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.analytics.Coverage;
import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Significance;
import org.wardstat.analytics.WardRanking;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

/**
 * An area's year-over-year comparison as lines of text for a terminal or a log: how many wards
 * reported and which are left out of the comparison, each indicator with its change, the exact
 * test's p-value and what it means in words, and the wards ranked by the change of one indicator.
 */
public final class AreaComparisonText {

    /** The wards a left-out list names before it says "and N others". */
    private static final int NAMED = 5;

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

    /**
     * What the comparison rests on when it is not every ward: "So sánh với cùng kỳ trên 5/6 phường
     * có số liệu cả hai kỳ; không tính Phường Sông Cầu (chưa có số liệu kỳ này)." Empty when every
     * ward is compared; "Chưa so sánh được với cùng kỳ: …" when none is.
     */
    public String compared(RolledUp area) {
        Coverage compared = area.compared();
        if (compared.complete() || compared.expected() == 0) {
            return "";
        }
        boolean vi = messages.isVietnamese();
        List<String> named = new ArrayList<>();
        for (RolledUp.LeftOut ward : area.leftOut().subList(0, Math.min(NAMED, area.leftOut().size()))) {
            named.add(messages.get("left-out." + ward.reason().name().toLowerCase(), ward.ward().name(vi), ward.monthsNow(),
                    ward.monthsThen()));
        }
        String list = String.join(", ", named) + (area.leftOut().size() > NAMED
                ? " " + messages.get("left-out.others", area.leftOut().size() - NAMED) : "");
        return compared.reporting() == 0 ? messages.get("compare.compared.none", list)
                : messages.get("compare.compared", compared.reporting(), compared.expected(), list);
    }

    public List<String> lines(RolledUp area, String periodName, String dates) {
        boolean vi = messages.isVietnamese();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("compare.title", area.area().name(vi), periodName, dates));
        lines.add(coverage(area.current(), area.prior()));
        String compared = compared(area);
        if (!compared.isEmpty()) {
            lines.add(compared);
        }
        lines.add(String.format("  %-58s %12s %12s %10s %9s %7s  %s", messages.get("table.indicator"), messages.get("compare.current"),
                messages.get("compare.prior"), messages.get("table.change"), messages.get("table.percent-change"), "p",
                messages.get("compare.meaning")));
        // the rows of the report's own table, so that the terminal and the PDF never disagree
        for (ReportContent.IndicatorRow row : rows(area)) {
            lines.add(String.format("  %-58s %12s %12s %10s %9s %7s  %s", row.name(), row.currentText(), row.priorText(),
                    row.changeText(), row.percentText(), row.pText(), row.assessment()));
        }
        return lines;
    }

    /** The rows of the report's indicator table for the area: what the PDF, the terminal and the API print. */
    public List<ReportContent.IndicatorRow> rows(RolledUp area) {
        return new SecurityPart(messages).rows(area.indicators(), area.compared());
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
                            cells.percentChange(change), p(change), meaning(change.significance())))
                    : String.format("  %4s %-32s %s", rank, place.ward().name(vi), messages.get("compare.unranked")));
        }
        return lines;
    }

    /** The exact test's two-sided p-value, "0,077"; "—" where there is no test. */
    public String p(IndicatorChange change) {
        Double p = change.pValue();
        return p == null ? "—" : numbers.pValue(p);
    }

    /** The flag in words, so a printed page does not rely on a symbol: "đáng chú ý", "thay đổi rõ rệt". */
    public String meaning(Significance significance) {
        return significance == null ? "" : messages.get("significance." + significance.name().toLowerCase());
    }
}
