package org.wardstat.criteria;

import java.util.Optional;

import org.wardstat.catalog.Names;

/**
 * Met or not met: an assessment's status, and what a catalog decides for a computed criterion
 * whose figure cannot be computed (a rate over a zero base, no figures a year earlier).
 */
public enum Verdict {
    MET, UNMET;

    /** "đạt", "chưa đạt", "Đạt", "chua dat", "met", "unmet", "not met". */
    public static Optional<Verdict> parse(String text) {
        return switch (Names.normalize(text == null ? "" : text)) {
            case "dat", "met" -> Optional.of(MET);
            case "chua dat", "khong dat", "unmet", "not met" -> Optional.of(UNMET);
            default -> Optional.empty();
        };
    }

    public boolean met() {
        return this == MET;
    }

    /** As stored in the database and written in the files: met, unmet. */
    public String code() {
        return name().toLowerCase();
    }
}
