package org.repstat.published;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.repstat.io.InputException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The one reader of {@code datasets/clean/}: every stage that consumes the published tables — checks, charts,
 * report, notebooks, {@code list}, {@code query}, the records reconciliation — reads them here, typed by the same
 * {@link TableSpec}s that wrote them, so a journalist and the pipeline see the same rows.
 *
 * <p>Strict by default: the header must be the spec's, every required cell filled, every number a number, every
 * enumerated cell an allowed value; anything else is an {@link InputException} with file, line and column. The
 * lenient mode reads whatever header and cells the file has, for the schema check, whose job is to report those
 * problems rather than stop at the first. Each table is read once per reader.
 */
public final class PublishedReader {

    private final Path clean;
    private final Map<String, TableSpec> specs = new LinkedHashMap<>();
    private final boolean strict;
    private final Map<String, PublishedRows> cache = new ConcurrentHashMap<>();

    private PublishedReader(Path clean, List<TableSpec> specs, boolean strict) {
        this.clean = clean;
        specs.forEach(s -> this.specs.put(s.name(), s));
        this.strict = strict;
    }

    public static PublishedReader strict(Path clean, List<TableSpec> specs) {
        return new PublishedReader(clean, specs, true);
    }

    public static PublishedReader lenient(Path clean, List<TableSpec> specs) {
        return new PublishedReader(clean, specs, false);
    }

    public Path clean() {
        return clean;
    }

    public List<TableSpec> specs() {
        return List.copyOf(specs.values());
    }

    public TableSpec spec(String table) {
        TableSpec s = specs.get(table);
        if (s == null) {
            throw new IllegalArgumentException("no published table named '" + table + "' (known: " + specs.keySet() + ")");
        }
        return s;
    }

    public boolean knows(String table) {
        return specs.containsKey(table);
    }

    /** Where a table is published. */
    public Path file(String table) {
        return clean.resolve(spec(table).path());
    }

    /** True when the table has been published (a later stage's outputs are absent until it has run). */
    public boolean exists(String table) {
        return Files.isRegularFile(file(table));
    }

    /** The table's rows; a missing file is an input error naming it and the stage that writes it. */
    public PublishedRows read(String table) {
        return cache.computeIfAbsent(table, this::load);
    }

    /** Drops what was read of {@code tables}: a stage has just written them, and later reads must see the new files. */
    public void forget(List<TableSpec> tables) {
        tables.forEach(t -> cache.remove(t.name()));
    }

    /** The table's rows, or an empty table when it has not been published yet. */
    public PublishedRows readIfPublished(String table) {
        return exists(table) ? read(table) : new PublishedRows(spec(table), file(table), spec(table).header(), List.of());
    }

    private PublishedRows load(String table) {
        TableSpec spec = spec(table);
        Path file = clean.resolve(spec.path());
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, null, "expected the published table " + spec.path()
                    + " (run './repstat run' to publish it), found no file");
        }
        RawTable raw = strict ? RawTable.read(file, spec.header()) : RawTable.read(file);
        List<PublishedRow> rows = new ArrayList<>(raw.rows().size());
        for (RawRow r : raw.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < raw.header().size(); i++) {
                cells.put(raw.header().get(i), r.values().get(i));
            }
            PublishedRow row = new PublishedRow(spec, file, r.line(), cells);
            if (strict) {
                validate(spec, row);
            }
            rows.add(row);
        }
        return new PublishedRows(spec, file, raw.header(), rows);
    }

    private static void validate(TableSpec spec, PublishedRow row) {
        for (Field f : spec.fields()) {
            String v = row.text(f.name());
            if (v.isEmpty()) {
                if (f.required()) {
                    throw row.error(f.name(), "expected a value (the column is required), found an empty cell");
                }
                continue;
            }
            switch (f.type()) {
                case "number" -> row.number(f.name());
                case "integer" -> row.integer(f.name());
                case "boolean" -> row.flag(f.name());
                default -> {
                }
            }
            if (!f.allowed().isEmpty() && !f.allowed().contains(v)) {
                throw row.error(f.name(), "expected one of " + f.allowed() + ", found '" + v + "'");
            }
            if (f.pattern() != null && !v.matches(f.pattern())) {
                throw row.error(f.name(), "expected a value matching " + f.pattern() + ", found '" + v + "'");
            }
        }
    }
}
