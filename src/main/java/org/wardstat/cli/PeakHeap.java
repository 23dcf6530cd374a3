package org.wardstat.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * For the benchmarks only: with {@code -Dwardstat.benchmark.peak-heap=true}, a process says at
 * its end (a normal exit or SIGTERM) the most heap it used, so the benchmark that started it can
 * report it.
 */
final class PeakHeap {

    private PeakHeap() {
    }

    static void reportAtExitIfAsked() {
        if (Boolean.getBoolean("wardstat.benchmark.peak-heap")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("wardstat-peak-heap-bytes=" + peak()), "wardstat-peak-heap"));
        }
    }

    static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
