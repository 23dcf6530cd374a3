package org.wardstat.template;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;

/** What a template is made for: an area's wards, one month, the indicators they report. */
record TemplateContent(OrgUnit area, List<OrgUnit> wards, List<Indicator> indicators, YearMonth period, Messages messages) {

    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MM/yyyy");

    TemplateContent {
        if (wards.isEmpty()) {
            throw new IllegalArgumentException("No ward to make a template for in " + area.code());
        }
        // rates are computed from two flows, never typed in
        indicators = indicators.stream().filter(indicator -> !indicator.isRate()).toList();
        wards = List.copyOf(wards);
    }

    /** The period as wards write it and as Excel will not turn into a date: "01/2025". */
    String periodText() {
        return period.format(MONTH_FIRST);
    }

    boolean vietnamese() {
        return messages.isVietnamese();
    }

    String text(String key, Object... args) {
        return messages.get("template." + key, args);
    }

    /** The three columns before the indicators: ward code, ward name, period. */
    List<String> keyColumns() {
        return List.of(text("column.ward-code"), text("column.ward-name"), text("column.period"));
    }

    String kind(Indicator indicator) {
        return text(indicator.kind() == Indicator.Kind.STOCK ? "kind.stock" : "kind.flow");
    }

    String numberType(Indicator indicator) {
        return indicator.decimals() == 0 ? text("number.integer") : text("number.decimal", indicator.decimals());
    }
}
