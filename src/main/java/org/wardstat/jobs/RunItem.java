package org.wardstat.jobs;

/** One piece of a run: a file to load from the inbox, or the report of one unit. */
public record RunItem(int seq, Kind kind, String subject, String status, String message) {

    public enum Kind { LOAD, REPORT }

    public boolean done() {
        return "DONE".equals(status);
    }
}
