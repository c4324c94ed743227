package org.repstat.exporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The published tables the notebooks read, as the notebooks' own code reads them: observations counted in persons
 * (value and bounds whole numbers), events, and the source register. Everything here comes from datasets/clean, so
 * a notebook shows only what the pipeline published.
 */
final class CleanData {

    private final Path clean;
    private final List<RawRow> observations;
    private final List<RawRow> events;
    private final Map<String, RawRow> sources = new LinkedHashMap<>();

    CleanData(Path clean) {
        this.clean = clean;
        this.observations = RawTable.read(clean.resolve("observations.csv")).rows().stream()
                .filter(r -> r.text("unit").equals("persons")).toList();
        for (RawRow r : observations) {
            for (String column : List.of("value", "lower", "upper")) {
                String v = r.text(column);
                if (!v.isEmpty() && new BigDecimal(v).stripTrailingZeros().scale() > 0) {
                    throw r.error(column, "expected a whole number of persons, found " + v);
                }
            }
        }
        this.events = RawTable.read(clean.resolve("events.csv")).rows();
        for (RawRow r : RawTable.read(clean.resolve("sources.csv")).rows()) {
            sources.put(r.text("source_id"), r);
        }
    }

    Path clean() {
        return clean;
    }

    boolean has(String file) {
        return Files.isRegularFile(clean.resolve(file));
    }

    RawTable table(String file) {
        return RawTable.read(clean.resolve(file));
    }

    /** Published CSV files, sorted by name (as Python's {@code sorted(os.listdir(...))} sorts them). */
    List<Path> csvFiles() {
        try (var files = Files.list(clean)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RawRow> observations(Predicate<RawRow> keep, List<String> sortKeys) {
        return sorted(observations.stream().filter(keep).toList(), sortKeys);
    }

    List<RawRow> events(Predicate<RawRow> keep, List<String> sortKeys) {
        return sorted(events.stream().filter(keep).toList(), sortKeys);
    }

    List<RawRow> allEvents() {
        return events;
    }

    RawRow source(String id) {
        return sources.get(id);
    }

    Map<String, RawRow> sources() {
        return sources;
    }

    /** Sorted by the keys in order, comparing text as pandas' {@code sort_values} compares Python strings. */
    static List<RawRow> sorted(List<RawRow> rows, List<String> keys) {
        Comparator<RawRow> order = (a, b) -> 0;
        for (String key : keys) {
            order = order.thenComparing(r -> r.text(key));
        }
        List<RawRow> out = new ArrayList<>(rows);
        out.sort(order);
        return out;
    }
}
