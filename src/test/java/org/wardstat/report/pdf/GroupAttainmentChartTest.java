package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class GroupAttainmentChartTest {

    private final JFreeChart chart = GroupAttainmentChart.of(ChartSamples.groups());
    private final CategoryPlot plot = chart.getCategoryPlot();
    private final CategoryDataset data = plot.getDataset();
    private final CategoryItemRenderer renderer = plot.getRenderer();

    @Test
    void oneHorizontalBarPairPerGroupTotalBehindMet() {
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(data.getRowKeys()).containsExactly("Tổng số tiêu chí", "Số tiêu chí đạt");
        assertThat(data.getColumnKeys()).containsExactly("1. An ninh, trật tự", "2. Xây dựng lực lượng",
                "3. Phong trào toàn dân bảo vệ an ninh Tổ quốc", "4. Cải cách hành chính, dịch vụ công");
        assertThat(row(GroupAttainmentChart.TOTAL)).containsExactly(4, 5, 6, 3);
        assertThat(row(GroupAttainmentChart.MET)).containsExactly(3, 5, 2, 0);
    }

    @Test
    void metIsDarkOverAPaleTotalAndTheLegendSaysWhichIsWhich() {
        assertThat(renderer.getItemPaint(GroupAttainmentChart.TOTAL, 0)).isEqualTo(ChartStyle.PALE);
        assertThat(renderer.getItemPaint(GroupAttainmentChart.MET, 0)).isEqualTo(ChartStyle.DARK);
        assertThat(ChartReading.legend(plot)).containsExactly("Tổng số tiêu chí", "Số tiêu chí đạt");
    }

    @Test
    void eachGroupIsLabelledMetOutOfTotalOnce() {
        List<String> labels = IntStream.range(0, data.getColumnCount())
                .mapToObj(column -> renderer.getItemLabelGenerator(GroupAttainmentChart.TOTAL, column)
                        .generateLabel(data, GroupAttainmentChart.TOTAL, column))
                .toList();

        assertThat(labels).containsExactly("3/4", "5/5", "2/6", "0/3");
        assertThat(renderer.isItemLabelVisible(GroupAttainmentChart.TOTAL, 0)).isTrue();
        assertThat(renderer.isItemLabelVisible(GroupAttainmentChart.MET, 0)).isFalse();
    }

    @Test
    void theCountAxisStartsAtZeroAndReachesPastTheLargestGroup() {
        assertThat(plot.getRangeAxisEdge()).isEqualTo(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(6);
    }

    private List<Integer> row(int row) {
        return IntStream.range(0, data.getColumnCount()).mapToObj(column -> data.getValue(row, column).intValue()).toList();
    }
}
