package org.repstat.checking;

import org.repstat.published.CoreTables;
import org.repstat.published.Selector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Reads {@code datasets/checks/catalogue.csv}: the checks are data, so a reader can see every rule the published
 * figures were held to, and a curator can add one without touching Java.
 */
public final class Catalogue {

    public static final List<String> HEADER = List.of("check_id", "kind", "topic", "severity", "description", "why",
            "select", "compare", "match", "tolerance", "params");

    /**
     * What each rule kind reads from its catalogue row, declared so that every row is checked when the catalogue is
     * read: a selection on a kind that reads none, a misspelt column, a param the kind does not take or a param that
     * does not parse ({@code min=zero}) is named at its line, instead of crashing the check stage or being ignored.
     * Selections and match fields name columns of the published observations.
     */
    record Reads(boolean select, boolean compare, boolean match, Map<String, Param> params) {
    }

    /** One param: the form its value must have. */
    enum Param {
        DECIMAL("a number such as 0 or 100") {
            @Override
            boolean accepts(String v) {
                return v.matches("-?\\d+(\\.\\d+)?");
            }
        },
        TABLE("observations or events") {
            @Override
            boolean accepts(String v) {
                return v.equals("observations") || v.equals("events");
            }
        },
        EVENT_CHAINS("event ids separated by ',' (chains separated by '/')") {
            @Override
            boolean accepts(String v) {
                return Arrays.stream(v.split("/")).allMatch(chain -> chain.split(",").length >= 2
                        && Arrays.stream(chain.split(",")).allMatch(id -> id.strip().matches("[a-z0-9-]+:[a-z0-9-]+")));
            }
        };

        final String form;

        Param(String form) {
            this.form = form;
        }

        abstract boolean accepts(String value);
    }

    static final Map<String, Reads> READS = Map.ofEntries(
            Map.entry("schema", new Reads(false, false, false, Map.of())),
            Map.entry("provenance", new Reads(false, false, false, Map.of("table", Param.TABLE))),
            Map.entry("unique_key", new Reads(false, false, false, Map.of())),
            Map.entry("vocabulary", new Reads(false, false, false, Map.of())),
            Map.entry("foreign_key", new Reads(false, false, false, Map.of())),
            Map.entry("bounds", new Reads(true, false, false, Map.of())),
            Map.entry("non_negative", new Reads(true, false, false, Map.of("min", Param.DECIMAL, "max", Param.DECIMAL))),
            Map.entry("plausible_range", new Reads(true, false, false, Map.of("min", Param.DECIMAL, "max", Param.DECIMAL))),
            Map.entry("order", new Reads(true, true, true, Map.of())),
            Map.entry("sum", new Reads(true, true, true, Map.of())),
            Map.entry("agreement", new Reads(true, false, true, Map.of())),
            Map.entry("pair_agreement", new Reads(true, true, true, Map.of())),
            Map.entry("qualifier_consistency", new Reads(true, true, false, Map.of())),
            Map.entry("date_order", new Reads(false, false, false, Map.of("sequence", Param.EVENT_CHAINS))),
            Map.entry("row_accounting", new Reads(false, false, false, Map.of())),
            Map.entry("spreadsheet_formula", new Reads(false, false, false, Map.of())));

    private Catalogue() {
    }

    public static List<CheckDefinition> read(Path file, java.util.Set<String> knownKinds) {
        List<CheckDefinition> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> columns = new java.util.HashSet<>(CoreTables.OBSERVATIONS.header());
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String id = row.required("check_id");
            if (!ids.add(id)) {
                throw row.error("check_id", "duplicate check id '" + id + "'");
            }
            String kind = row.required("kind");
            if (!knownKinds.contains(kind)) {
                throw row.error("kind", "expected one of " + new java.util.TreeSet<>(knownKinds) + ", found '" + kind + "'");
            }
            Severity severity;
            try {
                severity = Severity.fromId(row.required("severity"));
            } catch (IllegalArgumentException e) {
                throw row.error("severity", "expected error or warning, found '" + row.text("severity") + "'");
            }
            Reads reads = READS.getOrDefault(kind, new Reads(true, true, true, null));
            Selector select = selector(row, "select", reads.select(), kind, columns);
            Selector compare = selector(row, "compare", reads.compare(), kind, columns);
            List<String> match = match(row, reads.match(), kind, columns);
            out.add(new CheckDefinition(id, kind, row.required("topic"), severity, row.required("description"),
                    row.required("why"), select, compare, match, tolerance(row), params(row, kind, reads.params())));
        }
        return out;
    }

    private static Selector selector(RawRow row, String column, boolean read, String kind, java.util.Set<String> columns) {
        Selector selector;
        try {
            selector = Selector.parse(row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
        if (!selector.isEmpty() && !read) {
            throw row.error(column, "a check of kind '" + kind + "' reads no '" + column + "' selection: leave it empty (it would be ignored)");
        }
        List<String> unknown = selector.unknownColumns(columns);
        if (!unknown.isEmpty()) {
            throw row.error(column, "expected columns of observations.csv, found " + unknown.stream().map(c -> "'" + c + "'").toList()
                    + " (the columns are " + CoreTables.OBSERVATIONS.header() + ")");
        }
        return selector;
    }

    private static List<String> match(RawRow row, boolean read, String kind, java.util.Set<String> columns) {
        String m = row.text("match");
        if (m.isEmpty()) {
            return List.of();
        }
        if (!read) {
            throw row.error("match", "a check of kind '" + kind + "' reads no 'match' fields: leave it empty (it would be ignored)");
        }
        List<String> fields = Arrays.stream(m.split(",")).map(String::strip).toList();
        for (String f : fields) {
            if (!columns.contains(f)) {
                throw row.error("match", "expected columns of observations.csv separated by ',', found '" + f + "'");
            }
        }
        return fields;
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

    private static Map<String, String> params(RawRow row, String kind, Map<String, Param> allowed) {
        Map<String, String> params = params(row);
        if (allowed == null) {
            return params;
        }
        params.forEach((key, value) -> {
            Param p = allowed.get(key);
            if (p == null) {
                throw row.error("params", allowed.isEmpty() ? "a check of kind '" + kind + "' takes no params, found '" + key + "'"
                        : "expected params of kind '" + kind + "' " + new java.util.TreeSet<>(allowed.keySet()) + ", found '" + key + "'");
            }
            if (!p.accepts(value)) {
                throw row.error("params", "expected " + key + "=" + p.form + ", found '" + key + "=" + value + "'");
            }
        });
        return params;
    }

    private static Map<String, String> params(RawRow row) {
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
            if (params.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip()) != null) {
                throw row.error("params", "param '" + p.substring(0, eq).strip() + "' is given twice");
            }
        }
        return params;
    }

}
