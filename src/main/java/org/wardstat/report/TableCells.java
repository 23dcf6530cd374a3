package org.wardstat.report;

import org.wardstat.system.NumberStyle;
import java.math.BigDecimal;

import org.wardstat.analytics.IndicatorChange;
import org.wardstat.analytics.Measure;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

/** The cells of the indicator table, with undefined figures said in words rather than "∞" or "NaN". */
final class TableCells {

    private final Messages messages;
    private final NumberStyle numbers;

    TableCells(Messages messages) {
        this.messages = messages;
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
    }

    String value(Indicator indicator, Measure measure) {
        if (!measure.reported()) {
            return messages.get("cell.no-data");
        }
        if (indicator.isRate()) {
            return measure.value() == null ? messages.get("cell.rate-undefined") : numbers.rate(measure.value());
        }
        return numbers.number(measure.value(), indicator.decimals());
    }

    String change(IndicatorChange change) {
        BigDecimal delta = change.change();
        if (delta == null) {
            return "—";
        }
        if (change.indicator().isRate()) {
            return messages.get("cell.points", numbers.points(delta));
        }
        return numbers.signed(delta, change.indicator().decimals());
    }

    String percentChange(IndicatorChange change) {
        if (change.change() == null || change.indicator().isRate()) {
            return "—";
        }
        if (change.prior().value().signum() == 0) {
            return messages.get(change.current().value().signum() == 0 ? "cell.unchanged" : "cell.zero-base");
        }
        return numbers.percentChange(change.percentChange());
    }
}
