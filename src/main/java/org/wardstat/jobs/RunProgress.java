package org.wardstat.jobs;

/** Who watches a run: a bar in a terminal, plain lines in a log; both read the same figures from the job repository. */
public interface RunProgress {

    /** The run as it stands, every second or so while it goes. */
    void update(RunView run);

    void finished(RunView run);

    RunProgress NONE = new RunProgress() {
        @Override
        public void update(RunView run) {
        }

        @Override
        public void finished(RunView run) {
        }
    };
}
