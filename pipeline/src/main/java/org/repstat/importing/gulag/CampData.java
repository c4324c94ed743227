package org.repstat.importing.gulag;

import java.util.List;

/** Everything the camps file yields, typed and located: what the tables, checks and charts are built from. */
public record CampData(List<Camp> camps, List<CampRows.Location> locations, List<CampRows.Population> population,
                       List<CampRows.Activity> activities, List<CampRows.Text> texts, List<CampRows.Reject> rejects,
                       CellAccount account) {
}
