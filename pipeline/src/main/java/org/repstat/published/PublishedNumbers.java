package org.repstat.published;

import java.math.BigDecimal;

/** How numbers are written in published tables: plain digits, integers as integers, missing as empty. */
public final class PublishedNumbers {

    private PublishedNumbers() {
    }

    public static String format(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
