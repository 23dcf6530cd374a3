package org.wardstat.distribution;

import java.nio.file.Path;

/**
 * Where a job's recipients come from ({@code recipients =} in a job file): a file of
 * {@code unit,email,name[,language]}, or the users of the job's units who have an e-mail address.
 */
public record RecipientList(Path file, boolean users) {

    public static final RecipientList NONE = new RecipientList(null, false);

    public boolean any() {
        return file != null || users;
    }
}
