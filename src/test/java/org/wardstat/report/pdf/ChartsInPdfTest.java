package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import org.junit.jupiter.api.Test;

/** The four charts as a reader of the PDF gets them: vector drawings whose Vietnamese labels are text. */
class ChartsInPdfTest {

    @Test
    void everyChartIsVectorAndItsVietnameseLabelsAreText() throws Exception {
        byte[] pdf = new TinyReport("Liberation Serif")
                .drawing(new JCommonDrawableRendererImpl(MonthlySeriesChart.of(ChartSamples.monthly())), 185)
                .drawing(new JCommonDrawableRendererImpl(ChangeByWardChart.of(ChartSamples.changes())), 195)
                .drawing(new JCommonDrawableRendererImpl(GroupAttainmentChart.of(ChartSamples.groups())), 185)
                .drawing(new JCommonDrawableRendererImpl(RolloutBandChart.of(ChartSamples.rollout())), 200)
                .pdf();
        // kept for a look: pdftoppm -png -r 60 target/charts.pdf target/charts
        Files.write(Path.of("target/charts.pdf"), pdf);

        PdfReading reading = PdfReading.of(pdf);

        assertThat(reading.images()).as("raster images").isEmpty();
        assertThat(reading.fonts()).isNotEmpty().noneMatch(font -> font.endsWith("(not embedded)"));
        assertThat(reading.flowing()).contains(
                "Tội phạm về trật tự xã hội từng tháng năm 2023 so với năm 2022", "T12", "Năm 2022",
                "Thay đổi số vụ tội phạm về trật tự xã hội so với cùng kỳ", "Phường Nguyễn Thị Minh Khai", "+3", "\u22122",
                "không so sánh được",
                "Tiêu chí đạt theo nhóm", "3/4", "Số tiêu chí đạt", "Tổng số tiêu chí",
                "Tỷ lệ phường được công nhận so với mục tiêu", "16,67%", "100%", "Khoảng mục tiêu của năm");
    }
}
