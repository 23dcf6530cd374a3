package org.wardstat.jobs;

/** Who watches a run: a progress bar in a terminal, plain lines in a log, nobody for the web (it reads the table). */
public interface RunProgress {

    /** About to work on item {@code done + 1} of {@code total}. */
    void working(RunView run, int done, int total, String item);

    void finished(RunView run);

    RunProgress NONE = new RunProgress() {
        @Override
        public void working(RunView run, int done, int total, String item) {
        }

        @Override
        public void finished(RunView run) {
        }
    };
}
