package org.repstat.importing.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;
import org.repstat.importing.ExternalFiles;

/**
 * Corrupted copies of Memorial's lists (a truncated page, a broken block, a wrong encoding, a missing file): the
 * import stops with exit 2, names the file and the place in it as far as the reader can tell, and leaves every
 * published file as it was. The lists are copied from the sources folder to a throw-away one, which the import is
 * pointed at ({@value ExternalFiles#ROOT_PROPERTY}), and one copy is damaged.
 */
class MemorialListsBadInputTest {

    @TempDir
    Path tmp;
    Workspace ws;
    Path sources;
    Map<String, String> before;

    @BeforeEach
    void copy() throws IOException {
        ws = TestWorkspace.copyOfDatasets(tmp.resolve("repo"));
        sources = tmp.resolve("sources");
        Path real = ExternalFiles.root(TestWorkspace.repository().home());
        TestWorkspace.copyTree(real.resolve(MemorialListsTest.MOSCOW + "/pages"), sources.resolve(MemorialListsTest.MOSCOW + "/pages"));
        Files.createDirectories(sources.resolve(MemorialListsTest.SAMPLE));
        Files.copy(real.resolve(MemorialListsTest.SAMPLE + "/texts.zip"), sources.resolve(MemorialListsTest.SAMPLE + "/texts.zip"));
        before = TestWorkspace.digests(ws.clean());
        System.setProperty(ExternalFiles.ROOT_PROPERTY, sources.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(ExternalFiles.ROOT_PROPERTY);
    }

    private CliRun.Result importFails() {
        CliRun.Result r = CliRun.run("import", "--home", ws.home().toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals(before, TestWorkspace.digests(ws.clean()), "datasets/clean is unchanged");
        return r;
    }

    private Path page(int n) {
        return sources.resolve(MemorialListsTest.MOSCOW + "/pages/" + n + ".htm");
    }

    @Test
    void aTruncatedPageIsRefusedAtTheParagraphItEndsIn() throws IOException {
        byte[] bytes = Files.readAllBytes(page(12));
        Files.write(page(12), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String err = importFails().err();
        assertTrue(err.matches("(?s).*pages/12\\.htm:\\d+: end of page \\d+: the page ends without </html>: it is truncated.*"), err);
        assertTrue(err.contains("not the published file, byte for byte"), err);
    }

    @Test
    void aPageInAnotherEncodingIsRefusedAtItsFirstInvalidByte() throws IOException {
        String text = new String(Files.readAllBytes(page(5)), "windows-1251");
        Files.write(page(5), text.getBytes(StandardCharsets.UTF_8));
        String err = importFails().err();
        assertTrue(err.matches("(?s).*pages/5\\.htm:\\d+: byte \\d+ \\(0x[0-9A-F]+\\) is not valid windows-1251.*"), err);
    }

    @Test
    void aBlockTheFileEndsInsideIsRefusedAtItsLine() throws IOException {
        Path zip = sources.resolve(MemorialListsTest.SAMPLE + "/texts.zip");
        String text;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            text = new String(z.getInputStream(z.getEntry("texts.txt")).readAllBytes(), StandardCharsets.UTF_8);
        }
        int cut = text.indexOf("\r\n---", text.length() / 2) - 5; // inside the block before a separator
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("texts.txt"));
            out.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String err = importFails().err();
        assertTrue(err.matches("(?s).*texts\\.zip!texts\\.txt:\\d+: block \\d+: the file ends inside this block.*"), err);
        assertTrue(err.contains("not the published file, byte for byte"), err);
    }

    @Test
    void aListNotBesideTheRepositoryIsRefusedWithWhereToGetIt() throws IOException {
        Files.delete(sources.resolve(MemorialListsTest.SAMPLE + "/texts.zip"));
        String err = importFails().err();
        assertTrue(err.contains("files.csv:2: column 1 (path): expected memorial-lists-sample-memoru's file at "
                + sources.resolve(MemorialListsTest.SAMPLE + "/texts.zip")), err);
        assertTrue(err.contains("never copied into the repository"), err);
        assertTrue(err.contains("REPSTAT_SOURCES"), err);
    }

    @Test
    void aListedPathThatLeavesTheSourcesFolderIsRefused() {
        Path list = ws.raw().resolve(MemorialListsTest.SAMPLE + "/files.csv");
        TestWorkspace.replaceInFile(list, "memorial-lists-sample-memoru/texts.zip", "../../etc/passwd");
        String err = importFails().err();
        assertTrue(err.contains("files.csv:2: column 1 (path): expected a path relative to the sources folder, without '..'"), err);
    }
}
