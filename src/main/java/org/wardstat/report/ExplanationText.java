package org.wardstat.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.analytics.Explanation;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;
import org.wardstat.system.NumberStyle;

/**
 * An {@link Explanation} in words, in the report's language: each value with its file, sheet, row
 * and load, its revisions, and the sentence that adds them up to the printed figure ("Tổng 12
 * tháng của 6 phường: 47.062 vụ = số in trên báo cáo").
 */
public final class ExplanationText {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Messages messages;
    private final Catalog catalog;
    private final ZoneId zone;
    private final NumberStyle numbers;
    private final boolean vi;

    public ExplanationText(Messages messages, Catalog catalog, ZoneId zone) {
        this.messages = messages;
        this.catalog = catalog;
        this.zone = zone;
        this.vi = messages.isVietnamese();
        this.numbers = NumberStyle.forLanguage(vi);
    }

    /** The explanation as the terminal prints it: a heading, one line per value (and revision), the total. */
    public List<String> lines(Explanation e) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(e));
        if (e.rows().isEmpty()) {
            lines.add(messages.get("explain.nothing"));
            return lines;
        }
        for (Explanation.Row row : e.rows()) {
            // a rate lists both its flows: each line names which
            String what = e.indicator().isRate() ? String.format(" %-45s", indicator(row)) : "";
            lines.add(String.format("  %-28s %-8s%s %10s  %s", ward(row), month(row), what, value(row.value()), source(row)));
            row.revisions().forEach(r -> lines.add("      " + revision(r)));
        }
        lines.add(total(e));
        if (!e.leftOut().isEmpty()) {
            lines.add(leftOut(e));
        }
        return lines;
    }

    /** "Tội phạm về trật tự xã hội (số vụ xảy ra) — Thành phố Bắc Kạn, năm 2024" */
    public String heading(Explanation e) {
        return messages.get("explain.heading", e.indicator().name(vi), e.unit().name(vi), PeriodLabels.name(e.window(), messages));
    }

    /** The ward, and for a predecessor's month the merged ward it counts for. */
    public String ward(Explanation.Row row) {
        String name = row.ward().name(vi);
        return row.ward().equals(row.unit()) ? name : messages.get("explain.counts-for", name, row.unit().name(vi));
    }

    public String month(Explanation.Row row) {
        return row.month().format(MONTH);
    }

    public String indicatorName(Indicator indicator) {
        return indicator.name(vi);
    }

    /** The stored indicator of a row, named: a rate's rows are its numerator's and its denominator's. */
    public String indicator(Explanation.Row row) {
        return catalog.indicators().stream().filter(i -> i.code().equals(row.indicator())).findFirst()
                .map(i -> i.name(vi)).orElse(row.indicator());
    }

    /** "bac-kan-2024.csv, dòng 7; lần nạp #3 lúc 05/03/2026 09:30" */
    public String source(Explanation.Row row) {
        return place(row.file(), row.sheet(), row.row()) + "; " + load(row);
    }

    public String load(Explanation.Row row) {
        return messages.get("explain.load", String.valueOf(row.loadId()), MINUTES.format(row.loadedAt().atZone(zone)));
    }

    /** "bac-kan.xlsx, trang “Tháng 12”, dòng 7"; a CSV file has no sheet; a value stored before rows were kept says so. */
    public String place(String file, String sheet, Integer row) {
        if (row == null) {
            return messages.get("explain.place.unknown", file);
        }
        return sheet == null || sheet.isEmpty() ? messages.get("explain.place.csv", file, String.valueOf(row))
                : messages.get("explain.place.sheet", file, sheet, String.valueOf(row));
    }

    /** "sửa 3 → 2: bac-kan.csv, dòng 4 → bac-kan-sua.csv, dòng 4 (06/03/2026 10:00)" */
    public String revision(Explanation.Revision r) {
        return messages.get("explain.revision", value(r.oldValue()), value(r.newValue()), place(r.oldFile(), r.oldSheet(), r.oldRow()),
                place(r.newFile(), r.newSheet(), r.newRow()), MINUTES.format(r.revisedAt().atZone(zone)));
    }

    /** The revisions of a row in one cell; empty when it was never revised. */
    public String revisions(Explanation.Row row) {
        return String.join("; ", row.revisions().stream().map(this::revision).toList());
    }

    /** The sentence adding the rows up, and whether that is the printed figure. */
    public String total(Explanation e) {
        String figure = figure(e, e.total());
        String wards = e.units().size() == 1 ? e.units().get(0).name(vi) : messages.get("explain.wards", e.units().size());
        String sum = switch (e.kind()) {
            case FLOW -> messages.get("explain.total.flow", months(e), wards, figure);
            case STOCK -> messages.get("explain.total.stock", wards, figure);
            case RATE -> messages.get("explain.total.rate", value(e.numerator()), value(e.denominator()), figure);
        };
        return sum + " " + (e.addsUp() ? messages.get("explain.equal") : messages.get("explain.differs", figure(e, e.printed().value())));
    }

    public String leftOut(Explanation e) {
        return messages.get("explain.left-out", String.join(", ", e.leftOut().stream().map(u -> u.name(vi)).toList()));
    }

    /** "47.062 vụ", "83,40%", "không xác định" for a rate over nothing. */
    public String figure(Explanation e, BigDecimal value) {
        return figure(e.indicator(), value);
    }

    /** A printed figure of an indicator in the language's style: "47.062 vụ", "83,40%". */
    public String figure(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return messages.get("explain.undefined");
        }
        return indicator.isRate() ? numbers.rate(value) : numbers.number(value, indicator.decimals()) + " " + indicator.unit(vi);
    }

    private String months(Explanation e) {
        return String.valueOf(e.rows().stream().map(Explanation.Row::month).distinct().count());
    }

    /** A stored value with as many decimals as it has: "2", "27,92". */
    public String value(BigDecimal value) {
        return numbers.number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }
}
