package org.repstat.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts each column chunk's list of encodings in the footer of a Parquet file in a fixed order. Parquet's writer
 * collects them in a {@code HashSet<Encoding>}, and an enum's hash is its identity hash, which changes from JVM to
 * JVM: the same rows gave files that differed in those few footer bytes from one run to the next. The sorted list
 * has the same length, so the footer is rewritten in place.
 */
final class DeterministicFooter {

    private static final int TAIL = 8; // footer length (4 bytes, little-endian) + "PAR1"

    private DeterministicFooter() {
    }

    static void sortEncodings(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate(TAIL).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(tail, size - TAIL);
            int length = tail.getInt(0);
            long start = size - TAIL - length;
            ByteBuffer footer = ByteBuffer.allocate(length);
            ch.read(footer, start);
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            for (RowGroup group : meta.getRow_groups()) {
                for (ColumnChunk chunk : group.getColumns()) {
                    chunk.getMeta_data().getEncodings().sort(Comparator.comparingInt(e -> e.getValue()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            Util.writeFileMetaData(meta, out);
            if (out.size() != length) {
                throw new IllegalStateException("the sorted Parquet footer of " + file + " changed length: " + length
                        + " → " + out.size());
            }
            ch.write(ByteBuffer.wrap(out.toByteArray()), start);
        }
    }
}
