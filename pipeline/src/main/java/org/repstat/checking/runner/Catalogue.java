package org.repstat.checking.runner;

import org.repstat.checking.CheckDefinition;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.Severity;
import org.repstat.checking.Tolerance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.published.Selector;

/**
 * Reads {@code datasets/checks/catalogue.csv}: the checks are data, so a reader can see every rule the published
 * figures were held to, and a curator can add one without touching Java. Every reference in a row is resolved
 * here — its kind, its topic, each column its selectors and {@code match} name, each {@code params} key and value —
 * so a mistake is an input error with file, line and column, not a crash or a check that quietly selects nothing.
 */
public final class Catalogue {

    public static final List<String> HEADER = List.of("check_id", "kind", "topic", "severity", "description", "why",
            "select", "compare", "match", "tolerance", "params");

    private Catalogue() {
    }

    /**
     * @param kinds   each rule kind the catalogue may name, with what a row of that kind may say
     * @param topics  the topic ids a row may name
     * @param columns each published table's columns, by table name: what selectors and {@code match} may name
     */
    public static List<CheckDefinition> read(Path file, Map<String, KindSpec> kinds, Set<String> topics,
                                             Map<String, List<String>> columns) {
        List<CheckDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String id = row.required("check_id");
            if (!ids.add(id)) {
                throw row.error("check_id", "duplicate check id '" + id + "'");
            }
            String kind = row.required("kind");
            KindSpec spec = kinds.get(kind);
            if (spec == null) {
                throw row.error("kind", "expected one of " + new TreeSet<>(kinds.keySet()) + ", found '" + kind + "'");
            }
            String topic = row.required("topic");
            if (!topics.contains(topic)) {
                throw row.error("topic", "expected one of " + new TreeSet<>(topics) + ", found '" + topic + "'");
            }
            Severity severity;
            try {
                severity = Severity.fromId(row.required("severity"));
            } catch (IllegalArgumentException e) {
                throw row.error("severity", "expected error or warning, found '" + row.text("severity") + "'");
            }
            Map<String, String> params = params(row, kind, spec, columns.keySet());
            Selector select = selector(row, "select", kind, spec.selectTable(), columns);
            Selector compare = selector(row, "compare", kind, spec.compareTable(), columns);
            List<String> match = match(row, kind, spec, columns);
            out.add(new CheckDefinition(id, kind, topic, severity, row.required("description"),
                    row.required("why"), select, compare, match, tolerance(row), params));
        }
        return out;
    }

    /** A selector, each of whose columns must be a column of the table the kind reads on that side. */
    private static Selector selector(RawRow row, String column, String kind, String table, Map<String, List<String>> columns) {
        Selector s;
        try {
            s = Selector.parse(row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
        if (s.isEmpty()) {
            return s;
        }
        if (table == null) {
            throw row.error(column, "a check of kind " + kind + " takes no " + column + ", found '" + s.text() + "'");
        }
        for (Selector.Condition c : s.conditions()) {
            known(row, column, table, c.column(), columns);
        }
        return s;
    }

    private static List<String> match(RawRow row, String kind, KindSpec spec, Map<String, List<String>> columns) {
        String m = row.text("match");
        if (m.isEmpty()) {
            return List.of();
        }
        if (!spec.match()) {
            throw row.error("match", "a check of kind " + kind + " takes no match, found '" + m + "'");
        }
        List<String> fields = Arrays.stream(m.split(",")).map(String::strip).toList();
        for (String f : fields) {
            // match groups both sides, so the column must exist on each
            known(row, "match", spec.selectTable(), f, columns);
            if (spec.compareTable() != null) {
                known(row, "match", spec.compareTable(), f, columns);
            }
        }
        return fields;
    }

    private static void known(RawRow row, String column, String table, String field, Map<String, List<String>> columns) {
        List<String> header = columns.get(table);
        if (header == null || !header.contains(field)) {
            throw row.error(column, "expected a column of " + table + " " + (header == null ? "(not a published table)"
                    : header) + ", found '" + field + "'");
        }
    }

    private static Tolerance tolerance(RawRow row) {
        try {
            Tolerance t = Tolerance.parse(row.text("tolerance"));
            if ((t.absolute() != null && t.absolute().signum() < 0) || (t.percent() != null && t.percent().signum() < 0)) {
                throw row.error("tolerance", "expected a tolerance of 0 or more, found '" + row.text("tolerance") + "'");
            }
            return t;
        } catch (NumberFormatException e) {
            throw row.error("tolerance", "expected a number or a percentage such as 0.5%, found '" + row.text("tolerance") + "'");
        }
    }

    private static Map<String, String> params(RawRow row, String kind, KindSpec spec, Set<String> tables) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : row.text("params").split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw row.error("params", "expected key=value pairs separated by '; ', found '" + p + "'");
            }
            String key = p.substring(0, eq).strip();
            String value = p.substring(eq + 1).strip();
            ParamType type = spec.params().get(key);
            if (type == null) {
                throw row.error("params", "a check of kind " + kind + " takes " + (spec.params().isEmpty() ? "no params"
                        : "the params " + new TreeSet<>(spec.params().keySet())) + ", found '" + key + "'");
            }
            String problem = type.problem(value, tables);
            if (problem != null) {
                throw row.error("params", key + ": " + problem);
            }
            if (params.put(key, value) != null) {
                throw row.error("params", "param '" + key + "' given twice");
            }
        }
        for (String key : new TreeSet<>(spec.required())) {
            if (!params.containsKey(key)) {
                throw row.error("params", "a check of kind " + kind + " needs the param '" + key + "' ("
                        + spec.params().get(key).name().toLowerCase(java.util.Locale.ROOT) + "), found none");
            }
        }
        return params;
    }
}
