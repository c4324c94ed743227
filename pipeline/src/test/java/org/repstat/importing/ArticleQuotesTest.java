package org.repstat.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.provenance.Event;
import org.repstat.provenance.Observation;

/**
 * Every quote from the founding article occurs, word for word, in the project's stored copy of the article
 * (shared/seed, beside the repository; CI has it). A quote that is not in the text is a transcription error.
 */
class ArticleQuotesTest {

    static final String SEED = "../shared/seed/000_74bd704db2c2da76.txt";

    /** Line breaks become spaces; a hyphen at a line end joins its word (all such hyphens here are compounds). */
    static String normalise(String s) {
        return s.replaceAll("-[ \\t]*\\r?\\n\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyArticleQuoteIsVerbatimInTheArticle() throws IOException {
        Path seed = TestWorkspace.repository().home().resolve(SEED).normalize();
        boolean inCi = System.getenv("CI") != null;
        assumeTrue(inCi || Files.exists(seed), "the stored article is not beside this checkout");
        String article = normalise(Files.readString(seed));
        CuratedData data = new Importer(TestWorkspace.repository().datasets(), java.util.List.of(new org.repstat.importing.gulag.CampsFile())).importAll();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Observation o : data.observations()) {
            if (o.sourceId().equals("whitewood-2015")) {
                checked++;
                if (!article.contains(normalise(o.quote().text()))) {
                    missing.add(o.id());
                }
            }
        }
        for (Event e : data.events()) {
            if (e.sourceId().equals("whitewood-2015")) {
                checked++;
                if (!article.contains(normalise(e.quote().text()))) {
                    missing.add(e.id());
                }
            }
        }
        assertTrue(checked >= 100, "quotes checked: " + checked);
        assertTrue(missing.isEmpty(), "not found verbatim in the article: " + missing);
    }
}
