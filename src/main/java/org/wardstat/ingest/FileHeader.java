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
 * the long layout (one value per row); one with indicators as rows and wards or months as
 * columns is transposed; otherwise it is wide (one row per ward and month, one column per
 * indicator). What the sheet says once for all its rows (the month in its title, the ward of a
 * ward's own report) is its {@link Context}.
 *
 * @param ward   the column of the ward (code or name); -1 when the context or the columns give it
 * @param period the column of the month; -1 when the context or the columns give it
 */
public record FileHeader(Layout layout, List<Column> columns, int ward, int period, int indicator, int value, int note,
                         Context context) {

    public enum Layout { WIDE, LONG, TRANSPOSED }

    /**
     * LABEL: a cell naming a row's indicator (transposed). WARD_VALUES, PERIOD_VALUES: a column of
     * one ward's or one month's figures (transposed). TOTAL: a column that adds up the others.
     */
    public enum Role { WARD, PERIOD, INDICATOR_NAME, VALUE, NOTE, INDICATOR, DERIVED_RATE, IGNORED, UNKNOWN,
        LABEL, WARD_VALUES, PERIOD_VALUES, TOTAL }

    /**
     * @param indicator for a wide INDICATOR or DERIVED_RATE column: which one
     * @param stands    for a WARD_VALUES column the ward's code, for a PERIOD_VALUES column the month (2024-11)
     */
    public record Column(int index, String name, Role role, Indicator indicator, String stands) {

        public Column(int index, String name, Role role, Indicator indicator) {
            this(index, name, role, indicator, null);
        }
    }

    /**
     * What a sheet states once for all its rows, and where: "2024-11" from "tiêu đề, dòng 3".
     *
     * @param where how a message names the place, in place of a column
     */
    public record SheetValue(String text, String where) {
    }

    /**
     * @param ward   the ward of every row, when no column gives it
     * @param period the month of every row, when no column gives it
     * @param area   the unit whose wards a ward name may mean (null: any)
     * @param labels how row labels and headers are matched to indicators (transposed sheets, form profiles)
     */
    public record Context(SheetValue ward, SheetValue period, String area, IndicatorLabels labels) {
        static final Context NONE = new Context(null, null, null, null);
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

    static final Set<String> WARD = names("ward_code", "ward", "ma don vi", "ma phuong", "ma dv");
    static final Set<String> PERIOD = names("period", "month", "ky bao cao", "ky", "thang");
    static final Set<String> INDICATOR_NAME = names("indicator", "indicator_code", "chi tieu", "ma chi tieu");
    static final Set<String> VALUE = names("value", "gia tri", "so lieu");
    static final Set<String> NOTE = names("note", "ghi chu");
    static final Set<String> FOR_PEOPLE = names("ward_name", "ten don vi", "ten phuong", "stt", "unit", "don vi tinh",
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
                find(columns, Role.INDICATOR_NAME), find(columns, Role.VALUE), find(columns, Role.NOTE), Context.NONE);
    }

    public String name(int column) {
        return columns.get(column).name();
    }

    /** Whether the header is the first row and names its ward and month columns itself, as wardstat's own files do. */
    public boolean plain() {
        return context == Context.NONE;
    }

    private static int index(List<Column> columns, Role role, String expected, String reasonCode) {
        int index = find(columns, role);
        if (index < 0) {
            throw new Invalid(expected, reasonCode);
        }
        return index;
    }

    static int find(List<Column> columns, Role role) {
        return columns.stream().filter(c -> c.role() == role).mapToInt(Column::index).findFirst().orElse(-1);
    }

    static Set<String> names(String... names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            set.add(Names.normalize(name));
        }
        return set;
    }
}
