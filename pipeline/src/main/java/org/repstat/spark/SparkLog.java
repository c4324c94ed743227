package org.repstat.spark;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Where Spark's own log lines go while a repstat job runs: to a file, never between repstat's progress and
 * summary lines on the terminal. Spark, Hadoop, Parquet and Netty log through log4j; their warnings ("Truncated the
 * string representation of a plan") say nothing an analyst can act on, and their errors are what repstat reports
 * anyway, located, when a job fails. {@code --verbose} keeps them on standard error as well, at INFO.
 */
public final class SparkLog {

    /** The appender the packaged log4j2.properties declares for standard error. */
    static final String CONSOLE = "stderr";
    static final String FILE = "repstat-spark-log";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss} %p %c{1}: %m%n";

    private SparkLog() {
    }

    /**
     * Sends every log line of this JVM to {@code file} (appended), and to standard error only when {@code verbose}.
     * Under spark-submit the same holds for the driver; executors log as their cluster configures them.
     */
    public static void toFile(Path file, boolean verbose) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        Appender old = config.getAppender(FILE);
        if (old != null) { // a second job in the same JVM (tests): one file appender, the latest file
            root.removeAppender(FILE);
            old.stop();
        }
        FileAppender appender = FileAppender.newBuilder().setName(FILE).withFileName(file.toAbsolutePath().toString())
                .withAppend(true).withCreateOnDemand(true).setConfiguration(config)
                .setLayout(PatternLayout.newBuilder().withPattern(PATTERN).withConfiguration(config).build()).build();
        appender.start();
        config.addAppender(appender);
        Appender console = config.getAppender(CONSOLE);
        root.removeAppender(CONSOLE);
        root.addAppender(appender, null, null);
        if (verbose && console != null) {
            root.addAppender(console, Level.INFO, null);
        }
        root.setLevel(verbose ? Level.INFO : Level.WARN);
        context.updateLoggers();
    }
}
