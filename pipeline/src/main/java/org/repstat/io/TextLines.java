package org.repstat.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's text with its line starts, so that a parser's character position becomes the line a person sees in an
 * editor, even when quoted fields span several lines. Lines are counted by {@code \n} alone.
 */
public final class TextLines {

    private final String text;
    private final int[] starts;

    private TextLines(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s.add(i + 1);
            }
        }
        this.starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Decodes strictly as UTF-8: a malformed byte is bad input of that file, never a silent replacement character. */
    public static TextLines utf8(Path file, byte[] bytes) {
        Decoded d = decode(bytes);
        if (d.badAt >= 0) {
            TextLines prefix = new TextLines(d.text);
            long line = prefix.lineOf(d.text.length());
            long character = d.text.length() - prefix.starts[prefix.starts.length - 1] + 1L;
            throw InputException.atByte(file, d.badAt, line, null, d.problem() + " (character " + character + " of the line)");
        }
        return new TextLines(d.text);
    }

    /** As {@link #utf8}, for a CSV file: a bad byte is also placed in its field, as every other CSV problem is. */
    public static TextLines utf8Csv(Path file, byte[] bytes) {
        Decoded d = decode(bytes);
        if (d.badAt >= 0) {
            TextLines prefix = new TextLines(d.text);
            CsvSyntax.Place place = CsvSyntax.placeOf(prefix, d.text.length());
            throw InputException.atByte(file, d.badAt, place.line(), String.valueOf(place.field()), d.problem());
        }
        return new TextLines(d.text);
    }

    /** The decoded text, or the text before the first bad byte with that byte's offset and value. */
    private record Decoded(String text, long badAt, String badBytes) {
        String problem() {
            return "expected UTF-8 text, found the byte" + (badBytes.contains(" ") ? "s " : " ") + badBytes
                    + ", which is not UTF-8 (a file saved as Windows-1251 or Latin-1? save it as UTF-8)";
        }
    }

    private static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        if (r.isError()) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02X", bytes[in.position() + i] & 0xFF));
            }
            return new Decoded(out.toString(), in.position(), hex.toString());
        }
        return new Decoded(out.toString(), -1, "");
    }

    public static TextLines of(String text) {
        return new TextLines(text);
    }

    public String text() {
        return text;
    }

    /** The 1-based line holding a character position. */
    public long lineOf(long position) {
        int idx = Arrays.binarySearch(starts, (int) position);
        return (idx >= 0 ? idx : -idx - 2) + 1L;
    }

    /** How many line starts the text has (a final line without {@code \n} counts). */
    public int count() {
        return starts.length;
    }
}
