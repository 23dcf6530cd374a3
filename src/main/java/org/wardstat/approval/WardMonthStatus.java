package org.wardstat.approval;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Where one ward's month stands: submitted (its latest file), approved (by whom, of which unit,
 * when), locked (by whom, when). Empty parts are null.
 */
public record WardMonthStatus(String wardCode, String wardName, YearMonth month, Instant submittedAt,
                              String approvedBy, String approverUnitName, Instant approvedAt,
                              String lockedBy, Instant lockedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean approved() {
        return approvedAt != null;
    }

    public boolean locked() {
        return lockedAt != null;
    }
}
