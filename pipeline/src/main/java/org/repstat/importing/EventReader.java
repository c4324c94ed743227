package org.repstat.importing;

import java.nio.file.Path;
import java.util.List;
import org.repstat.io.RawRow;
import org.repstat.provenance.DatePrecision;
import org.repstat.provenance.Event;
import org.repstat.provenance.PartialDate;

/** Reads a hand transcription of dated events ({@code events.csv}). */
final class EventReader {

    static final List<String> HEADER = List.of("event_id", "source_id", "event_type", "date_start", "date_end",
            "date_precision", "date_as_printed", "description", "locator", "quote", "cited_source_id",
            "cited_locator", "note");

    private EventReader() {
    }

    static List<Event> read(Path file, ObservationContext ctx, InputProblems problems, List<RowAccount> accounts) {
        return RowJob.run("import " + ctx.dataset() + " events", file, HEADER, row -> parse(row, ctx), problems, accounts);
    }

    private static Event parse(RawRow row, ObservationContext ctx) {
        String id = RowValidation.id(row, "event_id", ctx);
        PartialDate start = date(row, "date_start", true);
        PartialDate end = date(row, "date_end", false);
        DatePrecision precision;
        try {
            precision = DatePrecision.fromId(row.required("date_precision"));
        } catch (IllegalArgumentException e) {
            throw row.error("date_precision", e.getMessage());
        }
        DatePrecision written = start.precision();
        boolean consistent = precision == written
                || (precision == DatePrecision.PART_OF_MONTH && written == DatePrecision.MONTH);
        if (!consistent) {
            throw row.error("date_precision", "date '" + start + "' is written to the " + written.id()
                    + " but the precision says " + precision.id());
        }
        if (end != null && end.latest().isBefore(start.earliest())) {
            throw row.error("date_end", "expected an end on or after " + start + ", found " + end);
        }
        return new Event(id, ctx.dataset(), RowValidation.term(row, "event_type", "event_type", ctx), start, end,
                precision, row.required("date_as_printed"), row.required("description"),
                RowValidation.sourceId(row, "source_id", ctx, true), RowValidation.locator(row, "locator"),
                RowValidation.quote(row, "quote"), RowValidation.sourceId(row, "cited_source_id", ctx, false),
                RowValidation.citedLocator(row, "cited_source_id", "cited_locator"), row.text("note"));
    }

    private static PartialDate date(RawRow row, String column, boolean required) {
        String text = required ? row.required(column) : row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }
}
