package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;

/**
 * The launcher gives the JVM Spark's incubator module (whose "WARNING: Using incubator modules" the JVM prints on
 * every start) only for {@code records}, the one command that starts Spark; every other command runs without it.
 */
class LauncherTest {

    static final String VECTOR = "--add-modules=jdk.incubator.vector";

    @TempDir
    Path dir;

    /** The launcher, run with a stand-in java that prints the options it got. */
    String launch(String... args) throws Exception {
        Path repo = dir.resolve("repo");
        if (!Files.exists(repo)) {
            Path target = Files.createDirectories(repo.resolve("pipeline/target"));
            for (String d : List.of("pipeline/src/main", "pipeline/src/launcher")) {
                Files.createDirectories(repo.resolve(d));
            }
            Files.writeString(repo.resolve("pipeline/pom.xml"), "");
            Files.writeString(repo.resolve("pom.xml"), "");
            Files.copy(TestWorkspace.repository().home().resolve("repstat"), repo.resolve("repstat"));
            Files.writeString(target.resolve("classpath.txt"), "deps.jar");
            // as the pom writes it: Spark's flags on one line
            Files.writeString(target.resolve("jvm.options"), "-XX:+IgnoreUnrecognizedVMOptions " + VECTOR + " --add-opens=java.base/java.lang=ALL-UNNAMED\n");
            FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
            try (Stream<Path> all = Files.walk(repo)) {
                for (Path p : all.toList()) {
                    Files.setLastModifiedTime(p, old);
                }
            }
            Files.writeString(target.resolve("repstat.jar"), "");
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
            Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("repstat").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** stderr of {@code repstat list} in a JVM of its own with the launcher's flags for it: empty. */
    static String listErrors(List<String> flags) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "org.repstat.cli.RepstatCommand",
                "list", "--home", TestWorkspace.repository().home().toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return err;
    }

    @Test
    void listWritesNothingToStandardErrorWithTheFlagsTheLauncherGivesIt() throws Exception {
        List<String> spark = List.of(Files.readString(TestWorkspace.repository().home().resolve("pipeline/target/jvm.options")).strip().split("\\s+"));
        assertTrue(spark.contains(VECTOR), "the pom's Spark flags: " + spark);
        assertEquals("", listErrors(spark.stream().filter(f -> !f.equals(VECTOR)).toList()));
        assertTrue(listErrors(spark).contains("WARNING: Using incubator modules"), "the warning the launcher avoids");
    }

    @Test
    void onlyRecordsGetsTheIncubatorModule() throws Exception {
        for (String[] args : new String[][] {{"list"}, {"-V"}, {"query", "--where", "x=records"}, {"check", "--quiet"}}) {
            String out = launch(args);
            assertFalse(out.contains(VECTOR), out);
            assertTrue(out.contains("--add-opens=java.base/java.lang=ALL-UNNAMED"), out);
        }
        assertTrue(launch("records", "import", "--help").contains(VECTOR));
    }

    @Test
    void shortCommandsStartWithTheClientCompilerAndAClassArchiveThatTheFirstRunWrites() throws Exception {
        String run = launch("run");
        assertTrue(run.contains("-XX:TieredStopAtLevel=1"), run);
        assertTrue(run.matches("(?s).*-XX:ArchiveClassesAtExit=\\S*/pipeline/target/repstat\\.jsa\\.\\d+ .*"), run);
        assertFalse(launch("list").contains("-XX:ArchiveClassesAtExit"), "only run writes the archive");
        Path archive = dir.resolve("repo/pipeline/target/repstat.jsa");
        Files.writeString(archive, "archive");
        String list = launch("list");
        assertTrue(list.contains("-XX:SharedArchiveFile=" + archive), list);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000)); // older than the jar
        assertFalse(launch("list").contains("-XX:SharedArchiveFile"), "an archive older than the jar is not used");
        String records = launch("records", "import", "--help");
        assertFalse(records.contains("TieredStopAtLevel") || records.contains("SharedArchiveFile"), records);
    }
}
