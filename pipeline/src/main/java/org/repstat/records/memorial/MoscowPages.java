package org.repstat.records.memorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.repstat.io.TextLines;
import org.repstat.records.InputListing;
import org.repstat.records.RecordFormat;

/**
 * Memorial's "Расстрелы в Москве" pages (mos.memo.ru, as kept by nextgis/memorial_data): old hand-made HTML,
 * Windows-1251, one {@code <p class=pers>} paragraph per person. Every paragraph is one record, found by its
 * opening tag, so a paragraph the rules cannot read is still counted: it becomes a reject with its page, line and
 * paragraph number. A paragraph that the page ends inside, and a page that ends before {@code </html>}, are rejects
 * too: a truncated page must never pass for a shorter list.
 */
public final class MoscowPages implements RecordFormat {

    private static final long serialVersionUID = 1L;
    public static final String ID = "memorial-moscow-html";

    static final Pattern PARAGRAPH = Pattern.compile("<p\\s+class\\s*=\\s*[\"']?pers[\"']?\\s*>", Pattern.CASE_INSENSITIVE);
    /** Old HTML leaves paragraphs open: the next paragraph, cell, row or table ends one as surely as {@code </p>}. */
    private static final Pattern END = Pattern.compile("</p\\s*>|<p[\\s>]|</td\\s*>|</tr\\s*>|</table\\s*>|</body\\s*>|</html\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_END = Pattern.compile("</html\\s*>", Pattern.CASE_INSENSITIVE);

    private final MemorialRules rules;

    public MoscowPages(MemorialRules rules) {
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unit() {
        return "paragraphs";
    }

    /** True for an .htm/.html file whose first 64 KiB hold a {@code <p class=pers>} paragraph. */
    public static boolean recognises(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".htm") || name.endsWith(".html")) || !Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return PARAGRAPH.matcher(new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> files(List<Path> inputs) {
        return InputListing.files(inputs, n -> n.toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?"), "no *.htm or *.html pages to import");
    }

    /** Decodes every page strictly and counts its paragraph tags, plus one for a page without {@code </html>}. */
    @Override
    public Census check(List<String> files, String encoding) {
        Map<String, Long> records = new TreeMap<>();
        for (String file : files) {
            String text = decode(file, encoding);
            long n = PARAGRAPH.matcher(text).results().count();
            records.put(file, n + (HTML_END.matcher(text).find() ? 0 : 1));
        }
        return new Census(false, records, Map.of(), List.of());
    }

    private static String decode(String file, String encoding) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            return StrictText.decode(file, bytes, StrictText.charset(file, bytes, encoding));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public Rows read(String file, String encoding) {
        String text = decode(file, encoding);
        TextLines lines = TextLines.of(text);
        String shortName = Path.of(file).getFileName().toString();
        MemorialRow row = new MemorialRow(rules);
        List<Row> rows = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Matcher p = PARAGRAPH.matcher(text);
        long number = 0;
        while (p.find()) {
            number++;
            MemorialRow.Where where = new MemorialRow.Where(ID, file, shortName, lines.lineOf(p.start()), "paragraph", number);
            Matcher end = END.matcher(text);
            if (!end.find(p.end())) {
                rows.add(row.reject(where, "the page ends inside this paragraph (no </p> or other end after it): the page is truncated",
                        text.substring(p.start())));
                continue;
            }
            String raw = text.substring(p.start(), end.group().startsWith("</p") || end.group().startsWith("</P") ? end.end() : end.start());
            String inner = text.substring(p.end(), end.start());
            MoscowParagraph.Read read = MoscowParagraph.read(inner, rules);
            if (read.reject() != null) {
                rows.add(row.reject(where, read.reject(), raw));
                continue;
            }
            String first = seen.putIfAbsent(inner, where.position());
            rows.add(row.ok(where, raw, first, read.person()));
        }
        if (!HTML_END.matcher(text).find()) {
            number++;
            MemorialRow.Where where = new MemorialRow.Where(ID, file, shortName, lines.count(), "end of page", number);
            rows.add(row.reject(where, "the page ends without </html>: it is truncated, and whoever it listed after this point is missing",
                    text.substring(Math.max(0, text.length() - 200))));
        }
        Iterator<Row> it = rows.iterator();
        return new Rows() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    /** 78 pages of about 50 KB: a few tasks of many pages each, not a task per page. */
    @Override
    public int tasks(List<String> files, int parallelism) {
        return 2 * parallelism;
    }

    @Override
    public List<AccountedField> fields() {
        return List.of(
                AccountedField.text("person_name", "person_name"),
                AccountedField.parsed("sex", "sex_raw", "sex"),
                AccountedField.parsed("birth", "birth_year_raw", "birth_date"),
                AccountedField.text("birth_place", "birth_place_raw"),
                AccountedField.parsed("nationality", "nationality_raw", "nationality"),
                AccountedField.parsed("party", "party_raw", "party"),
                AccountedField.text("occupation", "occupation_raw"),
                AccountedField.text("address", "address_raw"),
                AccountedField.parsed("execution_date", "execution_date_raw", "execution_date"),
                AccountedField.parsed("burial_place", "burial_place_raw", "burial_place"),
                new AccountedField("unparsed", "unparsed_raw", null, true));
    }
}
