package org.wardstat.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;

/** Every problem in a rollout file is named with the file, the line, the column and the reason. */
class RolloutFilesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    static final String DESIGNATIONS = "ward_code,year_selected,year_recognised,decision_number,decision_date,note\n";
    static final String TARGETS = "area_code,year,lower_percent,upper_percent,note\n";
    static final Catalog CATALOG = catalogWithAnEmptyProvince();

    @TempDir
    Path folder;

    private static Catalog catalogWithAnEmptyProvince() {
        List<OrgUnit> units = new ArrayList<>(CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));
        units.add(new OrgUnit("lao-cai", "vn", "province", "Tỉnh Lào Cai", "Lao Cai province"));
        return new Catalog(List.of(), units);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void designationsRefused(String rows, String message) throws IOException {
        Path file = file("designations.csv", DESIGNATIONS + rows);
        assertThatThrownBy(() -> RolloutFiles.readDesignations(file, CATALOG, TODAY))
                .isInstanceOf(CatalogFileException.class).hasMessage(message);
    }

    private void targetsRefused(String rows, String message) throws IOException {
        Path file = file("rollout-targets.csv", TARGETS + rows);
        assertThatThrownBy(() -> RolloutFiles.readTargets(file, CATALOG))
                .isInstanceOf(CatalogFileException.class).hasMessage(message);
    }

    @Test
    void theSampleFilesAreRead() {
        List<Designation> designations = RolloutFiles.readDesignations(Path.of("sample-data/designations.csv"), CATALOG, TODAY);
        List<RolloutTarget> targets = RolloutFiles.readTargets(Path.of("sample-data/rollout-targets.csv"), CATALOG);

        assertThat(designations).hasSize(11);
        assertThat(designations).filteredOn(d -> d.yearRecognised() != null).extracting(Designation::wardCode)
                .containsExactly("duc-xuan", "xuat-hoa", "quan-thanh", "kim-ma", "phu-la", "tan-dong", "tao-xuyen");
        assertThat(designations.get(1)).isEqualTo(new Designation("xuat-hoa", 2024, 2024, "2878/QĐ-BCA", LocalDate.of(2025, 4, 22),
                designations.get(1).note()));
        assertThat(designations.get(3).note()).contains("21/22");
        assertThat(targets).hasSize(6).extracting(RolloutTarget::areaCode).containsOnly("bac-kan", "ha-noi", "binh-phuoc");
        assertThat(targets.get(4)).extracting(RolloutTarget::year, RolloutTarget::lowerPercent, RolloutTarget::upperPercent)
                .containsExactly(2025, new BigDecimal("30"), new BigDecimal("50"));
    }

    @Test
    void aDesignationMustNameAWardInTheCatalog() throws IOException {
        designationsRefused("duc-xuan,2023,,,,\nkhong-co,2023,,,,\n",
                "designations.csv, dòng 3: cột ward_code: không có đơn vị mã “khong-co” trong danh mục đơn vị");
        designationsRefused("tp-bac-kan,2023,,,,\n", "designations.csv, dòng 2: cột ward_code: “tp-bac-kan” là cấp district, không phải phường");
        designationsRefused(",2023,,,,\n", "designations.csv, dòng 2: cột ward_code: thiếu mã đơn vị");
        designationsRefused("duc-xuan,2023,,,,\nsong-cau,2024,,,,\nduc-xuan,2024,,,,\n",
                "designations.csv, dòng 4: cột ward_code: phường “duc-xuan” đã có ở dòng 2");
    }

    @Test
    void yearsMustBeYearsOfTheProgrammeInOrder() throws IOException {
        designationsRefused("duc-xuan,2019,,,,\n", "designations.csv, dòng 2: cột year_selected: năm 2019 nằm ngoài khoảng 2021–2026");
        designationsRefused("duc-xuan,2024,2027,1/QĐ-BCA,2026-01-01,\n",
                "designations.csv, dòng 2: cột year_recognised: năm 2027 nằm ngoài khoảng 2021–2026");
        designationsRefused("duc-xuan,năm 2023,,,,\n",
                "designations.csv, dòng 2: cột year_selected: “năm 2023” không phải là năm (viết 4 chữ số, ví dụ 2024)");
        designationsRefused("duc-xuan,,,,,\n", "designations.csv, dòng 2: cột year_selected: thiếu năm");
        designationsRefused("duc-xuan,2024,2023,1/QĐ-BCA,2024-04-19,\n",
                "designations.csv, dòng 2: cột year_recognised: năm công nhận 2023 trước năm được chọn 2024");
    }

    @Test
    void aWardIsSelectedAndRecognisedOnlyInYearsItExists() throws IOException {
        designationsRefused("phuong-ba-dinh,2024,,,,\n",
                "designations.csv, dòng 2: cột year_selected: phường “phuong-ba-dinh” không tồn tại trong năm 2024 (chỉ có từ ngày 01/07/2025)");
        designationsRefused("dien-bien,2021,2026,1/QĐ-BCA,2026-03-01,\n",
                "designations.csv, dòng 2: cột year_recognised: phường “dien-bien” không tồn tại trong năm 2026 (đã hết hiệu lực sau ngày 30/06/2025)");
    }

    @Test
    void aRecognitionHasItsDecisionAndADecisionItsRecognition() throws IOException {
        designationsRefused("duc-xuan,2023,2023,,2024-04-19,\n",
                "designations.csv, dòng 2: cột decision_number: phường được công nhận năm 2023 cần số quyết định, ví dụ 2878/QĐ-BCA");
        designationsRefused("duc-xuan,2023,2023,1152/QĐ-BCA,,\n",
                "designations.csv, dòng 2: cột decision_date: phường được công nhận năm 2023 cần ngày ký quyết định");
        designationsRefused("duc-xuan,2023,,1152/QĐ-BCA,,\n",
                "designations.csv, dòng 2: cột decision_number: có quyết định “1152/QĐ-BCA” nhưng không có năm công nhận (year_recognised)");
        designationsRefused("duc-xuan,2023,,,2024-04-19,\n",
                "designations.csv, dòng 2: cột decision_date: có ngày quyết định nhưng không có năm công nhận (year_recognised)");
        designationsRefused("xuat-hoa,2024,2024,2878/QĐ-BCA,22/4/2023,\n",
                "designations.csv, dòng 2: cột decision_date: quyết định ngày 22/04/2023 có trước năm được công nhận 2024");
        designationsRefused("xuat-hoa,2024,2025,2878/QĐ-BCA,2026-04-22,\n",
                "designations.csv, dòng 2: cột decision_date: ngày quyết định 22/04/2026 ở tương lai");
        designationsRefused("xuat-hoa,2024,2024,2878/QĐ-BCA,22-4-2025,\n",
                "designations.csv, dòng 2: ngày '22-4-2025' ở cột decision_date không hợp lệ (dùng 2025-07-01 hoặc 01/07/2025)");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAtItsHeader() throws IOException {
        Path file = file("designations.csv", "ward_code,year_selected,year_recognised,decision_number\nduc-xuan,2023,,\n");
        assertThatThrownBy(() -> RolloutFiles.readDesignations(file, CATALOG, TODAY))
                .hasMessage("designations.csv, dòng 1: thiếu cột 'decision_date'");
    }

    @Test
    void aTargetIsForAnAreaWithWards() throws IOException {
        targetsRefused("binh-phuoc,2025,30,50,\nkhong-co,2025,30,50,\n",
                "rollout-targets.csv, dòng 3: cột area_code: không có đơn vị mã “khong-co” trong danh mục đơn vị");
        targetsRefused("tan-dong,2025,30,50,\n",
                "rollout-targets.csv, dòng 2: cột area_code: “tan-dong” là một phường; mục tiêu đặt cho địa bàn có các phường (tỉnh, thành phố, quận)");
        targetsRefused("lao-cai,2025,30,50,\n",
                "rollout-targets.csv, dòng 2: cột area_code: địa bàn “lao-cai” không có phường nào trong danh mục đơn vị");
    }

    @Test
    void aTargetIsABandWithin0And100PercentOncePerAreaAndYear() throws IOException {
        targetsRefused("binh-phuoc,2025,50,30,\n", "rollout-targets.csv, dòng 2: cột lower_percent: cận dưới 50% lớn hơn cận trên 30%");
        targetsRefused("binh-phuoc,2030,100,120,\n", "rollout-targets.csv, dòng 2: cột upper_percent: tỷ lệ 120% nằm ngoài khoảng 0–100%");
        targetsRefused("binh-phuoc,2025,-5,50,\n",
                "rollout-targets.csv, dòng 2: cột lower_percent: “-5” không phải là tỷ lệ phần trăm (ví dụ 30 hoặc 32,5)");
        targetsRefused("binh-phuoc,2025,30,,\n", "rollout-targets.csv, dòng 2: cột upper_percent: thiếu tỷ lệ phần trăm");
        targetsRefused("binh-phuoc,2051,100,100,\n", "rollout-targets.csv, dòng 2: cột year: năm 2051 nằm ngoài khoảng 2021–2050");
        targetsRefused("binh-phuoc,2025,30,50,\nha-noi,2025,30,50,\nbinh-phuoc,2025,40,50,\n",
                "rollout-targets.csv, dòng 4: cột year: mục tiêu năm 2025 của “binh-phuoc” đã có ở dòng 2");
    }

    @Test
    void aLaterTargetBelowAnEarlierOneIsATypingError() throws IOException {
        targetsRefused("binh-phuoc,2030,10,100,\nbinh-phuoc,2025,32.5,50,\n",
                "rollout-targets.csv, dòng 2: cột lower_percent: mục tiêu năm 2030 (10%) thấp hơn mục tiêu năm 2025 (32,5%) của “binh-phuoc”");
    }

    @Test
    void percentagesMayBeWrittenTheVietnameseWay() throws IOException {
        Path file = file("rollout-targets.csv", TARGETS + "binh-phuoc,2025,\"32,5\",50%,\nbinh-phuoc,2030,100,100.0,\n");

        List<RolloutTarget> targets = RolloutFiles.readTargets(file, CATALOG);

        assertThat(targets).extracting(RolloutTarget::lowerPercent).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("32.5"), new BigDecimal("100"));
        assertThat(targets).extracting(RolloutTarget::upperPercent).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50"), new BigDecimal("100"));
    }
}
