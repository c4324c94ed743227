package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.io.InputException;

/**
 * A records file's encoding problems, read as the Spark task reads a file (without Spark): a bad byte deep in the
 * file is named at its own line and byte offset (the CSV parser reads ahead, so its record is not the byte's
 * line), and an explicit encoding that would read the file as other text than auto does is refused unless forced.
 */
class RecordEncodingTest {

    @TempDir
    Path tmp;

    static final String ROW = "Иванов Иван Иванович %d,1900,русский,Ленинградская область,1937-08-05,тройка,58-10,ВМН,"
            + "1937-09-01,1937-09-10,,Книга памяти\n";

    /** A UTF-8 records file of {@code rows} rows; line {@code badLine} (1 = header) has a 0xFF byte in its name. */
    static Path file(Path dir, int rows, int badLine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((String.join(",", RecordSchema.INPUT_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        long badOffset = -1;
        for (int i = 2; i <= rows + 1; i++) {
            byte[] line = String.format(java.util.Locale.ROOT, ROW, i).getBytes(StandardCharsets.UTF_8);
            if (i == badLine) {
                badOffset = out.size() + 2;
                line[2] = (byte) 0xFF;
            }
            out.write(line);
        }
        Path f = dir.resolve("records.csv");
        Files.write(f, out.toByteArray());
        return f;
    }

    static long offsetOfBadByte(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        for (int i = 0; i < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                return i;
            }
        }
        return -1;
    }

    private static List<Row> read(Path f, String encoding, boolean force) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f);
             RecordFileReader r = new RecordFileReader(f.toString(), in, encoding, force, new RecordParser(RecordFixtures.rules()))) {
            r.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aBadByteAtLine100IsNamedAtLine100AndItsOffset() throws IOException {
        Path f = file(tmp, 300, 100);
        InputException e = assertThrows(InputException.class, () -> read(f, "UTF-8", false));
        assertEquals(100, e.line(), e.getMessage());
        assertEquals(offsetOfBadByte(f), e.byteOffset(), e.getMessage());
        assertTrue(e.getMessage().endsWith("records.csv:100 (byte offset " + offsetOfBadByte(f) + "): expected text in UTF-8, found the"
                + " byte(s) 0xFF, not valid in the file's encoding as read (--encoding UTF-8 or windows-1251 must match the file)"), e.getMessage());
    }

    @Test
    void aBadByteBeyondTheFirst64KiBIsFoundUnderAutoToo() throws IOException {
        Path f = file(tmp, 3000, 2500); // ~140 bytes a line: the byte is past the 64 KiB auto looks at, so auto says UTF-8
        InputException e = assertThrows(InputException.class, () -> read(f, "auto", false));
        assertEquals(2500, e.line(), e.getMessage());
        assertEquals(offsetOfBadByte(f), e.byteOffset());
    }

    @Test
    void latin9OnAUtf8FileIsRefusedUnlessForced() throws IOException {
        Path f = file(tmp, 5, -1);
        InputException e = assertThrows(InputException.class, () -> read(f, "latin9", false));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding latin9 reads this file otherwise than the encoding it decodes as, UTF-8:"
                + " this line would read 'Ð"), e.getMessage());
        assertTrue(e.getMessage().contains("instead of 'Иванов Иван Иванович 2,1900,"), e.getMessage());
        assertTrue(e.getMessage().contains("add --force-encoding to read it as ISO-8859-15 all the same"), e.getMessage());
        assertEquals(5, read(f, "latin9", true).size(), "forced, the file is read as asked");
        assertEquals("Иванов Иван Иванович 2", read(f, "UTF-8", false).get(0).getString(5));
    }

    @Test
    void anEncodingJavaDoesNotKnowIsBadInput() throws IOException {
        Path f = file(tmp, 1, -1);
        InputException e = assertThrows(InputException.class, () -> read(f, "koi9", false));
        assertTrue(e.getMessage().contains("--encoding 'koi9': expected auto, UTF-8 or windows-1251"), e.getMessage());
    }
}
