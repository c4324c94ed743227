package org.repstat.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Observation;
import org.repstat.provenance.PartialDate;
import org.repstat.provenance.SecondReading;

/**
 * Reads {@code datasets/raw/second-reading.csv}, the register of values proof-read a second time against a stored
 * copy of their page. Every row must name a published observation; an observation is read at most once here (a
 * later reading replaces the row, with the earlier one's finding kept in the note).
 */
final class SecondReadingReader {

    static final List<String> HEADER = List.of("observation_id", "outcome", "page_copy", "read_on", "note");

    private SecondReadingReader() {
    }

    static Map<String, SecondReading> read(Path file, List<Observation> observations, InputProblems problems) {
        Set<String> ids = observations.stream().map(Observation::id).collect(Collectors.toSet());
        Map<String, SecondReading> out = new TreeMap<>();
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
            problems.attempt(() -> {
                String id = row.required("observation_id");
                if (!ids.contains(id)) {
                    throw row.error("observation_id", "expected the id of an imported observation, found '" + id + "'");
                }
                String outcome = row.required("outcome");
                if (!SecondReading.OUTCOMES.contains(outcome)) {
                    throw row.error("outcome", "expected one of " + SecondReading.OUTCOMES + ", found '" + outcome + "'");
                }
                String copy = row.text("page_copy");
                if (!copy.matches("https?://\\S+")) {
                    throw row.error("page_copy", "expected the http(s) address of the page copy that was re-read, found '" + copy + "'");
                }
                String readOn = row.required("read_on");
                try {
                    if (PartialDate.parse(readOn).precision() != org.repstat.provenance.DatePrecision.DAY) {
                        throw new IllegalArgumentException("not a day");
                    }
                } catch (IllegalArgumentException e) {
                    throw row.error("read_on", "expected the day of the reading as YYYY-MM-DD, found '" + readOn + "'");
                }
                if (!outcome.equals("as_recorded") && row.text("note").isEmpty()) {
                    throw row.error("note", "expected a note saying what differs or what was changed");
                }
                if (out.put(id, new SecondReading(id, outcome, copy, readOn, row.text("note"))) != null) {
                    throw row.error("observation_id", "duplicate second reading of '" + id + "'");
                }
            });
        }
        return out;
    }
}
