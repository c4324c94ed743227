package org.repstat.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.published.CoreTables;
import org.repstat.io.RawTable;
import org.repstat.provenance.QualifierRule;
import org.repstat.provenance.Vocabulary;

/** Reads {@code datasets/vocab/}: the controlled terms are data, so adding a measure needs no code change. */
public final class VocabularyReader {

    static final List<String> TERM_HEADER = List.of("id", "label", "definition");
    /** A measure also names the one unit it is counted in: shares and counts never share a measure. */
    static final List<String> MEASURE_HEADER = List.of("id", "label", "definition", "unit");

    /**
     * Geographies carry more than a label: the English name where a source gives one (with that source), the form
     * the source printed, and the kind of unit. Their display label is derived — English when sourced, else as
     * printed — so no English name is ever invented to fill the column.
     */
    public static final List<String> GEOGRAPHY_HEADER = List.of("id", "label_en", "label_en_source", "printed",
            "geo_type", "definition", "note");
    static final List<String> QUALIFIER_HEADER = List.of("id", "lower_factor", "lower_offset", "upper_factor",
            "upper_offset", "explicit", "definition", "rationale");

    private VocabularyReader() {
    }

    public static Vocabulary read(Path vocabDir) {
        Map<String, Map<String, Vocabulary.Term>> terms = new LinkedHashMap<>();
        for (var entry : new java.util.TreeMap<>(CoreTables.VOCABULARY_FILES).entrySet()) {
            boolean geography = entry.getKey().equals("geography");
            boolean measure = entry.getKey().equals("measure");
            Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
            List<String> header = geography ? GEOGRAPHY_HEADER : measure ? MEASURE_HEADER : TERM_HEADER;
            for (RawRow row : RawTable.read(vocabDir.resolve(entry.getValue()), header).rows()) {
                String id = row.required("id");
                if (!id.matches("[a-z0-9_]+")) {
                    throw row.error("id", "expected a snake_case id, found '" + id + "'");
                }
                Vocabulary.Term term = geography ? geography(row, id)
                        : measure ? new Vocabulary.Term("measure", id, row.required("label"), row.required("definition"),
                                Map.of("unit", row.required("unit")))
                        : new Vocabulary.Term(entry.getKey(), id, row.required("label"), row.required("definition"));
                if (byId.put(id, term) != null) {
                    throw row.error("id", "duplicate id '" + id + "'");
                }
            }
            terms.put(entry.getKey(), byId);
        }
        checkMeasureUnits(vocabDir, terms);
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

    /** Every measure's unit is a term of units.csv: read after both files, since measures come first. */
    private static void checkMeasureUnits(Path vocabDir, Map<String, Map<String, Vocabulary.Term>> terms) {
        Map<String, Vocabulary.Term> units = terms.getOrDefault("unit", Map.of());
        for (RawRow row : RawTable.read(vocabDir.resolve(CoreTables.VOCABULARY_FILES.get("measure")), MEASURE_HEADER).rows()) {
            if (!units.containsKey(row.text("unit"))) {
                throw row.error("unit", "expected a unit listed in datasets/vocab/units.csv " + units.keySet()
                        + ", found '" + row.text("unit") + "'");
            }
        }
    }

    private static Vocabulary.Term geography(RawRow row, String id) {
        String en = row.text("label_en");
        String printed = row.text("printed");
        if (en.isEmpty() && printed.isEmpty()) {
            throw row.error("printed", "expected the form a source printed, or an English label with its source");
        }
        if (!en.isEmpty() && row.text("label_en_source").isEmpty()) {
            throw row.error("label_en_source", "expected the source of the English label (a source id or a page address): labels are never invented");
        }
        if (en.isEmpty() && row.text("note").isEmpty()) {
            throw row.error("note", "expected a note saying why no English label is given");
        }
        String type = row.required("geo_type");
        if (!CoreTables.GEO_TYPES.contains(type)) {
            throw row.error("geo_type", "expected one of " + CoreTables.GEO_TYPES + ", found '" + type + "'");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String column : List.of("label_en", "label_en_source", "printed", "geo_type", "note")) {
            extra.put(column, row.text(column));
        }
        return new Vocabulary.Term("geography", id, en.isEmpty() ? printed : en, row.required("definition"), extra);
    }

    private static BigDecimal decimal(RawRow row, String column) {
        return row.number(column, org.repstat.io.NumberSyntax.PLAIN);
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
