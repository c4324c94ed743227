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
     * How many Spark tasks read the files; each file is read whole by one task, a task may read several. One per file
     * by default; formats of many small files (78 pages of 50 KB) group them, since a task costs more than a page.
     */
    default int tasks(List<String> files, int parallelism) {
        return files.size();
    }

    /** The fields the accounting reports for this format, in order. */
    List<AccountedField> fields();

    /** The rows of one file. */
    interface Rows extends Iterator<Row>, AutoCloseable {
        @Override
        void close();
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
    record AccountedField(String name, String raw, String value, boolean listed) {
        public static AccountedField parsed(String name, String raw, String value) {
            return new AccountedField(name, raw, value, true);
        }

        public static AccountedField text(String name, String raw) {
            return new AccountedField(name, raw, null, false);
        }
    }
}
