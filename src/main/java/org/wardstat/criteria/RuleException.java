package org.wardstat.criteria;

import org.wardstat.system.Messages;

/** A rule that cannot be read: a message key and its arguments, told in the user's language by the file reader. */
final class RuleException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    RuleException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String reason(Messages messages) {
        return messages.get(key, args);
    }
}
