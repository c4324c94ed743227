package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.repstat.TestWorkspace;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordFormat;
import org.repstat.records.RecordSchema;

/**
 * The two real lists as published, in {@code shared/sources/} beside the repository (CI has them), and the
 * repository's rules; read without Spark, exactly as one import task reads a file.
 */
final class MemorialLists {

    static final Path MOSCOW = TestWorkspace.repository().home()
            .resolve("../shared/sources/memorial-moscow-executions-nextgis").normalize();
    static final Path PAGES = MOSCOW.resolve("pages");
    static final Path TEXTS = TestWorkspace.repository().home()
            .resolve("../shared/sources/memorial-lists-sample-memoru/texts.zip").normalize();

    private MemorialLists() {
    }

    /** Skips on a checkout without shared/ beside it; in CI the lists are there, so the tests really run. */
    static void assumePresent(Path source) {
        assumeTrue(System.getenv("CI") != null || Files.exists(source), source + " is not beside this checkout");
    }

    static MemorialRules rules() {
        Path dir = TestWorkspace.repository().datasets().resolve("records");
        return MemorialRules.load(dir, NormalisationRules.load(dir));
    }

    /** Every row the format yields for these files, in order. */
    static List<Row> read(RecordFormat format, List<String> files, String encoding) {
        List<Row> rows = new ArrayList<>();
        for (String file : files) {
            try (RecordFormat.Rows r = format.read(file, encoding)) {
                r.forEachRemaining(rows::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return rows;
    }

    static Object get(Row row, String column) {
        return row.get(RecordSchema.PARQUET.fieldIndex(column));
    }

    static long count(List<Row> rows, String column, Object value) {
        return rows.stream().filter(r -> java.util.Objects.equals(get(r, column), value)).count();
    }
}
