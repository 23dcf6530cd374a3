package org.wardstat.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.approval.ApprovalRefused;
import org.wardstat.approval.Approvals;
import org.wardstat.approval.WardMonthStatus;
import org.wardstat.audit.AuditTrail;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * approve, lock, unlock and approvals: the approval chain from the command line. The command line
 * has no sign-in: it acts as the user named by {@code --user} (or WARDSTAT_USER), with exactly that
 * user's rights, and the audit trail records the user and the operating-system account.
 */
final class ApprovalCommands {

    private ApprovalCommands() {
    }

    /** What every approval command takes. */
    abstract static class AreaAndPeriod implements Callable<Integer> {
        @ParentCommand
        WardstatCli root;

        @Option(names = "--area", required = true, paramLabel = "CODE")
        String area;

        @Option(names = "--period", required = true, paramLabel = "WINDOW")
        Window window;

        @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:WARDSTAT_USER}")
        String user;

        AuditTrail.Actor actor() {
            return new AuditTrail.Actor(user + " (os:" + System.getProperty("user.name") + ")", "cli", null);
        }

        /** Runs the action; a refusal is said on standard error with exit code 1. */
        Integer act(Action action) {
            try (Wardstat app = Wardstat.start(root.language)) {
                if (user == null || user.isBlank()) {
                    System.err.println("wardstat: " + app.messages.get("cli.approval.no-user"));
                    return WrongUsage.EXIT_CODE;
                }
                try {
                    return action.run(app, app.bean(Approvals.class));
                } catch (ApprovalRefused refused) {
                    System.err.println("wardstat: " + refused.getMessage());
                    return 1;
                }
            }
        }

        interface Action {
            int run(Wardstat app, Approvals approvals);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true)
    static class Approve extends AreaAndPeriod {
        @Override
        public Integer call() {
            return act((app, approvals) -> {
                Approvals.Outcome outcome = approvals.approve(user, actor(), area, window, app.messages);
                app.out.println(app.messages.get("cli.approve.done", outcome.done(), outcome.already(), outcome.withoutFigures(),
                        area, window.code()));
                return 0;
            });
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true)
    static class Lock extends AreaAndPeriod {
        @Override
        public Integer call() {
            return act((app, approvals) -> {
                Approvals.Outcome outcome = approvals.lock(user, actor(), area, window, app.messages);
                app.out.println(app.messages.get("cli.lock.done", outcome.done(), outcome.already(), outcome.withoutFigures(),
                        area, window.code()));
                return 0;
            });
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true)
    static class Unlock extends AreaAndPeriod {
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            return act((app, approvals) -> {
                Approvals.Outcome outcome = approvals.unlock(user, actor(), area, window, reason, app.messages);
                app.out.println(app.messages.get("cli.unlock.done", outcome.done(), area, window.code()));
                return 0;
            });
        }
    }

    /** Each ward's month: submitted, approved by whom and when, locked. Needs no user: it changes nothing. */
    @Command(name = "approvals", mixinStandardHelpOptions = true)
    static class Status implements Callable<Integer> {
        @ParentCommand
        WardstatCli root;

        @Option(names = "--area", required = true, paramLabel = "CODE")
        String area;

        @Option(names = "--period", required = true, paramLabel = "WINDOW")
        Window window;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(root.language)) {
                List<WardMonthStatus> rows;
                try {
                    rows = app.bean(Approvals.class).status(area, window, app.messages);
                } catch (ApprovalRefused refused) {
                    System.err.println("wardstat: " + refused.getMessage());
                    return 1;
                }
                ZoneId zone = app.bean(WardstatProperties.class).zone();
                app.out.println(app.messages.get("cli.approvals.header"));
                int approved = 0;
                int locked = 0;
                int submitted = 0;
                for (WardMonthStatus row : rows) {
                    submitted += row.submitted() ? 1 : 0;
                    approved += row.approved() ? 1 : 0;
                    locked += row.locked() ? 1 : 0;
                    app.out.printf("  %02d/%d  %-34s %-18s %-44s %s%n", row.month().getMonthValue(), row.month().getYear(), row.wardName(),
                            row.submitted() ? time(row.submittedAt(), zone) : app.messages.get("cli.approvals.no-figures"),
                            row.approved() ? app.messages.get("cli.approvals.approved", row.approvedBy(), row.approverUnitName(),
                                    time(row.approvedAt(), zone)) : app.messages.get("cli.approvals.not-approved"),
                            row.locked() ? app.messages.get("cli.approvals.locked", row.lockedBy(), time(row.lockedAt(), zone)) : "");
                }
                app.out.println(app.messages.get("cli.approvals.total", rows.size(), submitted, approved, locked));
                return 0;
            }
        }

        private static String time(Instant instant, ZoneId zone) {
            return instant.atZone(zone).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        }
    }
}
