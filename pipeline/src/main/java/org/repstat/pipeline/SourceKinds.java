package org.repstat.pipeline;

import java.util.List;
import org.repstat.importing.SourceKind;
import org.repstat.importing.gulag.CampsFile;

/** The third-party file kinds the manifest may name: the one place a new kind is registered. */
final class SourceKinds {

    private SourceKinds() {
    }

    static List<SourceKind> all() {
        return List.of(new CampsFile());
    }
}
