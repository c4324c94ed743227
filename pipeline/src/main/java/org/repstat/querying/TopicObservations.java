package org.repstat.querying;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * The observations a topic stands on: those its answer tables and figures select from {@code observations}
 * (a wide answer table's rows that one of its columns takes), and those its answer tables and figures cite from
 * any other table ({@code observation_id}, {@code <column>_observation_id}: a table derived from the camps file
 * cites the total it is compared with). The same selectors the report and the notebooks use, so a query by topic
 * shows the rows behind the topic's page.
 */
public final class TopicObservations {

    private TopicObservations() {
    }

    public static Set<String> ids(TopicSpec topic, PublishedReader reader) {
        Set<String> ids = new TreeSet<>();
        String observations = CoreTables.OBSERVATIONS.name();
        for (AnswerSpec a : topic.answers()) {
            if (a.from().equals(observations)) {
                for (PublishedRow r : reader.read(observations)) {
                    if (a.selects(r.cells()) && (a.columns().isEmpty() || a.columns().stream().anyMatch(c -> c.select().test(r.cells())))) {
                        ids.add(r.text("observation_id"));
                    }
                }
            }
            if (reader.knows(a.id())) {
                cited(reader.readIfPublished(a.id()).rows(), ids);
            }
        }
        for (FigureSpec f : topic.figures()) {
            if (!reader.knows(f.from())) {
                continue;
            }
            List<PublishedRow> rows = reader.readIfPublished(f.from()).filter(r -> f.selects(r.cells()));
            if (f.from().equals(observations)) {
                rows.forEach(r -> ids.add(r.text("observation_id")));
            } else {
                cited(rows, ids);
            }
        }
        Set<String> known = new TreeSet<>();
        reader.read(observations).forEach(r -> known.add(r.text("observation_id")));
        ids.retainAll(known);
        return ids;
    }

    /** Every observation id a row names in an {@code observation_id} or {@code <column>_observation_id} cell. */
    public static void cited(List<PublishedRow> rows, Set<String> into) {
        for (PublishedRow r : rows) {
            for (var cell : r.cells().entrySet()) {
                if (cell.getKey().equals("observation_id") || cell.getKey().endsWith("_observation_id")) {
                    for (String id : cell.getValue().split(" \\+ ")) {
                        if (!id.isBlank()) {
                            into.add(id.strip());
                        }
                    }
                }
            }
        }
    }
}
