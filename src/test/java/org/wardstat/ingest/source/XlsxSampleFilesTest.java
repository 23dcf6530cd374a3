package org.wardstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The committed sample workbooks read exactly as their README says. */
class XlsxSampleFilesTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(XlsxSampleFilesTest.class.getResource("/files/" + name).toURI());
    }

    private static SourceRow row(String sheet, long number, String... cells) {
        return new SourceRow(sheet, number, List.of(cells));
    }

    @Test
    void wideWorkbookWithVietnameseHeaders() throws Exception {
        try (XlsxTableReader reader = new XlsxTableReader(resource("wide-vietnamese-headers.xlsx"), null)) {
            assertThat(XlsxTableReaderTest.readAll(reader)).containsExactly(
                    row("Số liệu", 1, "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                            "Tai nạn giao thông (số vụ)", "Cháy, nổ (thiệt hại)"),
                    row("Số liệu", 2, "duc-xuan", "Phường Đức Xuân", "01/2025", "2", "1", "0,35"),
                    row("Số liệu", 3, "song-cau", "Phường Sông Cầu", "01/2025", "0", "3", "0"),
                    row("Số liệu", 4, "xuat-hoa", "Phường Xuất Hóa", "01/2025", "1", "", "1,2"),
                    row("Ghi chú", 1, "Ghi chú"),
                    row("Ghi chú", 2, "Số liệu tháng 01/2025 của các phường thuộc Thành phố Bắc Kạn; ô trống là chưa báo cáo."));
        }
    }

    @Test
    void longWorkbookWithPeriodsAsDates() throws Exception {
        try (XlsxTableReader reader = new XlsxTableReader(resource("long-layout.xlsx"), "Dữ liệu")) {
            assertThat(XlsxTableReaderTest.readAll(reader)).containsExactly(
                    row("Dữ liệu", 1, "Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Ghi chú"),
                    row("Dữ liệu", 2, "duc-xuan", "2025-01", "social_order_crimes", "2"),
                    row("Dữ liệu", 3, "duc-xuan", "2025-01", "Tai nạn giao thông (số vụ)", "1", "xe máy"),
                    row("Dữ liệu", 4, "duc-xuan", "2025-01", "Cháy, nổ (thiệt hại)", "0,35"),
                    row("Dữ liệu", 5, "song-cau", "2025-01", "social_order_crimes", "0"),
                    row("Dữ liệu", 6, "song-cau", "2025-01", "Tai nạn giao thông (số vụ)", "3", "2 vụ trên quốc lộ 3"),
                    row("Dữ liệu", 7, "xuat-hoa", "2025-01", "hotspots", "1", "tụ điểm ma túy"));
        }
    }
}
