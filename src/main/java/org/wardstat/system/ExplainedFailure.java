package org.wardstat.system;

/**
 * A failure wardstat understands well enough to tell the user in one sentence of their own
 * language: the message key and its arguments, looked up with {@link Messages} by whoever
 * speaks to the user (the command line, a page). Anything else is an unexpected failure, told
 * briefly and logged in full.
 */
public class ExplainedFailure extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public ExplainedFailure(String key, Object... args) {
        this(null, key, args);
    }

    public ExplainedFailure(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String message(Messages messages) {
        return messages.get(key, args);
    }

    /** The first explained failure among a throwable and its causes, e.g. under Spring's bean creation exceptions. */
    public static java.util.Optional<ExplainedFailure> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExplainedFailure explained) {
                return java.util.Optional.of(explained);
            }
        }
        return java.util.Optional.empty();
    }
}
