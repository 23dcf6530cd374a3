package org.wardstat.ingest;

/**
 * Why (part of) a row cannot be loaded.
 *
 * @param column     the header of the offending column ("" when the whole row is at fault)
 * @param reasonCode a stable key, e.g. {@code value.negative}
 * @param reason     the sentence the user reads, in their language
 */
public record RowProblem(String column, String value, String reasonCode, String reason) {
}
