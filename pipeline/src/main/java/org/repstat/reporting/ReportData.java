package org.repstat.reporting;

import java.util.List;
import org.repstat.charting.ChartData;
import org.repstat.charting.Figure;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.topics.TopicSpec;

/** What the pages are written from: the topic specs, the figures, and the published tables through the one reader. */
record ReportData(List<TopicSpec> topics, List<Figure> figures, ChartData data) {

    PublishedReader reader() {
        return data.reader();
    }

    List<TopicSpec> pages() {
        return topics.stream().filter(t -> !t.isIndex()).toList();
    }

    List<Figure> figuresOf(TopicSpec t) {
        return figures.stream().filter(f -> f.topic().equals(t.id())).toList();
    }

    /** The check results that belong to a topic's page. */
    List<PublishedRow> checks(TopicSpec t) {
        return reader().readIfPublished("checks").stream().filter(c -> t.checkTopics().contains(c.text("topic"))).toList();
    }

    TopicSpec method() {
        return topics.stream().filter(TopicSpec::isMethod).findFirst().orElse(null);
    }
}
