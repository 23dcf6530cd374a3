package org.wardstat.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's planned reports into partitions, dealt out in turn like cards: partition p of n
 * takes the reports p, p + n, p + 2n … of the plan. The plan puts the heavy area reports first, so
 * each partition gets its share of them and the partitions end near the same time. A partition's
 * context holds only its two numbers: the plan itself is in the job execution's context, written
 * once, where a worker on another machine reads it too. (A partition holding its own list of
 * reports would have Spring Batch write that list again with every report it commits.)
 */
final class RenderPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    private final int items;

    RenderPartitioner(int items) {
        this.items = items;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, items));
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, p);
            context.putInt(PARTITIONS, partitions);
            contexts.put(String.format("partition%03d", p), context);
        }
        return contexts;
    }

    /** The plan's reports that fall to partition {@code p} of {@code n}. */
    static List<String> share(List<String> plan, int p, int n) {
        List<String> share = new ArrayList<>();
        for (int i = p; i < plan.size(); i += n) {
            share.add(plan.get(i));
        }
        return share;
    }
}
