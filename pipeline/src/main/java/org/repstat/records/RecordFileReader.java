package org.repstat.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.repstat.io.InputException;

/**
 * Streams one person-level CSV file as rows of {@link RecordSchema#PARQUET}, one per record, each knowing the line
 * it starts on. The encoding is UTF-8 or Windows-1251 (detected from the first 64 KiB unless given); a byte that
 * is not valid in it stops the file with a located error rather than a silent replacement character. A record with
 * the wrong number of fields, including a truncated last line, is rejected with its reason; an unterminated quote
 * rejects the rest of the file as one row, so no input disappears uncounted.
 */
public final class RecordFileReader implements Iterator<Row>, AutoCloseable {

    public static final String AUTO = "auto";
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(false).setIgnoreEmptyLines(false).get();

    private final String file;
    private final RecordParser parser;
    private final Charset charset;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private final RecordParser.Layout layout;
    /** Line breaks before the first byte read (0 for a whole file); whether the rows end where the file ends. */
    private final long base;
    private final boolean slice;
    private final boolean last;
    /** A slice reader met a malformed quote or an undecodable byte: it stops, and the strict reader reads the file. */
    private boolean handBack;
    private long lastLine;
    private Fetched next;
    private boolean broken;

    private record Fetched(List<String> values, long line, String failure) {
    }

    /** @param encoding "auto", "UTF-8" or "windows-1251" */
    public RecordFileReader(String file, InputStream in, String encoding, RecordParser parser) {
        this(file, in, encoding, false, parser);
    }

    /**
     * @param encoding "auto", "UTF-8" or "windows-1251" (or another charset Java knows)
     * @param force    read with an explicit {@code encoding} even where it decodes the file's first 64 KiB otherwise
     *                 than {@code auto} would (without it, that is refused: it is how mojibake is made)
     */
    public RecordFileReader(String file, InputStream in, String encoding, boolean force, RecordParser parser) {
        this.file = file;
        this.parser = parser;
        this.base = 0;
        this.slice = false;
        this.last = true;
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
            Charset charset = encoding.equalsIgnoreCase(AUTO) ? detect(buffered) : explicit(file, buffered, encoding, force);
            this.charset = charset;
            if (charset.equals(StandardCharsets.UTF_8)) {
                skipBom(buffered);
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.csv = CSVParser.builder().setReader(new InputStreamReader(buffered, decoder)).setFormat(FORMAT).get();
            this.records = csv.iterator();
            Fetched header = fetch();
            if (header == null || header.failure != null) {
                throw new InputException(java.nio.file.Path.of(file), 1, null, "expected a header row"
                        + (header == null ? ", found an empty file" : ": " + header.failure));
            }
            try {
                this.layout = RecordParser.Layout.of(header.values);
            } catch (IllegalArgumentException e) {
                throw new InputException(java.nio.file.Path.of(file), 1, null, e.getMessage());
            }
            this.next = fetchNonBlank();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * A reader of one byte range of a file, cut where a line starts ({@link CsvSlices}): no header (the file's
     * {@code layout} is given), {@code lineBreaks} before the range, so each record keeps the line it has in the
     * file. A malformed quote or an undecodable byte is not reported here but handed back ({@link #handedBack}).
     */
    RecordFileReader(String file, InputStream range, Charset charset, RecordParser.Layout layout, long lineBreaks,
                     boolean last, RecordParser parser) {
        this.file = file;
        this.parser = parser;
        this.charset = charset;
        this.layout = layout;
        this.base = lineBreaks;
        this.slice = true;
        this.last = last;
        this.lastLine = lineBreaks;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            this.csv = CSVParser.builder().setReader(new InputStreamReader(new BufferedInputStream(range, SNIFF_BYTES), decoder))
                    .setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        this.records = csv.iterator();
        this.next = fetchNonBlank();
    }

    public boolean synthetic() {
        return layout.isSynthetic();
    }

    Charset charset() {
        return charset;
    }

    RecordParser.Layout layout() {
        return layout;
    }

    /** True when a slice reader stopped at something only the strict reader of the whole file reports exactly. */
    boolean handedBack() {
        return handBack;
    }

    /** UTF-8 if the first bytes decode as UTF-8 (a sequence cut at the sniff boundary is fine), else Windows-1251. */
    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        boolean complete = head.length < SNIFF_BYTES;
        return utf8.decode(ByteBuffer.wrap(head), out, complete).isError() ? WINDOWS_1251 : StandardCharsets.UTF_8;
    }

    /**
     * An explicit encoding, refused where it would read the file's first 64 KiB as other text than {@code auto}
     * does ({@code --encoding latin9} on a UTF-8 file turns every Cyrillic letter into two Latin ones and exits 0).
     */
    private static Charset explicit(String file, BufferedInputStream in, String encoding, boolean force) throws IOException {
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new InputException(java.nio.file.Path.of(file), 0, null, "--encoding '" + encoding
                    + "': expected auto, UTF-8 or windows-1251 (or another encoding Java knows), found no encoding of that name");
        }
        if (force) {
            return charset;
        }
        Charset auto = detect(in);
        if (charset.equals(auto)) {
            return charset;
        }
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int firstHigh = 0;
        while (firstHigh < head.length && head[firstHigh] >= 0) {
            firstHigh++;
        }
        if (firstHigh == head.length) {
            return charset; // ASCII so far: every candidate reads it alike
        }
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (strict.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), head.length < SNIFF_BYTES).isError()) {
            return charset; // it cannot read these bytes at all: reading stops at the first one, located, no mojibake
        }
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < firstHigh; i++) {
            if (head[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < head.length && head[lineEnd] != '\n' && lineEnd - lineStart < 200) {
            lineEnd++;
        }
        String as = new String(head, lineStart, lineEnd - lineStart, charset).strip();
        String asAuto = new String(head, lineStart, lineEnd - lineStart, auto).strip();
        throw InputException.atByte(java.nio.file.Path.of(file), firstHigh, line, null, "--encoding " + encoding
                + " reads this file otherwise than the encoding it decodes as, " + auto.name() + ": this line would read '"
                + abbreviate(as) + "' instead of '" + abbreviate(asAuto) + "'; leave --encoding auto (or give " + auto.name()
                + "), or add --force-encoding to read it as " + charset.name() + " all the same");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** The next record and the line it starts on; a parse failure becomes a record with its failure. */
    private Fetched fetch() {
        if (broken) {
            return null;
        }
        long start = lastLine + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastLine = base + csv.getCurrentLineNumber();
            return new Fetched(record.toList(), start, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            broken = true;
            if (slice) {
                handBack = true;
                return null;
            }
            if (cause instanceof CharacterCodingException) {
                throw UndecodableByte.locate(java.nio.file.Path.of(file), charset);
            }
            return new Fetched(null, start, "malformed CSV from this line to the end of the file, which was not read: "
                    + cause.getMessage());
        }
    }

    /** Blank lines carry no record: they are skipped, not counted. */
    private Fetched fetchNonBlank() {
        Fetched f = fetch();
        while (f != null && f.values != null && f.values.size() == 1 && f.values.get(0).isBlank()) {
            f = fetch();
        }
        return f;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Row next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Fetched current = next;
        next = fetchNonBlank();
        if (current.failure != null) {
            return RecordParser.reject(file, current.line, current.failure, null, layout.isSynthetic());
        }
        if (current.values.size() != layout.width()) {
            String reason = next == null && last && !handBack && current.values.size() < layout.width()
                    ? "truncated last line: " + current.values.size() + " of " + layout.width() + " fields (the file ends mid-record)"
                    : "expected " + layout.width() + " fields as in the header, found " + current.values.size();
            return RecordParser.reject(file, current.line, reason, current.values, layout.isSynthetic());
        }
        return parser.parse(file, current.line, layout, current.values);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
