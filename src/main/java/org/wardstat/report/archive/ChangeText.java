package org.wardstat.report.archive;

import java.util.List;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.report.archive.OutOfDate.Change;
import org.wardstat.system.Messages;
import org.wardstat.system.NumberStyle;

/**
 * A change behind an out-of-date edition in the reader's words:
 * "Phường Đức Xuân, Tội phạm về trật tự xã hội (số vụ), tháng 3/2024: 12 → 15 (tệp bac-kan-2024-sua.xlsx)",
 * numbers as the reader writes them (47.062; 27,92).
 */
public final class ChangeText {

    private final Catalog catalog;
    private final Messages messages;
    private final NumberStyle numbers;

    public ChangeText(Catalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        this.numbers = NumberStyle.forLanguage(messages.isVietnamese());
    }

    public String of(Change change) {
        boolean vi = messages.isVietnamese();
        String unit = catalog.unit(change.unitCode()).map(u -> u.name(vi)).orElse(change.unitCode());
        Indicator indicator = catalog.indicator(change.indicatorCode());
        String month = change.month().getMonthValue() + "/" + change.month().getYear();
        return messages.get("editions.change", unit, indicator.name(vi), month,
                numbers.number(change.oldValue(), indicator.decimals()), numbers.number(change.newValue(), indicator.decimals()),
                change.file());
    }

    public List<String> of(List<Change> changes) {
        return changes.stream().map(this::of).toList();
    }
}
