package org.repstat.validating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.repstat.io.InputFiles;

/**
 * Holds a published data package to its own {@code datapackage.json}, as a Frictionless validator does: each
 * resource's header against its schema's fields, every cell against its field's type, {@code required},
 * {@code enum} and {@code pattern}, the primary key unique, every foreign key resolved. Written
 * in Java so that {@code repstat validate} runs where the pipeline runs; the npm reference implementation
 * ({@code tools/frictionless/validate.js}) stays the independent check of the same package in the slow test tier.
 */
public final class PackageValidator {

    /** Problems kept per resource; all are counted. */
    static final int KEPT = 200;

    /** One resource's outcome. */
    public record ResourceResult(String name, long rows, long problems) {
    }

    /** The whole package's outcome: descriptor problems first, then each resource's. */
    public record Report(Path descriptor, List<ResourceResult> resources, List<Problem> problems, long problemCount) {
        public boolean valid() {
            return problemCount == 0;
        }
    }

    private record Table(List<String> header, List<List<String>> rows) {
    }

    private PackageValidator() {
    }

    /**
     * @param strict also hold primary-key fields to {@code required}, as the Table Schema specification reads a primary
     *               key ("per SQL standards, the fields cannot be null"); the npm reference implementation does not, and
     *               by default neither does this validator, so that the two agree
     */
    public static Report validate(Path descriptor, boolean strict) {
        PackageDescriptor pkg = PackageDescriptor.read(descriptor);
        List<Problem> problems = new ArrayList<>(pkg.problems());
        long count = problems.size();
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, List<Problem>> found = new LinkedHashMap<>();
        for (PackageDescriptor.Resource r : pkg.resources()) {
            List<Problem> p = new ArrayList<>();
            found.put(r.name(), p);
            Table t = read(r, p);
            if (t != null) {
                tables.put(r.name(), t);
                cells(r, t, p, strict);
                primaryKey(r, t, p);
            }
        }
        for (PackageDescriptor.Resource r : pkg.resources()) {
            if (tables.containsKey(r.name())) {
                foreignKeys(r, tables, pkg, found.get(r.name()));
            }
        }
        List<ResourceResult> results = new ArrayList<>();
        for (PackageDescriptor.Resource r : pkg.resources()) {
            List<Problem> p = new ArrayList<>(found.get(r.name()));
            p.sort(java.util.Comparator.comparingLong(Problem::row)); // stable: a row's problems in the order found
            Table t = tables.get(r.name());
            results.add(new ResourceResult(r.name(), t == null ? 0 : t.rows().size(), p.size()));
            problems.addAll(p.subList(0, Math.min(KEPT, p.size())));
            count += p.size();
        }
        return new Report(descriptor, List.copyOf(results), List.copyOf(problems), count);
    }

    private static Table read(PackageDescriptor.Resource r, List<Problem> problems) {
        if (!PackageDescriptor.exists(r.path())) {
            problems.add(new Problem(r.name(), 0, null, "expected the file " + r.path().getFileName() + ", found none"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(InputFiles.read(r.path()))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(r.name(), 0, null, "expected UTF-8 text, found bytes that are not"));
            return null;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(r.delimiter()).setQuote(r.quote()).get();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(r.name(), rows.size() + 2, null, "not well-formed CSV: " + e.getMessage()));
            return null;
        }
        if (header == null) {
            problems.add(new Problem(r.name(), 1, null, "expected a header row, found an empty file"));
            return null;
        }
        List<String> names = r.fieldNames();
        if (!header.equals(names)) {
            for (int i = 0; i < Math.max(header.size(), names.size()); i++) {
                String label = i < header.size() ? header.get(i) : null;
                String field = i < names.size() ? names.get(i) : null;
                if (label == null || field == null || !label.equals(field)) {
                    problems.add(new Problem(r.name(), 1, field != null ? field : label, "header column " + (i + 1) + " is "
                            + (label == null ? "missing" : "'" + label + "'") + ", the schema's field " + (i + 1) + " is "
                            + (field == null ? "none" : "'" + field + "'")));
                }
            }
        }
        return new Table(header, rows);
    }

    private static void cells(PackageDescriptor.Resource r, Table t, List<Problem> problems, boolean strict) {
        List<PackageDescriptor.Field> fields = r.fields();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            long number = i + 2; // the header is row 1
            if (row.size() != fields.size()) {
                problems.add(new Problem(r.name(), number, null, "expected " + fields.size() + " cells, found " + row.size()));
            }
            for (int c = 0; c < Math.min(row.size(), fields.size()); c++) {
                PackageDescriptor.Field f = fields.get(c);
                String cell = row.get(c);
                if (r.missingValues().contains(cell)) {
                    if (f.required() || strict && r.primaryKey().contains(f.name())) {
                        problems.add(new Problem(r.name(), number, f.name(), "expected a value (the field is "
                                + (f.required() ? "required" : "part of the primary key") + "), found an empty cell"));
                    }
                    continue;
                }
                String expected = Casting.problem(f.type(), cell);
                if (expected != null) {
                    problems.add(new Problem(r.name(), number, f.name(), "expected " + expected + ", found '" + cell + "'"));
                    continue;
                }
                if (!f.allowed().isEmpty() && !f.allowed().contains(cell)) {
                    problems.add(new Problem(r.name(), number, f.name(), "expected one of " + f.allowed() + ", found '" + cell + "'"));
                }
                if (f.pattern() != null && !f.pattern().matcher(cell).matches()) {
                    problems.add(new Problem(r.name(), number, f.name(), "expected a value matching " + f.pattern().pattern() + ", found '" + cell + "'"));
                }
            }
        }
    }

    private static void primaryKey(PackageDescriptor.Resource r, Table t, List<Problem> problems) {
        if (r.primaryKey().isEmpty()) {
            return;
        }
        List<Integer> at = indexes(r, r.primaryKey(), problems, "primary key");
        if (at == null) {
            return;
        }
        Map<List<String>, Long> seen = new HashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> key = tuple(t.rows().get(i), at);
            Long first = seen.putIfAbsent(key, (long) i + 2);
            if (first != null) {
                problems.add(new Problem(r.name(), i + 2, String.join(", ", r.primaryKey()), "primary key " + key
                        + " repeats row " + first));
            }
        }
    }

    private static void foreignKeys(PackageDescriptor.Resource r, Map<String, Table> tables, PackageDescriptor pkg, List<Problem> problems) {
        for (PackageDescriptor.ForeignKey k : r.foreignKeys()) {
            String target = k.resource().isEmpty() ? r.name() : k.resource();
            PackageDescriptor.Resource ref = pkg.resources().stream().filter(x -> x.name().equals(target)).findFirst().orElse(null);
            if (ref == null || !tables.containsKey(target)) {
                problems.add(new Problem(r.name(), 0, String.join(", ", k.fields()), "foreign key to resource '" + target
                        + "', which " + (ref == null ? "the package does not have" : "could not be read")));
                continue;
            }
            List<Integer> from = indexes(r, k.fields(), problems, "foreign key");
            List<Integer> to = indexes(ref, k.referenced(), problems, "foreign key target");
            if (from == null || to == null) {
                continue;
            }
            Set<List<String>> keys = new HashSet<>();
            tables.get(target).rows().forEach(row -> keys.add(tuple(row, to)));
            List<List<String>> rows = tables.get(r.name()).rows();
            for (int i = 0; i < rows.size(); i++) {
                List<String> value = tuple(rows.get(i), from);
                if (value.stream().anyMatch(r.missingValues()::contains) || keys.contains(value)) {
                    continue;
                }
                problems.add(new Problem(r.name(), i + 2, String.join(", ", k.fields()), "expected a value of " + target + "."
                        + String.join(", ", k.referenced()) + " (foreign key), found '" + String.join("', '", value) + "'"));
            }
        }
    }

    private static List<Integer> indexes(PackageDescriptor.Resource r, List<String> fields, List<Problem> problems, String what) {
        List<Integer> at = new ArrayList<>();
        for (String f : fields) {
            int i = r.fieldNames().indexOf(f);
            if (i < 0) {
                problems.add(new Problem(r.name(), 0, f, what + " names a field the schema does not have"));
                return null;
            }
            at.add(i);
        }
        return at;
    }

    private static List<String> tuple(List<String> row, List<Integer> at) {
        return at.stream().map(i -> i < row.size() ? row.get(i) : "").toList();
    }
}
