package org.repstat.provenance;

import java.util.List;

/**
 * A value read a second time on a stored copy of its page, by someone other than its first transcriber: the copy
 * read, when, and what the second reading found. A transcription is only as good as its proof-reading, and a reader
 * should see which values have had one.
 *
 * @param outcome  {@code as_recorded} (the page prints exactly what the row says), {@code corrected} (the row was
 *                 fixed after this reading; the note says what changed), {@code flagged} (the page differs and the
 *                 row is kept with a note, e.g. two copies print different figures), {@code page_not_found}
 */
public record SecondReading(String observationId, String outcome, String pageCopy, String readOn, String note) {

    public static final List<String> OUTCOMES = List.of("as_recorded", "corrected", "flagged", "page_not_found");
}
