package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.cli.RepstatCommand;

/**
 * The same job on a real Spark standalone cluster: a Master and two Workers (one core each) in their own JVMs on
 * 127.0.0.1, started from the Spark jars on the test classpath, and the aggregate job submitted to them from a
 * child JVM. Its output must be byte-identical to the local[*] run. Every process started here is stopped here.
 */
@Tag("slow")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StandaloneClusterTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration JOB = Duration.ofMinutes(6);

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverythingStartedHere() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) { // workers (and their executors) before the master
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
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

        int port = freePort();
        int uiPort = freePort();
        Path sparkHome = tmp.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars")); // the worker insists on $SPARK_HOME/jars; ours are on the classpath
        processes.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(uiPort)), sparkHome));
        for (int w = 1; w <= 2; w++) {
            Path work = Files.createDirectories(tmp.resolve("worker-" + w));
            processes.add(start("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "768m", "--webui-port", "0", "--work-dir", work.toString(),
                    "spark://127.0.0.1:" + port), sparkHome));
        }
        awaitWorkers(uiPort, 2);

        Path onCluster = tmp.resolve("aggregates-cluster.csv");
        Process app = start("app", List.of(RepstatCommand.class.getName(), "records", "aggregate", "--dir", run.toString(),
                "--out", onCluster.toString(), "--home", home.toString(), "--master", "spark://127.0.0.1:" + port,
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraClassPath=" + classpath()), sparkHome);
        processes.add(app);
        if (!app.waitFor(JOB.toSeconds(), TimeUnit.SECONDS)) {
            fail("the cluster job did not finish in " + JOB + ":\n" + tail("app"));
        }
        assertEquals(0, app.exitValue(), tail("app"));
        assertEquals(Files.readString(local), Files.readString(onCluster));
        assertTrue(Files.readAllLines(onCluster).size() > 1000, "a real table, not an empty one");
        assertTrue(executorsRan(), "the job ran on the workers' executors, not in the driver:\n" + tail("worker-1"));
    }

    private boolean executorsRan() throws IOException {
        try (var s = Files.walk(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("stderr") && p.toString().contains("worker-"));
        }
    }

    private Process start(String name, List<String> mainAndArgs, Path sparkHome) throws IOException {
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

    private void awaitWorkers(int uiPort, int workers) throws Exception {
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

    private String tail(String name) {
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
