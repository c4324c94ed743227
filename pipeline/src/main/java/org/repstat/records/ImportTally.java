package org.repstat.records;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.repstat.importing.RowAccount;

/**
 * The accounting of an import, counted by each task over the rows it writes, and merged on the driver: rows per
 * source file (ok, rejected), the field accounts (recognised, kept as text, empty), the texts no rule read, the
 * rejects with their place and reason, and the exact copies. Counting while writing replaces reading the written
 * Parquet back (and caching it) for five more queries, which cost more than the import itself. The definitions are
 * those {@link FieldAccounts} states, applied to the same values: a field is empty when its raw text is null or
 * only spaces; recognised when its value column holds a value other than {@code unrecognised}.
 *
 * <p>A tally also says, for each byte range of a file a task read ({@link Slice}), where the range's last record
 * ended, so the driver can check that the ranges met at record boundaries, and which files a fast reader handed
 * back to be read whole by the strict reader.
 */
public final class ImportTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SOURCE_FILE = RecordSchema.PARQUET.fieldIndex("source_file");
    private static final int LINE = RecordSchema.PARQUET.fieldIndex("line");
    private static final int STATUS = RecordSchema.PARQUET.fieldIndex("status");
    private static final int REASON = RecordSchema.PARQUET.fieldIndex("reject_reason");
    private static final int RAW_RECORD = RecordSchema.PARQUET.fieldIndex("raw_record");
    private static final int POSITION = RecordSchema.PARQUET.fieldIndex("position");
    private static final int DUPLICATE_OF = RecordSchema.PARQUET.fieldIndex("duplicate_of");

    /** One range read: its place in the plan, and the byte offset after its last record (-1: read whole). */
    public record SliceEnd(String file, int index, long start, long stoppedAt) implements Serializable {
    }

    private final List<RecordFormat.AccountedField> fields;
    private final int[] raw;
    private final int[] value;
    private final Map<String, long[]> rows = new TreeMap<>();
    private long parsed;
    private final long[] empty;
    private final long[] recognised;
    private final long[] text;
    /** field index → text → records. */
    private final List<Map<String, Long>> unrecognised = new ArrayList<>();
    private final List<List<String>> rejects = new ArrayList<>();
    private long copies;
    private final List<SliceEnd> ends = new ArrayList<>();
    private final List<String> redo = new ArrayList<>();
    private final List<Integer> partitions = new ArrayList<>();

    public ImportTally(List<RecordFormat.AccountedField> fields) {
        this.fields = List.copyOf(fields);
        this.raw = new int[fields.size()];
        this.value = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            raw[i] = RecordSchema.PARQUET.fieldIndex(fields.get(i).raw());
            value[i] = fields.get(i).value() == null ? -1 : RecordSchema.PARQUET.fieldIndex(fields.get(i).value());
            unrecognised.add(new HashMap<>());
        }
        this.empty = new long[fields.size()];
        this.recognised = new long[fields.size()];
        this.text = new long[fields.size()];
    }

    /** Counts one row written. */
    public void add(Row row) {
        String file = row.getString(SOURCE_FILE);
        long[] c = rows.computeIfAbsent(file, k -> new long[2]);
        if (!row.isNullAt(DUPLICATE_OF)) {
            copies++;
        }
        if (RecordSchema.OK.equals(row.getString(STATUS))) {
            c[0]++;
            parsed++;
            for (int i = 0; i < raw.length; i++) {
                Object r = row.get(raw[i]);
                if (r == null || blank((String) r)) {
                    empty[i]++;
                } else if (value[i] >= 0 && row.get(value[i]) != null
                        && !NormalisationRules.UNRECOGNISED.equals(row.get(value[i]).toString())) {
                    recognised[i]++;
                } else {
                    text[i]++;
                    if (fields.get(i).listed()) {
                        unrecognised.get(i).merge((String) r, 1L, Long::sum);
                    }
                }
            }
        } else {
            c[1]++;
            rejects.add(List.of(file, String.valueOf(row.getLong(LINE)), row.getString(REASON),
                    row.isNullAt(RAW_RECORD) ? "" : row.getString(RAW_RECORD),
                    row.isNullAt(POSITION) ? "" : row.getString(POSITION)));
        }
    }

    /** Empty as Spark's {@code trim(x) = ''} says: nothing but spaces (U+0020). */
    static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    void ended(SliceEnd end) {
        ends.add(end);
    }

    /** The fast reader could not read this file exactly as the strict reader would: it is read again, whole. */
    void redo(String file) {
        redo.add(file);
    }

    void partition(int partition) {
        partitions.add(partition);
    }

    /** Adds another task's tally to this one. */
    public ImportTally merge(ImportTally o) {
        o.rows.forEach((f, c) -> {
            long[] mine = rows.computeIfAbsent(f, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        parsed += o.parsed;
        for (int i = 0; i < raw.length; i++) {
            empty[i] += o.empty[i];
            recognised[i] += o.recognised[i];
            text[i] += o.text[i];
            Map<String, Long> u = unrecognised.get(i);
            o.unrecognised.get(i).forEach((t, n) -> u.merge(t, n, Long::sum));
        }
        rejects.addAll(o.rejects);
        copies += o.copies;
        ends.addAll(o.ends);
        redo.addAll(o.redo);
        partitions.addAll(o.partitions);
        return this;
    }

    /** Per source file: {ok, rejected}. */
    public Map<String, long[]> rows() {
        return rows;
    }

    public List<List<String>> rejects() {
        return rejects;
    }

    public long copies() {
        return copies;
    }

    List<SliceEnd> ends() {
        return ends;
    }

    List<String> redo() {
        return redo;
    }

    List<Integer> partitions() {
        return partitions;
    }

    /** The field accounts, in the format's order. */
    public List<FieldAccounts.Account> fieldAccounts() {
        List<FieldAccounts.Account> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            out.add(new FieldAccounts.Account(fields.get(i), parsed, recognised[i], text[i], empty[i]));
        }
        return out;
    }

    /** Rows of unrecognised-values.csv (field, text, records), unsorted. */
    public List<List<String>> unrecognisedRows() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).name();
            unrecognised.get(i).forEach((t, n) -> out.add(List.of(name, t, String.valueOf(n))));
        }
        return out;
    }

    /**
     * Rows in = ok + rejected per source file (a zip's entry is its own source). Where the format counted the
     * records before the import, the rows read must be exactly that count: the accounting is held to the input,
     * not to itself.
     */
    List<RowAccount> accounts(String job, List<String> files, RecordFormat format, RecordFormat.Census census) {
        Map<String, long[]> counts = new TreeMap<>();
        if (census.records().isEmpty()) {
            files.forEach(f -> counts.put(f, new long[2]));
        } else {
            census.records().keySet().forEach(f -> counts.put(f, new long[2]));
        }
        rows().forEach((file, c) -> {
            long[] mine = counts.computeIfAbsent(file, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        List<RowAccount> accounts = new ArrayList<>();
        counts.forEach((file, c) -> accounts.add(new RowAccount(job, file, format.unit(), c[0] + c[1], c[0], c[1])));
        census.records().forEach((file, expected) -> {
            long[] c = counts.get(file);
            if (c[0] + c[1] != expected) {
                throw new IllegalStateException(file + ": the import read " + (c[0] + c[1]) + " " + format.unit()
                        + " where a plain count of the file finds " + expected);
            }
        });
        return accounts;
    }
}
