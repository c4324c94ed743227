package org.repstat.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large CSV file into byte ranges that start where a line starts, so that one file keeps every core busy.
 * Each range carries the number of line breaks before it, counted by a plain scan of the bytes, so every record
 * keeps its line. A cut inside a quoted field that spans lines is not detected here: the range before it then ends
 * inside a quote, its reader hands the file back, and the job reads the file again whole with the strict reader
 * ({@link RecordImport}). The cuts depend on the file alone (never on the number of cores), so the output is the
 * same on every machine.
 */
final class CsvSlices {

    /** Ranges are about this long; a file shorter than two of them is read whole. */
    static final long PIECE = 32L << 20;

    /** With this many files or more, the files alone keep the cores busy: none is cut (and none scanned). */
    static final int ENOUGH_FILES = 8;

    private CsvSlices() {
    }

    static List<Slice> of(List<String> files, RecordParser parser, String encoding) {
        List<Slice> out = new ArrayList<>();
        for (String file : files) {
            out.addAll(files.size() >= ENOUGH_FILES ? List.of(Slice.whole(file)) : cut(file, parser, encoding, PIECE));
        }
        return out;
    }

    /**
     * The ranges of one file: the first starts after the header line; a file with a quote in its header, a carriage
     * return that is not part of CRLF before a cut (the CSV parser counts it as a line), or too short, is one whole
     * slice.
     */
    static List<Slice> cut(String file, RecordParser parser, String encoding, long piece) {
        Path path = Path.of(file);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 2 * piece) {
                return List.of(Slice.whole(file));
            }
            Charset charset;
            try (InputStream in = Files.newInputStream(path);
                 RecordFileReader header = new RecordFileReader(file, in, encoding, true, parser)) {
                charset = header.charset();
            }
            int pieces = (int) (size / piece);
            List<Long> starts = new ArrayList<>();
            List<Long> breaks = new ArrayList<>();
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            long pos = 0;
            long lines = 0;
            boolean inHeader = true;
            byte previous = 0;
            int next = 1;
            long target = -1; // the first cut: right after the header
            while (next <= pieces) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    break;
                }
                byte[] a = buf.array();
                for (int i = 0; i < n; i++) {
                    byte b = a[i];
                    if (previous == '\r' && b != '\n') {
                        return List.of(Slice.whole(file));
                    }
                    previous = b;
                    if (inHeader && b == '"') {
                        return List.of(Slice.whole(file));
                    }
                    if (b == '\n') {
                        lines++;
                        long after = pos + i + 1;
                        if (inHeader || after >= target) {
                            inHeader = false;
                            starts.add(after);
                            breaks.add(lines);
                            target = (long) next * size / pieces;
                            next++;
                            if (next > pieces) {
                                break;
                            }
                        }
                    }
                }
                pos += n;
            }
            if (starts.size() < 2) {
                return List.of(Slice.whole(file));
            }
            List<Slice> out = new ArrayList<>();
            int count = starts.size();
            for (int i = 0; i < count; i++) {
                long end = i + 1 < count ? starts.get(i + 1) : -1;
                out.add(new Slice(file, i, count, starts.get(i), end, breaks.get(i) + 1, charset.name()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The rows of one range; the header is read again for the file's layout. */
    static RecordFormat.Rows read(Slice slice, RecordParser parser) throws IOException {
        Path path = Path.of(slice.file());
        RecordParser.Layout layout;
        Charset charset = Charset.forName(slice.charset());
        try (InputStream in = Files.newInputStream(path);
             RecordFileReader header = new RecordFileReader(slice.file(), in, charset.name(), true, parser)) {
            layout = header.layout();
        }
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(slice.start());
        InputStream range = slice.isLast() ? in : new Bounded(in, slice.end() - slice.start());
        RecordFileReader reader = new RecordFileReader(slice.file(), range, charset, layout, slice.firstLine() - 1,
                slice.isLast(), parser);
        return rows(reader, slice);
    }

    /** A reader as the import's rows: of a whole file ({@code slice} null), or of a range. */
    static RecordFormat.Rows rows(RecordFileReader reader, Slice slice) {
        return new RecordFormat.Rows() {
            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public org.apache.spark.sql.Row next() {
                return reader.next();
            }

            @Override
            public void close() {
                reader.close();
            }

            /** Read to the range's end without a hand-back: the last record ended at the cut, a line start. */
            @Override
            public long stoppedAt() {
                return slice == null || slice.isLast() || reader.handedBack() ? -1 : slice.end();
            }

            @Override
            public boolean handBack() {
                return reader.handedBack();
            }
        };
    }

    /** The first {@code remaining} bytes of a stream. */
    private static final class Bounded extends BufferedInputStream {
        private long remaining;

        Bounded(InputStream in, long length) {
            super(in, 1 << 16);
            this.remaining = length;
        }

        @Override
        public synchronized int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
