package org.wardstat.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's planned reports into partitions, dealt out in turn like cards: the plan puts
 * the heavy area reports first, so each partition gets its share of them and the partitions end
 * near the same time. Each partition's context holds its own reports, so a worker on another
 * machine needs nothing else, and a restart finds them where the failed attempt left them.
 */
final class RenderPartitioner implements Partitioner {

    private final List<String> items;

    RenderPartitioner(List<String> items) {
        this.items = items;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, items.size()));
        List<ArrayList<String>> dealt = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            dealt.get(i % partitions).add(items.get(i));
        }
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            ExecutionContext context = new ExecutionContext();
            context.put(PlannedItems.ITEMS, dealt.get(p));
            contexts.put(String.format("partition%03d", p), context);
        }
        return contexts;
    }
}
