package org.repstat.importing;

import java.util.HashMap;
import java.util.Map;
import org.repstat.io.RawRow;

/** Keys must be unique across every raw file; a second use names the first one's file and line. */
final class IdRegistry {

    private final Map<String, String> firstSeen = new HashMap<>();

    void claim(RawRow row, String column, String id) {
        String where = row.file() + ":" + row.line();
        String previous = firstSeen.putIfAbsent(id, where);
        if (previous != null) {
            throw row.error(column, "duplicate id '" + id + "' (first used at " + previous + ")");
        }
    }
}
