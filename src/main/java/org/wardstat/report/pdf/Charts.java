package org.wardstat.report.pdf;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.renderers.Renderable;
import org.wardstat.report.ReportContent;

/** The report's charts as vector drawings for the templates. */
final class Charts {

    private Charts() {
    }

    static Renderable monthly(ReportContent.MonthlySeries series) {
        return new JCommonDrawableRendererImpl(MonthlySeriesChart.of(new org.wardstat.report.WardBriefing.MonthlySeries(
                series.title(), series.valueAxis(), series.currentLabel(), series.priorLabel(), series.months(),
                series.current(), series.prior())));
    }

    static Renderable groups(ReportContent.GroupChart chart) {
        return null;
    }

    static Renderable change(ReportContent.ChangeChart chart) {
        return null;
    }

    static Renderable rollout(ReportContent.RolloutChart chart) {
        return null;
    }
}
