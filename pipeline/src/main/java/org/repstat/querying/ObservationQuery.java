package org.repstat.querying;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.repstat.published.CoreTables;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.Selector;

/**
 * The published observations as an analyst asks for them: each row with its source's citation label and
 * reliability beside it (so that a selector may name them) and its period in one cell, picked by clauses that must
 * all hold. A clause is a union of selectors in the language of the checks and topic specs, or the observations a
 * topic stands on. Rows stay in the order of {@code observations.csv}.
 */
public final class ObservationQuery {

    /** Columns added to each observation for reading and selecting; the rest are observations.csv's own. */
    public static final List<String> ADDED = List.of("source_label", "reliability", "period");

    /** What {@code repstat query} shows unless told otherwise. */
    public static final List<String> DEFAULT_COLUMNS = List.of("observation_id", "measure", "scope", "geography", "period",
            "value", "qualifier", "lower", "upper", "source_label", "reliability");

    private record Clause(String text, Predicate<Map<String, String>> test) {
    }

    private final List<Map<String, String>> rows = new ArrayList<>();
    private final List<String> columns = new ArrayList<>(CoreTables.OBSERVATIONS.header());
    private final List<Clause> clauses = new ArrayList<>();

    public ObservationQuery(PublishedReader reader) {
        Map<String, PublishedRow> sources = new LinkedHashMap<>();
        reader.read(CoreTables.SOURCES.name()).forEach(s -> sources.put(s.text("source_id"), s));
        columns.addAll(ADDED);
        for (PublishedRow o : reader.read(CoreTables.OBSERVATIONS.name())) {
            Map<String, String> row = new LinkedHashMap<>(o.cells());
            PublishedRow s = sources.get(o.text("source_id"));
            row.put("source_label", s == null || s.text("label").isEmpty() ? o.text("source_id") : s.text("label"));
            row.put("reliability", s == null ? "" : s.text("reliability"));
            row.put("period", period(o.text("period_start"), o.text("period_end")));
            rows.add(row);
        }
    }

    /** "1937–1938", or one date when the period starts and ends on it; empty when the source gives none. */
    public static String period(String start, String end) {
        if (start.isEmpty() || end.isEmpty() || start.equals(end)) {
            return start.isEmpty() ? end : start;
        }
        return start + "–" + end;
    }

    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** Rows any of {@code union} picks; a selector naming a column these rows lack is refused here. */
    public ObservationQuery where(List<Selector> union) {
        for (Selector s : union) {
            List<String> unknown = s.unknownColumns(Set.copyOf(columns));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no column " + String.join(", ", unknown) + " to select on (columns: "
                        + String.join(", ", columns) + ")");
            }
        }
        String text = String.join(" or ", union.stream().map(Selector::text).toList());
        clauses.add(new Clause(union.size() > 1 ? "(" + text + ")" : text, r -> union.stream().anyMatch(s -> s.test(r))));
        return this;
    }

    /** Rows whose id is one of {@code ids}, described as {@code label} ("topic convictions"). */
    public ObservationQuery ids(String label, Set<String> ids) {
        clauses.add(new Clause(label, r -> ids.contains(r.get("observation_id"))));
        return this;
    }

    /** The clauses in words, joined by ';' as in a selector; "every observation" when there are none. */
    public String describe() {
        return clauses.isEmpty() ? "every observation" : String.join("; ", clauses.stream().map(Clause::text).toList());
    }

    /** The picked rows, with these columns (each must be one of {@link #columns()}). */
    public ResultTable run(List<String> shown) {
        List<String> unknown = shown.stream().filter(c -> !columns.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no column " + String.join(", ", unknown) + " (columns: " + String.join(", ", columns) + ")");
        }
        List<List<String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (clauses.stream().allMatch(c -> c.test().test(r))) {
                out.add(shown.stream().map(r::get).toList());
            }
        }
        return new ResultTable("observations", shown, ResultTable.types(CoreTables.OBSERVATIONS, shown), out);
    }

    /** The distinct values of a column, sorted: what a named option may take. */
    public Set<String> values(String column) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.getOrDefault(column, "")));
        return out;
    }
}
