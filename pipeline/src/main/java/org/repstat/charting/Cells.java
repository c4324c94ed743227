package org.repstat.charting;

import java.math.BigDecimal;
import org.repstat.published.PublishedRow;

/** How figures read in chart labels and tables: "approximately 1,150,000", "over 11,000", "59%". */
final class Cells {

    private Cells() {
    }

    static String num(BigDecimal n) {
        return n == null ? "" : ChartStyle.count(n);
    }

    /** A row's figure in column {@code column} with its qualifier in words ("nearly 10,000"). */
    static String figure(PublishedRow r, String column) {
        BigDecimal v = r.number(column);
        String qualifierColumn = r.has(column + "_qualifier") ? column + "_qualifier" : "qualifier";
        String q = column.equals("value") || r.has(column + "_qualifier") ? r.text(qualifierColumn) : "exact";
        if (v == null) {
            return "";
        }
        return ChartStyle.qualifierWords(q) + num(v);
    }

    /**
     * A cell of a column shown beside the drawn ones ({@code columns}): a whole number of a number column grouped
     * ("1,653,018"), anything else as published ("48.50727", a year, an id, a count of camps).
     */
    static String text(PublishedRow r, String column) {
        String v = r.text(column);
        boolean number = r.spec().fields().stream().anyMatch(f -> f.name().equals(column) && f.type().equals("number"));
        return number && v.matches("-?\\d+") ? num(new BigDecimal(v)) : v;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
