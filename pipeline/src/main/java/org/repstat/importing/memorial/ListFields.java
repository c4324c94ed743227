package org.repstat.importing.memorial;

import java.util.ArrayList;
import java.util.List;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;

/**
 * The columns every count table of Memorial's lists carries, and the accounts table each list publishes beside
 * them. Counts only: no table has a name, a birthplace, an address or any other text about one person, and no
 * table crosses two of a person's details beyond the year (a day; a burial place; a nationality and the year; an
 * age and the years 1937–38; a sentence, or a sentencing body, and the year), so the published cells cannot be
 * combined into a description of one person that the tables do not already hold apart.
 */
final class ListFields {

    static final String DAY = "\\d{4}-\\d{2}-\\d{2}";
    static final String MONTH = "\\d{4}-\\d{2}";

    private ListFields() {
    }

    /** source_id, rule, input_sha256: who counted what, by which rule, from which bytes. */
    static List<Field> provenance(String ruleDoc) {
        return List.of(
                Field.required("rule", ruleDoc),
                Field.required("source_id", "sources.source_id of the list (the copy that was read)."),
                Field.required("input_sha256", "SHA-256 of the list's file list (datasets/raw/<source_id>/files.csv), which gives the "
                        + "SHA-256 of every file read: the counts are of exactly those bytes.").matching("[0-9a-f]{64}"));
    }

    static List<Field> with(List<Field> own, String ruleDoc) {
        List<Field> all = new ArrayList<>(own);
        all.addAll(provenance(ruleDoc));
        return all;
    }

    static List<TableSpec.ForeignKey> source() {
        return List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"));
    }

    static Field count(String name, String doc) {
        return Field.integer(name, doc, true);
    }

    /** The accounts table of a list: for each count table, how the records read divide between it and the rest. */
    static TableSpec accounts(String name, String list) {
        return new TableSpec(name, "Accounts of " + list,
                "one published count table of " + list + ": how many records it counts, how many exact copies it counts apart, and how "
                        + "many it leaves out and why (records read = counted + copies + kept as text + empty)",
                List.of(Field.required("table", "The count table (its name in datapackage.json)."),
                        Field.required("counted_column", "The column whose sum is 'counted'."),
                        Field.string("copies_column", "The column whose sum is 'copies' (empty where the table has none)."),
                        count("records", "Records of the list read and not rejected: the table's records."),
                        count("counted", "Records the table counts: the sum of its counted_column."),
                        count("copies", "Exact copies of an earlier record that the table counts apart (its copies_column), never in 'counted'."),
                        count("kept_as_text", "Records left out because a field the table keys on holds text no rule reads "
                                + "(a date with two readings, two nationalities, a sentence date without a year)."),
                        count("empty", "Records left out because a field the table keys on is empty."),
                        Field.string("note", "What else a reader must know about the table's counts."),
                        Field.required("source_id", "sources.source_id of the list.")),
                List.of("table"), List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id")));
    }
}
