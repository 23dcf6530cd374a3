package org.wardstat.cli;

import java.time.YearMonth;

import org.wardstat.analytics.Window;
import org.wardstat.ingest.PeriodParser;
import org.wardstat.report.ReportService;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads months, windows and whole numbers, for every command at once. A
 * value it cannot read fails the parse, before anything starts; {@link WrongUsage} then says in
 * one line which option and which forms it takes.
 */
final class ArgumentTypes {

    private ArgumentTypes() {
    }

    static void register(CommandLine commandLine) {
        // a month as files write it: 2024-12, 12/2024, T12/2024, Tháng 12/2024
        commandLine.registerConverter(YearMonth.class, month());
        // a window: 2025, 2025-12, 2025-Q4, 2025-H1, 2025-H2, 2025-9M, YTD-2025-10, R12-2025-10
        commandLine.registerConverter(Window.class, window());
        // a report format: pdf, xlsx, in any case
        commandLine.registerConverter(ReportService.Format.class,
                text -> ReportService.Format.of(text).orElseThrow(() -> new TypeConversionException(text)));
        commandLine.registerConverter(Integer.class, whole());
        commandLine.registerConverter(int.class, whole());
    }

    private static ITypeConverter<YearMonth> month() {
        return text -> PeriodParser.parse(text).orElseThrow(() -> new TypeConversionException(text));
    }

    private static ITypeConverter<Window> window() {
        return text -> Window.parse(text).orElseThrow(() -> new TypeConversionException(text));
    }

    private static ITypeConverter<Integer> whole() {
        return text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(text);
            }
        };
    }
}
