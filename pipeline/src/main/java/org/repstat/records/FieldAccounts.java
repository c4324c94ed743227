package org.repstat.records;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.repstat.io.PublishedCsv;

/**
 * The field-by-field accounting of an import: for every field a format reads, over the parsed records, how many a
 * rule recognised, how many are kept as text because no rule read them, and how many are empty; the three add up to
 * the parsed records, and the job checks that they do. Texts no rule read are listed with their counts in
 * unrecognised-values.csv, the list from which the rules grow (never a name: names are kept as text by design).
 */
public final class FieldAccounts {

    public static final List<String> HEADER = List.of("field", "raw_column", "value_column", "records", "recognised",
            "kept_as_text", "empty");

    /** One field's counts. */
    public record Account(RecordFormat.AccountedField field, long records, long recognised, long text, long empty) {
        public boolean balances() {
            return records == recognised + text + empty;
        }
    }

    private FieldAccounts() {
    }

    private static Column empty(RecordFormat.AccountedField f) {
        return col(f.raw()).isNull().or(trim(col(f.raw())).equalTo(""));
    }

    /** A value a rule gave: present and not the rules' own word for "no rule knew it". */
    private static Column recognised(RecordFormat.AccountedField f) {
        if (f.value() == null) {
            return lit(false);
        }
        Column v = col(f.value()).cast("string");
        return v.isNotNull().and(v.notEqual(NormalisationRules.UNRECOGNISED));
    }

    /** Counts every field in one pass over the parsed records. */
    public static List<Account> count(Dataset<Row> records, List<RecordFormat.AccountedField> fields) {
        Dataset<Row> ok = records.filter(col("status").equalTo(RecordSchema.OK));
        List<Column> sums = new ArrayList<>();
        sums.add(sum(lit(1L)).as("n"));
        for (RecordFormat.AccountedField f : fields) {
            sums.add(sum(when(empty(f), 1L).otherwise(0L)));
            sums.add(sum(when(not(empty(f)).and(recognised(f)), 1L).otherwise(0L)));
            sums.add(sum(when(not(empty(f)).and(not(recognised(f))), 1L).otherwise(0L)));
        }
        Row r = ok.agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new)).first();
        long n = r.isNullAt(0) ? 0 : r.getLong(0);
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            out.add(new Account(fields.get(i), n, get(r, 2 + 3 * i), get(r, 3 + 3 * i), get(r, 1 + 3 * i)));
        }
        return out;
    }

    private static long get(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    public static void write(Path target, List<Account> accounts) {
        PublishedCsv.write(target, HEADER, accounts.stream().map(a -> List.of(a.field().name(), a.field().raw(),
                a.field().value() == null ? "" : a.field().value(), String.valueOf(a.records()), String.valueOf(a.recognised()),
                String.valueOf(a.text()), String.valueOf(a.empty()))).toList());
    }

    /** Texts no rule read, per listed field, with how many parsed records hold each. */
    public static void writeUnrecognised(Dataset<Row> records, List<RecordFormat.AccountedField> fields, Path target) {
        Dataset<Row> ok = records.filter(col("status").equalTo(RecordSchema.OK));
        Dataset<Row> texts = null;
        for (RecordFormat.AccountedField f : fields) {
            if (f.listed()) {
                Dataset<Row> t = ok.filter(not(empty(f)).and(not(recognised(f)))).select(lit(f.name()).as("field"), col(f.raw()).as("text"));
                texts = texts == null ? t : texts.union(t);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (texts != null) { // one job for every field, not one per field
            for (Row r : texts.groupBy("field", "text").count().collectAsList()) {
                rows.add(List.of(r.getString(0), r.getString(1), String.valueOf(r.getLong(2))));
            }
        }
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1)));
        PublishedCsv.write(target, List.of("field", "text", "records"), rows);
    }
}
