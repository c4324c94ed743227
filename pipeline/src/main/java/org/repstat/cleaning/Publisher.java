package org.repstat.cleaning;

import org.repstat.published.PublishedTable;
import org.repstat.published.Release;
import org.repstat.published.TableSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.AtomicFiles;
import org.repstat.published.CoreTables;
import org.repstat.io.PublishedCsv;

/**
 * Writes published tables into {@code datasets/clean/}. Every file is rendered in memory first and only then
 * written, each atomically, so a failure while rendering leaves the published tables as they were.
 */
public final class Publisher {

    private final Path cleanDir;

    public Publisher(Path cleanDir) {
        this.cleanDir = cleanDir;
    }

    public void publish(List<PublishedTable> tables) {
        Map<Path, String> rendered = new LinkedHashMap<>();
        for (PublishedTable t : tables) {
            rendered.put(cleanDir.resolve(t.spec().path()), PublishedCsv.render(t.spec().header(), t.rows()));
        }
        rendered.forEach(AtomicFiles::write);
    }

    /** datapackage.json, with the release the curators declare (datasets/release.yaml, read by the caller). */
    public void publishDataPackage(List<TableSpec> allSpecs, Release release) {
        AtomicFiles.write(cleanDir.resolve(CoreTables.DATA_PACKAGE), DataPackage.render(allSpecs, release));
    }
}
