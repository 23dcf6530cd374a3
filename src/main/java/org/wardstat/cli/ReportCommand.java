package org.wardstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.ReportService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Tạo báo cáo của một phường (báo cáo tình hình) hoặc một địa bàn — quận, thành phố, tỉnh (báo cáo",
                "sơ kết, tổng kết) — cho một kỳ, so với cùng kỳ năm trước, dạng PDF và Excel. Mỗi lần tạo được lưu",
                "vào reports/archive/<đơn vị>/<kỳ>/; bản mới nhất ở reports/briefings/<kỳ>/ (phường) hoặc reports/areas/<kỳ>/.",
                "Render the report of a ward or an area for a period, against the same period a year earlier, as PDF and",
                "workbook. Every edition is archived; the latest is also under reports/briefings or reports/areas."})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"--ward", "--area", "--unit"}, required = true, paramLabel = "CODE",
            description = "Mã phường hoặc địa bàn, ví dụ duc-xuan, tp-bac-kan, bac-kan. Ward or area code.")
    String unit;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    static class Period {
        @Option(names = "--year", paramLabel = "YYYY", description = "Cả năm. A calendar year.")
        Integer year;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "Một tháng. One month.")
        YearMonth month;

        @Option(names = "--period", paramLabel = "WINDOW", description = {
                "Kỳ bất kỳ / any window: 2025, 2025-12, 2025-Q4 (quý), 2025-H1 (6 tháng), 2025-9M (9 tháng),",
                "YTD-2025-10 (từ đầu năm đến hết tháng 10), R12-2025-10 (12 tháng đến hết tháng 10)."})
        String window;
    }

    @Option(names = "--format", split = ",", paramLabel = "pdf,xlsx", defaultValue = "pdf,xlsx",
            description = "Định dạng: pdf, xlsx hoặc cả hai (mặc định). Formats (default both).")
    List<String> formats;

    @Override
    public Integer call() {
        Window window = period.year != null ? Window.year(period.year)
                : period.month != null ? Window.month(period.month)
                : Window.parse(period.window).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "Không hiểu kỳ “" + period.window + "” (ví dụ: 2025-Q4, 2025-H1, YTD-2025-10)"));
        Set<ReportService.Format> wanted = formats(formats, spec);
        try (Wardstat app = Wardstat.start(root.language)) {
            ReportService reports = app.bean(ReportService.class);
            long run = reports.startRun("report");
            try {
                for (Path written : reports.render(run, app.bean(CatalogRepository.class).load(), unit, window, app.messages, wanted)) {
                    app.out.println(app.messages.get("cli.report.written", written));
                }
                reports.finishRun(run, true);
                return 0;
            } catch (IllegalArgumentException e) {
                reports.finishRun(run, false);
                app.out.println(e.getMessage());
                return 1;
            }
        }
    }

    static Set<ReportService.Format> formats(List<String> names, picocli.CommandLine.Model.CommandSpec spec) {
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        for (String name : names) {
            formats.add(ReportService.Format.of(name).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Định dạng “" + name + "” không có; dùng pdf, xlsx. Unknown format.")));
        }
        return formats;
    }
}
