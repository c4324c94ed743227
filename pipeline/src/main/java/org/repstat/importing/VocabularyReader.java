package org.repstat.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.QualifierRule;
import org.repstat.provenance.Vocabulary;

/** Reads {@code datasets/vocab/}: the controlled terms are data, so adding a measure needs no code change. */
public final class VocabularyReader {

    /** Each kind of term and the file that lists it. */
    public static final Map<String, String> TERM_FILES = Map.of(
            "measure", "measures.csv",
            "scope", "scopes.csv",
            "geography", "geographies.csv",
            "unit", "units.csv",
            "event_type", "event_types.csv",
            "source_type", "source_types.csv",
            "reliability", "reliability.csv");

    static final List<String> TERM_HEADER = List.of("id", "label", "definition");
    static final List<String> QUALIFIER_HEADER = List.of("id", "lower_factor", "lower_offset", "upper_factor",
            "upper_offset", "explicit", "definition", "rationale");

    private VocabularyReader() {
    }

    public static Vocabulary read(Path vocabDir) {
        Map<String, Map<String, Vocabulary.Term>> terms = new LinkedHashMap<>();
        for (var entry : new java.util.TreeMap<>(TERM_FILES).entrySet()) {
            Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
            for (RawRow row : RawTable.read(vocabDir.resolve(entry.getValue()), TERM_HEADER).rows()) {
                String id = row.required("id");
                if (!id.matches("[a-z0-9_]+")) {
                    throw row.error("id", "expected a snake_case id, found '" + id + "'");
                }
                if (byId.put(id, new Vocabulary.Term(entry.getKey(), id, row.required("label"), row.required("definition"))) != null) {
                    throw row.error("id", "duplicate id '" + id + "'");
                }
            }
            terms.put(entry.getKey(), byId);
        }
        Map<String, QualifierRule> qualifiers = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(vocabDir.resolve("qualifiers.csv"), QUALIFIER_HEADER).rows()) {
            String id = row.required("id");
            QualifierRule rule = new QualifierRule(id,
                    decimal(row, "lower_factor"), orZero(decimal(row, "lower_offset")),
                    decimal(row, "upper_factor"), orZero(decimal(row, "upper_offset")),
                    Boolean.parseBoolean(row.required("explicit")), row.required("definition"), row.required("rationale"));
            if (qualifiers.put(id, rule) != null) {
                throw row.error("id", "duplicate qualifier '" + id + "'");
            }
        }
        return new Vocabulary(terms, qualifiers);
    }

    private static BigDecimal decimal(RawRow row, String column) {
        return row.number(column, org.repstat.io.NumberSyntax.PLAIN);
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
