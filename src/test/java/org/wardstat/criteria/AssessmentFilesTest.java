package org.wardstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.system.Messages;

/** The assessments file: what it holds, and what a bad row is told. */
class AssessmentFilesTest {

    static final Catalog VOCABULARY = new Catalog(AttainmentTest.INDICATORS, CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));
    static final List<CriteriaCatalog> CATALOGS = CriteriaFiles.read(Path.of("catalog/criteria/catalogs.csv"), AttainmentTest.INDICATORS,
            Messages.vietnamese());
    static final String HEADER = "ward,catalog,criterion,year,status,date,evidence\n";

    @TempDir
    Path folder;

    private List<Assessment> read(String rows) throws IOException {
        Path file = folder.resolve("danh-gia.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return AssessmentFiles.read(file, VOCABULARY, CATALOGS, Messages.vietnamese());
    }

    private String error(String rows) throws IOException {
        try {
            read(rows);
        } catch (CatalogFileException e) { // a CriteriaFileException, or the CSV reader's own for a malformed row
            return e.getMessage();
        }
        throw new AssertionError("the file loaded");
    }

    @Test
    void theSampleAssessments() {
        List<Assessment> sample = AssessmentFiles.read(Path.of("sample-data/assessments.csv"), VOCABULARY, CATALOGS, Messages.vietnamese());

        assertThat(sample).hasSize(120);
        assertThat(sample).filteredOn(a -> a.status() == Verdict.UNMET).hasSize(7);
        assertThat(sample.get(0)).isEqualTo(new Assessment("dien-bien", "5764-QD-BCA-V05", "party-cell", 2022, Verdict.MET,
                LocalDate.of(2022, 9, 15), "Chi bộ được xếp loại hoàn thành tốt nhiệm vụ (Công an quận Ba Đình kiểm tra)", "assessments.csv:2"));
    }

    @Test
    void statusInVietnameseOrEnglishCriterionByCodeOrNumberDateInEitherForm() throws IOException {
        List<Assessment> read = read("""
                tao-xuyen,639-QD-BCA-V05,party-cell,2024,Đạt,20/12/2024,Biên bản kiểm tra
                tao-xuyen,639-QD-BCA-V05,7,2024,chua dat,2025-01-05,
                tao-xuyen,639-QD-BCA-V05,conduct,2024,met,1/2/2025,
                tao-xuyen,639-QD-BCA-V05,online-services,2024,unmet,31/12/2024,"Chưa có dịch vụ công trực tuyến, đang triển khai"
                """);

        assertThat(read).extracting(Assessment::criterion, Assessment::status, Assessment::assessedOn, Assessment::evidence, Assessment::source)
                .containsExactly(
                        tuple("party-cell", Verdict.MET, LocalDate.of(2024, 12, 20), "Biên bản kiểm tra", "danh-gia.csv:2"),
                        tuple("equipment", Verdict.UNMET, LocalDate.of(2025, 1, 5), "", "danh-gia.csv:3"),
                        tuple("conduct", Verdict.MET, LocalDate.of(2025, 2, 1), "", "danh-gia.csv:4"),
                        tuple("online-services", Verdict.UNMET, LocalDate.of(2024, 12, 31), "Chưa có dịch vụ công trực tuyến, đang triển khai",
                                "danh-gia.csv:5"));
    }

    @Test
    void eachBadRowIsToldWithTheFileLineAndReason() throws IOException {
        String good = "tao-xuyen,639-QD-BCA-V05,party-cell,2024,đạt,20/12/2024,\n";
        assertThat(error(good + "phuong-moi,639-QD-BCA-V05,party-cell,2024,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 3: tiêu chí “party-cell”: không có đơn vị mã “phuong-moi” trong danh mục đơn vị");
        assertThat(error("tp-thanh-hoa,639-QD-BCA-V05,party-cell,2024,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: đơn vị “tp-thanh-hoa” là cấp district, không phải phường: "
                        + "chỉ đánh giá tiêu chí cho phường");
        assertThat(error("tao-xuyen,639/QĐ-BCA-V05,party-cell,2024,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: không có bộ tiêu chí “639/QĐ-BCA-V05” (có: 5764-QD-BCA-V05, 639-QD-BCA-V05)");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,chi-bo,2024,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “chi-bo”: bộ tiêu chí “639-QD-BCA-V05” không có tiêu chí mã hoặc số “chi-bo”");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,hq-area,2024,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “hq-area”: tiêu chí “hq-area” được tính từ số liệu theo quy tắc "
                        + "“hq_floor_area >= 160”, không nhận đánh giá");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,2024,tốt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: trạng thái “tốt” không hợp lệ: ghi “đạt” hoặc “chưa đạt”");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,2024,đạt,31/02/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: ngày “31/02/2024” không hợp lệ: ghi dd/mm/yyyy (ví dụ 15/12/2022) "
                        + "hoặc yyyy-mm-dd");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,năm nay,đạt,20/12/2024,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: năm “năm nay” không hợp lệ (ví dụ 2024)");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,2023,đạt,20/12/2023,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: bộ tiêu chí “639-QD-BCA-V05” không áp dụng cho năm 2023 (áp dụng 2024–)");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,2024,đạt,20/12/2023,\n"))
                .isEqualTo("danh-gia.csv, dòng 2: tiêu chí “party-cell”: ngày đánh giá 20/12/2023 trước năm được đánh giá 2024");
        assertThat(error(good + good))
                .isEqualTo("danh-gia.csv, dòng 3: tiêu chí “party-cell”: phường tao-xuyen đã có đánh giá tiêu chí này cho năm 2024 ở dòng 2");
        assertThat(error("tao-xuyen,639-QD-BCA-V05,party-cell,2024,đạt\n"))
                .isEqualTo("danh-gia.csv, dòng 2: số cột không khớp với dòng tiêu đề");
    }
}
