package org.repstat.provenance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a qualifier word ("approximately", "nearly", "over") turns a printed figure into explicit bounds.
 * The factors live in {@code datasets/vocab/qualifiers.csv} with their reasons, so the rule is data a reader can
 * inspect and dispute, not a constant hidden in code. A factor left empty means "unbounded on that side";
 * {@code explicit} rules (a printed range) take their bounds from the source itself, and {@code printedPrecision}
 * rules ("rounded", "round_figure") from the precision the figure is printed to ({@link PrintedPrecision}).
 */
public record QualifierRule(String id, BigDecimal lowerFactor, BigDecimal lowerOffset,
                            BigDecimal upperFactor, BigDecimal upperOffset, boolean explicit,
                            boolean printedPrecision, String definition, String rationale) {

    /** A rule whose bounds come from factors or from the source itself, not from the printed precision. */
    public QualifierRule(String id, BigDecimal lowerFactor, BigDecimal lowerOffset, BigDecimal upperFactor,
                         BigDecimal upperOffset, boolean explicit, String definition, String rationale) {
        this(id, lowerFactor, lowerOffset, upperFactor, upperOffset, explicit, false, definition, rationale);
    }

    /** Bounds implied by this rule for a printed value; integers give integer bounds, rounded inwards. */
    public Bounds boundsFor(BigDecimal value) {
        if (explicit) {
            throw new IllegalStateException("qualifier '" + id + "' takes its bounds from the source");
        }
        if (printedPrecision) {
            throw new IllegalStateException("qualifier '" + id + "' takes its bounds from the printed precision (PrintedPrecision)");
        }
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        BigDecimal lower = lowerFactor == null ? null
                : value.multiply(lowerFactor).add(lowerOffset).setScale(scale, RoundingMode.CEILING);
        BigDecimal upper = upperFactor == null ? null
                : value.multiply(upperFactor).add(upperOffset).setScale(scale, RoundingMode.FLOOR);
        return new Bounds(lower, upper);
    }

    /** The rule in words, published beside every bound it produced. */
    public String describe() {
        if (explicit) {
            return id + ": bounds as printed in the source";
        }
        if (printedPrecision) {
            return id + ": lower = value − unit/2; upper = value + unit/2 − step, the unit of rounding read from the printed figure (precision.csv)";
        }
        return id + ": lower = " + side(lowerFactor, lowerOffset) + "; upper = " + side(upperFactor, upperOffset);
    }

    private static String side(BigDecimal factor, BigDecimal offset) {
        if (factor == null) {
            return "none";
        }
        String base = factor.compareTo(BigDecimal.ONE) == 0 ? "value" : factor.stripTrailingZeros().toPlainString() + " × value";
        int sign = offset.signum();
        return sign == 0 ? base : base + (sign > 0 ? " + " : " − ") + offset.abs().stripTrailingZeros().toPlainString();
    }

    /** Inclusive bounds; either side may be unknown (null). */
    public record Bounds(BigDecimal lower, BigDecimal upper) {
        public boolean contains(BigDecimal x) {
            return (lower == null || x.compareTo(lower) >= 0) && (upper == null || x.compareTo(upper) <= 0);
        }
    }
}
