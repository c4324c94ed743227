package org.repstat.pipeline;

import java.util.List;
import org.repstat.importing.SourceKind;
import org.repstat.importing.gulag.CampsFile;
import org.repstat.importing.memorial.MoscowList;
import org.repstat.importing.memorial.SampleList;

/** The third-party file kinds the manifest may name: the one place a new kind is registered. */
public final class SourceKinds {

    private SourceKinds() {
    }

    public static List<SourceKind> all() {
        return List.of(new CampsFile(), new MoscowList(), new SampleList());
    }

    /** An importer that knows every registered kind: what the import stage uses. */
    public static org.repstat.importing.Importer importer(java.nio.file.Path datasets) {
        return new org.repstat.importing.Importer(datasets, all());
    }
}
