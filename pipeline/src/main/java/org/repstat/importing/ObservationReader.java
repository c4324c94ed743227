package org.repstat.importing;

import java.nio.file.Path;
import java.util.List;
import org.repstat.io.RawRow;
import org.repstat.provenance.Observation;
import org.repstat.provenance.Period;

/** Reads a hand transcription of figures ({@code observations.csv}): one row per value, with its provenance. */
final class ObservationReader {

    static final List<String> HEADER = List.of("obs_id", "source_id", "measure", "scope", "geography", "period_start",
            "period_end", "value", "qualifier", "lower", "upper", "unit", "as_printed", "locator", "quote",
            "cited_source_id", "cited_locator", "note");

    private ObservationReader() {
    }

    static List<Observation> read(Path file, ObservationContext ctx, InputProblems problems, List<RowAccount> accounts) {
        return RowJob.run("import " + ctx.dataset(), file, HEADER, row -> parse(row, ctx), problems, accounts);
    }

    private static Observation parse(RawRow row, ObservationContext ctx) {
        String id = RowValidation.id(row, "obs_id", ctx);
        Period period;
        try {
            period = Period.of(row.text("period_start"), row.text("period_end"));
        } catch (IllegalArgumentException e) {
            throw row.error(row.text("period_start").isEmpty() ? "period_end" : "period_start", e.getMessage());
        }
        String measure = RowValidation.term(row, "measure", "measure", ctx);
        return new Observation(id, ctx.dataset(), Observation.ROLE_VALUE,
                measure,
                RowValidation.term(row, "scope", "scope", ctx),
                RowValidation.term(row, "geography", "geography", ctx),
                period,
                RowValidation.value(row, ctx),
                RowValidation.unit(row, "unit", measure, ctx),
                row.required("as_printed"),
                RowValidation.sourceId(row, "source_id", ctx, true),
                RowValidation.locator(row, "locator"),
                RowValidation.quote(row, "quote"),
                RowValidation.sourceId(row, "cited_source_id", ctx, false),
                RowValidation.citedLocator(row, "cited_source_id", "cited_locator"),
                row.text("note"));
    }
}
