package org.repstat.reporting;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.charting.ChartData;
import org.repstat.charting.Figure;
import org.repstat.io.AtomicFiles;
import org.repstat.topics.TopicSpec;

/**
 * The report stage: the students' HTML report — an index, one page per topic, the method page — written from the
 * topic specs, the figures and the published tables. Static pages with one local stylesheet: they open offline and
 * from file://; every value is escaped; nothing depends on the clock, so the same tables give the same bytes.
 */
public final class Report {

    private Report() {
    }

    /** Page name → text, without writing anything. */
    public static Map<String, String> render(List<TopicSpec> topics, List<Figure> figures, ChartData data) {
        ReportData r = new ReportData(topics, figures, data);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("style.css", ReportStyle.CSS);
        for (TopicSpec t : topics) {
            if (t.isIndex()) {
                pages.put("index.html", IndexPage.render(t, r));
            } else if (t.isMethod()) {
                pages.put(t.page(), MethodPage.render(t, r));
            } else {
                pages.put(t.page(), TopicPage.render(t, r));
            }
        }
        return pages;
    }

    /** Writes the pages into {@code reports/}; returns their names. */
    public static List<String> write(Path reports, Map<String, String> pages) {
        pages.forEach((name, text) -> AtomicFiles.write(reports.resolve(name), text));
        return List.copyOf(pages.keySet());
    }
}
