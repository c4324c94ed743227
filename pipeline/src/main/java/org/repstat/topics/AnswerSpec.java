package org.repstat.topics;

import java.util.List;
import java.util.Map;
import org.repstat.io.Yaml;
import org.repstat.published.Selector;

/**
 * An answer table: a wide, ready-to-chart table derived from the published values, answering one question a
 * journalist asks (one row per region, year or operation). Declared in a topic spec and published in
 * {@code datasets/clean/}; nothing is dropped from the observations it is derived from.
 *
 * @param shape   {@code wide} (one row per distinct {@code rows} key, one preferred value per column, with the range
 *                across sources), {@code listing} (every selected row, labelled), or {@code derived} (computed by a
 *                named function from other published tables)
 * @param from    the published table it is derived from
 * @param rows    the key columns of a wide table
 * @param coherent in a wide table, take a whole row from the one source that gives most of its columns, so that a
 *                share of one column in another is never computed across sources
 */
public record AnswerSpec(String topic, String id, String title, String rowIs, String shape, String from,
                         List<Selector> select, List<String> rows, List<Column> columns, boolean coherent,
                         String function, Yaml.Node node) {

    /** One value column of a wide answer table. */
    public record Column(String id, String label, Selector select, List<String> sumOf, Yaml.Node node) {
        public Column {
            sumOf = List.copyOf(sumOf);
        }
    }

    public AnswerSpec {
        select = List.copyOf(select);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public static final List<String> SHAPES = List.of("wide", "listing", "derived");

    public boolean selects(Map<String, String> row) {
        return select.isEmpty() || select.stream().anyMatch(s -> s.test(row));
    }
}
