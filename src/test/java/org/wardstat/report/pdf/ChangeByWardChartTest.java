package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

class ChangeByWardChartTest {

    private final JFreeChart chart = ChangeByWardChart.of(ChartSamples.changes());
    private final CategoryPlot plot = chart.getCategoryPlot();
    private final CategoryDataset data = plot.getDataset();

    @Test
    void oneHorizontalBarPerWardInTheGivenOrderWithANullForTheWardThatCannotBeCompared() {
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("Phường Đức Xuân", "Phường Sông Cầu",
                "Phường Nguyễn Thị Minh Khai", "Phường Xuất Hóa", "Phường Phùng Chí Kiên");
        assertThat(values()).containsExactly(3.0, -2.0, 0.0, null, -5.0);
        assertThat(chart.getTitle().getText()).isEqualTo("Thay đổi số vụ tội phạm về trật tự xã hội so với cùng kỳ");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Số vụ tăng (+), giảm (−)");
    }

    @Test
    void aRiseOfCrimesIsTheOnlyBarInTheWarningColour() {
        assertThat(paints(chart)).containsExactly(ChartStyle.WARNING, ChartStyle.LIGHT, ChartStyle.LIGHT, ChartStyle.LIGHT, ChartStyle.LIGHT);
    }

    @Test
    void forAGoodIndicatorTheFallsAreTheWarnings() {
        ReportContent.ChangeChart rates = new ReportContent.ChangeChart("Tỷ lệ", "điểm %", List.of("A", "B", "C"),
                ChartSamples.numbers("2.5", "-1.25", "0"), false);

        JFreeChart good = ChangeByWardChart.of(rates);

        assertThat(paints(good)).containsExactly(ChartStyle.LIGHT, ChartStyle.WARNING, ChartStyle.LIGHT);
        assertThat(labels(good)).containsExactly("+2,5", "\u22121,25", "0");
        assertThat(labels(ChangeByWardChart.of(rates, Messages.forLanguage("en")))).containsExactly("+2.5", "\u22121.25", "0");
    }

    @Test
    void everyBarIsLabelledWithItsSignedValueAndTheMissingWardWithWords() {
        assertThat(labels(chart)).containsExactly("+3", "\u22122", "0", "", "\u22125");
        assertThat((List<?>) plot.getAnnotations()).singleElement().isInstanceOfSatisfying(CategoryTextAnnotation.class, note -> {
            assertThat(note.getText()).isEqualTo("không so sánh được");
            assertThat(note.getCategory().toString()).isEqualTo("Phường Xuất Hóa");
            // the falls reach further (−5) than the rises (+3): written leftwards, ending just short of zero
            assertThat(note.getTextAnchor()).isEqualTo(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
            assertThat(note.getValue()).isCloseTo(-0.15, org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Test
    void theValueAxisSpansBothSidesOfZeroWithRoomForTheLabels() {
        assertThat(plot.getRangeAxisEdge()).isEqualTo(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(-5);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(3);
    }

    @Test
    void twoWardsOfTheSameNameKeepTheirOwnBars() {
        JFreeChart twins = ChangeByWardChart.of(new ReportContent.ChangeChart("t", "a", List.of("Phường 1", "Phường 1"),
                ChartSamples.numbers("1", "-1"), true));

        assertThat(twins.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(2);
    }

    private List<Double> values() {
        List<Double> values = new ArrayList<>();
        for (int column = 0; column < data.getColumnCount(); column++) {
            Number value = data.getValue(0, column);
            values.add(value == null ? null : value.doubleValue());
        }
        return values;
    }

    private static List<Object> paints(JFreeChart chart) {
        CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
        int columns = chart.getCategoryPlot().getDataset().getColumnCount();
        return IntStream.range(0, columns).mapToObj(column -> (Object) renderer.getItemPaint(0, column)).toList();
    }

    private static List<String> labels(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryItemRenderer renderer = plot.getRenderer();
        return IntStream.range(0, plot.getDataset().getColumnCount()).mapToObj(column -> {
            assertThat(renderer.isItemLabelVisible(0, column)).isTrue();
            return renderer.getItemLabelGenerator(0, column).generateLabel(plot.getDataset(), 0, column);
        }).toList();
    }
}
