package org.wardstat.jobs;

/** The machine and process a run or a worker runs in, as the heartbeats record it. */
final class RunHost {

    private RunHost() {
    }

    static String name() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "unknown/" + ProcessHandle.current().pid();
        }
    }
}
