package org.repstat.charting;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.repstat.io.NumberSyntax;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The published tables of {@code datasets/clean/} as the charts and the report read them. Charts are drawn from
 * what we publish, never from the raw transcriptions, so a reader can rebuild every bar from the CSVs they download.
 * Files the check stage writes ({@code checks.csv}, {@code reconciliation.csv}) are optional: absent until it runs.
 */
public record PublishedData(Path clean, List<Obs> observations, List<Ev> events, Map<String, Src> sources,
                            List<Qualifier> qualifiers, Map<String, String> measureLabels,
                            Map<String, String> scopeLabels, Map<String, String> geographyLabels,
                            List<Check> checks, Optional<List<Reconciled>> reconciliation) {

    /** One row of observations.csv; numbers are null where the cell is empty (missing is missing, never 0). */
    public record Obs(String id, String dataset, String role, String measure, String scope, String geography,
                      String periodStart, String periodEnd, BigDecimal value, String qualifier, BigDecimal lower,
                      BigDecimal upper, String unit, String asPrinted, String sourceId, String locator, String quote,
                      String note) {
        public boolean isValue() {
            return "value".equals(role);
        }

        public boolean inPersons() {
            return "persons".equals(unit);
        }

        /** The period as a reader writes it: "1937–1938", "1937", or "not stated". */
        public String period() {
            if (periodStart.isEmpty() && periodEnd.isEmpty()) {
                return "not stated";
            }
            if (periodStart.equals(periodEnd) || periodEnd.isEmpty()) {
                return periodStart;
            }
            return (periodStart.isEmpty() ? "…" : periodStart) + "–" + periodEnd;
        }
    }

    /** One row of events.csv. */
    public record Ev(String id, String type, String dateStart, String dateEnd, String precision, String asPrinted,
                     String description, String sourceId, String locator) {
    }

    /** One row of sources.csv. */
    public record Src(String id, String type, String authors, String title, String year, String url,
                      String reliability) {
        /** "Authors (year), title" or the title alone. */
        public String citation() {
            StringBuilder s = new StringBuilder();
            if (!authors.isEmpty()) {
                s.append(authors).append(year.isEmpty() ? "" : " (" + year + ")").append(", ");
            } else if (!year.isEmpty()) {
                s.append(year).append(", ");
            }
            return s.append(title).toString();
        }
    }

    /** One row of qualifiers.csv: how a qualifier word becomes bounds, and why. */
    public record Qualifier(String id, String lowerFactor, String lowerOffset, String upperFactor,
                            String upperOffset, boolean explicit, boolean printedPrecision, String definition,
                            String rationale) {
    }

    /** One row of checks.csv (only the columns the report shows). */
    public record Check(String checkId, String kind, String topic, String severity, String status, String subject,
                        String observed, String expected, String message, String why) {
    }

    /** One row of reconciliation.csv. */
    public record Reconciled(String concept, String conceptLabel, String sourceId, String observationId,
                             BigDecimal value, String qualifier, BigDecimal lower, BigDecimal upper,
                             String reliability, BigDecimal median) {
    }

    public static PublishedData read(Path clean) {
        List<Obs> obs = rows(clean.resolve("observations.csv"), r -> new Obs(r.text("observation_id"),
                r.text("dataset"), r.text("role"), r.text("measure"), r.text("scope"), r.text("geography"),
                r.text("period_start"), r.text("period_end"), num(r, "value"), r.text("qualifier"), num(r, "lower"),
                num(r, "upper"), r.text("unit"), r.text("as_printed"), r.text("source_id"), r.text("locator"),
                r.text("quote"), r.text("note")));
        List<Ev> events = rows(clean.resolve("events.csv"), r -> new Ev(r.text("event_id"), r.text("event_type"),
                r.text("date_start"), r.text("date_end"), r.text("date_precision"), r.text("date_as_printed"),
                r.text("description"), r.text("source_id"), r.text("locator")));
        Map<String, Src> sources = new LinkedHashMap<>();
        for (Src s : rows(clean.resolve("sources.csv"), r -> new Src(r.text("source_id"), r.text("type"),
                r.text("authors"), r.text("title"), r.text("year"), r.text("url"), r.text("reliability")))) {
            sources.put(s.id(), s);
        }
        List<Qualifier> qualifiers = rows(clean.resolve("qualifiers.csv"), r -> new Qualifier(r.text("id"),
                r.text("lower_factor"), r.text("lower_offset"), r.text("upper_factor"), r.text("upper_offset"),
                "true".equals(r.text("explicit")), "true".equals(r.text("printed_precision")), r.text("definition"),
                r.text("rationale")));
        List<Check> checks = Files.exists(clean.resolve("checks.csv"))
                ? rows(clean.resolve("checks.csv"), r -> new Check(r.text("check_id"), r.text("kind"),
                        r.text("topic"), r.text("severity"), r.text("status"), r.text("subject"), r.text("observed"),
                        r.text("expected"), r.text("message"), r.text("why")))
                : List.of();
        Optional<List<Reconciled>> reconciliation = Files.exists(clean.resolve("reconciliation.csv"))
                ? Optional.of(rows(clean.resolve("reconciliation.csv"), r -> new Reconciled(r.text("concept"),
                        r.text("concept_label"), r.text("source_id"), r.text("observation_id"), num(r, "value"),
                        r.text("qualifier"), num(r, "lower"), num(r, "upper"), r.text("reliability"),
                        num(r, "median_of_sources"))))
                : Optional.empty();
        return new PublishedData(clean, obs, events, sources, qualifiers, labels(clean.resolve("measures.csv")),
                labels(clean.resolve("scopes.csv")), labels(clean.resolve("geographies.csv")), checks,
                reconciliation);
    }

    public String measureLabel(String id) {
        return measureLabels.getOrDefault(id, id);
    }

    public String scopeLabel(String id) {
        return scopeLabels.getOrDefault(id, id);
    }

    public String geographyLabel(String id) {
        return geographyLabels.getOrDefault(id, id);
    }

    public Src source(String id) {
        Src s = sources.get(id);
        return s != null ? s : new Src(id, "", "", id, "", "", "");
    }

    public List<Check> checksFor(String topic) {
        return checks.stream().filter(c -> c.topic().equals(topic)).toList();
    }

    private static Map<String, String> labels(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RawRow r : RawTable.read(file).rows()) {
            out.put(r.text("id"), r.text("label"));
        }
        return out;
    }

    private static BigDecimal num(RawRow r, String column) {
        return r.number(column, NumberSyntax.PLAIN);
    }

    private static <T> List<T> rows(Path file, Function<RawRow, T> f) {
        List<T> out = new ArrayList<>();
        for (RawRow r : RawTable.read(file).rows()) {
            out.add(f.apply(r));
        }
        return List.copyOf(out);
    }
}
