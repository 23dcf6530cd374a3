package org.wardstat.report.pdf;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;

/** What a chart's legend says, for assertions. */
final class ChartReading {

    private ChartReading() {
    }

    static List<String> legend(CategoryPlot plot) {
        LegendItemCollection items = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
