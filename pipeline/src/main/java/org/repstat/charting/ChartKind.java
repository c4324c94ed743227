package org.repstat.charting;

import java.util.List;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/** One kind of chart a topic spec may declare ({@code kind: ranges}): a generic builder, drawing every topic's. */
interface ChartKind {

    List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data);
}
