package org.repstat.checking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far two figures may differ before a check fails: an absolute count ("500") or a share of the expected value
 * ("0.5%"). Zero means the figures must be equal to the unit.
 */
public record Tolerance(BigDecimal absolute, BigDecimal percent) {

    public static final Tolerance ZERO = new Tolerance(BigDecimal.ZERO, null);

    public static Tolerance parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return ZERO;
        }
        if (t.endsWith("%")) {
            return new Tolerance(null, new BigDecimal(t.substring(0, t.length() - 1).strip()));
        }
        return new Tolerance(new BigDecimal(t), null);
    }

    /** The largest allowed |observed − expected| for this expected value. */
    public BigDecimal allowed(BigDecimal expected) {
        if (percent != null) {
            return expected.abs().multiply(percent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN);
        }
        return absolute;
    }

    public boolean accepts(BigDecimal observed, BigDecimal expected) {
        return observed.subtract(expected).abs().compareTo(allowed(expected)) <= 0;
    }

    @Override
    public String toString() {
        return percent != null ? percent.stripTrailingZeros().toPlainString() + "%" : absolute.stripTrailingZeros().toPlainString();
    }
}
