package org.wardstat.jobs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.wardstat.analytics.Window;
import org.wardstat.report.ReportService;

/**
 * One report a run renders: a unit, a window, the formats. Kept in the execution contexts as
 * text ({@code duc-xuan|2024-11|pdf,xlsx}) so a plan survives a restart and reads plainly.
 */
record RenderItem(String unit, Window window, Set<ReportService.Format> formats) {

    String encode() {
        return unit + "|" + window.code() + "|" + formats.stream().sorted().map(ReportService.Format::code).collect(Collectors.joining(","));
    }

    static RenderItem decode(String text) {
        String[] parts = text.split("\\|");
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        Arrays.stream(parts[2].split(",")).map(name -> ReportService.Format.of(name).orElseThrow()).forEach(formats::add);
        return new RenderItem(parts[0], Window.parse(parts[1]).orElseThrow(), formats);
    }

    static Set<ReportService.Format> formats(String codes) {
        Set<ReportService.Format> formats = EnumSet.noneOf(ReportService.Format.class);
        Arrays.stream(codes.split(",")).filter(code -> !code.isBlank())
                .map(name -> ReportService.Format.of(name).orElseThrow()).forEach(formats::add);
        return formats;
    }
}
