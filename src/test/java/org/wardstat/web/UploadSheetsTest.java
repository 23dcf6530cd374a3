package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.users.Role;

/** Sheets as wards make them, sent from the browser: the month and the form profile on the upload page, names in the sender's unit. */
class UploadSheetsTest extends WebTest {

    static final Path REAL = Path.of("src/test/resources/files/real");

    @BeforeEach
    void anAnalystOfBacKanAndAWardOfTheSameNameElsewhere() {
        user("an.bk", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        catalogs.saveOrgUnits(List.of(
                new OrgUnit("thai-nguyen", "vn", "province", "Tỉnh Thái Nguyên", "Thai Nguyen province"),
                new OrgUnit("tp-thai-nguyen", "thai-nguyen", "district", "Thành phố Thái Nguyên", "Thai Nguyen city"),
                new OrgUnit("song-cau-tn", "tp-thai-nguyen", "ward", "Phường Sông Cầu", "Song Cau ward")));
    }

    @Test
    void aSheetWithoutItsMonthIsRefusedUntilTheMonthIsGivenAndNamesAreTheSendersWards() {
        WebSession analyst = signedIn("an.bk");
        byte[] csv = "Số liệu các phường\nTên đơn vị,Tệ nạn xã hội\nSông Cầu,2\nĐức Xuân,1\n".getBytes(StandardCharsets.UTF_8);

        assertThat(analyst.get("/uploads/new").text()).contains("Tháng, khi bảng không ghi tháng",
                "<option value=\"bc-01-cong-an-phuong\">bc-01-cong-an-phuong</option>");
        WebSession.Response refused = analyst.upload("cac-phuong.csv", csv, true);
        WebSession.Response badMonth = analyst.upload("cac-phuong.csv", csv, true, Map.of("period", "tháng mười"));
        WebSession.Response loaded = analyst.upload("cac-phuong.csv", csv, true, Map.of("period", "11/2024"));

        assertThat(refused.text()).contains("không xác định được kỳ báo cáo");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.text()).contains("“tháng mười” không phải một tháng");
        assertThat(loaded.status()).isEqualTo(200);
        assertThat(loaded.text()).contains("Kết quả: đã nạp", "Bảng số liệu: kỳ báo cáo 11/2024 lấy từ tham số --period",
                "Bảng số liệu: tên phường được tìm trong Thành phố Bắc Kạn");
        // "Sông Cầu" is two wards in the country and one in the sender's city
        assertThat(jdbc.sql("select org_unit_code || ' ' || value::int from observation order by 1").query(String.class).list())
                .containsExactly("duc-xuan 1", "song-cau 2");
        assertThat(jdbc.sql("select channel || ' ' || submitted_by from source_file").query(String.class).single()).isEqualTo("upload an.bk");
    }

    @Test
    void aFormProfileIsChosenOnTheUploadPage() throws IOException {
        WebSession.Response loaded = signedIn("an.bk").upload("bieu-bc01.xlsx",
                Files.readAllBytes(REAL.resolve("bieu-bc01-duc-xuan-thang-11-2024.xlsx")), true, Map.of("form", "bc-01-cong-an-phuong"));

        assertThat(loaded.text()).contains("Kết quả: đã nạp", "Trang tính “BC-01”: kỳ báo cáo 11/2024 lấy từ ô D5");
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan' and period = date '2024-11-01'")).isEqualTo(15);
        // only a profile of forms/, by its name: never a path the sender chooses
        WebSession.Response elsewhere = signedIn("an.bk").upload("bieu-bc01.xlsx",
                Files.readAllBytes(REAL.resolve("bieu-bc01-duc-xuan-thang-11-2024.xlsx")), true, Map.of("form", "../forms/bc-01-cong-an-phuong"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.text()).contains("Không nạp tệp: không dùng được biểu mẫu ../forms/bc-01-cong-an-phuong.");
    }
}
