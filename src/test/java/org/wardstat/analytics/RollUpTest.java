package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.AreaComparisonText;
import org.wardstat.system.Messages;

/**
 * Roll-ups up the sample tree (Bắc Kạn city: six wards) with figures small enough to add by hand,
 * like with like: a change rests on the wards that reported both sides over the same months.
 */
class RollUpTest extends PipelineTest {

    @Autowired
    RollUps rollUps;
    @Autowired
    ObservationRepository observations;
    @Autowired
    IngestService ingest;
    @Autowired
    PlatformTransactionManager transactionManager;

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
        // social-order crime, Q1 2024 against Q1 2023, the same months on both sides
        putObservation("duc-xuan", "social_order_crimes", "2024-01", 2);
        putObservation("duc-xuan", "social_order_crimes", "2024-03", 3);
        putObservation("phung-chi-kien", "social_order_crimes", "2024-02", 1);
        putObservation("duc-xuan", "social_order_crimes", "2023-01", 4);
        putObservation("duc-xuan", "social_order_crimes", "2023-03", 0);
        putObservation("phung-chi-kien", "social_order_crimes", "2023-02", 5);
        // cleared: Phùng Chí Kiên reports no cleared figure for February, so its rate has no month on either side
        putObservation("duc-xuan", "social_order_crimes_cleared", "2024-01", 1);
        putObservation("duc-xuan", "social_order_crimes_cleared", "2024-03", 3);
        putObservation("duc-xuan", "social_order_crimes_cleared", "2023-01", 4);
        putObservation("duc-xuan", "social_order_crimes_cleared", "2023-03", 0);
        // hotspots: Đức Xuân 2 in January then 1 in March (last = 1); Phùng Chí Kiên 3 in February
        for (String year : List.of("2023", "2024")) {
            putObservation("duc-xuan", "hotspots", year + "-01", 2);
            putObservation("duc-xuan", "hotspots", year + "-03", year.equals("2024") ? 1 : 2);
            putObservation("phung-chi-kien", "hotspots", year + "-02", 3);
        }

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.quarter(2024, 1));

        assertThat(value(city, "social_order_crimes", true)).isEqualByComparingTo("6");     // 2 + 3 + 1
        assertThat(value(city, "social_order_crimes", false)).isEqualByComparingTo("9");    // 4 + 0 + 5
        IndicatorChange crimes = city.indicator("social_order_crimes").orElseThrow().change();
        assertThat(crimes.change()).isEqualByComparingTo("-3");
        assertThat(crimes.percentChange()).isEqualByComparingTo("-33.3333333333");
        assertThat(crimes.pValue()).isCloseTo(0.607238769531250, within(1e-12)); // 2 · 9 949/32 768
        assertThat(value(city, "hotspots", true)).isEqualByComparingTo("4");                // 1 + 3
        assertThat(value(city, "hotspots", false)).isEqualByComparingTo("5");               // 2 + 3
        // clearance: (1 + 3) / (2 + 3) = 80% now; 4 / 4 = 100% a year earlier; Phùng Chí Kiên has no clearance month
        assertThat(value(city, "clearance_rate", true)).isEqualByComparingTo("80");
        assertThat(value(city, "clearance_rate", false)).isEqualByComparingTo("100");
        assertThat(city.indicator("clearance_rate").orElseThrow().change().current().numerator()).isEqualByComparingTo("4");
        assertThat(city.indicator("clearance_rate").orElseThrow().change().current().denominator()).isEqualByComparingTo("5");
        assertThat(city.indicator("clearance_rate").orElseThrow().compared()).isEqualTo(new Coverage(1, 6));
    }

    @Test
    void theDatabaseRollUpOfAWardAgreesWithTheJavaCalculationOnEveryIndicator() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        assertTheDatabaseAgreesWithJava(List.of(Window.year(2024), Window.quarter(2023, 2), Window.month(YearMonth.of(2024, 12))));
    }

    @Test
    void windowsReadFromTheSixAndNineMonthSummariesAgreeWithJavaToo() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        // one part a side (H, N), nine months and a month, six months and two months, and a window starting mid-year
        assertTheDatabaseAgreesWithJava(List.of(Window.firstHalf(2024), Window.nineMonths(2024), Window.yearToDate(YearMonth.of(2024, 10)),
                Window.yearToDate(YearMonth.of(2024, 8)), Window.secondHalf(2024)));
    }

    private void assertTheDatabaseAgreesWithJava(List<Window> windows) {
        for (Window window : windows) {
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
    void anAreaMissingAWardThisYearIsComparedOverTheWardsThatReportedBothAndNamesTheMissingOne() {
        // five wards steady at 2 a month; Sông Cầu had 10 last March and has sent nothing this March
        for (String ward : List.of("duc-xuan", "phung-chi-kien", "huyen-tung", "nguyen-thi-minh-khai", "xuat-hoa")) {
            putObservation(ward, "social_order_crimes", "2024-03", 2);
            putObservation(ward, "social_order_crimes", "2023-03", 2);
        }
        putObservation("song-cau", "social_order_crimes", "2023-03", 10);

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.month(YearMonth.of(2024, 3)));

        assertThat(city.current()).isEqualTo(new Coverage(5, 6));
        assertThat(city.prior()).isEqualTo(new Coverage(6, 6));
        assertThat(city.compared()).isEqualTo(new Coverage(5, 6));
        assertThat(city.leftOut()).extracting(w -> w.ward().code() + " " + w.reason()).containsExactly("song-cau NO_CURRENT");
        AreaChange crimes = city.indicator("social_order_crimes").orElseThrow();
        // 10 against 10, not 10 against 20: the "fall" of −10 (−50%) would only be Sông Cầu's missing figures
        assertThat(crimes.comparable()).isTrue();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("10");
        assertThat(crimes.change().prior().value()).isEqualByComparingTo("10");
        assertThat(crimes.change().change()).isEqualByComparingTo("0");
        assertThat(crimes.current()).isEqualTo(new Coverage(5, 6));
        assertThat(crimes.compared()).isEqualTo(new Coverage(5, 6));
        assertThat(new AreaComparisonText(Messages.vietnamese()).compared(city)).isEqualTo(
                "So sánh với cùng kỳ trên 5/6 phường có số liệu cả hai kỳ; không tính Phường Sông Cầu (chưa có số liệu kỳ này).");
        // an indicator no ward reported is not a zero
        AreaChange evils = city.indicator("social_evils").orElseThrow();
        assertThat(evils.change().current().reported()).isFalse();
        assertThat(evils.change().current().value()).isNull();
        assertThat(evils.current()).isEqualTo(new Coverage(0, 6));
        assertThat(evils.comparable()).isFalse();
    }

    @Test
    void aWardWithFewerMonthsOnOneSideIsLeftOutWithItsMonths() {
        for (int month = 1; month <= 3; month++) {
            putObservation("duc-xuan", "social_order_crimes", "2023-0" + month, 1);
            putObservation("phung-chi-kien", "social_order_crimes", "2023-0" + month, 1);
            putObservation("duc-xuan", "social_order_crimes", "2024-0" + month, 2);
        }
        putObservation("phung-chi-kien", "social_order_crimes", "2024-01", 4);   // February and March not yet sent

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.quarter(2024, 1));

        AreaChange crimes = city.indicator("social_order_crimes").orElseThrow();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("6");
        assertThat(crimes.change().prior().value()).isEqualByComparingTo("3");
        assertThat(city.leftOut()).extracting(w -> w.ward().code() + " " + w.reason() + " " + w.monthsNow() + "/" + w.monthsThen())
                .contains("phung-chi-kien MONTHS 1/3");
        assertThat(new AreaComparisonText(Messages.vietnamese()).compared(city)).contains(
                "So sánh với cùng kỳ trên 1/6 phường có số liệu cả hai kỳ; không tính ",
                "Phường Phùng Chí Kiên (1 tháng có số liệu, cùng kỳ 3 tháng)", "Phường Huyền Tụng (chưa có số liệu kỳ này)");
    }

    @Test
    void whenNoWardReportedBothSidesThereIsNoChangeOnlyEachSidesFigures() {
        putObservation("duc-xuan", "social_order_crimes", "2024-03", 2);
        putObservation("phung-chi-kien", "social_order_crimes", "2023-03", 5);

        RolledUp city = rollUps.of(catalog, unit("tp-bac-kan"), Window.month(YearMonth.of(2024, 3)));

        AreaChange crimes = city.indicator("social_order_crimes").orElseThrow();
        assertThat(crimes.comparable()).isFalse();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("2");
        assertThat(crimes.change().prior().value()).isEqualByComparingTo("5");
        assertThat(new AreaComparisonText(Messages.vietnamese()).compared(city)).startsWith(
                "Chưa so sánh được với cùng kỳ: Phường Đức Xuân (không có số liệu cùng kỳ), Phường Huyền Tụng (chưa có số liệu kỳ này), "
                        + "Phường Nguyễn Thị Minh Khai (chưa có số liệu kỳ này), Phường Phùng Chí Kiên (chưa có số liệu kỳ này), "
                        + "Phường Sông Cầu (chưa có số liệu kỳ này) và 1 phường khác.");
    }

    @Test
    void everyLevelUpToTheCountryInOneQuery() {
        putObservation("duc-xuan", "social_order_crimes", "2024-03", 2);
        putObservation("dien-bien", "social_order_crimes", "2024-03", 5);
        putObservation("tan-dong", "social_order_crimes", "2024-03", 7);
        putObservation("tan-dong", "social_order_crimes", "2023-03", 9);

        List<RolledUp> areas = rollUps.of(catalog,
                List.of(unit("vn"), unit("ha-noi"), unit("ba-dinh"), unit("binh-phuoc"), unit("tan-dong")), Window.month(YearMonth.of(2024, 3)));

        // only Tân Đồng reported March on both sides: the country compares 7 with 9, the others' figures are told, not compared
        assertThat(areas).extracting(area -> area.area().code() + " " + value(area, "social_order_crimes", true)
                        + " " + area.current() + " " + area.compared())
                .containsExactly(
                        "vn 7 Coverage[reporting=3, expected=19] Coverage[reporting=1, expected=19]",   // 6 + 6 + 6 + 1 wards of March 2024
                        "ha-noi 5 Coverage[reporting=1, expected=6] Coverage[reporting=0, expected=6]",
                        "ba-dinh 5 Coverage[reporting=1, expected=3] Coverage[reporting=0, expected=3]",
                        "binh-phuoc 7 Coverage[reporting=1, expected=6] Coverage[reporting=1, expected=6]",
                        "tan-dong 7 Coverage[reporting=1, expected=1] Coverage[reporting=1, expected=1]");
        assertThat(value(areas.get(0), "social_order_crimes", false)).isEqualByComparingTo("9");
        assertThat(areas.get(1).indicator("social_order_crimes").orElseThrow().comparable()).isFalse();
    }

    @Test
    void aMergedWardOnItsOwnIsItsPredecessorsBeforeTheMergerAsItsBriefingSays() {
        // 2024: both former wards report January and December; 2025: both January, the new ward December
        putObservation("dien-bien", "social_order_crimes", "2024-01", 2);
        putObservation("quan-thanh", "social_order_crimes", "2024-01", 1);
        putObservation("dien-bien", "social_order_crimes", "2024-12", 0);
        putObservation("quan-thanh", "social_order_crimes", "2024-12", 3);
        putObservation("dien-bien", "social_order_crimes", "2025-01", 1);
        putObservation("quan-thanh", "social_order_crimes", "2025-01", 0);
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-12", 2);
        // June 2025: only Quán Thánh; a month counts only when every former ward reported it
        putObservation("quan-thanh", "social_order_crimes", "2025-06", 5);
        putObservation("dien-bien", "officers", "2024-12", 10);
        putObservation("quan-thanh", "officers", "2024-12", 12);
        putObservation("phuong-ba-dinh", "officers", "2025-12", 20);

        RolledUp baDinh = rollUps.of(catalog, unit("phuong-ba-dinh"), Window.year(2025));

        AreaChange crimes = baDinh.indicator("social_order_crimes").orElseThrow();
        assertThat(crimes.change().current().value()).isEqualByComparingTo("3");   // (1 + 0) + 2
        assertThat(crimes.change().prior().value()).isEqualByComparingTo("6");     // (2 + 1) + (0 + 3)
        assertThat(crimes.comparable()).as("January and December on each side").isTrue();
        assertThat(baDinh.compared()).isEqualTo(new Coverage(1, 1));
        assertThat(value(baDinh, "officers", true)).isEqualByComparingTo("20");
        assertThat(value(baDinh, "officers", false)).isEqualByComparingTo("22");
        // the same figures as the lineage the briefing reads
        MonthlyValues lineage = observations.monthlyValues(unit("phuong-ba-dinh"), catalog, YearMonth.of(2024, 1), YearMonth.of(2025, 12));
        IndicatorChange briefing = YearOverYear.compare(List.of(catalog.indicator("social_order_crimes")), lineage, Window.year(2025)).get(0);
        assertThat(briefing.current().value()).isEqualByComparingTo("3");
        assertThat(briefing.prior().value()).isEqualByComparingTo("6");
    }

    @Test
    void anAreaCountsAMergedWardOnceWithTheWardsItReplacedAndAFormerDistrictKeepsThemAsTheyWere() {
        for (String ward : List.of("dien-bien", "quan-thanh")) {
            for (int month = 1; month <= 12; month++) {
                putObservation(ward, "social_order_crimes", String.format("2024-%02d", month), 1);
                if (month <= 6) {
                    putObservation(ward, "social_order_crimes", String.format("2025-%02d", month), 1);
                }
            }
        }
        for (int month = 7; month <= 12; month++) {
            putObservation("phuong-ba-dinh", "social_order_crimes", String.format("2025-%02d", month), 1);
        }

        assertThat(rollUps.units(catalog, unit("ha-noi"), Window.year(2025))).extracting(OrgUnit::code)
                .containsExactly("kim-ma", "mo-lao", "phu-la", "phu-thuong", "phuong-ba-dinh");
        assertThat(rollUps.units(catalog, unit("ba-dinh"), Window.year(2025))).extracting(OrgUnit::code)
                .containsExactlyInAnyOrder("dien-bien", "quan-thanh", "kim-ma");
        assertThat(rollUps.units(catalog, unit("ha-noi"), Window.firstHalf(2025))).extracting(OrgUnit::code)
                .containsExactlyInAnyOrder("dien-bien", "quan-thanh", "kim-ma", "phu-la", "mo-lao", "phu-thuong");

        RolledUp hanoi = rollUps.of(catalog, unit("ha-noi"), Window.year(2025));
        // Ba Đình: 6 + 6 (the former wards, January to June) + 6 (itself) = 18 against 24, once though Hà Nội
        // reaches Điện Biên both through Quận Ba Đình and through the new ward
        assertThat(value(hanoi, "social_order_crimes", true)).isEqualByComparingTo("18");
        assertThat(value(hanoi, "social_order_crimes", false)).isEqualByComparingTo("24");
        assertThat(hanoi.compared()).isEqualTo(new Coverage(1, 5));
        assertThat(hanoi.current()).isEqualTo(new Coverage(1, 5));
        assertThat(hanoi.prior()).isEqualTo(new Coverage(1, 5));

        // the former district has the two wards until June against a whole year: nothing comparable
        RolledUp district = rollUps.of(catalog, unit("ba-dinh"), Window.year(2025));
        assertThat(district.compared()).isEqualTo(new Coverage(0, 3));
        assertThat(district.leftOut()).extracting(w -> w.ward().code() + " " + w.reason() + " " + w.monthsNow() + "/" + w.monthsThen())
                .containsExactlyInAnyOrder("dien-bien MONTHS 6/12", "quan-thanh MONTHS 6/12", "kim-ma NO_CURRENT 0/0");
    }

    @Test
    void aWardRolledUpFromTheMonthsItsBriefingReadIsTheDatabaseRollUpToTheDigit() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        // a ward missing months on one side, so coverage and the wards left out are compared too
        jdbc.sql("delete from observation where org_unit_code = 'duc-xuan' and period in ('2024-11-01', '2024-12-01')").update();
        List<Window> windows = List.of(Window.year(2024), Window.quarter(2024, 4), Window.month(YearMonth.of(2024, 12)),
                Window.yearToDate(YearMonth.of(2024, 10)), Window.nineMonths(2024), Window.year(2023));
        for (Window window : windows) {
            for (OrgUnit ward : catalog.wardsUnder(unit("tp-bac-kan"))) {
                MonthlyValues read = observations.monthlyValues(ward, catalog, YearMonth.of(2022, 1), YearMonth.of(2024, 12));
                assertThat(describe(rollUps.ofWard(catalog, ward, window, read))).as(ward.code() + " " + window)
                        .isEqualTo(describe(rollUps.of(catalog, ward, window)));
            }
        }
        assertThat(describe(rollUps.of(catalog, unit("duc-xuan"), Window.quarter(2024, 4))))
                .contains("left out duc-xuan MONTHS 1/3").contains("social_order_crimes now=");
    }

    @Test
    void aMergedWardRolledUpFromItsLineagesMonthsIsTheDatabaseRollUpToo() {
        putObservation("dien-bien", "social_order_crimes", "2024-01", 2);
        putObservation("quan-thanh", "social_order_crimes", "2024-01", 1);
        putObservation("dien-bien", "social_order_crimes", "2025-01", 1);
        putObservation("quan-thanh", "social_order_crimes", "2025-01", 0);
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-12", 2);
        putObservation("dien-bien", "officers", "2024-12", 10);
        putObservation("quan-thanh", "officers", "2024-12", 12);
        putObservation("phuong-ba-dinh", "officers", "2025-12", 20);
        OrgUnit baDinh = unit("phuong-ba-dinh");
        MonthlyValues lineage = observations.monthlyValues(baDinh, catalog, YearMonth.of(2024, 1), YearMonth.of(2025, 12));

        String fromMonths = describe(rollUps.ofWard(catalog, baDinh, Window.year(2025), lineage));

        assertThat(fromMonths).isEqualTo(describe(rollUps.of(catalog, baDinh, Window.year(2025))))
                .contains("social_order_crimes now=3 then=3 ").contains("officers now=20 then=22 ");
    }

    @Test
    void aNationalRollUpSummedInSlicesAtOnceIsTheRollUpInOneQuery() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        jdbc.sql("delete from observation where org_unit_code = 'duc-xuan' and period in ('2024-11-01', '2024-12-01')").update();
        putObservation("tan-dong", "social_order_crimes", "2024-12", 7);
        putObservation("tan-dong", "social_order_crimes", "2023-12", 9);
        putObservation("kim-ma", "officers", "2024-12", 14);
        // the wards with figures lie in every one of three slices, so each slice's sums count
        assertThat(jdbc.sql("""
                select count(distinct (hashtext(org_unit_code) & 65535) % 3) from observation
                """).query(Integer.class).single()).isEqualTo(3);
        RollUps inOneQuery = new RollUps(new RollUpRepository(jdbc, transactionManager, 1), observations);
        RollUps inThreeSlices = new RollUps(new RollUpRepository(jdbc, transactionManager, 3), observations);
        List<OrgUnit> areas = List.of(unit("vn"), unit("bac-kan"), unit("tp-bac-kan"), unit("ha-noi"), unit("binh-phuoc"));
        for (Window window : List.of(Window.year(2024), Window.quarter(2024, 4), Window.month(YearMonth.of(2024, 12)),
                Window.yearToDate(YearMonth.of(2024, 10)), Window.nineMonths(2024))) {
            List<String> sliced = inThreeSlices.of(catalog, areas, window).stream().map(RollUpTest::describe).toList();
            assertThat(sliced).as(window.code()).isEqualTo(inOneQuery.of(catalog, areas, window).stream().map(RollUpTest::describe).toList());
        }
        String country = describe(inThreeSlices.of(catalog, unit("vn"), Window.month(YearMonth.of(2024, 12))));
        // six Bắc Kạn wards and Tân Đồng compared; Đức Xuân left out, without November and December 2024
        assertThat(country).contains("compared Coverage[reporting=6, expected=").contains("left out duc-xuan NO_CURRENT 0/1")
                .contains("officers now=").contains("social_order_crimes now=");
    }

    @Test
    void aNationalRollUpInsideATransactionSumsWhatTheTransactionWroteInOneQuery() {
        putObservation("tan-dong", "social_order_crimes", "2023-12", 9);
        RollUps inThreeSlices = new RollUps(new RollUpRepository(jdbc, transactionManager, 3), observations);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        String seenInside = transaction.execute(status -> {
            putObservation("tan-dong", "social_order_crimes", "2024-12", 7); // not committed: other connections cannot see it
            status.setRollbackOnly();
            return describe(inThreeSlices.of(catalog, unit("vn"), Window.month(YearMonth.of(2024, 12))));
        });

        assertThat(seenInside).contains("compared Coverage[reporting=1, expected=").contains("social_order_crimes now=7 then=9 ");
        assertThat(count("select count(*) from observation where period = '2024-12-01'")).isZero();
    }

    /** Everything a roll-up says, its sums written plainly: the database's 5.0000 and Java's 5 are the same figure. */
    private static String describe(RolledUp rolled) {
        StringBuilder text = new StringBuilder(rolled.area().code() + " " + rolled.window().code() + " current " + rolled.current()
                + " prior " + rolled.prior() + " compared " + rolled.compared() + "\n");
        rolled.leftOut().forEach(out -> text.append("left out ").append(out.ward().code()).append(' ').append(out.reason())
                .append(' ').append(out.monthsNow()).append('/').append(out.monthsThen()).append('\n'));
        for (AreaChange change : rolled.indicators()) {
            IndicatorChange figures = change.change();
            text.append(figures.indicator().code()).append(" now=").append(plain(figures.current().value()))
                    .append(" then=").append(plain(figures.prior().value()))
                    .append(" parts=").append(plain(figures.current().numerator())).append('/').append(plain(figures.current().denominator()))
                    .append(',').append(plain(figures.prior().numerator())).append('/').append(plain(figures.prior().denominator()))
                    .append(" months=").append(figures.current().monthsReported()).append('/').append(figures.prior().monthsReported())
                    .append(" comparable=").append(change.comparable())
                    .append(" coverage ").append(change.current()).append(' ').append(change.prior()).append(' ').append(change.compared())
                    .append('\n');
        }
        return text.toString();
    }
}
