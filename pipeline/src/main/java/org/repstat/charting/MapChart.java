package org.repstat.charting;

import java.util.List;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/** {@code kind: map}: points on the Natural Earth outline. (Being rebuilt on the published camp tables.) */
final class MapChart implements ChartKind {

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        throw new IllegalStateException("the map kind is not built yet");
    }
}
