package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.cli.ExitCodes;

/**
 * Bad input to {@code records import}, through the command line an analyst uses: an unknown format, a file in no
 * known format, a damaged byte. Each exits 2 with the file and place named, before Spark starts; nothing is
 * written, and datasets/clean is byte for byte what it was.
 */
class MemorialImportErrorsTest {

    @TempDir
    Path tmp;

    private CliRun.Result importing(Path home, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "records";
        all[1] = "import";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 2] = "--home";
        all[all.length - 1] = home.toString();
        return CliRun.run(all);
    }

    @Test
    void anUnknownFormatExits2NamingTheFormatsExpected() throws IOException {
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Path csv = Files.writeString(tmp.resolve("x.csv"), "person_name\n");
        CliRun.Result r = importing(home, "--input", csv.toString(), "--format", "memorial-pdf");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("--format: unknown format 'memorial-pdf': expected one of [csv, memorial-moscow-html, "
                + "memorial-text-blocks] or auto"), r.err());
    }

    @Test
    void aFileInNoKnownFormatExits2NamingWhatWasExpected() throws IOException {
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Path pdf = Files.writeString(tmp.resolve("list.pdf"), "%PDF-1.4");
        CliRun.Result r = importing(home, "--input", pdf.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains(pdf + ": cannot tell the format of this file: expected csv (*.csv), memorial-moscow-html "
                + "(*.htm or *.html pages with <p class=pers> paragraphs, or their folder), memorial-text-blocks (a *.zip of "
                + "*.txt or a *.txt of blocks separated by --- lines), or auto; give --format"), r.err());
        Path page = Files.writeString(tmp.resolve("index.htm"), "<html><p>no person here</p></html>");
        assertEquals(ExitCodes.BAD_INPUT, importing(home, "--input", page.toString()).exitCode(), "a page without persons");
    }

    @Test
    void aDamagedByteExits2WithFileLineAndOffsetAndWritesNothing() throws IOException {
        MemorialLists.assumePresent(MemorialLists.PAGES);
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Map<String, String> clean = TestWorkspace.digests(home.resolve("datasets/clean"));
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (String p : new String[] {"4.htm", "5.htm"}) {
            Files.copy(MemorialLists.PAGES.resolve(p), pages.resolve(p));
        }
        byte[] bytes = Files.readAllBytes(pages.resolve("5.htm"));
        int offset = bytes.length / 2;
        bytes[offset] = (byte) 0x98;
        Files.write(pages.resolve("5.htm"), bytes);
        Path run = tmp.resolve("run");
        CliRun.Result r = importing(home, "--input", pages.toString(), "--out", run.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains(pages.resolve("5.htm") + ":"), r.err());
        assertTrue(r.err().contains(": byte " + offset + " (0x98) is not valid windows-1251"), r.err());
        assertFalse(Files.exists(run), "nothing half-written: the run directory was never made");
        assertEquals(clean, TestWorkspace.digests(home.resolve("datasets/clean")), "datasets/clean is unchanged");
    }

    @Test
    void aWindows1251PageReadAsUtf8Exits2AtItsFirstCyrillicByte() throws IOException {
        MemorialLists.assumePresent(MemorialLists.PAGES);
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Path page = Files.copy(MemorialLists.PAGES.resolve("7.htm"), tmp.resolve("7.htm"));
        CliRun.Result r = importing(home, "--input", page.toString(), "--encoding", "UTF-8", "--out", tmp.resolve("run").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().matches("(?s).*" + java.util.regex.Pattern.quote(page.toString()) + ":\\d+: byte \\d+ \\(0x[0-9A-F]+\\) is not valid UTF-8.*"), r.err());
        assertFalse(Files.exists(tmp.resolve("run")));
    }
}
