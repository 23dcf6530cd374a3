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
 * What each column of a wide file holds: the ward, the period, an indicator, a column kept for
 * people (ward name, note), or something wardstat does not know.
 */
public record WideHeader(List<Column> columns, int wardColumn, int periodColumn) {

    public enum Role { WARD, PERIOD, INDICATOR, DERIVED_RATE, IGNORED, UNKNOWN }

    public record Column(int index, String name, Role role, Indicator indicator) {
    }

    private static final Set<String> WARD = names("ward_code", "ward", "ma don vi", "ma phuong", "ma dv");
    private static final Set<String> PERIOD = names("period", "month", "ky bao cao", "ky", "thang");
    private static final Set<String> FOR_PEOPLE = names("ward_name", "ten don vi", "ten phuong", "note", "ghi chu", "stt");

    /** A header that cannot be read at all: nothing in the file is loaded. */
    public static final class Invalid extends RuntimeException {
        public final String column;
        public final String reasonCode;

        Invalid(String column, String reasonCode) {
            super(reasonCode + ": " + column);
            this.column = column;
            this.reasonCode = reasonCode;
        }
    }

    public static WideHeader of(List<String> header, Catalog catalog) {
        List<Column> columns = new ArrayList<>();
        Set<String> indicatorsSeen = new HashSet<>();
        int ward = -1;
        int period = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String key = Names.normalize(name);
            Optional<Indicator> indicator = catalog.indicatorByHeader(name);
            Role role;
            if (WARD.contains(key)) {
                role = Role.WARD;
                ward = i;
            } else if (PERIOD.contains(key)) {
                role = Role.PERIOD;
                period = i;
            } else if (FOR_PEOPLE.contains(key) || key.isEmpty()) {
                role = Role.IGNORED;
            } else if (indicator.isPresent()) {
                role = indicator.get().isRate() ? Role.DERIVED_RATE : Role.INDICATOR;
                if (!indicatorsSeen.add(indicator.get().code())) {
                    throw new Invalid(name, "header.duplicate");
                }
            } else {
                role = Role.UNKNOWN;
            }
            columns.add(new Column(i, name, role, indicator.orElse(null)));
        }
        if (ward < 0) {
            throw new Invalid("ward_code / Mã đơn vị", "header.no-ward");
        }
        if (period < 0) {
            throw new Invalid("period / Kỳ báo cáo", "header.no-period");
        }
        return new WideHeader(List.copyOf(columns), ward, period);
    }

    private static Set<String> names(String... names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            set.add(Names.normalize(name));
        }
        return set;
    }
}
