package org.wardstat.jobs;

import java.util.Set;
import java.util.TreeSet;

import org.wardstat.analytics.Window;
import org.wardstat.audit.AuditTrail;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * What the audit trail says of a report asked for: by whom, through which channel, which
 * report and what came of the asking (the run, or the run already going or done). A job's
 * scheduled run is the scheduler's own doing and is not a request.
 */
final class RequestAudit {

    private RequestAudit() {
    }

    static boolean askedByAPerson(RunParameters.Trigger trigger) {
        return trigger == RunParameters.Trigger.WEB || trigger == RunParameters.Trigger.MANUAL || trigger == RunParameters.Trigger.CLI;
    }

    static AuditTrail.Actor actor(RunParameters.Trigger trigger, String requestedBy) {
        return switch (trigger) {
            case WEB, MANUAL -> AuditTrail.Actor.web(requestedBy, null);
            case CLI -> new AuditTrail.Actor(requestedBy, "cli", null);
            case SCHEDULE, CATCH_UP -> AuditTrail.Actor.scheduler();
        };
    }

    static String report(String unit, Window window, Set<ReportService.Format> formats, RunLauncher.Launch launch) {
        Set<String> names = new TreeSet<>();
        formats.forEach(format -> names.add(format.name().toLowerCase()));
        return Messages.vietnamese().get("audit.report-request.report", unit, window.code(), String.join(", ", names), launch.run(),
                outcome(launch));
    }

    static String publish(JobDefinition job, Window window, RunLauncher.Launch launch) {
        return Messages.vietnamese().get("audit.report-request.publish", job.name(), window.code(), launch.run(), outcome(launch));
    }

    private static String outcome(RunLauncher.Launch launch) {
        return Messages.vietnamese().get("audit.report-request." + launch.result().name().toLowerCase().replace('_', '-'));
    }
}
