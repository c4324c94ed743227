package org.repstat.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.repstat.TestWorkspace;

/** The record fixtures and the repository's normalisation rules, read without Spark. */
final class RecordFixtures {

    private RecordFixtures() {
    }

    static NormalisationRules rules() {
        return NormalisationRules.load(TestWorkspace.repository().datasets().resolve("records"));
    }

    static Path fixture(String name) {
        try {
            return Path.of(RecordFixtures.class.getResource("/records/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row one file yields, in order, exactly as the Spark import task would produce them. */
    static List<Row> read(Path file, String encoding) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             RecordFileReader reader = new RecordFileReader(file.toString(), in, encoding, new RecordParser(rules()))) {
            reader.forEachRemaining(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Object get(Row row, String column) {
        return row.get(RecordSchema.PARQUET.fieldIndex(column));
    }
}
