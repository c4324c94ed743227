package org.repstat.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
        try {
            return new TextLines(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, null, "expected UTF-8 text: " + e.getMessage());
        }
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
