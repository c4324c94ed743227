package org.repstat.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import org.repstat.io.InputException;

/** The located error for a byte a record file's encoding cannot read (split from {@link RecordFileReader}). */
final class UndecodableByte {

    private static final int BUFFER = 64 * 1024;

    private UndecodableByte() {
    }

/**
 * Where a byte the encoding cannot read is. The CSV parser reads ahead through a buffer, so the record it stands
 * at when decoding fails is not the line of the byte: the file is read again, only on this failure path, from
 * its start, counting bytes and line breaks up to the byte.
 */
static InputException locate(java.nio.file.Path path, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    long line = 1;
    long offset = 0;
    try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(path))) {
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER * 2);
        boolean eof = false;
        while (true) {
            int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int before = bytes.position();
            java.nio.charset.CoderResult r = decoder.decode(bytes, chars, eof);
            chars.flip();
            for (int i = 0; i < chars.limit(); i++) {
                if (chars.get(i) == '\n') {
                    line++;
                }
            }
            chars.clear();
            offset += bytes.position() - before;
            if (r.isError()) {
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    hex.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
                }
                return InputException.atByte(path, offset, line, null, "expected text in " + charset.name()
                        + ", found the byte(s) " + hex + ", not valid in the file's encoding as read (--encoding UTF-8 or windows-1251 must match the file)");
            }
            bytes.compact();
            if (eof && bytes.position() == 0) {
                break;
            }
        }
    } catch (IOException e) {
        // fall through to the unlocated report below
    }
    return new InputException(path, 0, null, "expected text in " + charset.name()
            + ": a byte sequence is not valid in it (give --encoding UTF-8 or windows-1251)");
}
}
