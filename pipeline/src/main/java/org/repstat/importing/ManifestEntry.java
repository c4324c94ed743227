package org.repstat.importing;

import java.nio.file.Path;
import org.repstat.io.NumberSyntax;

/**
 * One line of {@code datasets/raw/manifest.csv}: a raw file, how to read it, and for tables whose cells do not
 * carry their own provenance, the source they were read in, the work it cites and the table's own name.
 */
record ManifestEntry(Path path, String kind, String dataset, String sourceId, String citedSourceId,
                     String citedLocator, String tableLabel, NumberSyntax numbers, long line) {
}
