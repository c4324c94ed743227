package org.repstat.records.memorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.spark.sql.Row;
import org.repstat.io.InputException;
import org.repstat.records.InputListing;
import org.repstat.records.RecordFormat;

/**
 * Memorial's victims database as anonymised text blocks (ivbeg/memoru's texts.zip): records separated by lines
 * {@code ---}, read from a .txt file or from every .txt entry of a .zip, without unpacking to disk. Every non-empty
 * block is one record. An exact copy of an earlier block of the same file is read like any other and marked with
 * the position of the first ({@code duplicate_of}): with the names removed nobody can tell a copied record from two
 * people with the same text, so copies are neither dropped nor silently kept. A last block with no {@code ---}
 * after it may be cut short and is rejected; so is a block in which no line begins with a field word.
 */
public final class TextBlocks implements RecordFormat {

    private static final long serialVersionUID = 1L;
    public static final String ID = "memorial-text-blocks";
    static final String SEPARATOR = "---";
    /** Compiled once (the census trims every one of 46,445 blocks): a block's first and last line break. */
    private static final java.util.regex.Pattern FIRST_BREAK = java.util.regex.Pattern.compile("^\n");
    private static final java.util.regex.Pattern LAST_BREAK = java.util.regex.Pattern.compile("\n$");

    private final MemorialRules rules;

    public TextBlocks(MemorialRules rules) {
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unit() {
        return "blocks";
    }

    /** True for a .zip holding a .txt entry, or a .txt with at least one {@code ---} line in its first 64 KiB. */
    public static boolean recognises(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (name.endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().anyMatch(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".txt"));
            } catch (IOException e) {
                return false;
            }
        }
        if (name.endsWith(".txt")) {
            try (InputStream in = Files.newInputStream(file)) {
                String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
                return head.lines().anyMatch(l -> l.strip().equals(SEPARATOR));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    @Override
    public List<String> files(List<Path> inputs) {
        return InputListing.files(inputs, n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(zip|txt)"), "no *.zip or *.txt files of text blocks to import");
    }

    /** Each text of a file: the file itself, or each .txt entry of a zip as {@code zip!entry}, decoded strictly. */
    static Map<String, String> texts(String file, String encoding) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            if (file.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(file)) {
                    List<? extends ZipEntry> entries = zip.stream()
                            .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
                    if (entries.isEmpty()) {
                        throw new InputException(Path.of(file), 0, null, "the zip holds no .txt file of text blocks");
                    }
                    for (ZipEntry e : entries) {
                        try (InputStream in = zip.getInputStream(e)) {
                            texts.put(file + "!" + e.getName(), decode(file + "!" + e.getName(), in.readAllBytes(), encoding));
                        }
                    }
                }
            } else {
                texts.put(file, decode(file, Files.readAllBytes(Path.of(file)), encoding));
            }
        } catch (java.util.zip.ZipException e) {
            throw new InputException(Path.of(file), 0, null, "not a readable zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return texts;
    }

    private static String decode(String name, byte[] bytes, String encoding) {
        return StrictText.decode(name, bytes, StrictText.charset(name, bytes, encoding));
    }

    /**
     * Counts on the driver, by a plain split at the separator lines, the non-empty blocks and the exact copies, for
     * the accounting to be held to; and decodes every byte, so bad encoding stops the run before anything is written.
     */
    @Override
    public Census check(List<String> files, String encoding) {
        Map<String, Long> records = new TreeMap<>();
        Map<String, Long> copies = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (String file : files) {
            for (Map.Entry<String, String> t : texts(file, encoding).entrySet()) {
                String[] blocks = t.getValue().replace("\r\n", "\n").split("(?m)^[ \\t]*---[ \\t]*$", -1);
                Set<String> seen = new HashSet<>();
                long n = 0;
                long copy = 0;
                long empty = 0;
                for (int i = 0; i < blocks.length; i++) {
                    String block = LAST_BREAK.matcher(FIRST_BREAK.matcher(blocks[i]).replaceFirst("")).replaceFirst("");
                    if (block.isBlank()) {
                        empty += i < blocks.length - 1 ? 1 : 0; // after the last --- nothing is expected
                        continue;
                    }
                    n++;
                    if (!seen.add(block)) {
                        copy++;
                    }
                }
                records.put(t.getKey(), n);
                copies.put(t.getKey(), copy);
                notes.add(Path.of(t.getKey().replace('!', '/')).getFileName() + ": " + empty
                        + " empty blocks (two --- lines with nothing between them): no text, so not records");
            }
        }
        return new Census(false, records, copies, notes);
    }

    @Override
    public Rows read(String file, String encoding) {
        Map<String, String> texts = texts(file, encoding);
        List<BlockIterator> parts = new ArrayList<>();
        texts.forEach((name, text) -> parts.add(new BlockIterator(name, text)));
        java.util.Iterator<BlockIterator> each = parts.iterator();
        return new Rows() {
            private BlockIterator current = each.hasNext() ? each.next() : null;

            @Override
            public boolean hasNext() {
                while (current != null && !current.hasNext()) {
                    current = each.hasNext() ? each.next() : null;
                }
                return current != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public List<AccountedField> fields() {
        return List.of(
                AccountedField.text("name_variants", "name_variants_raw"),
                AccountedField.parsed("sex", "sex_raw", "sex"),
                AccountedField.parsed("birth", "birth_year_raw", "birth_date"),
                AccountedField.text("birth_place", "birth_place_raw"),
                AccountedField.parsed("nationality", "nationality_raw", "nationality"),
                AccountedField.parsed("party", "party_raw", "party"),
                AccountedField.parsed("education", "education_raw", "education"),
                AccountedField.text("occupation", "occupation_raw"),
                AccountedField.text("residence", "address_raw"),
                AccountedField.parsed("arrest_date", "arrest_date_raw", "arrest_date"),
                AccountedField.text("arrested_by", "arrested_by_raw"),
                AccountedField.parsed("sentencing_body", "sentencing_body_raw", "sentencing_body"),
                AccountedField.parsed("sentence_date", "sentence_date_raw", "sentence_date"),
                AccountedField.parsed("charge", "charge_raw", "article"),
                AccountedField.parsed("sentence", "sentence_raw", "sentence_category"),
                AccountedField.parsed("execution_date", "execution_date_raw", "execution_date"),
                AccountedField.parsed("rehabilitation_date", "rehabilitation_date_raw", "rehabilitation_date"),
                AccountedField.text("rehabilitated_by", "rehabilitated_by_raw"),
                AccountedField.parsed("burial_place", "burial_place_raw", "burial_place"),
                AccountedField.text("source_book", "source_book"),
                new AccountedField("unparsed", "unparsed_raw", null, true));
    }

    /** Walks one text block by block, lazily: a block's rows are made only when Spark asks for them. */
    private final class BlockIterator implements java.util.Iterator<Row> {
        private final String source;
        private final String shortName;
        private final String[] lines;
        private final MemorialRow row = new MemorialRow(rules);
        private final Map<String, String> seen = new HashMap<>();
        private int at;
        private long number;
        private Row next;

        BlockIterator(String source, String text) {
            this.source = source;
            this.shortName = Path.of(source.replace('!', '/')).getParent().getFileName() + (source.contains("!") ? "!" : "/")
                    + Path.of(source.replace('!', '/')).getFileName();
            this.lines = text.split("\n", -1);
            this.next = advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Row next() {
            Row r = next;
            next = advance();
            return r;
        }

        private Row advance() {
            while (at < lines.length) {
                int start = at;
                List<String> block = new ArrayList<>();
                while (at < lines.length && !lines[at].strip().equals(SEPARATOR)) {
                    block.add(lines[at].endsWith("\r") ? lines[at].substring(0, lines[at].length() - 1) : lines[at]);
                    at++;
                }
                boolean closed = at < lines.length;
                at++; // past the separator
                if (block.stream().allMatch(String::isBlank)) {
                    continue;
                }
                number++;
                String raw = String.join("\n", block);
                MemorialRow.Where where = new MemorialRow.Where(ID, source, shortName, start + 1L, "block", number);
                String first = seen.putIfAbsent(raw, where.position());
                if (!closed) {
                    return row.reject(where, "the file ends inside this block (no --- line after it): the block may be cut short",
                            raw, first);
                }
                PersonText person = TextBlock.read(block, rules);
                if (person == null) {
                    return row.reject(where, "no line of the block begins with a field word the rules know (text-block-lines.csv)",
                            raw, first);
                }
                return row.ok(where, raw, first, person);
            }
            return null;
        }
    }
}
