package org.wardstat.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.core.env.Environment;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.WardRanking;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.AreaComparisonText;
import org.wardstat.report.PeriodLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"So sánh một địa bàn (phường, quận, thành phố, tỉnh, cả nước) với cùng kỳ năm trước: số liệu cộng từ các phường,",
                "số phường có số liệu, giá trị p của kiểm định chính xác cho mỗi thay đổi và ý nghĩa của nó, rồi xếp hạng các phường.",
                "Compare an area with the same period last year: figures summed from its wards, how many wards reported,",
                "the exact test's p-value of each change and what it means, and the wards ranked by the change of one indicator."})
class CompareCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", required = true, paramLabel = "CODE", description = "Mã địa bàn, ví dụ tp-bac-kan. Area code.")
    String area;

    @Option(names = "--period", required = true, paramLabel = "WINDOW", description = {
            "2025, 2025-12, 2025-Q4, 2025-H1, 2025-9M, YTD-2025-10, R12-2025-10."})
    String period;

    @Option(names = "--rank", paramLabel = "INDICATOR", defaultValue = "social_order_crimes",
            description = "Chỉ tiêu để xếp hạng phường (mặc định ${DEFAULT-VALUE}). Indicator to rank wards by.")
    String rankBy;

    @Override
    public Integer call() {
        Window window = Window.parse(period).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "Không hiểu kỳ “" + period + "” (ví dụ: 2025, 2025-Q4, 2025-H1, YTD-2025-10)"));
        try (Wardstat app = Wardstat.start(root.language)) {
            Catalog catalog = app.bean(CatalogRepository.class).load();
            OrgUnit unit = catalog.unit(area).orElse(null);
            if (unit == null) {
                app.out.println(app.messages.get("cli.template.unknown-area", area));
                return 1;
            }
            Indicator ranked = catalog.indicators().stream().filter(i -> i.code().equals(rankBy)).findFirst().orElse(null);
            if (ranked == null) {
                app.out.println(app.messages.get("cli.compare.unknown-indicator", rankBy));
                return 1;
            }
            ReportingCalendar calendar = ReportingCalendar.of(app.bean(Environment.class).getProperty("wardstat.periods", "calendar"));
            RollUps rollUps = app.bean(RollUps.class);
            AreaComparisonText text = new AreaComparisonText(app.messages);
            RolledUp figures = rollUps.of(catalog, unit, window);
            text.lines(figures, PeriodLabels.name(window, app.messages), PeriodLabels.dates(window, calendar, app.messages))
                    .forEach(app.out::println);
            List<OrgUnit> wards = rollUps.units(catalog, unit, window);
            if (wards.size() > 1) {
                app.out.println();
                text.ranking(WardRanking.rank(rollUps.of(catalog, wards, window), ranked.code()), ranked).forEach(app.out::println);
            }
            return 0;
        }
    }
}
