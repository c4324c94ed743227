package org.repstat.io;

import java.math.BigDecimal;

/**
 * The largest numbers a raw file may hold. Every published number is read again by pandas, R, a spreadsheet or a
 * browser, and all of them hold numbers as IEEE doubles, which keep 15 significant digits exactly: a figure longer
 * than that would be published as one number and read as another. And the charts cannot draw an axis much beyond
 * 10^14 (XChart's tick calculation does not end: a 20-digit figure held {@code repstat run} for over ten minutes).
 * No figure of these sources comes near either limit (the largest count is in the low millions), so a longer one is
 * a typing error, and it is refused where it is typed.
 */
public final class NumberLimits {

    /** Significant digits that every reader of a published file keeps exactly. */
    public static final int MAX_DIGITS = 15;
    /** Digits before the decimal point: below 10^14, what a chart axis can be drawn to. */
    public static final int MAX_INTEGER_DIGITS = 14;

    private NumberLimits() {
    }

    /** Why {@code v} cannot be published, or null if it can. */
    public static String problem(BigDecimal v, String asWritten) {
        BigDecimal s = v.stripTrailingZeros();
        int integerDigits = Math.max(0, s.precision() - s.scale());
        if (s.precision() > MAX_DIGITS) {
            return "expected a number of at most " + MAX_DIGITS + " significant digits, found '" + asWritten + "' ("
                    + s.precision() + "): pandas, R, spreadsheets and browsers read numbers as doubles and would not read"
                    + " back the number published (a typing error?)";
        }
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "expected a number below 10^" + MAX_INTEGER_DIGITS + ", found '" + asWritten + "' (" + integerDigits
                    + " digits before the decimal point): no count in these sources comes near, and no chart can draw it"
                    + " (a typing error?)";
        }
        return null;
    }
}
