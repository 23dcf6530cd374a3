package org.wardstat.report.pdf;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.renderers.Renderable;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/** The report's charts as vector drawings for the templates. */
final class Charts {

    private Charts() {
    }

    static Renderable monthly(ReportContent.MonthlySeries series) {
        return new JCommonDrawableRendererImpl(MonthlySeriesChart.of(series));
    }

    static Renderable groups(ReportContent.GroupChart chart) {
        return new JCommonDrawableRendererImpl(GroupAttainmentChart.of(chart));
    }

    static Renderable change(ReportContent.ChangeChart chart, Messages messages) {
        return new JCommonDrawableRendererImpl(ChangeByWardChart.of(chart, messages));
    }

    static Renderable rollout(ReportContent.RolloutChart chart) {
        return new JCommonDrawableRendererImpl(RolloutBandChart.of(chart));
    }
}
