package org.wardstat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.Names;

/**
 * What the columns of a sheet hold. A sheet with an indicator column and a value column is in
 * the long layout (one value per row); otherwise it is wide (one row per ward and month, one
 * column per indicator).
 */
public record FileHeader(Layout layout, List<Column> columns, int ward, int period, int indicator, int value, int note) {

    public enum Layout { WIDE, LONG }

    public enum Role { WARD, PERIOD, INDICATOR_NAME, VALUE, NOTE, INDICATOR, DERIVED_RATE, IGNORED, UNKNOWN }

    /** @param indicator for a wide INDICATOR or DERIVED_RATE column: which one */
    public record Column(int index, String name, Role role, Indicator indicator) {
    }

    /** A header that cannot be used at all: nothing in the file is loaded. */
    public static final class Invalid extends RuntimeException {
        public final String column;
        public final String reasonCode;

        Invalid(String column, String reasonCode) {
            super(reasonCode + ": " + column);
            this.column = column;
            this.reasonCode = reasonCode;
        }
    }

    private static final Set<String> WARD = names("ward_code", "ward", "ma don vi", "ma phuong", "ma dv");
    private static final Set<String> PERIOD = names("period", "month", "ky bao cao", "ky", "thang");
    private static final Set<String> INDICATOR_NAME = names("indicator", "indicator_code", "chi tieu", "ma chi tieu");
    private static final Set<String> VALUE = names("value", "gia tri", "so lieu");
    private static final Set<String> NOTE = names("note", "ghi chu");
    private static final Set<String> FOR_PEOPLE = names("ward_name", "ten don vi", "ten phuong", "stt", "unit", "don vi tinh",
            "indicator_name", "ten chi tieu");

    public static FileHeader of(List<String> header, Catalog catalog) {
        List<Column> columns = new ArrayList<>();
        Set<String> indicatorsSeen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String key = Names.normalize(name);
            Role role = WARD.contains(key) ? Role.WARD
                    : PERIOD.contains(key) ? Role.PERIOD
                    : INDICATOR_NAME.contains(key) ? Role.INDICATOR_NAME
                    : VALUE.contains(key) ? Role.VALUE
                    : NOTE.contains(key) ? Role.NOTE
                    : FOR_PEOPLE.contains(key) || key.isEmpty() ? Role.IGNORED
                    : null;
            Optional<Indicator> indicator = role == null ? catalog.indicatorByHeader(name) : Optional.empty();
            if (role == null) {
                role = indicator.map(ind -> ind.isRate() ? Role.DERIVED_RATE : Role.INDICATOR).orElse(Role.UNKNOWN);
                if (indicator.isPresent() && !indicatorsSeen.add(indicator.get().code())) {
                    throw new Invalid(name, "header.duplicate");
                }
            }
            columns.add(new Column(i, name, role, indicator.orElse(null)));
        }
        int ward = index(columns, Role.WARD, "ward_code / Mã đơn vị", "header.no-ward");
        int period = index(columns, Role.PERIOD, "period / Kỳ báo cáo", "header.no-period");
        boolean isLong = find(columns, Role.INDICATOR_NAME) >= 0 && find(columns, Role.VALUE) >= 0;
        if (!isLong && columns.stream().noneMatch(c -> c.role() == Role.INDICATOR)) {
            throw new Invalid(String.join(", ", header), "header.no-indicator");
        }
        return new FileHeader(isLong ? Layout.LONG : Layout.WIDE, List.copyOf(columns), ward, period,
                find(columns, Role.INDICATOR_NAME), find(columns, Role.VALUE), find(columns, Role.NOTE));
    }

    public String name(int column) {
        return columns.get(column).name();
    }

    private static int index(List<Column> columns, Role role, String expected, String reasonCode) {
        int index = find(columns, role);
        if (index < 0) {
            throw new Invalid(expected, reasonCode);
        }
        return index;
    }

    private static int find(List<Column> columns, Role role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(Column::index).findFirst().orElse(-1);
    }

    private static Set<String> names(String... names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            set.add(Names.normalize(name));
        }
        return set;
    }
}
