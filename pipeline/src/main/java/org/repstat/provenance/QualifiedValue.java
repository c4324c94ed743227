package org.repstat.provenance;

import java.math.BigDecimal;

/**
 * A figure with the words that qualify it and the bounds those words allow. "nearly 10,000" is not 10,000:
 * the value keeps the printed number, the bounds say what the sentence actually claims.
 */
public record QualifiedValue(BigDecimal value, String qualifier, BigDecimal lower, BigDecimal upper, String boundsRule) {

    /** The qualifier of a cell where the source prints its own "no figure" mark: missing, never zero. */
    public static final String NOT_GIVEN = "not_given";

    public QualifiedValue {
        if (value == null && lower == null && upper == null && !NOT_GIVEN.equals(qualifier)) {
            throw new IllegalArgumentException("a value or a bound is required unless the source gives no figure");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
        }
    }

    public static QualifiedValue of(BigDecimal value, QualifierRule rule) {
        QualifierRule.Bounds b = rule.boundsFor(value);
        return new QualifiedValue(value, rule.id(), b.lower(), b.upper(), rule.describe());
    }

    /** A bare figure as its printed precision reads it: exact, or rounded with the bounds of its unit of rounding. */
    public static QualifiedValue printed(BigDecimal value, PrintedPrecision.Reading reading) {
        return new QualifiedValue(value, reading.qualifier(), reading.lower(), reading.upper(), reading.describe());
    }

    public static QualifiedValue range(BigDecimal value, QualifierRule rule, BigDecimal lower, BigDecimal upper) {
        return new QualifiedValue(value, rule.id(), lower, upper, rule.describe());
    }

    public boolean isExact() {
        return value != null && lower != null && upper != null
                && value.compareTo(lower) == 0 && value.compareTo(upper) == 0;
    }
}
