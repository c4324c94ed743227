package org.repstat.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a records job runs, Spark's own log lines go to a file, never to the terminal between repstat's lines. */
class SparkLogTest {

    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        Configurator.reconfigure(); // the packaged log4j2.properties again, for the tests that follow
    }

    @Test
    void sparksWarningsGoToTheFileAndNotToStandardError() throws Exception {
        Path file = tmp.resolve("logs/spark.log");
        SparkLog.toFile(file, false);
        LogManager.getLogger("org.apache.spark.sql.catalyst.util.SparkStringUtils").warn("Truncated the string representation of a plan");
        LogManager.getLogger("org.apache.spark.SparkContext").info("Running Spark version");
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        assertFalse(context.getConfiguration().getRootLogger().getAppenders().containsKey(SparkLog.CONSOLE), "no console appender");
        String log = Files.readString(file);
        assertTrue(log.contains("WARN SparkStringUtils: Truncated the string representation of a plan"), log);
        assertFalse(log.contains("Running Spark version"), "INFO stays out unless --verbose: " + log);
    }

    @Test
    void verboseKeepsThemOnStandardErrorToo() {
        SparkLog.toFile(tmp.resolve("spark.log"), true);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        assertTrue(context.getConfiguration().getRootLogger().getAppenders().containsKey(SparkLog.CONSOLE));
    }
}
