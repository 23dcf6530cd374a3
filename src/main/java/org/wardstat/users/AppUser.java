package org.wardstat.users;

import java.time.Instant;

/** A user as stored, without the password hash, which never leaves {@link Users}. */
public record AppUser(long id, String username, Role role, String orgUnitCode, String displayName, boolean enabled,
                      Instant createdAt) {
}
