package org.repstat.charting;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.repstat.charting.PublishedData.Obs;

/** Small shared readings of the published rows: how a source is named on a chart, how a table row reads. */
final class Rows {

    static final List<String> RELIABILITY_ORDER = List.of("primary", "scholarly", "secondary", "weak");

    private Rows() {
    }

    /** The source id, with its reliability when it is weak: a student should see which bars rest on what. */
    static String sourceLabel(PublishedData data, String sourceId) {
        String rel = data.source(sourceId).reliability();
        return "weak".equals(rel) ? sourceId + " [weak]" : sourceId;
    }

    static int reliabilityRank(PublishedData data, String sourceId) {
        int i = RELIABILITY_ORDER.indexOf(data.source(sourceId).reliability());
        return i < 0 ? RELIABILITY_ORDER.size() : i;
    }

    static String num(BigDecimal n) {
        return n == null ? "" : ChartStyle.count(n);
    }

    static String num(long n) {
        return ChartStyle.count(n);
    }

    static double sortValue(Obs o) {
        BigDecimal v = o.value() != null ? o.value() : o.upper() != null ? o.upper() : o.lower();
        return v == null ? 0 : v.doubleValue();
    }

    /** Rows ordered by the given group order, then largest first, then by id for a stable order. */
    static Comparator<Obs> byGroupThenSize(List<String> groupOrder) {
        return Comparator.<Obs>comparingInt(o -> groupOrder.indexOf(o.measure()))
                .thenComparing(Comparator.comparingDouble(Rows::sortValue).reversed())
                .thenComparing(Obs::id);
    }

    static ChartKit.RangeRow rangeRow(String label, String group, Obs o) {
        return new ChartKit.RangeRow(label, group, o.value(), o.qualifier(), o.lower(), o.upper());
    }

    /** The standard table of observations: what, who, when, the words printed, and the bounds they imply. */
    static DataTable observationTable(PublishedData data, List<Obs> rows) {
        DataTable.Builder t = new DataTable.Builder("Source", "Measure", "Period", "Value", "Qualifier", "Lower",
                "Upper", "As printed", "Scope", "Locator", "Note");
        for (Obs o : rows) {
            t.row(o.sourceId(), data.measureLabel(o.measure()), o.period(), num(o.value()), o.qualifier(),
                    num(o.lower()), num(o.upper()), o.asPrinted(), data.scopeLabel(o.scope()), o.locator(), o.note());
        }
        return t.build();
    }

    static List<Figure.Cited> cited(List<Obs> rows) {
        return rows.stream().map(o -> new Figure.Cited(o.id(), o.sourceId(), o.locator())).toList();
    }

    static Map<String, java.awt.Color> colors(String... groupsThenColors) {
        Map<String, java.awt.Color> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < groupsThenColors.length; i++) {
            m.put(groupsThenColors[i], ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
        }
        return m;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
