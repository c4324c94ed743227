package org.repstat.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.answers.AnswerTables;
import org.repstat.importing.SourceKind;
import org.repstat.published.CoreTables;
import org.repstat.published.TableSpec;
import org.repstat.topics.TopicSpec;

/**
 * Every table the project publishes, by group, in the order {@code datapackage.json} lists them: the curated core,
 * the tables of each third-party source kind, the check stage's results, and the answer tables the topic specs
 * declare. The stage plan names tables by these groups ({@code tables:answers}).
 */
public final class Catalog {

    public static final List<String> GROUPS = List.of("curated", "sources", "checks", "answers");

    private final Map<String, List<TableSpec>> groups = new LinkedHashMap<>();

    Catalog(List<SourceKind> kinds, List<TopicSpec> topics) {
        List<TableSpec> curated = new ArrayList<>(CoreTables.curated());
        curated.add(CoreTables.ROW_ACCOUNTS);
        groups.put("curated", List.copyOf(curated));
        groups.put("sources", kinds.stream().flatMap(k -> k.tables().stream()).toList());
        groups.put("checks", CoreTables.checks());
        groups.put("answers", AnswerTables.specs(topics));
    }

    public List<TableSpec> all() {
        return groups.values().stream().flatMap(List::stream).toList();
    }

    public List<TableSpec> group(String name) {
        List<TableSpec> g = groups.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no table group '" + name + "' (groups: " + GROUPS + ")");
        }
        return g;
    }

    public Map<String, TableSpec> byName() {
        Map<String, TableSpec> m = new LinkedHashMap<>();
        all().forEach(s -> m.put(s.name(), s));
        return m;
    }
}
