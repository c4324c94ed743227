package org.repstat.checking;

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

    private Catalogue() {
    }

    public static List<CheckDefinition> read(Path file, java.util.Set<String> knownKinds) {
        List<CheckDefinition> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
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
            out.add(new CheckDefinition(id, kind, row.required("topic"), severity, row.required("description"),
                    row.required("why"), selector(row, "select"), selector(row, "compare"), match(row),
                    tolerance(row), params(row)));
        }
        return out;
    }

    private static Selector selector(RawRow row, String column) {
        try {
            return Selector.parse(row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }

    private static List<String> match(RawRow row) {
        String m = row.text("match");
        return m.isEmpty() ? List.of() : Arrays.stream(m.split(",")).map(String::strip).toList();
    }

    private static Tolerance tolerance(RawRow row) {
        try {
            return Tolerance.parse(row.text("tolerance"));
        } catch (NumberFormatException e) {
            throw row.error("tolerance", "expected a number or a percentage such as 0.5%, found '" + row.text("tolerance") + "'");
        }
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
            params.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return params;
    }

}
