package org.wardstat.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.wardstat.approval.FigureStanding;
import org.wardstat.distribution.RecipientList;
import org.wardstat.report.ReportService;

/**
 * One scheduled job, as a user wrote it in {@code jobs/<name>.job}.
 *
 * @param inbox     folder whose statistics files are loaded first (files loaded are moved to {@code da-nap/})
 * @param scope     the areas (org unit codes) the job reports on
 * @param reports   which reports: the areas themselves, every district-level unit below them, every ward below them
 * @param output    folder that also receives a copy of each report, by period
 * @param catchUp   whether a fire missed while no server ran is made up at start
 * @param require   the figures must be approved (or locked) before the run renders; until then it waits
 * @param recipients who gets the run's PDFs by e-mail
 */
public record JobDefinition(String name, Path file, String title, Schedule schedule, Path inbox, List<String> scope,
                            PeriodRule period, Set<ReportKind> reports, Set<ReportService.Format> formats, String language,
                            Path output, boolean catchUp, FigureStanding.Requirement require, RecipientList recipients) {

    public enum ReportKind { AREA, DISTRICTS, WARDS }

    /** The period a run starting at this instant reports on, by the day it is in the job's time zone. */
    public org.wardstat.analytics.Window periodAt(java.time.Instant instant) {
        return period.windowFor(instant.atZone(schedule.zone()).toLocalDate());
    }
}
