package org.repstat.charting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: reconciliation}: one figure per concept on which sources that are not weak disagree, from the check
 * stage's {@code reconciliation.csv}: every source's figure with its bounds beside the median of the sources,
 * coloured by reliability, the largest disagreement first. Agreement is not charted; it is in the table.
 */
final class ReconciliationCharts implements ChartKind {

    static final List<String> GRADES = List.of("primary", "scholarly", "secondary", "weak");

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        Map<String, List<PublishedRow>> byConcept = new LinkedHashMap<>();
        for (PublishedRow r : data.rows(spec)) {
            byConcept.computeIfAbsent(r.text("concept"), k -> new ArrayList<>()).add(r);
        }
        List<List<PublishedRow>> disagreeing = byConcept.values().stream()
                .filter(l -> l.stream().filter(r -> !r.text("reliability").equals("weak")).map(ReconciliationCharts::bounds)
                        .distinct().count() > 1)
                .sorted(Comparator.comparingDouble(ReconciliationCharts::spread).reversed().thenComparing(l -> l.get(0).text("concept")))
                .toList();
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < disagreeing.size(); i++) {
            out.add(figure(spec, topic, data, disagreeing.get(i), i + 1));
        }
        return out;
    }

    private static List<BigDecimal> bounds(PublishedRow r) {
        return Arrays.asList(strip(r.number("value")), strip(r.number("lower")), strip(r.number("upper")));
    }

    private static BigDecimal strip(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    static double lo(PublishedRow r) {
        BigDecimal v = r.number("lower") != null ? r.number("lower") : r.number("value") != null ? r.number("value") : r.number("upper");
        return v == null ? 0 : v.doubleValue();
    }

    static double hi(PublishedRow r) {
        BigDecimal v = r.number("upper") != null ? r.number("upper") : r.number("value") != null ? r.number("value") : r.number("lower");
        return v == null ? 0 : v.doubleValue();
    }

    /** (highest bound − lowest bound) ÷ the median, over the sources that are not weak. */
    static double spread(List<PublishedRow> l) {
        List<PublishedRow> k = l.stream().filter(r -> !r.text("reliability").equals("weak")).toList();
        double min = k.stream().mapToDouble(ReconciliationCharts::lo).min().orElse(0);
        double max = k.stream().mapToDouble(ReconciliationCharts::hi).max().orElse(0);
        BigDecimal median = l.get(0).number("median_of_sources");
        double base = median != null && median.signum() > 0 ? median.doubleValue() : Math.max(min, 1);
        return (max - min) / base;
    }

    private Figure figure(FigureSpec spec, TopicSpec topic, ChartData data, List<PublishedRow> concept, int index) {
        List<PublishedRow> sorted = concept.stream().sorted(Comparator
                .comparingInt((PublishedRow r) -> GRADES.indexOf(r.text("reliability")) < 0 ? 9 : GRADES.indexOf(r.text("reliability")))
                .thenComparing(r -> r.text("observation_id"))).toList();
        List<PublishedRow> drawn = sorted.stream().filter(r -> !r.text("reliability").equals("weak")).toList();
        PublishedRow best = drawn.get(0);
        String label = best.text("concept_label");
        BigDecimal median = best.number("median_of_sources");
        double min = drawn.stream().mapToDouble(ReconciliationCharts::lo).min().orElse(0);
        double max = drawn.stream().mapToDouble(ReconciliationCharts::hi).max().orElse(0);
        String title = capitalise(label) + ": " + data.sourceLabel(best.text("source_id")) + " gives " + words(best)
                + "; the sources range from " + Cells.num(BigDecimal.valueOf(min)) + " to " + Cells.num(BigDecimal.valueOf(max));
        List<ChartKit.RangeRow> rr = drawn.stream().map(r -> new ChartKit.RangeRow(data.sourceLabel(r.text("source_id")),
                r.text("reliability").isEmpty() ? "reliability not given" : r.text("reliability"), r.number("value"),
                r.text("qualifier"), r.number("lower"), r.number("upper"))).toList();
        Map<String, java.awt.Color> colours = new LinkedHashMap<>();
        for (String g : GRADES) {
            if (rr.stream().anyMatch(x -> x.group().equals(g))) {
                colours.put(g, data.palette().of(g, colours.size()));
            }
        }
        XYChart chart = ChartKit.rangeChart(spec.text("x_title", "people"), rr, colours);
        if (median != null) {
            chart.addAnnotation(new AnnotationLine(median.doubleValue(), true, false));
            chart.addAnnotation(new AnnotationText("median of the sources: " + Cells.num(median), median.doubleValue(), rr.size() + 0.62, false));
        }
        DataTable.Builder t = new DataTable.Builder("Source", "Reliability", "Value", "Qualifier", "Lower", "Upper",
                "Median of sources", "Difference from median", "Relative difference", "Drawn");
        List<Figure.Cited> cited = new ArrayList<>();
        for (PublishedRow r : sorted) {
            BigDecimal v = r.number("value");
            String diff = v == null || median == null ? "" : Cells.num(v.subtract(median));
            String rel = v == null || median == null || median.signum() == 0 ? ""
                    : v.subtract(median).multiply(BigDecimal.valueOf(100)).divide(median, new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
            t.row(data.sourceLabel(r.text("source_id")), r.text("reliability"), Cells.num(v), r.text("qualifier"),
                    Cells.num(r.number("lower")), Cells.num(r.number("upper")), Cells.num(median), diff, rel,
                    r.text("reliability").equals("weak") ? "no (weak source)" : "yes");
            cited.addAll(data.cited(r, "value"));
        }
        int weak = sorted.size() - drawn.size();
        String caption = "The count: " + label + ". " + spec.caption()
                + (weak > 0 ? " " + weak + (weak == 1 ? " figure from a weak page is" : " figures from weak pages are") + " in the table, not drawn." : "");
        String alt = "Chart of " + drawn.size() + " sources' figures for " + label + ", with the median of the sources. " + title + ".";
        String id = spec.id() + String.format(Locale.ROOT, "-%02d", index);
        return new Figure(id, spec.id(), topic.id(), title, caption, alt, t.build(), cited, chart);
    }

    private static String words(PublishedRow r) {
        BigDecimal v = r.number("value");
        if (v == null) {
            return Cells.num(r.number("lower")) + "–" + Cells.num(r.number("upper"));
        }
        String q = r.text("qualifier");
        return ChartStyle.qualifierWords(q) + Cells.num(v);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
