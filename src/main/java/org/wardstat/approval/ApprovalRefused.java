package org.wardstat.approval;

/** An approval, lock or unlock that this user may not make, or that cannot be made yet; said in the user's language. */
public class ApprovalRefused extends RuntimeException {

    public ApprovalRefused(String message) {
        super(message);
    }
}
