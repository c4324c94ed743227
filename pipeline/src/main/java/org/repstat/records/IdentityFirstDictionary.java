package org.repstat.records;

import java.util.IdentityHashMap;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultV1ValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Parquet's dictionary writer finds a value in its dictionary by hashing and comparing the value's bytes, on
 * every value: most of the cost of writing a column whose values repeat. Repeated texts reach this writer as
 * one shared {@link Binary} per distinct text, so it looks a value up by identity first and leaves Parquet's
 * dictionary (its size limit, its fallback to plain encoding, its pages) as it is.
 */
final class IdentityFirstDictionary extends DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter {
    private static final int LIMIT = 4 * RecordParquet.CANONICAL_LIMIT;
    private final IdentityHashMap<Binary, Integer> ids = new IdentityHashMap<>();

    IdentityFirstDictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
        super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
    }

    @Override
    public void writeBytes(Binary v) {
        Integer id = ids.get(v);
        if (id != null) {
            encodedValues.add(id);
            return;
        }
        super.writeBytes(v);
        if (!v.isBackingBytesReused() && ids.size() < LIMIT) {
            ids.put(v, binaryDictionaryContent.getInt(v));
        }
    }

    @Override
    protected void clearDictionaryContent() {
        super.clearDictionaryContent();
        ids.clear();
    }

    /** Parquet's own (v1) writers, but {@link IdentityFirstDictionary} for dictionary-encoded texts. */
    static final class Factory implements ValuesWriterFactory {
        private final DefaultV1ValuesWriterFactory standard = new DefaultV1ValuesWriterFactory();
        private ParquetProperties props;

        @Override
        public void initialize(ParquetProperties properties) {
            this.props = properties;
            standard.initialize(properties);
        }

        @Override
        public ValuesWriter newValuesWriter(ColumnDescriptor column) {
            if (column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BINARY && props.isDictionaryEnabled(column)) {
                return FallbackValuesWriter.of(new IdentityFirstDictionary(props.getDictionaryPageSizeThreshold(), props.getAllocator()),
                        new PlainValuesWriter(props.getInitialSlabSize(), props.getPageSizeThreshold(), props.getAllocator()));
            }
            return standard.newValuesWriter(column);
        }
    }
}
