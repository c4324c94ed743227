package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Issue 17, item 6: what a published file, a link or a manifest path could do to the person who opens it.
 * Quotations that a spreadsheet would run as formulas stay verbatim and are flagged by a check and documented in
 * the codebook; only http(s) addresses become links; manifest paths stay inside datasets/raw; the launcher finds
 * its repository through a symbolic link; no published cell holds a carriage return.
 */
class InjectionTest {

    @TempDir
    Path dir;
    Workspace ws;

    static final String OBS = "datasets/raw/whitewood-2015/observations.csv";

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    @Test
    void aQuoteThatAFormulaWouldRunIsPublishedVerbatimAndFlagged() {
        String[] quotes = {"=HYPERLINK(\"http://example.org/x\",\"click\") In total", "+cmd|' /C calc'!A0 In the nine days",
                "@SUM(1+1) At the June Plenum"};
        TestWorkspace.replaceInFile(dir.resolve(OBS), ",\"In total, the mass operations led to approximately 1.15 million",
                ",\"" + quotes[0].replace("\"", "\"\"") + ", the mass operations led to approximately 1.15 million");
        TestWorkspace.replaceInFile(dir.resolve(OBS), ",\"In the nine days after the military trial",
                ",\"" + quotes[1].replace("\"", "\"\"") + " after the military trial");
        TestWorkspace.replaceInFile(dir.resolve(OBS), ",\"At the June Plenum of the Central Committee",
                ",\"" + quotes[2] + " of the Central Committee");
        assertEquals(0, CliRun.run("import", "--home", dir.toString()).exitCode());
        assertEquals(0, CliRun.run("check", "--home", dir.toString()).exitCode());

        List<RawRow> published = RawTable.read(ws.clean().resolve("observations.csv")).rows();
        RawRow sentenced = published.stream().filter(r -> r.text("observation_id").equals("whitewood-2015:mass-ops-sentenced")).findFirst().orElseThrow();
        assertTrue(sentenced.text("quote").startsWith(quotes[0] + ", the mass operations"), "a quotation is never altered: " + sentenced.text("quote"));

        List<RawRow> flagged = RawTable.read(ws.clean().resolve("checks.csv")).rows().stream()
                .filter(r -> r.text("check_id").equals("spreadsheet-formula-cells")).toList();
        assertEquals(3, flagged.size(), flagged.stream().map(r -> r.text("subject")).toList().toString());
        assertTrue(flagged.stream().allMatch(r -> r.text("status").equals("warn") && r.text("subject").startsWith("observations.csv line ")
                && r.text("subject").endsWith(" column quote")), flagged.stream().map(RawRow::values).toList().toString());
        assertTrue(flagged.get(0).text("observed").startsWith("=HYPERLINK("), flagged.get(0).text("observed"));

        String codebook = read(ws.home().resolve("datasets/README.md"));
        assertTrue(codebook.contains("## Opening the tables in a spreadsheet"), "the codebook documents the risk");
        assertTrue(codebook.contains("spreadsheet-formula-cells"));
    }

    @Test
    void theRepositoryPublishesNoCellThatLooksLikeAFormulaAndNoCarriageReturn() throws IOException {
        Path clean = TestWorkspace.repository().clean();
        try (Stream<Path> files = Files.list(clean)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertFalse(read(f).contains("\r"), f + " holds a carriage return");
            }
        }
        List<RawRow> checks = RawTable.read(clean.resolve("checks.csv")).rows().stream()
                .filter(r -> r.text("check_id").equals("spreadsheet-formula-cells")).toList();
        assertEquals(List.of("pass"), checks.stream().map(r -> r.text("status")).toList());
    }

    @Test
    void theCampsFilesCarriageReturnsArePublishedAsLineFeeds() throws IOException {
        assertEquals(0, CliRun.run("import", "--home", dir.toString()).exitCode());
        String texts = read(ws.clean().resolve("gulag_camp_texts.csv"));
        assertFalse(texts.contains("\r"));
        assertTrue(read(ws.raw().resolve("urbica-gulag-admin-2017/data.csv")).contains("\r\n"), "the raw file keeps its bytes");
    }

    @Test
    void aJavascriptAddressInTheRegisterIsRefused() {
        TestWorkspace.replaceInFile(dir.resolve("datasets/raw/sources.csv"), "2015,,,,not stated,", "2015,,javascript:alert(document.cookie),,not stated,");
        String err = BadInput.refused(ws, "import");
        assertTrue(err.contains("datasets/raw/sources.csv:106: column 9 (url): expected an http:// or https:// address,"
                + " found 'javascript:alert(document.cookie)'"), err);
    }

    @Test
    void aManifestPathLeadingOutOfRawIsRefused() {
        TestWorkspace.replaceInFile(dir.resolve("datasets/raw/manifest.csv"), "10-mifov-o-kgb-bibliboba-p29/observations.csv,",
                "../vocab/scopes.csv,");
        String err = BadInput.refused(ws, "import");
        assertTrue(err.contains("datasets/raw/manifest.csv:2: column 1 (path): expected a path inside datasets/raw/, found"
                + " '../vocab/scopes.csv', which leads outside it"), err);
    }

    @Test
    void aManifestPathThroughASymlinkOutOfRawIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("elsewhere.csv"), "secret\n");
        Path link = ws.raw().resolve("10-mifov-o-kgb-bibliboba-p29/observations.csv");
        Files.delete(link);
        Files.createSymbolicLink(link, outside);
        String err = BadInput.refused(ws, "import");
        assertTrue(err.contains("datasets/raw/manifest.csv:2: column 1 (path): expected a file inside datasets/raw/, found"
                + " '10-mifov-o-kgb-bibliboba-p29/observations.csv', a symbolic link to " + outside.toRealPath() + " outside it"), err);
    }

    /**
     * The launcher run through a chain of symbolic links, with a stand-in {@code java} that prints its arguments: the
     * jar it runs must be the repository's, not one beside the link.
     */
    @Test
    void theLauncherFindsItsRepositoryThroughSymbolicLinks() throws Exception {
        Path repo = dir.resolve("repo");
        Path target = Files.createDirectories(repo.resolve("pipeline/target"));
        for (String d : List.of("pipeline/src/main", "pipeline/src/launcher")) {
            Files.createDirectories(repo.resolve(d));
        }
        Files.writeString(repo.resolve("pipeline/pom.xml"), "");
        Files.writeString(repo.resolve("pom.xml"), "");
        Files.copy(TestWorkspace.repository().home().resolve("repstat"), repo.resolve("repstat"));
        Files.writeString(target.resolve("classpath.txt"), "deps.jar");
        Files.writeString(target.resolve("jvm.options"), "-Dfrom.options=1");
        Files.writeString(target.resolve("repstat.jar"), "");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> all = Files.walk(repo)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        Files.setLastModifiedTime(target.resolve("repstat.jar"), FileTime.fromMillis(System.currentTimeMillis()));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/usr/bin/env bash\necho \"java $*\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("first"), repo.resolve("repstat"));
        Files.createSymbolicLink(links.resolve("repstat"), Path.of("first")); // relative, to the link beside it

        ProcessBuilder pb = new ProcessBuilder("bash", links.resolve("repstat").toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("REPSTAT_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("-cp " + repo.toRealPath().resolve("pipeline/target/repstat.jar") + ":deps.jar org.repstat.cli.RepstatCommand --version"), out);
        assertTrue(out.contains("-Dfrom.options=1"), out);
    }

    private static String read(Path p) {
        return new String(BadInput.read(p), StandardCharsets.UTF_8);
    }
}
