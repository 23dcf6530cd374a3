package org.wardstat.users;

/**
 * A user that cannot be created or changed, told as a message key and its arguments so the
 * command line and the web pages each say it in their reader's language.
 */
public class UserRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    UserRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    /** A key of messages_*.properties, e.g. users.refused.weak-password. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
