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

    static void store(StepContribution contribution, List<RenderItem> items) {
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .put(ITEMS, new ArrayList<>(items.stream().map(RenderItem::encode).toList()));
        contribution.incrementWriteCount(items.size());
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
