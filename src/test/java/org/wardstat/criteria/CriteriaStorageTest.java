package org.wardstat.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/** Catalogs and assessments in the database: reloading is safe, edits take effect, a bad file changes nothing. */
class CriteriaStorageTest extends PipelineTest {

    @Autowired
    CriteriaLoader loader;
    @Autowired
    AttainmentService attainment;
    @Autowired
    IngestService ingest;

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheShippedCatalogs() throws IOException {
        CriteriaFilesTest.copy(CriteriaFilesTest.SHIPPED, folder);
    }

    private List<CriteriaCatalog> loadCatalogs() {
        return loader.loadCatalogs(folder.resolve("catalogs.csv"), Messages.vietnamese());
    }

    private String stored() {
        return jdbc.sql("""
                select (select string_agg(code || first_year || coalesce(last_year, 0) || source_file, ',' order by code) from criteria_catalog)
                    || (select string_agg(catalog_code || number || name_vi || sample_wording, ',' order by catalog_code, number) from criteria_group)
                    || (select string_agg(catalog_code || code || number || group_number || kind || coalesce(rule, '-')
                        || coalesce(zero_base, '-') || coalesce(no_prior, '-'), ',' order by catalog_code, code) from criterion)
                    || (select coalesce(string_agg(ward_code || criterion_code || year || status || evidence, ','
                        order by ward_code, catalog_code, criterion_code, year), '') from criterion_assessment)
                """).query(String.class).single();
    }

    private OrgUnit dienBien() {
        return catalogs.load().unit("dien-bien").orElseThrow();
    }

    @Test
    void theCatalogsAreReadAgainOnlyWhenACriteriaTableChanges() {
        loadCatalogs();
        List<CriteriaCatalog> first = attainment.catalogs();
        assertThat(attainment.catalogs()).isSameAs(first);
        // a threshold edited in SQL, as an administrator might: the next read has it, parsed
        jdbc.sql("update criterion set rule = 'clearance_rate >= 95' where rule = 'clearance_rate >= 90'").update();
        List<CriteriaCatalog> edited = attainment.catalogs();
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.stream().flatMap(c -> c.criteria().stream()).filter(c -> c.rule() != null)
                .map(c -> c.rule().text())).contains("clearance_rate >= 95").doesNotContain("clearance_rate >= 90");
        jdbc.sql("update criteria_group set name_vi = 'Nhóm đã sửa' where catalog_code = :code and number = 1")
                .param("code", first.get(0).code()).update();
        assertThat(attainment.catalogs().get(0).groups().get(0).nameVi()).isEqualTo("Nhóm đã sửa");
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        loadCatalogs();
        loader.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        String first = stored();

        loadCatalogs();
        loader.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());

        assertThat(stored()).isEqualTo(first);
        assertThat(count("select count(*) from criteria_catalog")).isEqualTo(2);
        assertThat(count("select count(*) from criteria_group")).isEqualTo(13);
        assertThat(count("select count(*) from criterion")).isEqualTo(42);
        assertThat(count("select count(*) from criterion where kind = 'computed'")).isEqualTo(21);
        assertThat(count("select count(*) from criterion_assessment")).isEqualTo(120);
        assertThat(jdbc.sql("select source from criterion_assessment where ward_code = 'tao-xuyen' and criterion_code = 'online-services'")
                .query(String.class).single()).isEqualTo("assessments.csv:121");
        // the stored rules read back into the same catalogs
        assertThat(attainment.catalogs()).isEqualTo(CriteriaFiles.read(folder.resolve("catalogs.csv"), catalogs.load().indicators(),
                Messages.vietnamese()));
    }

    @Test
    void anEditedThresholdTakesEffectOnTheNextLoad() {
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2022-2024.csv"), Messages.vietnamese());
        loadCatalogs();
        loader.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        assertThat(attainment.ward(dienBien(), 2022).met()).isEqualTo(21);

        CriteriaFilesTest.edit(folder.resolve("5764-QD-BCA-V05.csv"), 6, "hq_floor_area >= 160", "hq_floor_area >= 150");
        loadCatalogs();

        WardAttainment after = attainment.ward(dienBien(), 2022);
        assertThat(after.summary(true)).isEqualTo("đạt 22/22 tiêu chí");
        assertThat(after.results().get(4).reason(true)).isEqualTo("diện tích làm việc của trụ sở 152 m² ≥ 150 m²");
    }

    @Test
    void aBrokenCatalogChangesNothingStored() {
        loadCatalogs();
        String before = stored();
        // the first catalog is fine and would be saved first; the second is broken
        CriteriaFilesTest.edit(folder.resolve("5764-QD-BCA-V05.csv"), 6, "hq_floor_area >= 160", "hq_floor_area >= 150");
        CriteriaFilesTest.edit(folder.resolve("639-QD-BCA-V05.csv"), 16, "hotspots = 0", "hotspot = 0");

        assertThatThrownBy(this::loadCatalogs).isInstanceOf(CriteriaFileException.class)
                .hasMessageStartingWith("639-QD-BCA-V05.csv, dòng 16: tiêu chí “hotspots”");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCriterionPeopleAssessedIsNotDroppedByAnEditButAnUnassessedOneIs() throws IOException {
        loadCatalogs();
        loader.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        String before = stored();
        Path criteria = folder.resolve("639-QD-BCA-V05.csv");
        List<String> lines = Files.readAllLines(criteria, StandardCharsets.UTF_8);

        Files.write(criteria, lines.stream().filter(line -> !line.contains(",party-cell,")).toList(), StandardCharsets.UTF_8);
        assertThatThrownBy(this::loadCatalogs).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tệp tiêu chí không còn các tiêu chí đã có đánh giá: 639-QD-BCA-V05 / party-cell. "
                        + "Giữ lại các tiêu chí này trong tệp, hoặc xóa đánh giá của chúng trước.");
        assertThat(stored()).isEqualTo(before);

        Files.write(criteria, lines.stream().filter(line -> !line.contains(",hotspots,")).toList(), StandardCharsets.UTF_8);
        loadCatalogs();
        assertThat(count("select count(*) from criterion where catalog_code = '639-QD-BCA-V05'")).isEqualTo(19);
    }

    @Test
    void aLaterAssessmentOfTheSameWardCriterionAndYearReplacesTheEarlierOne() throws IOException {
        loadCatalogs();
        loader.loadAssessments(SAMPLES.resolve("assessments.csv"), Messages.vietnamese());
        Path later = folder.resolve("danh-gia-bo-sung.csv");
        Files.writeString(later, AssessmentFilesTest.HEADER
                + "song-cau,639-QD-BCA-V05,urban-civility,2024,đạt,10/01/2025,Đã gắn biển tuyến phố văn minh đường Trường Chinh\n");

        loader.loadAssessments(later, Messages.vietnamese());

        assertThat(count("select count(*) from criterion_assessment")).isEqualTo(120);
        assertThat(jdbc.sql("""
                select status || ' ' || assessed_on || ' ' || evidence || ' ' || source from criterion_assessment
                where ward_code = 'song-cau' and criterion_code = 'urban-civility'
                """).query(String.class).single())
                .isEqualTo("met 2025-01-10 Đã gắn biển tuyến phố văn minh đường Trường Chinh danh-gia-bo-sung.csv:2");
    }
}
