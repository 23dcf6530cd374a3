package org.wardstat.ingest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the sheets under {@code src/test/resources/files/real/}: the six wards of
 * Thành phố Bắc Kạn in November 2024, fifteen indicators. Each real sheet carries these figures
 * in its own layout, and each must load to exactly what the template filled with them loads to.
 */
final class BacKanNovember2024 {

    static final List<String> WARDS = List.of("duc-xuan", "phung-chi-kien", "huyen-tung", "nguyen-thi-minh-khai", "xuat-hoa", "song-cau");

    /** Indicator → the six wards' figures, in {@link #WARDS} order. */
    static final Map<String, List<BigDecimal>> FIGURES = new LinkedHashMap<>();

    static {
        put("social_order_crimes", 2, 1, 0, 3, 1, 2);
        put("social_order_crimes_cleared", 2, 1, 0, 2, 1, 1);
        put("social_order_suspects", 3, 1, 0, 4, 2, 1);
        put("drug_crimes", 0, 1, 0, 1, 0, 0);
        put("social_evils", 1, 0, 0, 2, 0, 1);
        put("traffic_accidents", 1, 0, 1, 2, 0, 1);
        put("traffic_deaths", 0, 0, 0, 1, 0, 0);
        put("traffic_injuries", 1, 0, 1, 2, 0, 1);
        put("fires", 0, 0, 1, 0, 0, 0);
        FIGURES.put("fire_damage", List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.35"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO));
        put("crime_reports_received", 4, 2, 1, 5, 2, 3);
        put("crime_reports_resolved", 4, 2, 1, 5, 2, 3);
        put("admin_procedures_received", 352, 198, 143, 410, 176, 221);
        put("admin_procedures_on_time", 352, 198, 143, 410, 176, 221);
        put("admin_procedures_early", 70, 40, 29, 82, 35, 44);
    }

    private BacKanNovember2024() {
    }

    private static void put(String indicator, long... values) {
        FIGURES.put(indicator, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
    }

    static BigDecimal sum(String indicator) {
        return FIGURES.get(indicator).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
