package org.wardstat.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/**
 * Ward and group names on the charts are never cut: they wrap, and when they cannot fit the room
 * the chart has, the chart numbers them (the table beside names them) and says so. Read back from
 * the PDF as a reader would.
 */
class LongNamesTest {

    private static final String LONG = "Phường Có Tên Rất Dài Để Kiểm Tra Việc Xuống Dòng Của Nhãn Biểu Đồ Và Bảng";

    private static ReportContent.ChangeChart wards(List<String> names) {
        List<BigDecimal> changes = IntStream.range(0, names.size()).mapToObj(i -> BigDecimal.valueOf(i % 3 - 1)).toList();
        return new ReportContent.ChangeChart("Thay đổi theo phường", "vụ", names, changes, true);
    }

    private static String pdfText(JFreeChart chart, int height, String name) throws Exception {
        byte[] pdf = new TinyReport("Liberation Serif").drawing(new JCommonDrawableRendererImpl(chart), height).pdf();
        Files.write(Path.of("target", name), pdf); // kept for a look: pdftoppm -png -r 60 target/<name> target/x
        return PdfReading.of(pdf).flowing();
    }

    @Test
    void aLongWardNameWrapsWhole() throws Exception {
        JFreeChart chart = ChangeByWardChart.of(wards(List.of("=HYPERLINK(\"x\")", LONG, "Phường Nguyễn Thị Minh Khai Mở Rộng")),
                Messages.vietnamese());

        String text = pdfText(chart, (int) ChangeByWardChart.HEIGHT, "long-ward-names.pdf");

        for (String word : LONG.split(" ")) {
            assertThat(text).contains(word);
        }
        assertThat(text).contains("=HYPERLINK(\"x\")", "Mở Rộng").doesNotContain("…", "...");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isNull();
    }

    @Test
    void tooManyWardsToNameAreNumberedByTheirRowInTheRanking() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            names.add("Phường Số " + i + " Có Tên Dài Vừa Phải");
        }
        JFreeChart chart = ChangeByWardChart.of(wards(names), Messages.vietnamese());

        assertThat(chart.getCategoryPlot().getDataset().getColumnKeys()).extracting(Object::toString).startsWith("1", "", "3").endsWith("29", "");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("Số thứ tự trong bảng xếp hạng");
        assertThat(pdfText(chart, (int) ChangeByWardChart.HEIGHT, "many-wards.pdf")).doesNotContain("…", "...", "Có Tên Dài");
    }

    @Test
    void theSevenCriteriaGroupsAreNamedInFullOnTwoLines() throws Exception {
        List<ReportContent.GroupRow> groups = List.of(
                new ReportContent.GroupRow(1, "Xây dựng Đảng, xây dựng hệ thống chính trị phường", 2, 2),
                new ReportContent.GroupRow(2, "Xây dựng lực lượng Công an phường", 3, 3),
                new ReportContent.GroupRow(3, "Đảm bảo về trụ sở, cơ sở vật chất, kinh phí, trang thiết bị, phương tiện", 2, 2),
                new ReportContent.GroupRow(4, "Công tác quản lý nhà nước về an ninh, trật tự", 4, 4),
                new ReportContent.GroupRow(5, "Công tác phòng, chống tội phạm", 2, 4),
                new ReportContent.GroupRow(6, "Công tác xây dựng phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và văn minh đô thị", 2, 3),
                new ReportContent.GroupRow(7, "Công tác cải cách hành chính", 1, 2));
        JFreeChart chart = GroupAttainmentChart.of(new ReportContent.GroupChart("Số tiêu chí đạt theo nhóm", "Đạt", "Số tiêu chí", groups));

        String text = pdfText(chart, (int) GroupAttainmentChart.HEIGHT, "group-names.pdf");

        for (ReportContent.GroupRow group : groups) {
            for (String word : group.name().split(" ")) {
                assertThat(text).as(group.name()).contains(word);
            }
        }
        assertThat(text).doesNotContain("…", "...");
    }

    @Test
    void theWordsForAWardThatCannotBeComparedAreWhole() throws Exception {
        // Hà Nội 2025: only the merged ward is compared (−6); four wards have no figures this year
        List<BigDecimal> changes = new ArrayList<>(List.of(BigDecimal.valueOf(-6)));
        changes.addAll(java.util.Collections.nCopies(4, null));
        ReportContent.ChangeChart chart = new ReportContent.ChangeChart("Thay đổi theo phường", "vụ",
                List.of("Phường Ba Đình", "Phường Kim Mã", "Phường Mộ Lao", "Phường Phú La", "Phường Phú Thượng"), changes, true);

        String text = pdfText(ChangeByWardChart.of(chart, Messages.vietnamese()), (int) ChangeByWardChart.HEIGHT, "not-comparable.pdf");

        // written leftwards from zero, where the fall left room, not cut at the plot's right edge
        assertThat(text.split("không so sánh được", -1)).hasSize(5);
        assertThat(ChangeByWardChart.noteAnchor(changes)).isEqualTo(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
        assertThat(ChangeByWardChart.noteAnchor(List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(-1))))
                .isEqualTo(org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
    }
}
