package org.repstat.cli;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.repstat.Workspace;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public class CommonOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Repository root holding datasets/ (default: $REPSTAT_HOME, else the nearest parent with datasets/raw).")
    Path home;

    @Option(names = {"-v", "--verbose"}, description = "Show detail, including Spark's own log at INFO.")
    boolean verbose;

    public Workspace workspace() {
        if (verbose) {
            Configurator.setRootLevel(Level.INFO);
        }
        return Workspace.locate(home);
    }
}
