package org.wardstat.analytics;

import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each ward's sums over a window and the same window a year earlier, side by side, in one query (sql/ward-figures.sql). */
@Repository
class RollUpRepository {

    /** One ward and indicator, both sides of the comparison as summed by the query; a side is null when it has nothing. */
    record WardSums(String ward, String indicator, Side now, Side then) {
    }

    private final JdbcClient jdbc;
    private final String query;

    RollUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            this.query = new ClassPathResource("sql/ward-figures.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the rows to the consumer, so ten thousand wards' rows are never all held at once.
     * The rows of wards not asked for may come too (when most are asked for, the query reads
     * every ward); the consumer skips them.
     */
    void wardSums(Window window, Collection<String> wards, int wardsInCatalog, Consumer<WardSums> consumer) {
        boolean everyWard = wards.size() > wardsInCatalog / 2;
        // the parts of both windows, by grain; a part's side is told by its first month
        List<WindowParts.Part> parts = new java.util.ArrayList<>(WindowParts.of(window));
        parts.addAll(WindowParts.of(window.sameWindowYearEarlier()));
        jdbc.sql(query)
                .param("everyWard", everyWard)
                .param("wards", everyWard ? new String[0] : wards.toArray(String[]::new))
                .param("currentFirst", Date.valueOf(window.first().atDay(1)))
                .param("years", starts(parts, "Y"))
                .param("quarters", starts(parts, "Q"))
                .param("months", starts(parts, "M"))
                .query(rs -> {
                    consumer.accept(new WardSums(rs.getString("ward"), rs.getString("indicator"), side(rs, "now_"), side(rs, "then_")));
                });
    }

    private static Date[] starts(List<WindowParts.Part> parts, String grain) {
        return parts.stream().filter(part -> part.grain().equals(grain)).map(part -> Date.valueOf(part.start().atDay(1))).toArray(Date[]::new);
    }

    private static Side side(ResultSet rs, String prefix) throws SQLException {
        if (rs.getObject(prefix + "months") == null) {
            return null;
        }
        BigDecimal lastValue = rs.getBigDecimal(prefix + "last_value");
        BigDecimal denominator = rs.getBigDecimal(prefix + "denominator");
        return new Side(ObservationRepository.plain(rs.getBigDecimal(prefix + "total")),
                lastValue == null ? null : ObservationRepository.plain(lastValue),
                denominator == null ? null : ObservationRepository.plain(denominator),
                YearMonth.from(rs.getDate(prefix + "first").toLocalDate()), YearMonth.from(rs.getDate(prefix + "last").toLocalDate()),
                rs.getInt(prefix + "months"));
    }
}
