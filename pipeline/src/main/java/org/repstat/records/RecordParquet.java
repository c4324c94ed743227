package org.repstat.records;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
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
 * Writes rows of {@link RecordSchema#PARQUET} straight to a Parquet file from inside an import task, with the
 * same Parquet schema and Spark schema metadata Spark's own writer produces (so {@code spark.read().parquet} and
 * DuckDB read the files as before), but without Spark's per-row conversion of each {@link Row} into its internal
 * format and a second copy into an unsafe row. The settings are chosen for the columns: dictionary encoding for the
 * columns whose values repeat (status, categories, bodies, regions, dates, years: a few thousand distinct values in
 * millions of rows), plain encoding for those that are unique per record (line, names, raw records, positions),
 * where a dictionary is built only to be thrown away; Snappy, which costs least CPU per byte written.
 */
final class RecordParquet {

    /** Spark's key for the schema of the rows, in the file's key-value metadata. */
    static final String SPARK_ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";
    static final String SPARK_VERSION_METADATA = "org.apache.spark.version";

    /** Unique per record, or nearly: a dictionary would only be built and discarded. */
    static final Set<String> PLAIN_COLUMNS = Set.of("line", "record_no", "person_name", "raw_record", "position",
            "duplicate_of", "address_raw", "unparsed_raw", "name_variants_raw", "birth_place_raw", "occupation_raw",
            "charge_raw");

    static final MessageType SCHEMA = schema();

    private static final int STRING = 0;
    private static final int LONG = 1;
    private static final int INT = 2;
    private static final int BOOLEAN = 3;

    private RecordParquet() {
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

    /** A writer of one part file; the caller closes it (which writes the footer). */
    static ParquetWriter<Row> open(java.nio.file.Path file) throws IOException {
        Builder b = new Builder(new LocalOutputFile(file))
                .withConf(new Configuration(false))
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withDictionaryEncoding(true)
                .withSizeStatisticsEnabled(false)
                .withPageWriteChecksumEnabled(false);
        for (String column : PLAIN_COLUMNS) {
            b = b.withDictionaryEncoding(column, false);
        }
        return b.build();
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport();
        }
    }

    /** Row → Parquet record, by the schema's column kinds; nulls are absent fields, as Spark writes them. */
    private static final class RowWriteSupport extends WriteSupport<Row> {
        private final int[] kinds = kinds();
        private final String[] names = RecordSchema.PARQUET.fieldNames();
        private final boolean[] required = required();
        /** The last string written per column and its bytes: categories, statuses and file names repeat row after row. */
        private final Object[] lastString = new Object[kinds.length];
        private final Binary[] lastBinary = new Binary[kinds.length];
        private RecordConsumer out;

        private static boolean[] required() {
            StructField[] fields = RecordSchema.PARQUET.fields();
            boolean[] r = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                r[i] = !fields[i].nullable();
            }
            return r;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            Map<String, String> meta = new HashMap<>();
            meta.put(SPARK_ROW_METADATA, RecordSchema.PARQUET.json());
            meta.put(SPARK_VERSION_METADATA, org.apache.spark.package$.MODULE$.SPARK_VERSION());
            return new WriteContext(SCHEMA, meta);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Row row) {
            out.startMessage();
            for (int i = 0; i < kinds.length; i++) {
                Object v = row.get(i);
                if (v == null) {
                    if (required[i]) {
                        throw new IllegalStateException("column " + names[i] + " is required, found null at "
                                + row.get(0) + ":" + row.get(1));
                    }
                    continue;
                }
                out.startField(names[i], i);
                switch (kinds[i]) {
                    case STRING -> out.addBinary(binary(i, (String) v));
                    case LONG -> out.addLong(((Number) v).longValue());
                    case INT -> out.addInteger(((Number) v).intValue());
                    default -> out.addBoolean((Boolean) v);
                }
                out.endField(names[i], i);
            }
            out.endMessage();
        }

        private Binary binary(int column, String s) {
            if (lastString[column] == s) {
                return lastBinary[column];
            }
            Binary b = Binary.fromConstantByteArray(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            lastString[column] = s;
            lastBinary[column] = b;
            return b;
        }
    }
}
