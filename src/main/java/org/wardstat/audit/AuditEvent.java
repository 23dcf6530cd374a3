package org.wardstat.audit;

import java.time.Instant;

/** One row of the audit trail. */
public record AuditEvent(long id, Instant at, String actor, String channel, String action, String orgUnitCode,
                         String detail, String remoteAddress) {
}
