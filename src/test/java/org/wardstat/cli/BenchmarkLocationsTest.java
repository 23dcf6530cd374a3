package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The analysis benchmark keeps its database where the benchmarks that start afresh do not delete theirs. */
class BenchmarkLocationsTest {

    @Test
    void theAnalysisBenchmarkKeepsItsDatabaseInAFolderOfItsOwn() {
        Path home = Path.of("/srv/wardstat").toAbsolutePath();
        BenchmarkCommand.Locations shared = BenchmarkCommand.Locations.resolve(Map.of("WARDSTAT_HOME", home.toString()));
        BenchmarkCommand.Locations analysis = shared.within("analysis");

        // ingest, reports and publish delete <data>/postgres before they start; the analysis database lies elsewhere
        assertThat(shared.data()).isEqualTo(home.resolve("data/benchmark"));
        assertThat(analysis.data().resolve("postgres")).isEqualTo(home.resolve("data/benchmark/analysis/postgres"));
        assertThat(analysis.data().resolve("postgres").startsWith(shared.data().resolve("postgres"))).isFalse();
        assertThat(analysis.reports()).isEqualTo(shared.reports());
    }
}
