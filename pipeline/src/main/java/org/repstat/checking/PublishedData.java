package org.repstat.checking;

import org.repstat.published.CoreTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.published.TableSpec;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.PublishedRows;

/**
 * The published tables as the checks see them: read back from {@code datasets/clean/}, not taken from memory, so
 * the checks verify what a journalist actually downloads. Read through the {@link PublishedReader} in its lenient
 * mode: a cell that does not parse is the schema check's finding, not a crash.
 */
public final class PublishedData {

    /** One published table: its rows as column → text, in file order, with the line each row stands on. */
    public record Table(TableSpec spec, Path file, List<String> header, List<Map<String, String>> rows, List<Long> lines) {
    }

    private final Map<String, Table> tables;
    private final List<Obs> observations;

    private PublishedData(Map<String, Table> tables) {
        this.tables = Collections.unmodifiableMap(tables);
        List<Obs> obs = new ArrayList<>();
        Table t = tables.get("observations");
        if (t != null) {
            for (Map<String, String> row : t.rows()) {
                obs.add(new Obs(row));
            }
        }
        this.observations = List.copyOf(obs);
    }

    /** Every table the reader knows that has been published, except the check stage's own outputs. */
    public static PublishedData read(PublishedReader reader) {
        Map<String, Table> tables = new TreeMap<>();
        for (TableSpec spec : reader.specs()) {
            if (CoreTables.checks().contains(spec) || !reader.exists(spec.name())) {
                continue;
            }
            PublishedRows rows = reader.read(spec.name());
            tables.put(spec.name(), new Table(spec, rows.file(), rows.header(),
                    rows.stream().map(PublishedRow::cells).toList(), rows.stream().map(PublishedRow::line).toList()));
        }
        return new PublishedData(tables);
    }

    public Table table(String name) {
        return tables.get(name);
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public List<Obs> observations() {
        return observations;
    }

    public List<Map<String, String>> rows(String table) {
        Table t = tables.get(table);
        return t == null ? List.of() : t.rows();
    }

    /** An observation row with its numbers parsed; an unparseable number reads as absent. */
    public record Obs(Map<String, String> row) {
        public String id() {
            return row.get("observation_id");
        }

        public String get(String column) {
            return row.getOrDefault(column, "");
        }

        public BigDecimal value() {
            return number("value");
        }

        public BigDecimal lower() {
            return number("lower");
        }

        public BigDecimal upper() {
            return number("upper");
        }

        /** Where a reader finds the printed figure: its source and locator. */
        public String sourceRow() {
            return get("source_id") + " " + get("locator");
        }

        public BigDecimal number(String column) {
            String s = get(column);
            if (s.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
