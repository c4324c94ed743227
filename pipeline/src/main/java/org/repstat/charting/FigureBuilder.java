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
        if (!KINDS.keySet().equals(SpecLanguage.CHART_KINDS.keySet())) {
            throw new IllegalStateException("chart kinds implemented " + KINDS.keySet() + " differ from the spec language " + SpecLanguage.CHART_KINDS.keySet());
        }
        List<Figure> out = new ArrayList<>();
        for (TopicSpec t : topics) {
            for (FigureSpec f : t.figures()) {
                out.addAll(KINDS.get(f.kind()).build(f, t, data));
            }
        }
        return out;
    }
}
