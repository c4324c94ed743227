package org.repstat.io;

import java.math.BigDecimal;

/**
 * The largest numbers a raw file may hold. Every published number is read again by pandas, R, a spreadsheet or a
 * browser, and all of them hold numbers as IEEE doubles, which keep 15 significant digits exactly: a figure longer
 * than that would be published as one number and read as another. No figure of these sources comes near (the
 * largest count is in the low millions), so a longer one is a typing error, and it is refused where it is typed.
 */
public final class NumberLimits {

    /** Significant digits, and digits before the decimal point, that every reader of a published file keeps exactly. */
    public static final int MAX_DIGITS = 15;

    private NumberLimits() {
    }

    /** Why {@code v} cannot be published, or null if it can. */
    public static String problem(BigDecimal v, String asWritten) {
        BigDecimal s = v.stripTrailingZeros();
        int integerDigits = Math.max(0, s.precision() - s.scale());
        if (s.precision() > MAX_DIGITS || integerDigits > MAX_DIGITS) {
            return "expected a number of at most " + MAX_DIGITS + " significant digits, found '" + asWritten + "' ("
                    + Math.max(s.precision(), integerDigits) + "): pandas, R, spreadsheets and browsers read numbers as "
                    + "doubles and would not read back the number published (a typing error?)";
        }
        return null;
    }
}
