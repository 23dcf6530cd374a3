package org.wardstat.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.rollout.YearProgress.Status;
import org.wardstat.system.Messages;

/**
 * The sample designations and targets (sample-data/designations.csv, rollout-targets.csv) loaded
 * into PostgreSQL, and what they say about each sample area, seen from 5 March 2026: the last
 * finished year is 2025.
 */
class RolloutSampleTest extends PipelineTest {

    @Autowired
    Rollouts rollouts;
    @Autowired
    RolloutRepository repository;

    @TempDir
    Path temp;

    private final RolloutText text = new RolloutText(Messages.vietnamese());

    @BeforeEach
    void loadTheSamples() {
        rollouts.loadDesignations(SAMPLES.resolve("designations.csv"));
        rollouts.loadTargets(SAMPLES.resolve("rollout-targets.csv"));
    }

    private Rollout progress(String area) {
        OrgUnit unit = catalogs.load().unit(area).orElseThrow();
        return rollouts.progress(unit, null);
    }

    private String latestSentence(String area) {
        Rollout rollout = progress(area);
        return text.sentence(rollout.latest(), rollout.fullTarget());
    }

    @Test
    void theFilesAreStoredAndLoadingThemAgainChangesNothing() {
        assertThat(count("select count(*) from ward_designation")).isEqualTo(11);
        assertThat(count("select count(*) from ward_designation where year_recognised is not null")).isEqualTo(7);
        assertThat(count("select count(*) from rollout_target")).isEqualTo(6);
        List<Designation> before = repository.designations();

        rollouts.loadDesignations(SAMPLES.resolve("designations.csv"));
        rollouts.loadTargets(SAMPLES.resolve("rollout-targets.csv"));

        assertThat(repository.designations()).isEqualTo(before);
        assertThat(count("select count(*) from rollout_target")).isEqualTo(6);
        assertThat(jdbc.sql("select decision_number || ' ' || decision_date from ward_designation where ward_code = 'tao-xuyen'")
                .query(String.class).single()).isEqualTo("2878/QĐ-BCA 2025-04-22");
    }

    @Test
    void aFileIsTheWholeListAndABadFileChangesNothing() throws IOException {
        Path shorter = Files.writeString(temp.resolve("designations.csv"),
                "ward_code,year_selected,year_recognised,decision_number,decision_date,note\nduc-xuan,2023,2023,1152/QĐ-BCA,2024-04-19,\n",
                StandardCharsets.UTF_8);
        Path broken = Files.writeString(temp.resolve("broken.csv"),
                "ward_code,year_selected,year_recognised,decision_number,decision_date,note\nsong-cau,2024,,,,\nxuat-hoa,2024,2023,1/QĐ-BCA,2024-01-01,\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rollouts.loadDesignations(broken)).isInstanceOf(CatalogFileException.class)
                .hasMessage("broken.csv, dòng 3: cột year_recognised: năm công nhận 2023 trước năm được chọn 2024");
        assertThat(count("select count(*) from ward_designation")).isEqualTo(11);

        rollouts.loadDesignations(shorter);
        assertThat(repository.designations()).extracting(Designation::wardCode).containsExactly("duc-xuan");
    }

    @Test
    void bacKanCityHasTwoOfSixWardsRecognisedWithinTheBandButLateFor2030() {
        Rollout rollout = progress("tp-bac-kan");

        assertThat(rollout.targetArea().code()).isEqualTo("bac-kan");
        assertThat(rollout.years()).extracting(YearProgress::year, YearProgress::wards, YearProgress::selected,
                YearProgress::recognised, YearProgress::status)
                .containsExactly(tuple(2023, 6, 1, 1, Status.BELOW), tuple(2024, 6, 3, 2, Status.WITHIN), tuple(2025, 6, 3, 2, Status.WITHIN));
        assertThat(text.sentence(rollout.years().get(1), rollout.fullTarget())).isEqualTo(
                "Năm 2024: 2/6 phường được công nhận (33,33%), trong khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2028, kịp mục tiêu năm 2030.");
        // nothing recognised for 2025 yet (decisions come in the spring): 2 wards in 3 years, 4 to go, 6 more years
        assertThat(latestSentence("tp-bac-kan")).isEqualTo(
                "Năm 2025: 2/6 phường được công nhận (33,33%), trong khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2031, chậm 1 năm so với mục tiêu năm 2030.");
    }

    @Test
    void haNoiCountsFiveWardsAfterTheMergerAndBaDinhIsNotRecognised() {
        Rollout rollout = progress("ha-noi");

        // 2021–2022: the pilot Điện Biên only; 2023: six selected, Phú La recognised; 2024: Quán Thánh and Kim Mã too
        assertThat(rollout.years()).extracting(YearProgress::year, YearProgress::wards, YearProgress::selected, YearProgress::recognised)
                .containsExactly(tuple(2021, 6, 1, 0), tuple(2022, 6, 1, 0), tuple(2023, 6, 6, 1), tuple(2024, 6, 6, 3), tuple(2025, 5, 4, 2));
        assertThat(rollout.years().get(0).projection().kind()).isEqualTo(Projection.Kind.NO_PACE);
        assertThat(text.sentence(rollout.years().get(3), rollout.fullTarget())).isEqualTo(
                "Năm 2024: 3/6 phường được công nhận (50%), trong khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2026, kịp mục tiêu năm 2030.");
        assertThat(latestSentence("ha-noi")).isEqualTo(
                "Năm 2025: 2/5 phường được công nhận (40%), trong khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2030, kịp mục tiêu năm 2030.");
    }

    @Test
    void binhPhuocAndDongXoaiAreBelowTheProvincesBandWithOneWardOfSix() {
        for (String area : List.of("binh-phuoc", "dong-xoai")) {
            Rollout rollout = progress(area);
            assertThat(rollout.targetArea().code()).isEqualTo("binh-phuoc");
            assertThat(rollout.years()).extracting(YearProgress::year, YearProgress::recognised, YearProgress::status, y -> y.projection().year())
                    .containsExactly(tuple(2023, 1, Status.BELOW, 2028), tuple(2024, 1, Status.BELOW, 2034), tuple(2025, 1, Status.BELOW, 2040));
        }
        assertThat(latestSentence("binh-phuoc")).isEqualTo(
                "Năm 2025: 1/6 phường được công nhận (16,67%), dưới khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2040, chậm 10 năm so với mục tiêu năm 2030.");
    }

    @Test
    void thanhHoaHasItsOneListedWardRecognisedAndNoTarget() {
        Rollout rollout = progress("thanh-hoa");

        assertThat(rollout.targetArea()).isNull();
        assertThat(rollout.years()).extracting(YearProgress::year, YearProgress::status)
                .containsExactly(tuple(2024, Status.ALL_RECOGNISED), tuple(2025, Status.ALL_RECOGNISED));
        assertThat(latestSentence("thanh-hoa")).isEqualTo("Năm 2025: 1/1 phường được công nhận (100%), đã đạt 100%.");
    }

    @Test
    void anEarlierLastYearStopsTheTableAndTheForecastThere() {
        OrgUnit area = catalogs.load().unit("tp-bac-kan").orElseThrow();

        Rollout rollout = rollouts.progress(area, 2024);

        assertThat(rollout.years()).extracting(YearProgress::year).containsExactly(2023, 2024);
        assertThat(rollout.latest().projection().year()).isEqualTo(2028);
    }
}
