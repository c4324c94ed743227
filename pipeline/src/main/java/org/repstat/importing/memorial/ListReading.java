package org.repstat.importing.memorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.repstat.importing.ExternalFiles;
import org.repstat.importing.InputProblems;
import org.repstat.importing.RowAccount;
import org.repstat.io.InputException;
import org.repstat.io.InputFiles;
import org.repstat.records.RecordFormat;
import org.repstat.records.RecordSchema;

/**
 * Reads one of Memorial's lists where it was published, with its plain Java reader (the one {@code repstat records
 * import} runs on Spark; here no Spark session is started): every listed file must be there and be exactly the
 * bytes the list names. Where a copy differs, the reader is still run on it to say where, as far as it can tell
 * (a byte not valid in the encoding, a page or block the file ends inside), so the error names the place and not
 * only the hash. The records read are held to a plain count of the files' paragraphs or blocks.
 */
final class ListReading {

    static final int STATUS = RecordSchema.PARQUET.fieldIndex("status");
    static final int LINE = RecordSchema.PARQUET.fieldIndex("line");
    static final int REASON = RecordSchema.PARQUET.fieldIndex("reject_reason");
    static final int POSITION = RecordSchema.PARQUET.fieldIndex("position");
    static final int SOURCE = RecordSchema.PARQUET.fieldIndex("source_file");
    /** How many of a damaged copy's rejects an error names: enough to find the damage, not a flood. */
    private static final int SHOWN = 5;

    /** What reading a list gave: its pin and the accounting; the records went to the caller's counter. */
    record Result(ExternalFiles.Listing listing, RowAccount account) {
        String inputSha256() {
            return listing.listSha256();
        }
    }

    private ListReading() {
    }

    /**
     * Reads every listed file and hands each record read (status ok) to {@code counter}, one at a time, so that a
     * list of 46,445 records is never held in memory whole. Nothing reaches the counter from a file whose bytes are
     * not the listed ones: its rejects are collected to say where it differs, and the read fails.
     */
    static Result read(Path list, Path home, String sourceId, RecordFormat format, Consumer<Row> counter) {
        ExternalFiles.Listing listing = ExternalFiles.read(list, home, sourceId);
        InputProblems problems = new InputProblems();
        long in = 0;
        long rejected = 0;
        for (ExternalFiles.File f : listing.files()) {
            InputException wrong = ExternalFiles.mismatch(f, InputFiles.read(f.location()));
            String file = f.location().toString();
            long expected;
            long read = 0;
            long fileRejected = 0;
            List<Row> rejects = new ArrayList<>();
            try (RecordFormat.Rows rows = format.read(file, f.encoding())) {
                expected = format.check(List.of(file), f.encoding()).records().values().stream().mapToLong(Long::longValue).sum();
                while (rows.hasNext()) {
                    Row r = rows.next();
                    read++;
                    if (!RecordSchema.OK.equals(r.getString(STATUS))) {
                        fileRejected++;
                        if (rejects.size() < SHOWN) {
                            rejects.add(r);
                        }
                    } else if (wrong == null) {
                        counter.accept(r);
                    }
                }
            } catch (InputException e) {
                problems.add(e);
                if (wrong != null) {
                    problems.add(wrong);
                }
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (wrong != null) {
                rejects.forEach(r -> problems.add(new InputException(Path.of(r.getString(SOURCE)), r.getLong(LINE), null,
                        unit(r.getString(POSITION)) + ": " + r.getString(REASON))));
                problems.add(wrong);
                continue;
            }
            if (read != expected) {
                throw new IllegalStateException(file + ": the reader read " + read + " " + format.unit()
                        + " where a plain count of the file finds " + expected);
            }
            in += read;
            rejected += fileRejected;
        }
        problems.throwIfAny();
        return new Result(listing, new RowAccount(sourceId, list.toString(), "records", in, in - rejected, rejected));
    }

    /** "paragraph 87" of "12.htm:1480, paragraph 87": the file and line are the exception's own. */
    private static String unit(String position) {
        int comma = position.lastIndexOf(", ");
        return comma < 0 ? position : position.substring(comma + 2);
    }

}
