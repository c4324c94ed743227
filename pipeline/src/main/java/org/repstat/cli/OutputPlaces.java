package org.repstat.cli;

import java.nio.file.Path;
import java.util.List;
import org.repstat.Workspace;
import picocli.CommandLine;

/** Where a command that reads the product may write on request: anywhere but the published set itself. */
final class OutputPlaces {

    private OutputPlaces() {
    }

    /**
     * {@code target}, unless it lies inside datasets/, reports/ or notebooks-export/: a file written there by hand
     * would be an untracked file among the published ones, outside their {@code .generation} list.
     */
    static Path unpublished(Workspace ws, Path target, CommandLine cmd) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path published : List.of(ws.datasets(), ws.reports(), ws.notebooks())) {
            if (abs.startsWith(published.toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(cmd, "--out " + target + " is inside " + ws.home().relativize(published)
                        + "/, which only the pipeline writes: choose a place outside it (e.g. under " + ws.home().relativize(ws.work()) + "/)");
            }
        }
        return target;
    }
}
