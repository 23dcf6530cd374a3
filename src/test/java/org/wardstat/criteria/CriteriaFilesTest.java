package org.wardstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.catalog.Indicator;
import org.wardstat.system.Messages;

/** The shipped criteria catalogs, and what a user's broken edit of them is told. */
class CriteriaFilesTest {

    static final Path SHIPPED = Path.of("catalog/criteria");
    static final List<Indicator> INDICATORS = AttainmentTest.INDICATORS;

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheShippedCatalogs() throws IOException {
        copy(SHIPPED, folder);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** Replaces text on one line (1 = the header) of a file in the copy. */
    static void edit(Path file, int line, String from, String to) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            assertThat(lines.get(line - 1)).as("line %d of %s", line, file).contains(from);
            lines.set(line - 1, lines.get(line - 1).replace(from, to));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CriteriaCatalog> read() {
        return CriteriaFiles.read(folder.resolve("catalogs.csv"), INDICATORS, Messages.vietnamese());
    }

    private CriteriaFileException broken() {
        try {
            read();
        } catch (CriteriaFileException e) {
            return e;
        }
        throw new AssertionError("the catalog loaded");
    }

    @Test
    void theShippedCatalogsHave22ProvisionalCriteriaAnd20InTheSevenGroupsOf639() {
        List<CriteriaCatalog> catalogs = read();

        assertThat(catalogs).extracting(CriteriaCatalog::code, CriteriaCatalog::firstYear, CriteriaCatalog::lastYear, c -> c.criteria().size(),
                        c -> c.groups().size())
                .containsExactly(tuple("5764-QD-BCA-V05", 2021, 2023, 22, 6), tuple("639-QD-BCA-V05", 2024, null, 20, 7));
        CriteriaCatalog current = catalogs.get(1);
        assertThat(current.groups()).extracting(CriterionGroup::nameVi).containsExactly(
                "Xây dựng Đảng, xây dựng hệ thống chính trị phường",
                "Xây dựng lực lượng Công an phường",
                "Đảm bảo về trụ sở, cơ sở vật chất, kinh phí, trang thiết bị, phương tiện",
                "Công tác quản lý nhà nước về an ninh, trật tự",
                "Công tác phòng, chống tội phạm",
                "Công tác xây dựng phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và văn minh đô thị",
                "Công tác cải cách hành chính");
        // the group names are the decision's; the criteria's wording is sample text until the official one is typed in
        assertThat(current.groups()).noneMatch(CriterionGroup::sampleWording);
        assertThat(catalogs.get(0).groups()).allMatch(CriterionGroup::sampleWording);
        assertThat(catalogs).flatExtracting(CriteriaCatalog::criteria).allMatch(Criterion::sampleWording);
        // criterion 6 of 639 is the headquarters (Khuê Trung, Đà Nẵng, missed no. 6 only)
        assertThat(current.criterion("6")).get().satisfies(c -> {
            assertThat(c.code()).isEqualTo("hq-area");
            assertThat(c.group()).isEqualTo(3);
            assertThat(c.rule().text()).isEqualTo("hq_floor_area >= 160");
        });
        assertThat(current.criterion("clearance")).get().satisfies(c -> {
            assertThat(c.zeroBase()).isEqualTo(Verdict.MET);
            assertThat(c.noPrior()).isNull();
            assertThat(c.line()).isEqualTo(14);
        });
        assertThat(current.criterion("crime-trend").orElseThrow().noPrior()).isEqualTo(Verdict.UNMET);
        assertThat(catalogs.get(0).criterion("crime-trend").orElseThrow().noPrior()).isEqualTo(Verdict.MET);
        assertThat(current.criteria()).filteredOn(Criterion::computed).hasSize(11);
        assertThat(CriteriaCatalog.forYear(catalogs, 2022)).get().extracting(CriteriaCatalog::code).isEqualTo("5764-QD-BCA-V05");
        assertThat(CriteriaCatalog.forYear(catalogs, 2030)).get().extracting(CriteriaCatalog::code).isEqualTo("639-QD-BCA-V05");
        assertThat(CriteriaCatalog.forYear(catalogs, 2020)).isEmpty();
    }

    @Test
    void anUnknownIndicatorInARuleNamesTheFileLineAndCriterion() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 7, "hq_floor_area >= 160", "hq_area >= 160");

        CriteriaFileException e = broken();

        assertThat(e.getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 7: tiêu chí “hq-area”: quy tắc “hq_area >= 160”: "
                + "không có chỉ tiêu “hq_area” trong danh mục chỉ tiêu (catalog/indicators.csv)");
        assertThat(e.file().getFileName().toString()).isEqualTo("639-QD-BCA-V05.csv");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.criterion()).isEqualTo("hq-area");
    }

    @Test
    void aSyntaxErrorAndAnUnknownOperator() {
        edit(folder.resolve("5764-QD-BCA-V05.csv"), 14, "clearance_rate >= 90", "clearance_rate >= ");
        assertThat(broken().getMessage()).isEqualTo("5764-QD-BCA-V05.csv, dòng 14: tiêu chí “clearance”: quy tắc “clearance_rate >=”: "
                + "thiếu vế so sánh quanh “>=”");

        edit(folder.resolve("5764-QD-BCA-V05.csv"), 14, "clearance_rate >= ", "clearance_rate => 90");
        assertThat(broken().getMessage()).isEqualTo("5764-QD-BCA-V05.csv, dòng 14: tiêu chí “clearance”: quy tắc “clearance_rate => 90”: "
                + "phép so sánh “=>” không hợp lệ, dùng >=, <=, =, > hoặc <");
    }

    @Test
    void aDuplicateCriterionCodeOrNumber() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 17, "6,16,security-teams", "6,16,hotspots");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 17: tiêu chí “hotspots”: mã tiêu chí bị trùng với dòng 16");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 17, "6,16,hotspots", "6,15,security-teams");
        assertThat(broken().getMessage())
                .isEqualTo("639-QD-BCA-V05.csv, dòng 17: tiêu chí “security-teams”: số thứ tự 15 đã dùng cho tiêu chí “hotspots” (dòng 16)");
    }

    @Test
    void aComputedCriterionWithoutARuleAndAnAssessedOneWithOne() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 16, "computed,hotspots = 0", "computed,");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 16: tiêu chí “hotspots”: "
                + "là tiêu chí tính từ số liệu (computed) nhưng cột rule để trống");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 16, "computed,", "assessed,hotspots = 0");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 16: tiêu chí “hotspots”: "
                + "là tiêu chí đánh giá (assessed) nên không có quy tắc: xóa nội dung cột rule, hoặc đổi kind thành computed");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 16, "assessed,hotspots = 0", "tự động,hotspots = 0");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 16: tiêu chí “hotspots”: "
                + "cột kind phải là computed (tính từ số liệu) hoặc assessed (đánh giá), gặp “tự động”");
    }

    @Test
    void anUnknownGroup() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 21, "7,20,online-services", "8,20,online-services");

        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 21: tiêu chí “online-services”: "
                + "nhóm 8 không có trong groups.csv của bộ tiêu chí “639-QD-BCA-V05”");
    }

    @Test
    void whatAZeroBaseOrAMissingYearBeforeCountsAsMustBeWrittenWhereItApplies() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 14, "clearance_rate >= 90,đạt,", "clearance_rate >= 90,,");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 14: tiêu chí “clearance”: quy tắc dùng tỷ lệ clearance_rate: "
                + "ghi ở cột zero_base “đạt” hoặc “chưa đạt” cho trường hợp mẫu số bằng 0 (không phát sinh)");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 14, "clearance_rate >= 90,,", "clearance_rate >= 90,có,");
        assertThat(broken().getMessage()).endsWith("cột zero_base phải ghi “đạt” hoặc “chưa đạt”, gặp “có”");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 14, "clearance_rate >= 90,có,", "clearance_rate >= 90,đạt,đạt");
        assertThat(broken().getMessage()).endsWith("cột no_prior chỉ dùng khi quy tắc có prior(…), quy tắc “clearance_rate >= 90” không có");

        edit(folder.resolve("639-QD-BCA-V05.csv"), 13, "prior(social_order_crimes),,chưa đạt", "prior(social_order_crimes),,");
        edit(folder.resolve("639-QD-BCA-V05.csv"), 14, "clearance_rate >= 90,đạt,đạt", "clearance_rate >= 90,đạt,");
        assertThat(broken().getMessage()).isEqualTo("639-QD-BCA-V05.csv, dòng 13: tiêu chí “crime-trend”: quy tắc so với cùng kỳ năm trước (prior): "
                + "ghi ở cột no_prior “đạt” hoặc “chưa đạt” cho trường hợp năm trước không có số liệu");
    }

    @Test
    void theListOfCatalogsAndItsGroups() throws IOException {
        edit(folder.resolve("catalogs.csv"), 3, ",2024,,639", ",2023,,639");
        assertThat(broken().getMessage()).isEqualTo("catalogs.csv, dòng 3: bộ tiêu chí “639-QD-BCA-V05” áp dụng cho năm 2023, "
                + "trùng với bộ “5764-QD-BCA-V05” (dòng 2): mỗi năm chỉ áp dụng một bộ");

        edit(folder.resolve("catalogs.csv"), 3, ",2023,,639-QD-BCA-V05.csv", ",2024,,639.csv");
        assertThat(broken().getMessage()).startsWith("catalogs.csv, dòng 3: không tìm thấy tệp tiêu chí ").endsWith("639.csv");

        edit(folder.resolve("catalogs.csv"), 3, ",2024,,639.csv", ",2024,,639-QD-BCA-V05.csv");
        edit(folder.resolve("groups.csv"), 9, "639-QD-BCA-V05,2,", "639-QD-BCA-V05,1,");
        assertThat(broken().getMessage()).isEqualTo("groups.csv, dòng 9: nhóm 1 của bộ “639-QD-BCA-V05” bị trùng với dòng 8");

        edit(folder.resolve("groups.csv"), 9, "639-QD-BCA-V05,1,", "639-QD-BCA-V06,2,");
        assertThat(broken().getMessage())
                .isEqualTo("groups.csv, dòng 9: không có bộ tiêu chí “639-QD-BCA-V06” trong catalogs.csv (có: 5764-QD-BCA-V05, 639-QD-BCA-V05)");
    }

    @Test
    void theMessageIsInEnglishOnRequest() {
        edit(folder.resolve("639-QD-BCA-V05.csv"), 7, "hq_floor_area >= 160", "hq_floor_area >== 160");

        assertThatThrownBy(() -> CriteriaFiles.read(folder.resolve("catalogs.csv"), INDICATORS, Messages.forLanguage("en")))
                .isInstanceOf(CriteriaFileException.class)
                .hasMessage("639-QD-BCA-V05.csv, line 7: criterion “hq-area”: rule “hq_floor_area >== 160”: "
                        + "unknown comparison “>==”: use >=, <=, =, > or <");
    }
}
