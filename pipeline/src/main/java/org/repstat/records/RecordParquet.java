package org.repstat.records;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Writes rows of {@link RecordSchema#PARQUET} straight to a Parquet file from inside an import task: the same
 * Parquet schema, and the same Spark schema in the footer, that Spark's own writer produces (so
 * {@code spark.read().parquet} and DuckDB read the files as before), without Spark's per-row conversion of each
 * {@link Row} into its internal format, and without Parquet's record-assembly layer: each value goes to its
 * column's writer directly, a row group at a time, on Parquet's public column API.
 *
 * <p>Settings chosen for the columns: dictionary encoding for those whose values repeat (status, categories,
 * bodies, regions, dates, years: thousands of distinct values in millions of rows), plain encoding for those that
 * are unique per record (line, names, raw records, positions), where a dictionary would be built only to be thrown
 * away; no min/max statistics on texts (no reader of records.parquet filters on them, and they cost a comparison
 * of every value twice); Snappy, which costs least CPU per byte. A text that repeats is encoded to UTF-8 once and
 * found in the dictionary by identity ({@link IdentityFirstDictionary}), not hashed and compared byte by byte on
 * every row.
 */
final class RecordParquet implements Closeable {

    /** Spark's key for the schema of the rows, in the file's key-value metadata. */
    static final String SPARK_ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";
    static final String SPARK_VERSION_METADATA = "org.apache.spark.version";

    /** Unique per record, or nearly: a dictionary would only be built and discarded. */
    static final Set<String> PLAIN_COLUMNS = Set.of("line", "record_no", "person_name", "raw_record", "position",
            "duplicate_of", "address_raw", "unparsed_raw", "name_variants_raw", "birth_place_raw", "occupation_raw",
            "charge_raw");

    static final MessageType SCHEMA = schema();

    /** A row group is flushed when its buffered pages reach this size (Spark's default block size). */
    static final long ROW_GROUP_BYTES = 128L << 20;

    /** Distinct texts remembered per column; past it, a column's texts are encoded as they come. */
    static final int CANONICAL_LIMIT = 20_000;

    /** Rows buffered before they are written column by column. */
    static final int BATCH = 1024;

    private static final int STRING = 0;
    private static final int LONG = 1;
    private static final int INT = 2;
    private static final int BOOLEAN = 3;

    private static final int[] KINDS = kinds();
    private static final String[] NAMES = RecordSchema.PARQUET.fieldNames();

    private final java.nio.file.Path path;
    private final ParquetFileWriter file;
    private final ParquetProperties props;
    private final CodecFactory codecs;
    private final CodecFactory.BytesCompressor compressor;
    private final ColumnDescriptor[] columns;
    private final int[] maxDefinition;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private final ColumnWriter[] writers;
    private long rows;
    private final Row[] batch = new Row[BATCH];
    private int batched;
    private long nextSizeCheck = 1_000;
    /** Per dictionary column, one Binary per distinct text (see {@link #binary}). */
    @SuppressWarnings("unchecked")
    private final Map<String, Binary>[] canonical = new Map[KINDS.length];
    private final Object[] lastString = new Object[KINDS.length];
    private final Binary[] lastBinary = new Binary[KINDS.length];

    private RecordParquet(java.nio.file.Path path) throws IOException {
        this.path = path;
        ParquetProperties.Builder b = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withDictionaryEncoding(true)
                .withSizeStatisticsEnabled(false)
                .withPageWriteChecksumEnabled(false)
                .withValuesWriterFactory(new IdentityFirstDictionary.Factory());
        for (StructField f : RecordSchema.PARQUET.fields()) {
            if (PLAIN_COLUMNS.contains(f.name())) {
                b.withDictionaryEncoding(f.name(), false);
            }
            if (f.dataType().equals(DataTypes.StringType)) {
                b.withStatisticsEnabled(f.name(), false);
            }
        }
        this.props = b.build();
        this.file = new ParquetFileWriter(new LocalOutputFile(path), SCHEMA, ParquetFileWriter.Mode.OVERWRITE,
                ROW_GROUP_BYTES, 0, null, props);
        this.codecs = new CodecFactory(new Configuration(false), props.getPageSizeThreshold());
        this.compressor = codecs.getCompressor(CompressionCodecName.SNAPPY);
        this.columns = SCHEMA.getColumns().toArray(ColumnDescriptor[]::new);
        this.maxDefinition = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            maxDefinition[i] = columns[i].getMaxDefinitionLevel();
            if (KINDS[i] == STRING && !PLAIN_COLUMNS.contains(NAMES[i])) {
                canonical[i] = new HashMap<>();
            }
        }
        this.writers = new ColumnWriter[columns.length];
        file.start();
        startRowGroup();
    }

    /** A writer of one part file; {@link #close} writes the footer. */
    static RecordParquet open(java.nio.file.Path path) throws IOException {
        return new RecordParquet(path);
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (StructField f : RecordSchema.PARQUET.fields()) {
            Type.Repetition rep = f.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            DataType t = f.dataType();
            if (t.equals(DataTypes.StringType)) {
                b.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(f.name());
            } else if (t.equals(DataTypes.LongType)) {
                b.primitive(PrimitiveTypeName.INT64, rep).named(f.name());
            } else if (t.equals(DataTypes.IntegerType)) {
                b.primitive(PrimitiveTypeName.INT32, rep).named(f.name());
            } else if (t.equals(DataTypes.BooleanType)) {
                b.primitive(PrimitiveTypeName.BOOLEAN, rep).named(f.name());
            } else {
                throw new IllegalStateException("no Parquet mapping for " + t + " (" + f.name() + ")");
            }
        }
        return b.named("spark_schema");
    }

    private static int[] kinds() {
        StructField[] fields = RecordSchema.PARQUET.fields();
        int[] kinds = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            DataType t = fields[i].dataType();
            kinds[i] = t.equals(DataTypes.StringType) ? STRING : t.equals(DataTypes.LongType) ? LONG
                    : t.equals(DataTypes.IntegerType) ? INT : BOOLEAN;
        }
        return kinds;
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, SCHEMA, props.getAllocator(), props.getColumnIndexTruncateLength(),
                props.getPageWriteChecksumEnabled(), null, 0);
        store = props.newColumnWriteStore(SCHEMA, pages, pages);
        for (int i = 0; i < columns.length; i++) {
            writers[i] = store.getColumnWriter(columns[i]);
        }
    }

    private void flushRowGroup() throws IOException {
        if (rows > 0) {
            file.startBlock(rows);
            store.flush();
            pages.flushToFileWriter(file);
            file.endBlock();
        }
        store.close();
        pages.close();
        rows = 0;
        nextSizeCheck = 1_000;
    }

    /** Writes one row (buffered: rows reach the column writers a batch at a time, column by column). */
    void write(Row row) throws IOException {
        batch[batched++] = row;
        if (batched == BATCH) {
            flushBatch();
        }
    }

    /**
     * Writes the buffered rows column by column: each column's writer, encoders and dictionary stay in the cache
     * for a whole batch, where writing row by row touches every column's state for every row. Pages are still cut
     * between rows (a flat schema: every value starts a record), and the row group's size is checked after each
     * batch. A required column holding null is a bug of the reader, named with the row's place.
     */
    private void flushBatch() throws IOException {
        int n = batched;
        if (n == 0) {
            return;
        }
        for (int i = 0; i < KINDS.length; i++) {
            ColumnWriter w = writers[i];
            int d = maxDefinition[i];
            int kind = KINDS[i];
            for (int r = 0; r < n; r++) {
                Row row = batch[r];
                Object v = row.get(i);
                if (v == null) {
                    if (d == 0) {
                        throw new IllegalStateException("column " + NAMES[i] + " is required, found null at " + row.get(0) + ":" + row.get(1));
                    }
                    w.writeNull(0, 0);
                } else if (kind == STRING) {
                    w.write(binary(i, (String) v), 0, d);
                } else if (kind == LONG) {
                    w.write(((Number) v).longValue(), 0, d);
                } else if (kind == INT) {
                    w.write(((Number) v).intValue(), 0, d);
                } else {
                    w.write((Boolean) v, 0, d);
                }
            }
        }
        for (int r = 0; r < n; r++) {
            store.endRecord();
            batch[r] = null;
        }
        batched = 0;
        rows += n;
        if (rows >= nextSizeCheck) {
            long buffered = store.getBufferedSize();
            if (buffered >= ROW_GROUP_BYTES) {
                flushRowGroup();
                startRowGroup();
            } else {
                long perRow = Math.max(1, buffered / rows);
                nextSizeCheck = rows + Math.max(BATCH, Math.min(100_000, (ROW_GROUP_BYTES - buffered) / perRow / 2));
            }
        }
    }

    /**
     * The UTF-8 bytes of a text, shared by every row holding the same text in a dictionary column: categories,
     * statuses and file names repeat row after row, and the dictionary finds a shared Binary by identity.
     */
    private Binary binary(int column, String s) {
        if (lastString[column] == s) {
            return lastBinary[column];
        }
        Map<String, Binary> known = canonical[column];
        Binary b = known == null ? null : known.get(s);
        if (b == null) {
            b = Binary.fromConstantByteArray(s.getBytes(StandardCharsets.UTF_8));
            if (known != null && known.size() < CANONICAL_LIMIT) {
                known.put(s, b);
            }
        }
        lastString[column] = s;
        lastBinary[column] = b;
        return b;
    }

    /** Flushes the last row group and writes the footer with Spark's schema. */
    @Override
    public void close() throws IOException {
        try {
            flushBatch();
            flushRowGroup();
            // a sorted map: Map.of iterates in an order that changes from JVM to JVM, and so would the footer
            Map<String, String> meta = new TreeMap<>();
            meta.put(SPARK_ROW_METADATA, RecordSchema.PARQUET.json());
            meta.put(SPARK_VERSION_METADATA, org.apache.spark.package$.MODULE$.SPARK_VERSION());
            file.end(meta);
        } finally {
            codecs.release();
        }
        DeterministicFooter.sortEncodings(path);
    }

    /** The column names in file order, for tests. */
    static List<String> columnNames() {
        return List.of(NAMES);
    }
}
