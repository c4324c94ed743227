package org.repstat.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;
import org.repstat.pipeline.PipelineRun;

/**
 * The codebook's recipes run as a journalist would run them — pandas in Debian's python3, R's read.csv — against the
 * repository's published tables, and print the figure the codebook says they print. And R reads every figure column
 * of every answer table as a number.
 */
@Tag("slow")
class CodebookRecipesTest {

    static final Path HOME = TestWorkspace.repository().home();
    static final Pattern SECTION = Pattern.compile("### (\\d+)\\. ([^\\n]+)\\n(.*?)(?=\\n### |\\z)", Pattern.DOTALL);
    static final Pattern EXPECT = Pattern.compile("<!-- expect: ([^>]+?) -->");
    static final Pattern BLOCK = Pattern.compile("```(python|r)\\n(.*?)\\n```", Pattern.DOTALL);

    record Recipe(String title, String expect, String python, String r) {
    }

    static List<Recipe> recipes() throws IOException {
        String md = Files.readString(HOME.resolve("datasets/codebook/answers.md"));
        List<Recipe> out = new ArrayList<>();
        Matcher s = SECTION.matcher(md);
        while (s.find()) {
            String body = s.group(3);
            Matcher e = EXPECT.matcher(body);
            assertTrue(e.find(), "recipe " + s.group(1) + " states what it prints");
            String python = null;
            String r = null;
            Matcher b = BLOCK.matcher(body);
            while (b.find()) {
                if (b.group(1).equals("python")) {
                    python = b.group(2);
                } else {
                    r = b.group(2);
                }
            }
            out.add(new Recipe(s.group(1) + ". " + s.group(2), e.group(1).strip(), python, r));
        }
        return out;
    }

    @Test
    void everyRecipeRunsInPandasAndInRAndPrintsItsFigure() throws Exception {
        List<Recipe> recipes = recipes();
        assertEquals(10, recipes.size());
        String prelude = "import pandas as pd\npd.set_option('display.width', 1000)\npd.set_option('display.max_columns', None)\n"
                + "def read(name):\n    return pd.read_csv('datasets/clean/' + name, dtype=str, keep_default_na=False)\n";
        for (Recipe r : recipes) {
            List<String> lines = List.of(r.python().split("\n"));
            String script = prelude + String.join("\n", lines.subList(0, lines.size() - 1)) + "\nprint(" + lines.get(lines.size() - 1) + ")\n";
            String py = run(List.of(python(), "-c", script));
            assertTrue(py.contains(r.expect()), r.title() + " (pandas) printed:\n" + py);
            String rOut = run(List.of("Rscript", "-e", "options(width = 250)\n" + r.r()));
            assertTrue(rOut.contains(r.expect()), r.title() + " (R) printed:\n" + rOut);
        }
    }

    @Test
    void rReadsEveryFigureColumnOfEveryAnswerTableAsANumber() throws Exception {
        List<TableSpec> answers = new PipelineRun(TestWorkspace.repository()).context().catalog().group("answers");
        assertTrue(answers.size() >= 7, answers.toString());
        List<String> wrong = new ArrayList<>();
        for (TableSpec t : answers) {
            String classes = run(List.of("Rscript", "-e", "t <- read.csv('datasets/clean/" + t.path() + "')\n"
                    + "for (n in names(t)) cat(n, class(t[[n]]), sum(!is.na(t[[n]]) & t[[n]] != ''), '\\n')"));
            for (Field f : t.fields()) {
                if (!f.type().equals("number") && !f.type().equals("integer")) {
                    continue;
                }
                Matcher m = Pattern.compile("(?m)^" + Pattern.quote(f.name()) + " (\\S+) (\\d+)").matcher(classes);
                assertTrue(m.find(), t.path() + " has no column " + f.name() + ":\n" + classes);
                boolean filled = !m.group(2).equals("0");
                // an all-empty column is NA everywhere (logical in R): nothing to misread
                if (filled && !m.group(1).equals("numeric") && !m.group(1).equals("integer")) {
                    wrong.add(t.path() + " " + f.name() + " reads as " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "timed out: " + command);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }
}
