package org.repstat.charting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.SpecLanguage;
import org.repstat.topics.TopicSpec;

/**
 * The chart stage: builds every figure the topic specs declare, each by the generic builder of its kind. No topic
 * has code of its own here; what a figure shows is in its spec.
 */
public final class FigureBuilder {

    static final Map<String, ChartKind> KINDS = Map.of(
            "by_year", new ByYearChart(),
            "by_day", new ByDayChart(),
            "ranges", new RangesChart(),
            "rows", new RowsChart(),
            "timeline", new TimelineChart(),
            "reconciliation", new ReconciliationCharts(),
            "map", new MapChart());

    private FigureBuilder() {
    }

    /** The kinds the chart stage implements: every kind of the spec language, and no other. */
    public static java.util.Set<String> kinds() {
        return KINDS.keySet();
    }

    public static List<Figure> build(List<TopicSpec> topics, ChartData data) {
        return traced(topics, data).stream().map(Traced::figure).toList();
    }

    /**
     * A figure and its render key: the digest of its topic spec and of every cell, label and file its build read
     * (null when the build read the tables unwatched). The same key means the same drawing.
     */
    public record Traced(Figure figure, String renderKey) {
    }

    /** Every figure, each with the render key of what it was built from. */
    public static List<Traced> traced(List<TopicSpec> topics, ChartData data) {
        if (!KINDS.keySet().equals(SpecLanguage.CHART_KINDS.keySet())) {
            throw new IllegalStateException("chart kinds implemented " + KINDS.keySet() + " differ from the spec language " + SpecLanguage.CHART_KINDS.keySet());
        }
        List<Traced> out = new ArrayList<>();
        for (TopicSpec t : topics) {
            byte[] spec = org.repstat.io.InputFiles.read(t.file());
            for (FigureSpec f : t.figures()) {
                FigureTrace trace = new FigureTrace(t.id() + "/" + f.id() + "/" + f.kind());
                trace.bytes("topic spec", spec);
                data.watch(trace);
                List<Figure> figures;
                try {
                    figures = KINDS.get(f.kind()).build(f, t, data);
                } finally {
                    data.unwatch();
                }
                String key = trace.key();
                for (Figure fig : figures) {
                    out.add(new Traced(fig, key));
                }
            }
        }
        return out;
    }
}
