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
            Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
            for (RawRow row : RawTable.read(vocabDir.resolve(entry.getValue()), geography ? GEOGRAPHY_HEADER : TERM_HEADER)
                    .requireRows().rows()) {
                String id = row.required("id");
                if (!id.matches("[a-z0-9_]+")) {
                    throw row.error("id", "expected a snake_case id, found '" + id + "'");
                }
                Vocabulary.Term term = geography ? geography(row, id)
                        : new Vocabulary.Term(entry.getKey(), id, row.required("label"), row.required("definition"));
                if (byId.put(id, term) != null) {
                    throw row.error("id", "duplicate id '" + id + "'");
                }
            }
            terms.put(entry.getKey(), byId);
        }
        Map<String, QualifierRule> qualifiers = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(vocabDir.resolve("qualifiers.csv"), QUALIFIER_HEADER).requireRows().rows()) {
            String id = row.required("id");
            QualifierRule rule = new QualifierRule(id,
                    decimal(row, "lower_factor"), orZero(decimal(row, "lower_offset")),
                    decimal(row, "upper_factor"), orZero(decimal(row, "upper_offset")),
                    row.bool("explicit"), row.required("definition"), row.required("rationale"));
            checkBoundsOrder(row, rule);
            if (qualifiers.put(id, rule) != null) {
                throw row.error("id", "duplicate qualifier '" + id + "'");
            }
        }
        return new Vocabulary(terms, qualifiers);
    }

    /**
     * A vocabulary file of {@code id,label,definition} read by itself (the camps file's types and branches of work):
     * the same rules as every vocabulary — at least one term, snake_case ids, each once, label and definition given.
     */
    public static Map<String, Vocabulary.Term> readTerms(Path file, String kind) {
        Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(file, TERM_HEADER).requireRows().rows()) {
            String id = row.required("id");
            if (!id.matches("[a-z0-9_]+")) {
                throw row.error("id", "expected a snake_case id, found '" + id + "'");
            }
            if (byId.put(id, new Vocabulary.Term(kind, id, row.required("label"), row.required("definition"))) != null) {
                throw row.error("id", "duplicate id '" + id + "'");
            }
        }
        return byId;
    }

    /**
     * A rule must keep lower ≤ upper. Bounds are linear in the value, so a lower factor above the upper one crosses
     * them for every large enough figure (and equal factors with crossed offsets for every figure): such a rule is
     * named here, at its own line, not at the first cell it is applied to. (Offsets alone may cross for tiny
     * figures — "nearly 5" — which the cell that meets it reports.)
     */
    private static void checkBoundsOrder(RawRow row, QualifierRule rule) {
        for (String column : List.of("lower_factor", "upper_factor")) {
            BigDecimal f = column.startsWith("lower") ? rule.lowerFactor() : rule.upperFactor();
            if (f != null && f.signum() < 0) {
                throw row.error(column, "expected a factor of 0 or more, found " + f.toPlainString() + ": bounds of a count are never negative");
            }
        }
        if (rule.explicit() || rule.lowerFactor() == null || rule.upperFactor() == null) {
            return;
        }
        if (rule.lowerFactor().compareTo(rule.upperFactor()) > 0) {
            BigDecimal example = new BigDecimal(350000);
            QualifierRule.Bounds b = rule.boundsFor(example);
            throw row.error("lower_factor", "expected a lower factor at most the upper factor " + rule.upperFactor().toPlainString()
                    + ", found " + rule.lowerFactor().toPlainString() + ": the rule would put the lower bound above the upper"
                    + " (350000 → " + b.lower().toPlainString() + " .. " + b.upper().toPlainString() + ")");
        }
        if (rule.lowerFactor().compareTo(rule.upperFactor()) == 0 && rule.lowerOffset().compareTo(rule.upperOffset()) > 0) {
            throw row.error("lower_offset", "expected a lower offset at most the upper offset " + rule.upperOffset().toPlainString()
                    + " (the factors are equal), found " + rule.lowerOffset().toPlainString()
                    + ": the rule would put the lower bound above the upper for every figure");
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
