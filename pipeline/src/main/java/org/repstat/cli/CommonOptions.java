package org.repstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.repstat.Workspace;
import org.repstat.io.InputException;
import org.repstat.io.PublishTransaction;
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
        Workspace ws = Workspace.locate(home);
        if (!Files.isDirectory(ws.datasets())) {
            Path given = home != null ? home : ws.home();
            throw new InputException(given, 0, null, "expected the repository's directory, holding datasets/, found "
                    + (Files.isDirectory(given) ? "a directory without datasets/" : Files.exists(given) ? "a file" : "nothing at this path")
                    + (home != null ? " (--home)" : System.getenv(Workspace.HOME_VARIABLE) != null ? " ($" + Workspace.HOME_VARIABLE + ")" : ""));
        }
        PublishTransaction.recover(ws.home());
        return ws;
    }
}
