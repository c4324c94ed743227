package org.repstat.charting;

import static org.repstat.charting.Rows.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.repstat.charting.PublishedData.Obs;
import org.repstat.charting.PublishedData.Reconciled;

/**
 * One chart per concept on which sources disagree: every source's value with its bounds, beside the median of the
 * sources. Reads {@code reconciliation.csv} when the check stage has published it; until then it groups the
 * observations itself by measure, scope, geography and period, which is the same notion of "one concept".
 */
final class Reconciliation {

    private final PublishedData data;

    Reconciliation(PublishedData data) {
        this.data = data;
    }

    /** The reconciliation rows: the published table if present, else derived from observations. */
    List<Reconciled> rows() {
        return data.reconciliation().orElseGet(this::derived);
    }

    private List<Reconciled> derived() {
        Map<String, List<Obs>> groups = new TreeMap<>();
        for (Obs o : data.observations()) {
            if (o.isValue() && o.inPersons() && (o.value() != null || o.lower() != null || o.upper() != null)) {
                String concept = String.join(":", o.measure(), o.scope(), o.geography(), o.periodStart(), o.periodEnd());
                groups.computeIfAbsent(concept, k -> new ArrayList<>()).add(o);
            }
        }
        List<Reconciled> out = new ArrayList<>();
        for (Map.Entry<String, List<Obs>> g : groups.entrySet()) {
            List<Obs> obs = g.getValue();
            if (obs.stream().map(Obs::sourceId).distinct().count() < 2) {
                continue;
            }
            BigDecimal median = median(obs.stream().map(Obs::value).filter(Objects::nonNull).sorted().toList());
            Obs o0 = obs.get(0);
            String label = data.measureLabel(o0.measure()) + ", " + data.scopeLabel(o0.scope())
                    + (o0.geography().equals("ussr") ? "" : ", " + data.geographyLabel(o0.geography())) + ", " + o0.period();
            for (Obs o : obs.stream().sorted(Comparator.comparing(Obs::id)).toList()) {
                out.add(new Reconciled(g.getKey(), label, o.sourceId(), o.id(), o.value(), o.qualifier(), o.lower(),
                        o.upper(), data.source(o.sourceId()).reliability(), median));
            }
        }
        return out;
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /** Concepts whose sources do not all print the same figure with the same bounds, largest spread first. */
    List<Figure> figures() {
        Map<String, List<Reconciled>> byConcept = new LinkedHashMap<>();
        for (Reconciled r : rows()) {
            byConcept.computeIfAbsent(r.concept(), k -> new ArrayList<>()).add(r);
        }
        List<List<Reconciled>> disagreeing = byConcept.values().stream()
                .filter(l -> l.stream().map(r -> java.util.Arrays.asList(strip(r.value()), strip(r.lower()), strip(r.upper())))
                        .distinct().count() > 1)
                .sorted(Comparator.comparingDouble(Reconciliation::spread).reversed()
                        .thenComparing(l -> l.get(0).concept()))
                .toList();
        List<Figure> out = new ArrayList<>();
        int i = 0;
        for (List<Reconciled> concept : disagreeing) {
            out.add(figure(concept, ++i));
        }
        return out;
    }

    private static BigDecimal strip(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    private static double lo(Reconciled r) {
        return (r.lower() != null ? r.lower() : r.value() != null ? r.value() : r.upper()).doubleValue();
    }

    private static double hi(Reconciled r) {
        return (r.upper() != null ? r.upper() : r.value() != null ? r.value() : r.lower()).doubleValue();
    }

    /** (highest bound − lowest bound) ÷ the median (or the lowest bound when no median). */
    static double spread(List<Reconciled> l) {
        double min = l.stream().mapToDouble(Reconciliation::lo).min().orElse(0);
        double max = l.stream().mapToDouble(Reconciliation::hi).max().orElse(0);
        BigDecimal median = l.get(0).median();
        double base = median != null && median.signum() > 0 ? median.doubleValue() : Math.max(min, 1);
        return (max - min) / base;
    }

    private Figure figure(List<Reconciled> concept, int index) {
        List<Reconciled> sorted = concept.stream().sorted(Comparator
                .comparingInt((Reconciled r) -> Rows.RELIABILITY_ORDER.indexOf(r.reliability()) < 0 ? 9
                        : Rows.RELIABILITY_ORDER.indexOf(r.reliability()))
                .thenComparing(Reconciled::observationId)).toList();
        Reconciled first = sorted.get(0);
        double min = sorted.stream().mapToDouble(Reconciliation::lo).min().orElse(0);
        double max = sorted.stream().mapToDouble(Reconciliation::hi).max().orElse(0);
        String title = capitalise(first.conceptLabel()) + ": sources give " + num(BigDecimal.valueOf(min)) + " to "
                + num(BigDecimal.valueOf(max)) + (first.median() != null ? " (" + Rows.percent(spread(sorted)) + " of the median apart)" : "");
        List<ChartKit.RangeRow> rr = sorted.stream().map(r -> new ChartKit.RangeRow(
                r.sourceId() + " · " + r.observationId().substring(r.observationId().indexOf(':') + 1),
                r.reliability().isEmpty() ? "reliability not given" : r.reliability(), r.value(), r.qualifier(), r.lower(), r.upper())).toList();
        XYChart chart = ChartKit.rangeChart("people", rr, Rows.colors("primary", "scholarly", "secondary", "weak"));
        if (first.median() != null) {
            chart.addAnnotation(new AnnotationLine(first.median().doubleValue(), true, false));
            chart.addAnnotation(new org.knowm.xchart.AnnotationText("median of the sources: " + num(first.median()),
                    first.median().doubleValue(), rr.size() + 0.62, false));
        }
        DataTable.Builder t = new DataTable.Builder("Source", "Reliability", "Observation", "Qualifier", "Value", "Lower",
                "Upper", "Median of sources", "Difference from median", "Relative difference");
        List<Figure.Cited> cited = new ArrayList<>();
        for (Reconciled r : sorted) {
            String diff = r.value() == null || r.median() == null ? "" : num(r.value().subtract(r.median()));
            String rel = r.value() == null || r.median() == null || r.median().signum() == 0 ? ""
                    : r.value().subtract(r.median()).multiply(BigDecimal.valueOf(100))
                            .divide(r.median(), new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
            t.row(r.sourceId(), r.reliability(), r.observationId(), r.qualifier(), num(r.value()), num(r.lower()),
                    num(r.upper()), num(r.median()), diff, rel);
            data.observations().stream().filter(o -> o.id().equals(r.observationId())).findFirst()
                    .ifPresent(o -> cited.add(new Figure.Cited(o.id(), o.sourceId(), o.locator())));
        }
        String caption = "Every source's figure for one concept (" + first.conceptLabel() + "), coloured by how far the "
                + "source can be relied on. Exact figures are bars; qualified figures are the range their wording "
                + "allows. " + (first.median() != null ? "The vertical line is the median of the sources' figures. " : "")
                + "Disagreements are shown, never averaged away: the checks say whether each is explained.";
        return new Figure(String.format(java.util.Locale.ROOT, "reconciliation-%02d", index), Topic.RECONCILIATION, title, caption, t.build(),
                cited, chart);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
