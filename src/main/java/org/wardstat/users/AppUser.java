package org.wardstat.users;

import java.time.Instant;

/**
 * A user as stored, without the password hash, which never leaves {@link Users}.
 *
 * @param approver may approve the months of the wards directly under their unit (and lock them when the unit is a province)
 */
public record AppUser(long id, String username, Role role, String orgUnitCode, String displayName, boolean enabled,
                      Instant createdAt, boolean approver) {
}
