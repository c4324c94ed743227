package org.repstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;

/**
 * No formatting in the pipeline's sources falls back on the JVM's default locale: under ar-EG a bare
 * {@code String.format("%04d", 1937)} writes ١٩٣٧ into a published table, under tr-TR {@code "ID".toLowerCase()} is
 * "ıd", under de-DE a default NumberFormat groups 2.400.000. Each such call must name its locale; the slow
 * LocaleRunTest runs the whole pipeline under four locales to catch what a scan cannot see (a library default).
 */
class LocaleProofSourcesTest {

    /** A call that formats with the default locale unless its first argument is a Locale. */
    private static final Pattern FORMAT = Pattern.compile(
            "String\\.format\\((?!\\s*(java\\.util\\.)?Locale)|\\.printf\\((?!\\s*(java\\.util\\.)?Locale)|\\.formatted\\(");
    /** Calls whose locale is an argument that must not be left out. */
    private static final Pattern DEFAULT_LOCALE = Pattern.compile(
            "\\.to(Upper|Lower)Case\\(\\)|new DecimalFormat\\(\"[^\"]*\"\\)|NumberFormat\\.get\\w*Instance\\(\\)"
                    + "|DateTimeFormatter\\.ofPattern\\(\"[^\"]*\"\\)|new SimpleDateFormat\\(\"[^\"]*\"\\)|Locale\\.getDefault\\(\\)"
                    + "|String\\.valueOf\\(\\s*\\(?double|Double\\.toString\\(|new Formatter\\(\\)");

    @Test
    void everyFormattingCallNamesItsLocale() throws IOException {
        List<String> found = new ArrayList<>();
        Path main = TestWorkspace.repository().home().resolve("pipeline/src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : List.of(FORMAT, DEFAULT_LOCALE)) {
                        Matcher m = p.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "format with an explicit Locale (Locale.ROOT for data, Locale.US for grouped display numbers)");
    }
}
