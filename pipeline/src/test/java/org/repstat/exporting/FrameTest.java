package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameTest {

    /** Expected texts were printed by pandas 1.5.3 (Debian) for the same frames. */
    @Test
    void printsTextAsPandasDoes() {
        Frame strings = new Frame(List.of("a"), Set.of(), List.of(List.of("x"), List.of("<é&\"'>"), List.of("")));
        assertEquals("        a\n0       x\n1  <é&\"'>\n2        ", strings.text());
        Frame numbers = new Frame(List.of("file", "rows"), Set.of("rows"), List.of(List.of("a.csv", "1"), List.of("bb.csv", "22")));
        assertEquals("     file  rows\n0   a.csv     1\n1  bb.csv    22", numbers.text());
        Frame missing = new Frame(List.of("v"), Set.of("v"), List.of(Arrays.asList((String) null), List.of("123456")));
        assertEquals("        v\n0    <NA>\n1  123456", missing.text());
    }

    /** A camp's name printed over two lines in the camps file: pandas shows the line break as \n, in text and HTML. */
    @Test
    void printsALineBreakInACellAsPandasDoes() {
        Frame f = new Frame(List.of("a"), Set.of(), List.of(List.of("x"), List.of("line one\nline two"), List.of("tab\there")));
        assertEquals("                    a\n0                   x\n1  line one\\nline two\n2           tab\\there", f.text());
        assertTrue(f.html().contains("      <td>line one\\nline two</td>\n"), f.html());
    }

    @Test
    void escapesDataInHtml() {
        Frame f = new Frame(List.of("description"), Set.of(), List.of(List.of("<script>alert('x')</script> & co")));
        String html = f.html();
        assertTrue(html.contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; &amp; co</td>"), html);
        assertTrue(!html.contains("<script>"), html);
    }

    /** pandas 1.5.3 keeps a cell's trailing space in its text repr but strips it in the HTML (gulag as_printed). */
    @Test
    void keepsSurroundingSpacesInTextButNotInHtml() {
        Frame f = new Frame(List.of("as_printed"), Set.of(), List.of(List.of("1800 (за январь) "), List.of("x")));
        assertEquals("          as_printed\n0  1800 (за январь) \n1                  x", f.text());
        assertTrue(f.html().contains("<td>1800 (за январь)</td>"), f.html());
    }
}
