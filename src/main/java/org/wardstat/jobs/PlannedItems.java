package org.wardstat.jobs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a plan step leaves for the render step: the reports to make, in the job execution's
 * context (kept by Spring Batch across a restart), and their number as the plan step's write
 * count, which the run history reads as the run's total.
 */
final class PlannedItems {

    static final String ITEMS = "items";

    /** A plan's exit codes that end a run without rendering. */
    static final String WAITING = "WAITING";
    static final String FUTURE = "FUTURE";
    static final String NO_FIGURES = "NO_FIGURES";

    private PlannedItems() {
    }

    /**
     * Keeps the plan. A restarted run keeps the plan it had: its partitions go on from their place
     * in it, which a plan made anew (a unit added to the catalog meanwhile) would shift.
     */
    static void store(StepContribution contribution, List<RenderItem> items) {
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        List<String> planned = of(job);
        if (planned.isEmpty()) {
            planned = new ArrayList<>(items.stream().map(RenderItem::encode).toList());
            job.put(ITEMS, planned);
        }
        contribution.incrementWriteCount(planned.size());
    }

    @SuppressWarnings("unchecked")
    static List<String> of(ExecutionContext context) {
        Object items = context.get(ITEMS);
        return items == null ? List.of() : (List<String>) items;
    }

    /** Ends the plan with a reason the run history and the command line show in words. */
    static void stop(StepContribution contribution, String exitCode, String message) {
        contribution.setExitStatus(new ExitStatus(exitCode, message));
    }

    static long runNumber(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }
}
