package org.wardstat.analytics;

import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Indicator.Better;
import org.wardstat.catalog.Indicator.Kind;

/** Small hand-made indicators for calculation tests, shaped like the real catalog's. */
public final class TestIndicators {

    public static final Indicator CRIMES = flow("social_order_crimes", "vụ", Better.LOWER);
    public static final Indicator CLEARED = flow("social_order_crimes_cleared", "vụ", Better.HIGHER);
    public static final Indicator CLEARANCE = new Indicator("clearance_rate", 3, "Tỷ lệ khám phá", "Clearance rate",
            "%", "%", Kind.RATE, Better.HIGHER, 2, "social_order_crimes_cleared", "social_order_crimes");
    public static final Indicator HOTSPOTS = new Indicator("hotspots", 4, "Tụ điểm", "Hotspots", "tụ điểm", "hotspots",
            Kind.STOCK, Better.LOWER, 0, null, null);

    private TestIndicators() {
    }

    public static Indicator flow(String code, String unit, Better better) {
        return new Indicator(code, 1, code, code, unit, unit, Kind.FLOW, better, 0, null, null);
    }
}
