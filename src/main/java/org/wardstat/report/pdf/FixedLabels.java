package org.wardstat.report.pdf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Item labels already worded by the report ("+3", "3/4", "45%"), one per category column, so a
 * chart prints exactly the text the table beside it prints.
 */
final class FixedLabels implements CategoryItemLabelGenerator, Serializable {

    private final ArrayList<String> byColumn;

    FixedLabels(List<String> byColumn) {
        this.byColumn = new ArrayList<>(byColumn);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return byColumn.get(column);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return String.valueOf(dataset.getColumnKey(column));
    }
}
