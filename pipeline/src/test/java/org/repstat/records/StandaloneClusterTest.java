package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.cli.RepstatCommand;

/**
 * The same job on a real Spark standalone cluster: a Master and two Workers (one core each) in their own JVMs on
 * 127.0.0.1, started from the Spark jars on the test classpath, and the aggregate job submitted to them from a
 * child JVM; so is the import and aggregate of a real list, Memorial's Moscow pages. Their outputs must be
 * byte-identical to the local[*] run. Every process started here is stopped here.
 */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class StandaloneClusterTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration JOB = Duration.ofMinutes(6);

    @TempDir
    static Path tmp;

    private static final List<Process> processes = new ArrayList<>();
    private static int port;

    /** One cluster for the class: a Master and two Workers take most of a minute to start on two cores. */
    @BeforeAll
    static void startCluster() throws Exception {
        port = freePort();
        int uiPort = freePort();
        Path sparkHome = tmp.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars")); // the worker insists on $SPARK_HOME/jars; ours are on the classpath
        processes.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(uiPort))));
        for (int w = 1; w <= 2; w++) {
            Path work = Files.createDirectories(tmp.resolve("worker-" + w));
            processes.add(start("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "768m", "--webui-port", "0", "--work-dir", work.toString(),
                    "spark://127.0.0.1:" + port)));
        }
        awaitWorkers(uiPort, 2);
    }

    @AfterAll
    static void stopEverythingStartedHere() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) { // apps, then workers (and their executors), then the master
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Runs one repstat command as a driver of its own against the cluster and waits for it. */
    private static void onCluster(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(RepstatCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--home", TestWorkspace.repository().home().toString(), "--master", "spark://127.0.0.1:" + port,
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraClassPath=" + classpath()));
        Process app = start(name, command);
        processes.add(app);
        if (!app.waitFor(JOB.toSeconds(), TimeUnit.SECONDS)) {
            fail("the cluster job did not finish in " + JOB + ":\n" + tail(name));
        }
        assertEquals(0, app.exitValue(), tail(name));
    }

    @Test
    void theAggregateJobOnAStandaloneClusterWritesTheSameBytesAsLocal() throws Exception {
        Path home = TestWorkspace.repository().home();
        Path run = tmp.resolve("run");
        assertEquals(0, RepstatCommand.execute("records", "synth", "--rows", "8000", "--seed", "9", "--rows-per-file", "3000",
                "--out", run.toString(), "--home", home.toString()));
        assertEquals(0, RepstatCommand.execute("records", "import", "--input", run.resolve("input").toString(),
                "--out", run.toString(), "--home", home.toString()));
        assertEquals(0, RepstatCommand.execute("records", "aggregate", "--dir", run.toString(), "--home", home.toString()));
        Path local = run.resolve("aggregates-SYNTHETIC.csv");

        Path onCluster = tmp.resolve("aggregates-cluster.csv");
        onCluster("app", "records", "aggregate", "--dir", run.toString(), "--out", onCluster.toString());
        assertEquals(Files.readString(local), Files.readString(onCluster));
        assertTrue(Files.readAllLines(onCluster).size() > 1000, "a real table, not an empty one");
        assertTrue(executorsRan(), "the job ran on the workers' executors, not in the driver:\n" + tail("worker-1"));
    }

    /** A real list, Memorial's Moscow pages: imported and aggregated on the cluster, the same bytes as on local[*]. */
    @Test
    void theMoscowPagesImportAndAggregateOnTheClusterAsOnLocal() throws Exception {
        Path pages = TestWorkspace.repository().home().resolve("../shared/sources/memorial-moscow-executions-nextgis/pages").normalize();
        assumeTrue(System.getenv("CI") != null || Files.exists(pages), "the Moscow pages are not beside this checkout");
        Path home = TestWorkspace.repository().home();
        Path local = tmp.resolve("local/moscow"); // the run directory's name is the aggregates' dataset column
        assertEquals(0, RepstatCommand.execute("records", "import", "--input", pages.toString(), "--out", local.toString(),
                "--home", home.toString()));
        assertEquals(0, RepstatCommand.execute("records", "aggregate", "--dir", local.toString(), "--home", home.toString()));

        Path cluster = tmp.resolve("cluster/moscow");
        onCluster("moscow-import", "records", "import", "--input", pages.toString(), "--out", cluster.toString());
        onCluster("moscow-aggregate", "records", "aggregate", "--dir", cluster.toString(),
                "--out", cluster.resolve("aggregates.csv").toString());
        for (String csv : List.of("row-accounts.csv", "field-accounts.csv", "unrecognised-values.csv", "rejects.csv", "aggregates.csv")) {
            assertEquals(Files.readString(local.resolve(csv)), Files.readString(cluster.resolve(csv)), csv);
        }
        assertTrue(Files.readString(cluster.resolve("aggregates.csv"))
                .contains(",,execution_year,executed,person_records,,,1938,1938,year,6296,persons"));
        String printed = Files.readString(tmp.resolve("moscow-import.log"));
        assertTrue(printed.contains("records in 11789 = parsed 11789 + rejected 0 (paragraphs, memorial-moscow-html)"), printed);
    }

    private static boolean executorsRan() throws IOException {
        try (var s = Files.walk(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("stderr") && p.toString().contains("worker-"));
        }
    }

    private static Process start(String name, List<String> mainAndArgs) throws IOException {
        Path sparkHome = tmp.resolve("spark-home");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(sparkJvmOptions().split("\\s+")));
        command.addAll(List.of("-Xmx512m", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-cp", classpath()));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // else the worker looks for a Spark source build
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("REPSTAT_HOME", TestWorkspace.repository().home().toString());
        return pb.start();
    }

    /** Spark's JVM flags, as the launcher uses them: one list, from the pom's spark.jvm.options. */
    private static String sparkJvmOptions() throws IOException {
        return Files.readString(TestWorkspace.repository().home().resolve("pipeline/target/jvm.options")).strip();
    }

    /** The real test classpath (surefire hides it behind a manifest-only jar in java.class.path). */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void awaitWorkers(int uiPort, int workers) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    fail("a cluster process died: " + p.info() + "\n" + tail("master") + tail("worker-1") + tail("worker-2"));
                }
            }
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (last.replaceAll("\\s", "").contains("\"aliveworkers\":" + workers)) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        fail("the master did not see " + workers + " workers in " + STARTUP + ": " + last + "\n" + tail("master") + tail("worker-1"));
    }

    private static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(tmp.resolve(name + ".log"));
            return "--- " + name + ".log\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n";
        } catch (IOException e) {
            return "--- " + name + ".log: " + e + "\n";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
