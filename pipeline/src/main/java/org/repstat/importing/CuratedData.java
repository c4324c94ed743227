package org.repstat.importing;

import java.util.List;
import java.util.Map;
import org.repstat.provenance.Event;
import org.repstat.provenance.Observation;
import org.repstat.provenance.SecondReading;
import org.repstat.provenance.Source;
import org.repstat.provenance.Vocabulary;

/** Everything the import stage read and validated, in key order: the input of every later stage. */
public record CuratedData(Vocabulary vocabulary, Map<String, Source> sources, List<Observation> observations,
                          List<Event> events, List<RowAccount> accounts, Map<String, SecondReading> secondReadings,
                          List<List<String>> preference, List<SourceKind.Imported> imported) {

    /** The second reading of an observation, or null where it has had none yet. */
    public SecondReading secondReading(String observationId) {
        return secondReadings.get(observationId);
    }
}
