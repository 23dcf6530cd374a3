package org.wardstat.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.rollout.YearProgress.Status;
import org.wardstat.system.Messages;

/**
 * Progress per year, the band in force, the projection and the sentences, on the sample org-unit
 * tree: Bắc Kạn city has six wards; Hà Nội has six until Điện Biên and Quán Thánh end on
 * 30/6/2025 and Phường Ba Đình begins on 1/7/2025.
 */
class RolloutProgressTest {

    static final Catalog CATALOG = new Catalog(List.of(), CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));
    static final OrgUnit BAC_KAN_CITY = CATALOG.unit("tp-bac-kan").orElseThrow();
    static final OrgUnit HA_NOI = CATALOG.unit("ha-noi").orElseThrow();
    static final List<RolloutTarget> BAC_KAN_TARGETS = List.of(target("bac-kan", 2030, 100, 100), target("bac-kan", 2025, 30, 50));

    static Designation selected(String ward, int year) {
        return new Designation(ward, year, null, null, null, "");
    }

    static Designation recognised(String ward, int selected, int recognised) {
        return new Designation(ward, selected, recognised, "1/QĐ-BCA", LocalDate.of(recognised + 1, 4, 22), "");
    }

    static RolloutTarget target(String area, int year, int lower, int upper) {
        return new RolloutTarget(area, year, BigDecimal.valueOf(lower), BigDecimal.valueOf(upper), "");
    }

    static Rollout bacKan(int lastYear, Designation... designations) {
        return RolloutProgress.of(BAC_KAN_CITY, CATALOG, List.of(designations), BAC_KAN_TARGETS, lastYear);
    }

    @Test
    void eachYearCountsTheWardsSelectedAndRecognisedByItsEndAgainstTheWardsThen() {
        Rollout rollout = bacKan(2025, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024), selected("song-cau", 2024));

        // from the first selection (2023) to the last year; 6 wards every year
        assertThat(rollout.years()).extracting(YearProgress::year, YearProgress::wards, YearProgress::selected, YearProgress::recognised)
                .containsExactly(tuple(2023, 6, 1, 1), tuple(2024, 6, 3, 2), tuple(2025, 6, 3, 2));
        // 1/6 = 16,666…% and 2/6 = 33,333…%, rounded to two decimals
        assertThat(rollout.years()).extracting(YearProgress::percent).map(BigDecimal::toPlainString)
                .containsExactly("16.67", "33.33", "33.33");
        assertThat(rollout.targetArea().code()).isEqualTo("bac-kan"); // the province's plan covers the city
        assertThat(rollout.targets()).extracting(RolloutTarget::year).containsExactly(2025, 2030);
        assertThat(rollout.wards()).hasSize(6).first()
                .satisfies(w -> assertThat(w.designation().yearRecognised()).isEqualTo(2023));
    }

    @Test
    void theBandInForceIsTheNextTargetYearAndTheLastOneAfterwards() {
        assertThat(RolloutProgress.bandInForce(sortedBacKanTargets(), 2023).year()).isEqualTo(2025);
        assertThat(RolloutProgress.bandInForce(sortedBacKanTargets(), 2025).year()).isEqualTo(2025);
        assertThat(RolloutProgress.bandInForce(sortedBacKanTargets(), 2026).year()).isEqualTo(2030);
        assertThat(RolloutProgress.bandInForce(sortedBacKanTargets(), 2031).year()).isEqualTo(2030);
        assertThat(RolloutProgress.bandInForce(List.of(), 2025)).isNull();
    }

    private static List<RolloutTarget> sortedBacKanTargets() {
        return List.of(BAC_KAN_TARGETS.get(1), BAC_KAN_TARGETS.get(0));
    }

    @Test
    void theShareIsBelowWithinOrAboveTheBandComparedExactly() {
        RolloutTarget band = target("bac-kan", 2025, 30, 50);
        assertThat(RolloutProgress.status(6, 1, band)).isEqualTo(Status.BELOW);   // 16,67%
        assertThat(RolloutProgress.status(10, 3, band)).isEqualTo(Status.WITHIN); // exactly 30%
        assertThat(RolloutProgress.status(6, 3, band)).isEqualTo(Status.WITHIN);  // exactly 50%
        assertThat(RolloutProgress.status(6, 4, band)).isEqualTo(Status.ABOVE);   // 66,67%
        assertThat(RolloutProgress.status(6, 6, band)).isEqualTo(Status.ALL_RECOGNISED);
        assertThat(RolloutProgress.status(6, 2, null)).isEqualTo(Status.NO_TARGET);
        assertThat(RolloutProgress.status(0, 0, band)).isEqualTo(Status.NO_WARDS);
        // 3 of 9 wards is 33,33…%, below a lower bound of 33,34% even though it rounds to 33,33%
        assertThat(RolloutProgress.status(9, 3, new RolloutTarget("x", 2025, new BigDecimal("33.34"), BigDecimal.valueOf(50), "")))
                .isEqualTo(Status.BELOW);
    }

    @Test
    void theProjectionGoesOnAtTheAveragePaceSinceTheFirstRecognition() {
        Rollout rollout = bacKan(2025, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024), selected("song-cau", 2024));

        // 2023: 1 ward in 1 year, 5 to go: 2023 + 5 = 2028
        // 2024: 2 wards in 2 years (1 a year), 4 to go: 2024 + 4 = 2028
        // 2025: 2 wards in 3 years (2/3 a year), 4 to go: 4 ÷ 2/3 = 6 years, 2025 + 6 = 2031
        assertThat(rollout.years()).extracting(y -> y.projection().year()).containsExactly(2028, 2028, 2031);
        Projection latest = rollout.latest().projection();
        assertThat(latest.kind()).isEqualTo(Projection.Kind.PROJECTED);
        assertThat(latest.sinceYear()).isEqualTo(2023);
        assertThat(latest.years()).isEqualTo(3);
        assertThat(latest.perYear()).isEqualByComparingTo("0.67");
    }

    @Test
    void aFractionOfAYearLeftIsAWholeYearMore() {
        // 3 wards in 2 years (1,5 a year), 3 to go: exactly 2 years, 2026
        Rollout three = bacKan(2024, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024), recognised("song-cau", 2024, 2024));
        assertThat(three.latest().projection().year()).isEqualTo(2026);
        // 4 wards in 3 years (1,33 a year), 2 to go: 1,5 years, so 2 more years, 2027
        Rollout four = bacKan(2025, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024),
                recognised("song-cau", 2024, 2025), recognised("huyen-tung", 2024, 2025));
        assertThat(four.latest().projection().year()).isEqualTo(2027);
        assertThat(four.latest().projection().perYear()).isEqualByComparingTo("1.33");
    }

    @Test
    void withNoWardRecognisedThereIsNoPaceAndNoForecast() {
        Rollout rollout = bacKan(2025, selected("duc-xuan", 2024));

        assertThat(rollout.years()).extracting(y -> y.projection().kind()).containsOnly(Projection.Kind.NO_PACE);
        assertThat(rollout.latest().status()).isEqualTo(Status.BELOW);
        RolloutText text = new RolloutText(Messages.vietnamese());
        assertThat(text.sentence(rollout.latest(), rollout.fullTarget())).isEqualTo(
                "Năm 2025: 0/6 phường được công nhận (0%), dưới khoảng mục tiêu 30–50% của năm 2025; "
                        + "chưa thể dự báo năm đạt 100% vì chưa có phường nào được công nhận.");
        assertThat(text.projectedYear(rollout.latest())).isEqualTo("chưa thể dự báo");
        assertThat(text.pace(rollout.latest())).isEqualTo("Tốc độ hiện nay: chưa có phường nào được công nhận nên chưa thể dự báo.");
    }

    @Test
    void anAreaWithEveryWardRecognisedHasReached100Percent() {
        Designation[] all = CATALOG.wardsUnder(BAC_KAN_CITY).stream()
                .map(w -> recognised(w.code(), 2023, w.code().equals("duc-xuan") ? 2023 : 2024)).toArray(Designation[]::new);

        Rollout rollout = bacKan(2025, all);

        assertThat(rollout.years()).extracting(YearProgress::status).containsExactly(Status.BELOW, Status.ALL_RECOGNISED, Status.ALL_RECOGNISED);
        assertThat(rollout.latest().projection().kind()).isEqualTo(Projection.Kind.REACHED);
        assertThat(new RolloutText(Messages.vietnamese()).sentence(rollout.latest(), rollout.fullTarget()))
                .isEqualTo("Năm 2025: 6/6 phường được công nhận (100%), đã đạt 100%.");
    }

    @Test
    void aMergedWardLeavesTheCountAndItsSuccessorIsNotRecognisedWithoutADecision() {
        List<Designation> designations = List.of(selected("dien-bien", 2021), recognised("quan-thanh", 2023, 2024),
                recognised("kim-ma", 2023, 2024), recognised("phu-la", 2023, 2023));
        List<RolloutTarget> targets = List.of(target("ha-noi", 2025, 30, 50), target("ha-noi", 2030, 100, 100));

        Rollout rollout = RolloutProgress.of(HA_NOI, CATALOG, designations, targets, 2025);

        YearProgress before = rollout.years().get(rollout.years().size() - 2);
        YearProgress after = rollout.latest();
        // 31/12/2024: Điện Biên, Quán Thánh, Kim Mã, Phú La, Mộ Lao, Phú Thượng; 3 recognised = 50%
        assertThat(before.year()).isEqualTo(2024);
        assertThat(before.wards()).isEqualTo(6);
        assertThat(before.recognised()).isEqualTo(3);
        assertThat(before.percent()).isEqualByComparingTo("50");
        // 31/12/2025: Kim Mã, Phú La, Mộ Lao, Phú Thượng and Ba Đình (not recognised); 2/5 = 40%
        assertThat(after.wards()).isEqualTo(5);
        assertThat(after.selected()).isEqualTo(2);
        assertThat(after.recognised()).isEqualTo(2);
        assertThat(after.percent()).isEqualByComparingTo("40");
        // 2 wards in 3 years (2023–2025), 3 to go: 3 ÷ 2/3 = 4,5, so 5 years: 2030
        assertThat(after.projection().year()).isEqualTo(2030);
        assertThat(rollout.wards()).extracting(w -> w.ward().code())
                .containsExactly("dien-bien", "quan-thanh", "kim-ma", "phu-la", "mo-lao", "phu-thuong", "phuong-ba-dinh");
    }

    @Test
    void theYearsSentenceNamesTheBandItsYearAndTheForecastAgainstTheDeadline() {
        Rollout rollout = bacKan(2025, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024), selected("song-cau", 2024));
        RolloutText vi = new RolloutText(Messages.vietnamese());
        RolloutText en = new RolloutText(Messages.forLanguage("en"));

        assertThat(vi.sentence(rollout.years().get(0), rollout.fullTarget())).isEqualTo(
                "Năm 2023: 1/6 phường được công nhận (16,67%), dưới khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2028, kịp mục tiêu năm 2030.");
        assertThat(vi.sentence(rollout.latest(), rollout.fullTarget())).isEqualTo(
                "Năm 2025: 2/6 phường được công nhận (33,33%), trong khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2031, chậm 1 năm so với mục tiêu năm 2030.");
        assertThat(vi.pace(rollout.latest())).isEqualTo(
                "Tốc độ hiện nay: 2 phường được công nhận trong 3 năm (2023–2025), bình quân 0,67 phường mỗi năm; còn 4 phường chưa được công nhận.");
        assertThat(en.sentence(rollout.latest(), rollout.fullTarget())).isEqualTo(
                "2025: 2/6 wards recognised (33.33%), within the 2025 target band of 30–50%; "
                        + "at the current pace, 100% of wards are recognised in 2031, 1 year after the 2030 target.");
        assertThat(en.pace(rollout.latest())).isEqualTo(
                "Current pace: 2 wards recognised in 3 years (2023–2025), 0.67 a year on average; 4 wards not yet recognised.");
        assertThat(vi.band(target("x", 2030, 100, 100))).isEqualTo("100%");
        assertThat(vi.band(new RolloutTarget("x", 2025, new BigDecimal("32.5"), BigDecimal.valueOf(50), ""))).isEqualTo("32,50–50%");
    }

    @Test
    void anAreaWithoutTargetsStillShowsItsProgressAndForecast() {
        Rollout rollout = RolloutProgress.of(BAC_KAN_CITY, CATALOG, List.of(recognised("duc-xuan", 2023, 2023)), List.of(), 2023);

        assertThat(rollout.targetArea()).isNull();
        assertThat(rollout.latest().status()).isEqualTo(Status.NO_TARGET);
        assertThat(new RolloutText(Messages.vietnamese()).sentence(rollout.latest(), rollout.fullTarget())).isEqualTo(
                "Năm 2023: 1/6 phường được công nhận (16,67%), chưa có mục tiêu; với tốc độ hiện nay, 100% phường được công nhận vào năm 2028.");
    }

    @Test
    void aboveTheBandIsSaidSo() {
        Rollout rollout = bacKan(2024, recognised("duc-xuan", 2023, 2023), recognised("xuat-hoa", 2024, 2024),
                recognised("song-cau", 2024, 2024), recognised("huyen-tung", 2024, 2024));

        assertThat(rollout.latest().status()).isEqualTo(Status.ABOVE);
        assertThat(new RolloutText(Messages.vietnamese()).sentence(rollout.latest(), rollout.fullTarget())).isEqualTo(
                "Năm 2024: 4/6 phường được công nhận (66,67%), vượt khoảng mục tiêu 30–50% của năm 2025; "
                        + "với tốc độ hiện nay, 100% phường được công nhận vào năm 2025, kịp mục tiêu năm 2030."); // 4 in 2 years, 2 to go
    }

    @Test
    void aYearBeforeAnyWardOfTheAreaExistedHasNoShare() {
        OrgUnit district = new OrgUnit("quan-moi", "vn", "district", "Quận Mới", "New district");
        OrgUnit ward = new OrgUnit("phuong-moi", "quan-moi", "ward", "Phường Mới", "New ward", LocalDate.of(2025, 7, 1), null, List.of());
        Catalog catalog = new Catalog(List.of(), List.of(CATALOG.unit("vn").orElseThrow(), district, ward));

        Rollout rollout = RolloutProgress.of(district, catalog, List.of(), List.of(), 2024);

        assertThat(rollout.years()).singleElement().satisfies(year -> {
            assertThat(year.wards()).isZero();
            assertThat(year.percent()).isNull();
            assertThat(year.status()).isEqualTo(Status.NO_WARDS);
        });
        RolloutText text = new RolloutText(Messages.vietnamese());
        assertThat(text.sentence(rollout.latest(), rollout.fullTarget()))
                .isEqualTo("Năm 2024: địa bàn không có phường nào còn hiệu lực vào cuối năm.");
        assertThat(text.percent(rollout.latest())).isEmpty();
        assertThat(rollout.wards()).isEmpty();
    }
}
