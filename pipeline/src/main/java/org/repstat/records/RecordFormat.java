package org.repstat.records;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One kind of person-level list the import job reads: the documented CSV, Memorial's Moscow execution pages, or
 * Memorial's text blocks. The job ({@link RecordImport}) is the same for all of them: list the files, check on the
 * driver what can fail before anything is written, then read one file per Spark task into rows of
 * {@link RecordSchema#PARQUET}. A format is serialised into the tasks with the rules it carries.
 */
public interface RecordFormat extends Serializable {

    /** The name {@code --format} takes. */
    String id();

    /** What one input record is called in the accounting: rows, paragraphs, blocks. */
    String unit();

    /** The files one task each reads (absolute, normalised), sorted; a path that is not there is bad input. */
    List<String> files(List<Path> inputs);

    /**
     * Reads on the driver whatever can fail before a byte is written (headers, every byte's encoding), so bad input
     * leaves no half-written output; counts what the files hold, for the accounting to be held to.
     */
    Census check(List<String> files, String encoding);

    /** The rows of one file, in order; runs inside a Spark task, closed when the task ends. */
    Rows read(String file, String encoding) throws IOException;

    /**
     * The parts of the files the tasks read: one whole file each unless the format can cut a file into byte ranges
     * at record starts (the CSV can, so that one large file keeps every core busy). Runs on the driver, after
     * {@link #check}, and may run a Spark job of its own to find the cuts.
     */
    default java.util.List<Slice> slices(org.apache.spark.api.java.JavaSparkContext jsc, List<String> files, String encoding) {
        return files.stream().map(Slice::whole).toList();
    }

    /** The rows of one slice, in order; by default the whole file by {@link #read(String, String)}. */
    default Rows read(Slice slice, String encoding) throws IOException {
        if (!slice.isWhole()) {
            throw new IllegalStateException(id() + " reads whole files only, not " + slice);
        }
        return read(slice.file(), encoding);
    }

    /**
     * How many Spark tasks read the files; each file is read whole by one task, a task may read several. One per file
     * by default; formats of many small files (78 pages of 50 KB) group them, since a task costs more than a page.
     */
    default int tasks(List<String> files, int parallelism) {
        return files.size();
    }

    /** The fields the accounting reports for this format, in order. */
    List<AccountedField> fields();

    /** The rows of one file or slice. */
    interface Rows extends Iterator<Row>, AutoCloseable {
        @Override
        void close();

        /**
         * For a byte range: the offset just after its last record, once the rows are read (-1 for a whole file).
         * The job checks that it is where the next range starts.
         */
        default long stoppedAt() {
            return -1;
        }

        /**
         * True when a fast reader met something it does not read exactly as the strict reader would (a malformed
         * quote, a lone carriage return): it stops, and the job reads the whole file again with the strict reader.
         */
        default boolean handBack() {
            return false;
        }
    }

    /**
     * What the driver found before the import ran. {@code records}: per source file (a zip entry is
     * {@code zip!entry}), how many records the plain count of the file's separators or paragraphs gives, or
     * empty when the format cannot count without parsing (CSV: a quoted field may span lines). {@code copies}: how
     * many of them are exact copies of an earlier record. {@code notes}: what else the accounting must say.
     */
    record Census(boolean synthetic, Map<String, Long> records, Map<String, Long> copies, List<String> notes) {
    }

    /**
     * One field of the accounting: {@code raw} is the column holding the text as read; {@code value} the column
     * holding what a rule made of it (null for a field kept as text by design, such as a name or an occupation).
     * {@code listed}: whether texts no rule read go to unrecognised-values.csv (never for names).
     */
    record AccountedField(String name, String raw, String value, boolean listed) implements Serializable {
        public static AccountedField parsed(String name, String raw, String value) {
            return new AccountedField(name, raw, value, true);
        }

        public static AccountedField text(String name, String raw) {
            return new AccountedField(name, raw, null, false);
        }
    }
}
