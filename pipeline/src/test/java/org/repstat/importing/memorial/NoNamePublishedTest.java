package org.repstat.importing.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.importing.ExternalFiles;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordFormat;
import org.repstat.records.RecordSchema;
import org.repstat.records.memorial.MemorialRules;
import org.repstat.records.memorial.MoscowPages;

/**
 * No published file carries a name of the Moscow list: every CSV of datasets/clean, the codebook, every page of the
 * report and every notebook is scanned for the names the pages print, read from the pages here (never stored in
 * the repository). A name is matched by its first two words (surname and first name) as the list prints them, in
 * any case.
 */
class NoNamePublishedTest {

    private static final String CAMP_TEXTS = "gulag_camp_texts.csv";
    private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}ёЁ-]+");

    @Test
    void noPublishedTableReportOrNotebookNamesAPersonOfTheMoscowList() throws IOException {
        Workspace ws = TestWorkspace.repository();
        Set<String> names = names(ws);
        assertTrue(names.size() > 11000, "names read from the pages: " + names.size());
        List<Path> published = new ArrayList<>();
        // The camps file's descriptions are published verbatim as that source's words (urbica-gulag-admin-2017): they
        // name notable prisoners of the camps, a few of whom share a first name and surname with people of the Moscow
        // list. Nothing in that table is read from a list of Memorial's; every other published file is scanned.
        published.addAll(files(ws.clean(), ".csv").stream().filter(p -> !p.getFileName().toString().equals(CAMP_TEXTS)).toList());
        published.add(ws.codebook());
        published.addAll(files(ws.reports(), ".html"));
        published.addAll(files(ws.notebooks(), ".ipynb"));
        assertTrue(published.stream().anyMatch(p -> p.getFileName().toString().equals("moscow_executions_by_day.csv")));
        assertTrue(published.stream().anyMatch(p -> p.getFileName().toString().equals("victims-records.html")));
        assertTrue(published.stream().anyMatch(p -> p.getFileName().toString().equals("victims_records.ipynb")));
        assertEquals(List.of(), found(names, published, ws.home()));
    }

    @Test
    void theScanFindsANameWhereOneIsPrinted(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Workspace ws = TestWorkspace.repository();
        Set<String> names = names(ws);
        Path page = tmp.resolve("page.html");
        String someone = names.stream().sorted().findFirst().orElseThrow();
        Files.writeString(page, "<p>" + someone.toUpperCase(Locale.ROOT) + ", род. 1900</p>");
        assertEquals(List.of("page.html (word 0)"), found(names, List.of(page), tmp));
    }

    /** Where (file and word number) a name appears in the files; never the name itself. */
    private static List<String> found(Set<String> names, List<Path> published, Path home) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : published) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (names.contains(words.get(i) + " " + words.get(i + 1))) {
                    found.add(home.relativize(p) + " (word " + i + ")"); // where, never the name itself
                }
            }
        }
        return found;
    }

    /** The first two words of every name in bold on the pages, lower case. */
    private static Set<String> names(Workspace ws) {
        Path records = ws.datasets().resolve("records");
        RecordFormat pages = new MoscowPages(MemorialRules.load(records, NormalisationRules.load(records)));
        int name = RecordSchema.PARQUET.fieldIndex("person_name");
        Set<String> out = new HashSet<>();
        Path root = ExternalFiles.root(ws.home());
        for (RawRow f : RawTable.read(ws.raw().resolve(MemorialListsTest.MOSCOW).resolve(ExternalFiles.LIST)).rows()) {
            try (RecordFormat.Rows rows = pages.read(root.resolve(f.text("path")).toString(), f.text("encoding"))) {
                while (rows.hasNext()) {
                    Row r = rows.next();
                    if (!r.isNullAt(name)) {
                        List<String> words = new ArrayList<>();
                        WORD.matcher(r.getString(name).toLowerCase(Locale.ROOT)).results().forEach(w -> words.add(w.group()));
                        if (words.size() >= 2) {
                            out.add(words.get(0) + " " + words.get(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
