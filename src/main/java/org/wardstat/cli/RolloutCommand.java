package org.wardstat.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.rollout.Designation;
import org.wardstat.rollout.Rollout;
import org.wardstat.rollout.RolloutRepository;
import org.wardstat.rollout.RolloutTarget;
import org.wardstat.rollout.RolloutText;
import org.wardstat.rollout.Rollouts;
import org.wardstat.rollout.YearProgress;
import org.wardstat.system.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rollout", mixinStandardHelpOptions = true)
class RolloutCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParentCommand
    WardstatCli root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", paramLabel = "CODE")
    String area;

    @Option(names = "--year", paramLabel = "YYYY")
    Integer year;

    @Option(names = "--designations", paramLabel = "FILE")
    Path designations;

    @Option(names = "--targets", paramLabel = "FILE")
    Path targets;

    @Override
    public Integer call() {
        if (area == null && designations == null && targets == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.forLanguage(root.language).get("rollout.nothing-to-do"));
        }
        try (Wardstat app = Wardstat.start(root.language)) {
            load(app, designations, targets);
            if (area == null) {
                return 0;
            }
            OrgUnit unit = app.bean(CatalogRepository.class).load().unit(area).orElse(null);
            if (unit == null) {
                app.out.println(app.messages.get("cli.template.unknown-area", area));
                return 1;
            }
            if (app.bean(RolloutRepository.class).designations().isEmpty()) {
                app.out.println(app.messages.get("rollout.no-designations"));
            }
            print(app, app.bean(Rollouts.class).progress(unit, year));
            return 0;
        }
    }

    /** Loads whichever of the two files is given, saying how much each held. */
    static void load(Wardstat app, Path designationFile, Path targetFile) {
        Rollouts rollouts = app.bean(Rollouts.class);
        if (designationFile != null) {
            List<Designation> loaded = rollouts.loadDesignations(designationFile);
            app.out.println(app.messages.get("rollout.loaded.designations", loaded.size(),
                    loaded.stream().filter(d -> d.yearRecognised() != null).count(), designationFile));
        }
        if (targetFile != null) {
            List<RolloutTarget> loaded = rollouts.loadTargets(targetFile);
            app.out.println(app.messages.get("rollout.loaded.targets", loaded.size(),
                    loaded.stream().map(RolloutTarget::areaCode).distinct().count(), targetFile));
        }
    }

    private static void print(Wardstat app, Rollout rollout) {
        boolean vi = app.messages.isVietnamese();
        RolloutText text = new RolloutText(app.messages);
        app.out.println(app.messages.get("rollout.title", rollout.area().name(vi)));
        app.out.println(rollout.targetArea() == null ? app.messages.get("rollout.no-targets", rollout.area().name(vi))
                : app.messages.get("rollout.targets", rollout.targetArea().name(vi), rollout.targets().stream()
                        .map(t -> app.messages.get("rollout.targets.item", String.valueOf(t.year()), text.band(t)))
                        .collect(Collectors.joining("; "))));
        app.out.println(app.messages.get("rollout.counting"));
        app.out.println();
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {app.messages.get("rollout.table.year"), app.messages.get("rollout.table.wards"),
                app.messages.get("rollout.table.selected"), app.messages.get("rollout.table.recognised"),
                app.messages.get("rollout.table.percent"), app.messages.get("rollout.table.target"),
                app.messages.get("rollout.table.status"), app.messages.get("rollout.table.projection")});
        for (YearProgress row : rollout.years()) {
            table.add(new String[] {String.valueOf(row.year()), String.valueOf(row.wards()), String.valueOf(row.selected()),
                    String.valueOf(row.recognised()), text.percent(row),
                    row.band() == null ? "" : text.band(row.band()) + " (" + row.band().year() + ")",
                    text.status(row), text.projectedYear(row)});
        }
        printTable(app, table);
        app.out.println();
        app.out.println(text.sentence(rollout.latest(), rollout.fullTarget()));
        app.out.println(text.pace(rollout.latest()));
        app.out.println();
        app.out.println(app.messages.get("rollout.wards"));
        int width = rollout.wards().stream().mapToInt(w -> w.ward().name(vi).length()).max().orElse(0);
        for (Rollout.WardDesignation ward : rollout.wards()) {
            app.out.printf("  %-" + width + "s  %s%s%n", ward.ward().name(vi), designation(app, ward.designation()),
                    ward.ward().validTo() == null ? "" : " " + app.messages.get("rollout.ward.ended", ward.ward().validTo().format(DAY)));
        }
    }

    private static String designation(Wardstat app, Designation d) {
        if (d == null) {
            return app.messages.get("rollout.ward.none");
        }
        if (d.yearRecognised() == null) {
            return app.messages.get("rollout.ward.selected", String.valueOf(d.yearSelected()));
        }
        return app.messages.get("rollout.ward.recognised", String.valueOf(d.yearSelected()), String.valueOf(d.yearRecognised()),
                d.decisionNumber(), d.decisionDate().format(DAY));
    }

    /** Columns as wide as their widest cell; the counts and the share right-aligned, the rest left. */
    private static void printTable(Wardstat app, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String format = i >= 1 && i <= 4 ? "%" + widths[i] + "s" : "%-" + widths[i] + "s";
                line.append(i == 0 ? "" : "  ").append(String.format(format, r[i]));
            }
            app.out.println(line.toString().stripTrailing());
        }
    }
}
