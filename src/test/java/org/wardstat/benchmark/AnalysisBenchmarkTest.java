package org.wardstat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.Summaries;
import org.wardstat.catalog.CatalogFiles;

/**
 * The analysis benchmark on a small generated country: its summaries equal the months, every
 * task of the closing line is timed, and wardstat's country figures (read from the summaries)
 * are the plain-SQL anchor's for the month and the year. How fast is measured by
 * {@code wardstat benchmark analysis}, not here.
 */
class AnalysisBenchmarkTest extends PipelineTest {

    private static final Pattern COUNTRY = Pattern.compile("social_order_crimes (\\d+(?:\\.\\d+)?) vs (\\d+(?:\\.\\d+)?)");

    @Autowired
    DataSource dataSource;
    @Autowired
    RollUps rollUps;
    @Autowired
    Summaries summaries;

    @Test
    void theClosingLineNamesEveryTaskAndTheFiguresAreTheAnchors() {
        jdbc.sql("truncate org_unit cascade").update(); // the generated country alone
        catalogs.saveIndicators(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")));
        List<String> progress = new ArrayList<>();

        AnalysisBenchmark.Result result = new AnalysisBenchmark(dataSource, catalogs, rollUps, progress::add)
                .alsoTime("attainment", "a stand-in for attainment", catalog -> "done")
                .run(true, new AnalysisBenchmark.Settings(40, 4, 2, 3, YearMonth.of(2025, 12)));

        assertThat(summaries.check(5)).as("the generated summaries equal the months").isEmpty();
        assertThat(AnalysisBenchmark.line(result)).matches("benchmark analysis: month=\\d+\\.\\d\\ds year=\\d+\\.\\d\\ds quarter=\\d+\\.\\d\\ds "
                + "ytd=\\d+\\.\\d\\ds attainment=\\d+\\.\\d\\ds sql-month=\\d+\\.\\d\\ds sql-year=\\d+\\.\\d\\ds");
        assertThat(figures(result, "month")).isEqualTo(figures(result, "sql-month"));
        assertThat(figures(result, "year")).isEqualTo(figures(result, "sql-year"));
    }

    private static String figures(AnalysisBenchmark.Result result, String key) {
        String check = result.timings().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().check();
        Matcher figures = COUNTRY.matcher(check);
        assertThat(figures.find()).as(check).isTrue();
        return new java.math.BigDecimal(figures.group(1)).stripTrailingZeros().toPlainString() + " vs "
                + new java.math.BigDecimal(figures.group(2)).stripTrailingZeros().toPlainString();
    }
}
