package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class MonthlySeriesChartTest {

    @Test
    void lastYearLightAndThisYearDarkMonthByMonthWithAGapForAMonthWithoutData() {
        JFreeChart chart = MonthlySeriesChart.of(ChartSamples.monthly());
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();

        assertThat(chart.getTitle().getText()).isEqualTo("Tội phạm về trật tự xã hội từng tháng năm 2023 so với năm 2022");
        assertThat(data.getRowKeys()).containsExactly("Năm 2022", "Năm 2023");
        assertThat(data.getColumnKeys()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12");
        assertThat(data.getValue("Năm 2023", "T6").intValue()).isEqualTo(4);
        assertThat(data.getValue("Năm 2022", "T6").intValue()).isEqualTo(3);
        assertThat(data.getValue("Năm 2022", "T12")).isNull();
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(ChartStyle.LIGHT);
        assertThat(plot.getRenderer().getItemPaint(1, 0)).isEqualTo(ChartStyle.DARK);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Số vụ");
    }
}
