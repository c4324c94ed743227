package org.repstat.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
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
        RawTable table = RawTable.read(file, HEADER);
        List<Observation> out = new ArrayList<>();
        for (RawRow row : table.rows()) {
            problems.attempt(() -> out.add(parse(row, ctx)));
        }
        accounts.add(new RowAccount("import " + ctx.dataset(), file.toString(), "rows", table.rows().size(), out.size(),
                table.rows().size() - out.size()));
        return out;
    }

    private static Observation parse(RawRow row, ObservationContext ctx) {
        String id = row.required("obs_id");
        if (!id.matches("[a-z0-9-]+:[a-z0-9-]+")) {
            throw row.error("obs_id", "expected <source-id>:<kebab-name>, found '" + id + "'");
        }
        ctx.ids().claim(row, "obs_id", id);
        Period period;
        try {
            period = Period.of(row.text("period_start"), row.text("period_end"));
        } catch (IllegalArgumentException e) {
            throw row.error(row.text("period_start").isEmpty() ? "period_end" : "period_start", e.getMessage());
        }
        return new Observation(id, ctx.dataset(), Observation.ROLE_VALUE,
                RowValidation.term(row, "measure", "measure", ctx),
                RowValidation.term(row, "scope", "scope", ctx),
                RowValidation.term(row, "geography", "geography", ctx),
                period,
                RowValidation.value(row, ctx),
                RowValidation.term(row, "unit", "unit", ctx),
                row.required("as_printed"),
                RowValidation.sourceId(row, "source_id", ctx, true),
                RowValidation.locator(row, "locator"),
                RowValidation.quote(row, "quote"),
                RowValidation.sourceId(row, "cited_source_id", ctx, false),
                RowValidation.citedLocator(row, "cited_source_id", "cited_locator"),
                row.text("note"));
    }
}
