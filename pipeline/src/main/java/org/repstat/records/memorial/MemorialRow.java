package org.repstat.records.memorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordParser;
import org.repstat.records.RecordSchema;

/**
 * Turns the field texts of one person ({@link PersonText}) into one row of {@link RecordSchema#PARQUET}, shared by
 * both readers so that a spelling means the same in either list. Each value sits beside the text it was read from;
 * a text no rule reads leaves the value empty and stays in its {@code *_raw} column, where the accounting counts it
 * as kept as text. Nothing here rejects a record: a person whose dates cannot be read was still a person.
 */
final class MemorialRow {

    /** Where a record was found: the import's file, the line it starts on, its paragraph or block number. */
    record Where(String format, String file, String shortName, long line, String unit, long number) {
        String position() {
            return shortName + ":" + line + ", " + unit + " " + number;
        }
    }

    /**
     * Dates of birth may precede the Cheka; children born in special settlements up to the late 1950s are in the
     * lists as repressed (the deportation regime ended in 1956–58), so a later birth year is a typo, kept as text.
     * Any other date of the period lies between the Cheka and today.
     */
    static final int FIRST_BIRTH_YEAR = 1840;
    /** Compiled once: {@link #rest} runs for every field of every record. */
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[\\s,.;:–-]+|[\\s,;:–-]+$");
    private static final java.util.regex.Pattern SPACE_BEFORE_STOP = java.util.regex.Pattern.compile("\\s+([,.;])");
    static final int LAST_BIRTH_YEAR = 1960;
    static final int FIRST_EVENT_YEAR = 1917;
    static final int LAST_EVENT_YEAR = 2030;

    private final MemorialRules rules;
    private final Map<String, Integer> column = new HashMap<>();

    MemorialRow(MemorialRules rules) {
        this.rules = rules;
        String[] names = RecordSchema.PARQUET.fieldNames();
        for (int i = 0; i < names.length; i++) {
            column.put(names[i], i);
        }
    }

    /** A reject: what could not be read as a person record, where, and why; its raw text is kept. */
    Row reject(Where where, String reason, String raw) {
        return reject(where, reason, raw, null);
    }

    /** A reject that is an exact copy of an earlier record says so too: copies are counted whatever their status. */
    Row reject(Where where, String reason, String raw, String duplicateOf) {
        Object[] cells = base(where, raw, duplicateOf);
        cells[column.get("status")] = RecordSchema.REJECTED;
        cells[column.get("reject_reason")] = reason;
        return RowFactory.create(cells);
    }

    Row ok(Where where, String raw, String duplicateOf, PersonText p) {
        Object[] c = base(where, raw, duplicateOf);
        c[column.get("status")] = RecordSchema.OK;
        put(c, "person_name", p.name);
        put(c, "name_script", p.name == null ? null : RecordParser.script(p.name));
        put(c, "name_variants_raw", p.nameVariants);

        List<String> sexWords = sexWords(p);
        put(c, "sex_raw", sexWords.isEmpty() ? null : String.join(" ", sexWords));
        put(c, "sex", sex(sexWords));

        MemorialDates.Found birth = rules.dates.find(p.birth, FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR);
        put(c, "birth_year_raw", p.birth);
        if (birth != null && birth.date() != null) {
            put(c, "birth_year", birth.date().year());
            put(c, "birth_date", RecordParser.text(birth.date()));
        }
        put(c, "birth_place_raw", p.birthPlace);
        put(c, "nationality_raw", p.nationality);
        put(c, "nationality", rules.nationalities.classify(p.nationality));
        put(c, "party_raw", p.party);
        put(c, "party", rules.party.classify(p.partyLatest != null ? p.partyLatest : p.party));
        put(c, "education_raw", p.education);
        put(c, "education", rules.education.classify(p.education));
        put(c, "occupation_raw", p.occupation);
        put(c, "address_raw", p.address);

        String arrestedBy = dated(c, "arrest", p.arrest);
        put(c, "arrested_by_raw", arrestedBy);

        String body = dated(c, "sentence", p.sentenced);
        put(c, "sentencing_body_raw", body);
        put(c, "sentencing_body", rules.normalisation.body(body == null ? "" : body));
        put(c, "charge_raw", p.charge);
        put(c, "article", rules.articles(p.charge));
        String sentence = p.sentence == null ? "" : p.sentence;
        String category = rules.normalisation.sentenceCategory(sentence);
        put(c, "sentence_raw", p.sentence);
        put(c, "sentence_category", category);
        if (category.equals("camps") || category.equals("exile")) {
            put(c, "term_months", rules.normalisation.termMonths(sentence));
        }

        String afterExecution = dated(c, "execution", p.execution);
        if (afterExecution != null) {
            p.unparsed.add("execution: " + afterExecution);
        }
        put(c, "rehabilitated_by_raw", dated(c, "rehabilitation", p.rehabilitation));
        put(c, "burial_place_raw", p.burial);
        put(c, "burial_place", rules.burial.classify(p.burial));
        put(c, "source_book", p.sourceBook);
        put(c, "unparsed_raw", p.unparsed.isEmpty() ? null : String.join(" | ", p.unparsed));
        return RowFactory.create(c);
    }

    private Object[] base(Where where, String raw, String duplicateOf) {
        Object[] c = new Object[RecordSchema.PARQUET.size()];
        put(c, "source_file", where.file());
        put(c, "line", where.line());
        put(c, "raw_record", raw);
        put(c, "synthetic", false);
        put(c, "format", where.format());
        put(c, "position", where.position());
        put(c, "record_no", where.number());
        put(c, "duplicate_of", duplicateOf);
        return c;
    }

    /**
     * Finds the date in a field's text: the date goes to {@code <prefix>_date(_raw)} and {@code <prefix>_year},
     * the month of a sentence to {@code sentence_month}; what is left (who arrested, sentenced or rehabilitated)
     * is returned. With no date found the whole text is returned and the date stays empty.
     */
    private String dated(Object[] c, String prefix, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MemorialDates.Found found = rules.dates.find(text, FIRST_EVENT_YEAR, LAST_EVENT_YEAR);
        if (found == null) {
            return rest(text);
        }
        put(c, prefix + "_date_raw", found.raw());
        if (found.date() != null) {
            put(c, prefix + "_date", RecordParser.text(found.date()));
            put(c, prefix + "_year", found.date().year());
            if (prefix.equals("sentence")) {
                put(c, "sentence_month", found.date().month());
            }
        }
        return rest(text.substring(0, found.start()) + " " + text.substring(found.end()));
    }

    /** The text with its surrounding blanks and stray punctuation removed; null when nothing is left. */
    static String rest(String text) {
        if (text == null) {
            return null;
        }
        String s = EDGES.matcher(NormalisationRules.collapseSpaces(text)).replaceAll("");
        s = SPACE_BEFORE_STOP.matcher(s).replaceAll("$1");
        return s.isEmpty() || s.equals(".") ? null : s;
    }

    /** The sex the verb forms agree on; forms that disagree leave it empty, kept as text in sex_raw. */
    private String sex(List<String> words) {
        String sex = null;
        for (String word : words) {
            String s = rules.sex.classify(word);
            if (sex != null && !sex.equals(s)) {
                return null;
            }
            sex = s;
        }
        return sex;
    }

    /** The field words that carry sex by the rules of sex.csv ("Приговор:", "Место захоронения" carry none). */
    private List<String> sexWords(PersonText p) {
        List<String> out = new ArrayList<>();
        for (String w : p.sexWords) {
            if (rules.sex.classify(w) != null) {
                out.add(w);
            }
        }
        return out;
    }

    private void put(Object[] cells, String name, Object value) {
        Integer at = column.get(name);
        if (at == null) {
            throw new IllegalStateException("no column " + name + " in records.parquet");
        }
        cells[at] = value instanceof String s && s.isBlank() ? null : value;
    }
}
