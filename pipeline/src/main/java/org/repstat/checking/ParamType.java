package org.repstat.checking;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;

/**
 * The syntax of one {@code params} value in the catalogue. Checked when the catalogue is read, so that
 * {@code min=zero} is a located input error rather than a crash halfway through a run.
 */
public enum ParamType {
    /** A plain decimal number: {@code max=300000}, {@code lat_min=9.5}. */
    NUMBER,
    /** Free text the rule interprets itself (an event sequence). */
    TEXT,
    /** The name of a published table. */
    TABLE,
    /** A reference file under {@code datasets/raw/} that the check reads beside the published tables. */
    RAW_FILE,
    /**
     * One condition of the selector language ({@code category=death}, {@code targeted_by!=}): a part of the rows a
     * row's {@code select} or {@code compare} takes. Its column is held to the table by the rule that reads it.
     */
    CONDITION;

    /** What is wrong with the value, or null when it is well formed. */
    public String problem(String value, Set<String> tables) {
        switch (this) {
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                    return null;
                } catch (NumberFormatException e) {
                    return "expected a number, found '" + value + "'";
                }
            }
            case TABLE -> {
                return tables.contains(value) ? null
                        : "expected a published table, one of " + new java.util.TreeSet<>(tables) + ", found '" + value + "'";
            }
            case RAW_FILE -> {
                Path p = Path.of(value).normalize();
                return value.isEmpty() || p.isAbsolute() || p.startsWith("..") ? "expected a file path relative to datasets/raw/, found '" + value + "'" : null;
            }
            case CONDITION -> {
                try {
                    return org.repstat.published.Selector.parse(value).isEmpty() ? "expected a condition such as column=value, found nothing" : null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            default -> {
                return value.isEmpty() ? "expected a value, found nothing" : null;
            }
        }
    }
}
