package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.ChildJvm;
import org.repstat.Workspace;

/**
 * The whole pipeline under four default locales whose number formatting differs from English: German (2.400.000),
 * Turkish (dotless i), Egyptian Arabic (Arabic-Indic digits: ١٩٣٧) and Hindi (lakh grouping), each in a JVM of its
 * own, in a time zone of its own. Every published byte — tables, codebook, report, charts, notebooks — must be the
 * en-US run's.
 */
@Tag("slow")
class LocaleRunTest {

    @TempDir
    Path tmp;

    record Run(String name, List<String> options) {
    }

    static final List<Run> RUNS = List.of(
            new Run("en-US", List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC")),
            new Run("de-DE", List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Europe/Berlin")),
            new Run("tr-TR", List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Europe/Istanbul")),
            new Run("ar-EG", List.of("-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=Africa/Cairo")),
            new Run("hi-IN", List.of("-Duser.language=hi", "-Duser.country=IN", "-Duser.timezone=Asia/Kolkata")));

    @Test
    void everyPublishedByteIsTheSameInEveryLocale() throws IOException {
        Map<String, String> reference = null;
        long bytes = 0;
        for (Run run : RUNS) {
            Workspace ws = BadInput.copyOfRepository(tmp.resolve(run.name()));
            Path log = tmp.resolve(run.name() + ".log");
            int exit = ChildJvm.run(run.options(), log, 600, "run", "--home", ws.home().toString());
            assertEquals(0, exit, run.name() + ":\n" + ChildJvm.read(log));
            Map<String, String> published = BadInput.published(ws);
            if (reference == null) {
                reference = published;
                assertTrue(reference.size() > 100, reference.keySet().toString());
                continue;
            }
            assertEquals(reference, published, run.name() + " published other bytes than en-US");
            for (String path : published.keySet()) {
                bytes += Files.size(ws.home().resolve(path));
            }
        }
        System.out.printf(java.util.Locale.ROOT, "locale runs: %d locales against en-US, %d files and %d bytes compared%n",
                RUNS.size() - 1, (RUNS.size() - 1) * reference.size(), bytes);
    }
}
