package org.wardstat.analytics;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;

/**
 * Which wards of an area sent their figures for a period, and when: on time (by the deadline,
 * the given day of the month after the period), late, not yet (the deadline has not passed), or
 * not at all. A ward-month counts as submitted when the first file carrying any of its values
 * was loaded.
 */
@Service
public class Completeness {

    public enum Status { ON_TIME, LATE, PENDING, MISSING }

    /** @param firstSubmitted null when nothing arrived; {@code files} counts resubmissions too */
    public record WardSubmission(OrgUnit ward, Status status, Instant firstSubmitted, int files) {
    }

    public record Report(OrgUnit area, YearMonth period, LocalDate deadline, List<WardSubmission> wards) {
        public long count(Status status) {
            return wards.stream().filter(w -> w.status() == status).count();
        }
    }

    private final JdbcClient jdbc;
    private final CatalogRepository catalogs;
    private final Clock clock;
    private final int deadlineDay;

    Completeness(JdbcClient jdbc, CatalogRepository catalogs, Clock clock,
                 @Value("${wardstat.submission.deadline-day:17}") int deadlineDay) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.clock = clock;
        this.deadlineDay = deadlineDay;
    }

    /** The deadline: the configured day of the month after the period, to the end of that day. */
    public LocalDate deadline(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    public Report of(OrgUnit area, YearMonth period) {
        Catalog catalog = catalogs.load();
        LocalDate deadline = deadline(period);
        ZoneId zone = clock.getZone();
        Instant due = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        boolean deadlinePassed = !clock.instant().isBefore(due);
        Map<String, WardSubmission> submitted = new HashMap<>();
        jdbc.sql("""
                select org_unit_code, min(submitted_at) as first, count(*) as files
                from submission where period = :period group by org_unit_code
                """)
                .param("period", Date.valueOf(period.atDay(1)))
                .query(rs -> {
                    Instant first = rs.getTimestamp("first").toInstant();
                    int files = rs.getInt("files");
                    catalog.unit(rs.getString("org_unit_code")).ifPresent(ward -> submitted.put(ward.code(),
                            new WardSubmission(ward, first.isBefore(due) ? Status.ON_TIME : Status.LATE, first, files)));
                });
        List<WardSubmission> wards = catalog.wardsUnder(area).stream()
                .map(ward -> submitted.getOrDefault(ward.code(),
                        new WardSubmission(ward, deadlinePassed ? Status.MISSING : Status.PENDING, null, 0)))
                .toList();
        return new Report(area, period, deadline, wards);
    }
}
