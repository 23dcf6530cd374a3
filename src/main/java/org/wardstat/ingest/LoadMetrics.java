package org.wardstat.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What loads did, as Micrometer meters (read on the management port, /actuator/metrics):
 * {@code wardstat.load} times each file by its outcome; {@code wardstat.load.values} counts the
 * values written, new and changed; {@code wardstat.load.rows.rejected} the rows refused.
 */
final class LoadMetrics {

    private LoadMetrics() {
    }

    static void count(MeterRegistry meters, Timer.Sample timing, IngestResult result) {
        String outcome = result.outcome().name().toLowerCase();
        timing.stop(Timer.builder("wardstat.load").description("Loading one file").tag("outcome", outcome).register(meters));
        if (result.outcome() == IngestResult.Outcome.LOADED) {
            meters.counter("wardstat.load.values", "kind", "new").increment(result.valuesNew());
            meters.counter("wardstat.load.values", "kind", "changed").increment(result.valuesChanged());
            meters.counter("wardstat.load.rows.rejected").increment(result.rowsRejected());
        }
    }
}
