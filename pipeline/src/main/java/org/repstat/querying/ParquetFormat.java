package org.repstat.querying;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A {@link ResultTable} as one Parquet file, written in memory by parquet-hadoop (which Spark brings) without a
 * Spark session, a Hadoop file system or its {@code .crc} side files: a query's answer is small, and a session would
 * take seconds to start for it. Integers are INT64, other numbers DOUBLE (as pandas reads the CSV), text UTF-8,
 * every column optional (missing is null, never 0). Uncompressed, no statistics that vary by run: the same table
 * gives the same bytes.
 */
final class ParquetFormat {

    private ParquetFormat() {
    }

    static byte[] render(ResultTable t) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int i = 0; i < t.columns().size(); i++) {
            String name = t.columns().get(i);
            switch (t.types().get(i)) {
                case "integer" -> b.optional(PrimitiveTypeName.INT64).named(name);
                case "number" -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
                case "boolean" -> b.optional(PrimitiveTypeName.BOOLEAN).named(name);
                default -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            }
        }
        MessageType schema = b.named(t.name().replaceAll("[^A-Za-z0-9_]", "_"));
        Memory file = new Memory();
        try (ParquetWriter<List<String>> w = new Builder(file, schema).withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withDictionaryEncoding(false).withPageWriteChecksumEnabled(false).build()) {
            for (List<String> row : t.rows()) {
                w.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.bytes.toByteArray();
    }

    private static final class Builder extends ParquetWriter.Builder<List<String>, Builder> {
        private final MessageType schema;

        Builder(OutputFile file, MessageType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<List<String>> getWriteSupport(Configuration conf) {
            return new RowWriter(schema);
        }

        @Override
        protected WriteSupport<List<String>> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriter(schema);
        }
    }

    /** Each row's cells, typed by the schema; an empty cell is left out (null). */
    private static final class RowWriter extends WriteSupport<List<String>> {
        private final MessageType schema;
        private RecordConsumer out;

        RowWriter(MessageType schema) {
            this.schema = schema;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(List<String> row) {
            out.startMessage();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v.isEmpty()) {
                    continue;
                }
                String name = schema.getFieldName(i);
                out.startField(name, i);
                switch (schema.getType(i).asPrimitiveType().getPrimitiveTypeName()) {
                    case INT64 -> out.addLong(new BigDecimal(v).longValueExact());
                    case DOUBLE -> out.addDouble(new BigDecimal(v).doubleValue());
                    case BOOLEAN -> out.addBoolean(Boolean.parseBoolean(v));
                    default -> out.addBinary(Binary.fromString(v));
                }
                out.endField(name, i);
            }
            out.endMessage();
        }
    }

    /** The file, in memory: written once, start to end. */
    private static final class Memory implements OutputFile {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            bytes.reset();
            return stream();
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        private PositionOutputStream stream() {
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return bytes.size();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }
    }
}
