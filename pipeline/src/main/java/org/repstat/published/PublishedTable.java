package org.repstat.published;

import java.util.List;

/** A table ready to publish: its description and its rows as the exact text of each cell. */
public record PublishedTable(TableSpec spec, List<List<String>> rows) {
}
