package org.wardstat.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.BriefingBuilder;
import org.wardstat.report.pdf.BriefingPdf;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Tạo báo cáo PDF của một phường cho một năm hoặc một tháng, so với cùng kỳ năm trước.",
                "Render the PDF briefing of one ward for a year or a month, against the same period a year earlier."})
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--ward", required = true, paramLabel = "CODE", description = "Mã phường, ví dụ duc-xuan. Ward code.")
    String ward;

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

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp PDF (mặc định reports/briefings/...). Output file.")
    Path out;

    @Override
    public Integer call() {
        Window window = period.year != null ? Window.year(period.year)
                : period.month != null ? Window.month(period.month)
                : Window.parse(period.window).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "Không hiểu kỳ “" + period.window + "” (ví dụ: 2025-Q4, 2025-H1, YTD-2025-10)"));
        try (Wardstat app = Wardstat.start(root.language)) {
            Path target = out != null ? out.toAbsolutePath()
                    : defaultTarget(app.bean(WardstatProperties.class), ward, window, app.messages.locale().getLanguage());
            try {
                render(app, app.bean(CatalogRepository.class).load(), ward, window, target);
                return 0;
            } catch (IllegalArgumentException e) {
                app.out.println(e.getMessage());
                return 1;
            }
        }
    }

    static Path render(Wardstat app, Catalog catalog, String ward, Window window, Path target) {
        var briefing = app.bean(BriefingBuilder.class).build(catalog, ward, window, app.messages);
        Path written = app.bean(BriefingPdf.class).write(briefing, target);
        app.out.println(app.messages.get("cli.report.written", written));
        return written;
    }

    /** reports/briefings/2023/duc-xuan-2023.pdf, reports/briefings/2024-12/duc-xuan-2024-12.pdf */
    static Path defaultTarget(WardstatProperties properties, String ward, Window window, String language) {
        String period = window.code();
        String suffix = language.equals("vi") ? "" : "-" + language;
        return properties.reports().resolve("briefings").resolve(period).resolve(ward + "-" + period + suffix + ".pdf");
    }
}
