package org.repstat.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.repstat.io.InputException;

/**
 * The documented person-level CSV ({@code datasets/records/README.md}) as a {@link RecordFormat}: a thin adapter over
 * {@link RecordFileReader} and {@link RecordParser}, which keep the whole CSV path.
 */
public final class CsvRecordFormat implements RecordFormat {

    private static final long serialVersionUID = 1L;
    public static final String ID = "csv";

    private final RecordParser parser;
    private final boolean forceEncoding;

    public CsvRecordFormat(NormalisationRules rules) {
        this(rules, false);
    }

    /** {@code forceEncoding}: read with an explicit encoding even where it decodes a file otherwise than auto would. */
    public CsvRecordFormat(NormalisationRules rules, boolean forceEncoding) {
        this.parser = new RecordParser(rules);
        this.forceEncoding = forceEncoding;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unit() {
        return "rows";
    }

    @Override
    public List<String> files(List<Path> inputs) {
        return listFiles(inputs);
    }

    /** Reads every header on the driver: a bad header is a located error before any task runs. */
    @Override
    public Census check(List<String> files, String encoding) {
        Boolean synthetic = null;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file));
                 RecordFileReader reader = new RecordFileReader(file, in, encoding, forceEncoding, parser)) {
                if (synthetic != null && synthetic != reader.synthetic()) {
                    throw new InputException(Path.of(file), 1, RecordSchema.SYNTHETIC_COLUMN,
                            "SYNTHETIC and real record files cannot be imported together: a synthetic count must never mix with real ones");
                }
                synthetic = reader.synthetic();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Census(synthetic, Map.of(), Map.of(), List.of());
    }

    /** Large files in byte ranges, so one file keeps every core busy ({@link CsvSlices}); the rest whole. */
    @Override
    public List<Slice> slices(org.apache.spark.api.java.JavaSparkContext jsc, List<String> files, String encoding) {
        return CsvSlices.of(files, parser, encoding);
    }

    @Override
    public Rows read(Slice slice, String encoding) throws IOException {
        return slice.isWhole() ? read(slice.file(), encoding) : CsvSlices.read(slice, parser);
    }

    @Override
    public Rows read(String file, String encoding) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(Path.of(file).toUri());
        InputStream in = path.getFileSystem(new Configuration()).open(path);
        // the driver has checked the encoding against each file (check): the task only reads
        return CsvSlices.rows(new RecordFileReader(file, in, encoding, true, parser), null);
    }

    @Override
    public List<AccountedField> fields() {
        return List.of(AccountedField.text("person_name", "person_name"),
                AccountedField.parsed("birth_year", "birth_year_raw", "birth_year"),
                AccountedField.text("region", "region_raw"),
                AccountedField.parsed("arrest_date", "arrest_date_raw", "arrest_date"),
                AccountedField.parsed("sentencing_body", "sentencing_body_raw", "sentencing_body"),
                AccountedField.parsed("sentence", "sentence_raw", "sentence_category"),
                AccountedField.parsed("sentence_date", "sentence_date_raw", "sentence_date"),
                AccountedField.parsed("execution_date", "execution_date_raw", "execution_date"),
                AccountedField.parsed("rehabilitation_date", "rehabilitation_date_raw", "rehabilitation_date"));
    }

    /** The CSV files to read, sorted: each directory's *.csv, and files named directly. */
    static List<String> listFiles(List<Path> inputs) {
        return InputListing.files(inputs, n -> n.endsWith(".csv"), "no *.csv files to import");
    }
}
