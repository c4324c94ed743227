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
        return q.isEmpty() || q.equals("exact") ? num(v) : q.replace('_', ' ') + " " + num(v);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
