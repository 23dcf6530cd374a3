package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;

/** Roll-ups up the sample tree (Bắc Kạn city: six wards) with figures small enough to add by hand. */
class RollUpTest extends PipelineTest {

    @Autowired
    RollUps rollUps;
    @Autowired
    ObservationRepository observations;
    @Autowired
    IngestService ingest;

    private Catalog catalog;

    @BeforeEach
    void loadTheVocabulary() {
        catalog = catalogs.load();
    }


    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private OrgUnit unit(String code) {
        return catalog.unit(code).orElseThrow();
    }

    private static BigDecimal value(RolledUp area, String indicator, boolean current) {
        AreaChange change = area.indicator(indicator).orElseThrow();
        return (current ? change.change().current() : change.change().prior()).value();
    }

    @Test
    void flowsSumStocksTakeEachWardsLastValueAndRatesAreRatiosOfSums() {
        // social-order crime, Q1 2024 against Q1 2023
        putObservation("duc-xuan", "social_order_crimes", "2024-01", 2);
        putObservation("duc-xuan", "social_order_crimes", "2024-03", 3);
        putObservation("phung-chi-kien", "social_order_crimes", "2024-02", 1);
        putObservation("duc-xuan", "social_order_crimes", "2023-02", 4);
        putObservation("phung-chi-kien", "social_order_crimes", "2023-01", 2);
        putObservation("huyen-tung", "social_order_crimes", "2023-03", 3);
        // cleared: Phùng Chí Kiên reports no cleared figure for February, so that month is left out of the rate
        putObservation("duc-xuan", "social_order_crimes_cleared", "2024-01", 1);
        putObservation("duc-xuan", "social_order_crimes_cleared", "2024-03", 3);
        putObservation("huyen-tung", "social_order_crimes_cleared", "2023-03", 3);
        // hotspots: Đức Xuân 2 in January then 1 in March (last = 1); Phùng Chí Kiên 3 in February
        putObservation("duc-xuan", "hotspots", "2024-01", 2);
        putObservation("duc-xuan", "hotspots", "2024-03", 1);
        putObservation("phung-chi-kien", "hotspots", "2024-02", 3);

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.quarter(2024, 1));

        assertThat(value(city, "social_order_crimes", true)).isEqualByComparingTo("6");     // 2 + 3 + 1
        assertThat(value(city, "social_order_crimes", false)).isEqualByComparingTo("9");    // 4 + 2 + 3
        IndicatorChange crimes = city.indicator("social_order_crimes").orElseThrow().change();
        assertThat(crimes.change()).isEqualByComparingTo("-3");
        assertThat(crimes.percentChange()).isEqualByComparingTo("-33.3333333333");
        assertThat(crimes.zScore()).isEqualTo(2 * (Math.sqrt(6) - Math.sqrt(9)));
        assertThat(value(city, "hotspots", true)).isEqualByComparingTo("4");                // 1 + 3
        assertThat(city.indicator("hotspots").orElseThrow().change().prior().reported()).isFalse();
        // clearance: (1 + 3) / (2 + 3) = 80% now; 3 / 3 = 100% a year earlier
        assertThat(value(city, "clearance_rate", true)).isEqualByComparingTo("80");
        assertThat(value(city, "clearance_rate", false)).isEqualByComparingTo("100");
        assertThat(city.indicator("clearance_rate").orElseThrow().change().current().numerator()).isEqualByComparingTo("4");
        assertThat(city.indicator("clearance_rate").orElseThrow().change().current().denominator()).isEqualByComparingTo("5");
    }

    @Test
    void theDatabaseRollUpOfAWardAgreesWithTheJavaCalculationOnEveryIndicator() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        for (Window window : List.of(Window.year(2024), Window.quarter(2023, 2), Window.month(YearMonth.of(2024, 12)))) {
            for (OrgUnit ward : catalog.wardsUnder(unit("tp-bac-kan"))) {
                MonthlyValues values = observations.monthlyValues(ward.code(), YearMonth.of(2022, 1), YearMonth.of(2024, 12));
                List<IndicatorChange> java = YearOverYear.compare(catalog.indicators(), values, window);
                RolledUp sql = rollUps.of(catalog, ward, window);
                for (IndicatorChange expected : java) {
                    IndicatorChange actual = sql.indicator(expected.indicator().code()).orElseThrow().change();
                    assertThat(plain(actual.current().value())).as(ward.code() + " " + expected.indicator().code() + " " + window)
                            .isEqualTo(plain(expected.current().value()));
                    assertThat(plain(actual.prior().value())).as(ward.code() + " " + expected.indicator().code() + " prior " + window)
                            .isEqualTo(plain(expected.prior().value()));
                }
            }
        }
    }

    @Test
    void saysHowManyWardsReportedAndNeverCountsAMissingWardAsZero() {
        for (String ward : List.of("duc-xuan", "phung-chi-kien", "huyen-tung", "nguyen-thi-minh-khai", "xuat-hoa")) {
            putObservation(ward, "social_order_crimes", "2024-03", 2);
            putObservation(ward, "social_order_crimes", "2023-03", 1);
        }
        putObservation("song-cau", "social_order_crimes", "2023-03", 1);   // Sông Cầu has not reported March 2024

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.month(YearMonth.of(2024, 3)));

        assertThat(city.current()).isEqualTo(new Coverage(5, 6));
        assertThat(city.prior()).isEqualTo(new Coverage(6, 6));
        AreaChange crimes = city.indicator("social_order_crimes").orElseThrow();
        assertThat(crimes.current()).isEqualTo(new Coverage(5, 6));
        assertThat(crimes.comparable()).isFalse();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("10");
        // an indicator no ward reported is not a zero
        AreaChange evils = city.indicator("social_evils").orElseThrow();
        assertThat(evils.change().current().reported()).isFalse();
        assertThat(evils.change().current().value()).isNull();
        assertThat(evils.current()).isEqualTo(new Coverage(0, 6));
    }

    @Test
    void everyLevelUpToTheCountryInOneQuery() {
        putObservation("duc-xuan", "social_order_crimes", "2024-03", 2);
        putObservation("dien-bien", "social_order_crimes", "2024-03", 5);
        putObservation("tan-dong", "social_order_crimes", "2024-03", 7);
        putObservation("tan-dong", "social_order_crimes", "2023-03", 9);

        List<RolledUp> areas = rollUps.of(catalog,
                List.of(unit("vn"), unit("ha-noi"), unit("ba-dinh"), unit("binh-phuoc"), unit("tan-dong")), Window.month(YearMonth.of(2024, 3)));

        assertThat(areas).extracting(area -> area.area().code() + " " + value(area, "social_order_crimes", true) + " " + area.current())
                .containsExactly(
                        "vn 14 Coverage[reporting=3, expected=19]",   // 6 + 6 + 6 + 1 wards that existed in March 2024 (not the merged Ba Đình)
                        "ha-noi 5 Coverage[reporting=1, expected=6]",
                        "ba-dinh 5 Coverage[reporting=1, expected=3]",
                        "binh-phuoc 7 Coverage[reporting=1, expected=6]",
                        "tan-dong 7 Coverage[reporting=1, expected=1]");
        assertThat(value(areas.get(4), "social_order_crimes", false)).isEqualByComparingTo("9");
    }

    @Test
    void aMergedWardsStockIsNotCountedTwiceInTheYearItWasFormed() {
        putObservation("dien-bien", "officers", "2025-06", 10);
        putObservation("quan-thanh", "officers", "2025-06", 12);
        putObservation("phuong-ba-dinh", "officers", "2025-12", 20);
        putObservation("dien-bien", "social_order_crimes", "2025-03", 2);
        putObservation("quan-thanh", "social_order_crimes", "2025-05", 1);
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-09", 4);

        RolledUp hanoi = rollUps.of(catalog, unit("ha-noi"), Window.year(2025));

        assertThat(value(hanoi, "officers", true)).as("only the ward that still exists in December").isEqualByComparingTo("20");
        assertThat(hanoi.indicator("officers").orElseThrow().current().reporting()).isEqualTo(1);
        assertThat(value(hanoi, "social_order_crimes", true)).as("flows of the old and the new ward add up").isEqualByComparingTo("7");
        assertThat(hanoi.current()).isEqualTo(new Coverage(3, 7));
    }

    @Test
    void aMergedWardOnItsOwnIsItsPredecessorsBeforeTheMerger() {
        putObservation("dien-bien", "social_order_crimes", "2024-01", 2);
        putObservation("quan-thanh", "social_order_crimes", "2024-06", 0);
        putObservation("quan-thanh", "social_order_crimes", "2024-12", 3);
        putObservation("dien-bien", "social_order_crimes", "2025-01", 1);
        putObservation("quan-thanh", "social_order_crimes", "2025-06", 1);
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-12", 2);
        putObservation("dien-bien", "officers", "2024-12", 10);
        putObservation("quan-thanh", "officers", "2024-12", 12);
        putObservation("phuong-ba-dinh", "officers", "2025-12", 20);

        RolledUp baDinh = rollUps.of(catalog, unit("phuong-ba-dinh"), Window.year(2025));

        AreaChange crimes = baDinh.indicator("social_order_crimes").orElseThrow();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("4");   // 1 + 1 + 2
        assertThat(crimes.change().prior().value()).isEqualByComparingTo("5");     // 2 + 3
        assertThat(crimes.current()).isEqualTo(new Coverage(3, 3));
        assertThat(crimes.prior()).isEqualTo(new Coverage(2, 2));
        assertThat(crimes.comparable()).as("three months on each side").isTrue();
        assertThat(crimes.change().current().monthsReported()).isEqualTo(3);
        assertThat(value(baDinh, "officers", true)).isEqualByComparingTo("20");
        assertThat(value(baDinh, "officers", false)).isEqualByComparingTo("22");
        // and Hà Nội counts each of them once, though it reaches Điện Biên through Ba Đình district and through the new ward
        RolledUp hanoi = rollUps.of(catalog, unit("ha-noi"), Window.year(2025));
        assertThat(value(hanoi, "social_order_crimes", true)).isEqualByComparingTo("4");
        assertThat(hanoi.current()).isEqualTo(new Coverage(3, 7));
    }
}
