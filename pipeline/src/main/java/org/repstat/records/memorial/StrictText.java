package org.repstat.records.memorial;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.io.InputException;
import org.repstat.records.RecordFileReader;

/**
 * A whole file decoded strictly: a byte that is not valid in the encoding stops the import with the file, the line
 * and the byte offset, never a silent replacement character (which would turn a name or a date into something the
 * list never said). {@code auto} takes the charset an HTML page declares, else UTF-8 when every byte decodes as
 * UTF-8, else Windows-1251, as the CSV import does.
 */
public final class StrictText {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([a-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private StrictText() {
    }

    /** The charset to decode with: the one given, or the one {@code auto} chooses for these bytes. */
    public static Charset charset(String name, byte[] bytes, String encoding) {
        if (!encoding.equalsIgnoreCase(RecordFileReader.AUTO)) {
            try {
                return Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InputException(Path.of(name), 0, null, "unknown encoding '" + encoding
                        + "' (expected auto, UTF-8 or windows-1251)");
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            try {
                return Charset.forName(meta.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InputException(Path.of(name), 0, null, "the page declares an unknown charset '" + meta.group(1) + "'");
            }
        }
        return decodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : RecordFileReader.WINDOWS_1251;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder d = decoder(charset);
        return !d.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length + 1), true).isError();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Decodes every byte or names the first that is not valid: "{@code file:line: byte 1234 (0x98) is not valid
     * windows-1251 ...}". A UTF-8 byte order mark is dropped.
     */
    public static String decode(String name, byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CharsetDecoder d = decoder(charset);
        CoderResult result = d.decode(in, out, true);
        if (!result.isError()) {
            result = d.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hex = HexFormat.of().withUpperCase().formatHex(bytes, offset, Math.min(bytes.length, offset + result.length()));
            throw new InputException(Path.of(name), line, null, "byte " + offset + " (0x" + hex + ") is not valid "
                    + charset.name() + ": the file is in another encoding or damaged (give --encoding UTF-8 or windows-1251)");
        }
        out.flip();
        return out.toString();
    }
}
