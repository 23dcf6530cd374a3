package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

class RolloutBandChartTest {

    private final JFreeChart chart = RolloutBandChart.of(ChartSamples.rollout());
    private final CategoryPlot plot = chart.getCategoryPlot();
    private final CategoryDataset percents = plot.getDataset(RolloutBandChart.PERCENT_DATASET);
    private final IntervalCategoryDataset band = (IntervalCategoryDataset) plot.getDataset(RolloutBandChart.BAND_DATASET);

    @Test
    void theRecognisedShareIsABarPerYearWithNoBarForAYearWithoutWards() {
        assertThat(percents.getColumnKeys()).containsExactly("2021", "2022", "2023", "2024", "2025", "2026");
        assertThat(values(percents.getColumnCount(), column -> percents.getValue(0, column)))
                .containsExactly(0.0, 16.67, 33.33, 50.0, 100.0, null);
    }

    @Test
    void theTargetBandIsAnIntervalPerYearAndNoneWhereThereIsNoBand() {
        assertThat(band.getColumnKeys()).containsExactly("2021", "2022", "2023", "2024", "2025", "2026");
        assertThat(values(band.getColumnCount(), column -> band.getStartValue(0, column)))
                .containsExactly(null, 20.0, 20.0, 20.0, 50.0, 80.0);
        assertThat(values(band.getColumnCount(), column -> band.getEndValue(0, column)))
                .containsExactly(null, 40.0, 40.0, 40.0, 70.0, 100.0);
    }

    @Test
    void theBarsCarryTheReportsOwnPercentTextsOverAPaleDashedBand() {
        CategoryItemRenderer bars = plot.getRenderer(RolloutBandChart.PERCENT_DATASET);
        List<String> labels = IntStream.range(0, 5)
                .mapToObj(column -> bars.getItemLabelGenerator(0, column).generateLabel(percents, 0, column)).toList();

        assertThat(labels).containsExactly("0%", "16,67%", "33,33%", "50%", "100%");
        assertThat(bars.getItemPaint(0, 0)).isEqualTo(ChartStyle.DARK);
        assertThat(plot.getRenderer(RolloutBandChart.BAND_DATASET).getItemOutlineStroke(0, 1))
                .isInstanceOfSatisfying(java.awt.BasicStroke.class, stroke -> assertThat(stroke.getDashArray()).isNotNull());
    }

    @Test
    void aLabelGoesInsideABarThatReachesTheTopInWhiteAndAboveTheOthersInBlack() {
        CategoryItemRenderer bars = plot.getRenderer(RolloutBandChart.PERCENT_DATASET);

        assertThat(bars.getPositiveItemLabelPosition(0, 4).getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.INSIDE12);
        assertThat(bars.getItemLabelPaint(0, 4)).isEqualTo(Color.WHITE);
        assertThat(bars.getPositiveItemLabelPosition(0, 3).getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE12);
        assertThat(bars.getItemLabelPaint(0, 3)).isEqualTo(Color.BLACK);
    }

    @Test
    void theLegendNamesTheShareAndTheBand() {
        assertThat(ChartReading.legend(plot))
                .containsExactlyInAnyOrder("Tỷ lệ phường được công nhận", "Khoảng mục tiêu của năm");
    }

    @Test
    void thePercentAxisRunsFromZeroToAHundred() {
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100);
        assertThat(plot.getRangeAxis().isAutoRange()).isFalse();
    }

    private static List<Double> values(int count, IntFunction<Number> value) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Number number = value.apply(i);
            values.add(number == null ? null : number.doubleValue());
        }
        return values;
    }
}
