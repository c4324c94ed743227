package org.repstat.answers;

import static org.repstat.published.PublishedNumbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.repstat.published.Field;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;

/**
 * {@code function: camp_prisoners_by_year}: the camps file's prisoner counts, one row per camp and year, each at the
 * place the camp's administration held that year. Computed from {@code gulag_camps}, {@code gulag_camp_population}
 * and {@code gulag_camp_locations} as published, never from the file. The yearly sums are in {@link CampYearSums}.
 */
final class CampPrisonersByYear implements Derivations.Derivation {

    @Override
    public TableSpec spec(AnswerSpec a) {
        List<Field> f = List.of(
                Field.integer("camp_id", "The camp (gulag_camps.camp_id).", true),
                Field.required("name", "The camp's name as the file gives it, in Russian (gulag_camps.name)."),
                Field.string("name_en", "Its English name where the file gives one (gulag_camps.name_en)."),
                Field.integer("year", "The year of the figure (the file's column people_YYYY; no date within the year is given).", true),
                Field.required("open", "true when the camp's row has it open that year (created … closed, resumed … closed again; an "
                        + "open end runs on to the file's last year); false for a figure in a year the row has it closed.").oneOf(List.of("true", "false")),
                Field.number("prisoners", "Prisoners in the camp that year: the sum of the parts of its cell that the yearly sums use "
                        + "(gulag_camp_population rows with measure=prisoners and in_yearly_sum=true; one part where the cell prints one "
                        + "figure). Empty where the camp is open but the file gives no count: missing, never 0."),
                Field.string("prisoners_qualifier", "Qualifier of the count (vocabulary qualifiers) when its parts share one; empty where "
                        + "there is no count, or parts differ (then qualified says so)."),
                Field.string("qualified", "true when any part of the count is not exact ('до 4000', '500 (?)'); empty where there is no count.")
                        .oneOf(List.of("true", "false")),
                Field.integer("prisoners_parts", "How many figures of the cell were summed (empty where there is no count).", false),
                Field.string("prisoners_as_printed", "The cell as printed, trimmed (two cells joined by ' + ')."),
                Field.string("prisoners_source", "The count's source, as people cite it (sources.label)."),
                Field.string("prisoners_reliability", "Reliability of that source (vocabulary reliability)."),
                Field.string("place", "The place the camp's administration held that year, as the file words it (gulag_camp_locations.place): "
                        + "its first place, or the last it moved to in that year or before; a later place whose year of moving is not given is never assumed."),
                Field.number("latitude", "Degrees north of that place (gulag_camp_locations.latitude); empty where the file gives none."),
                Field.number("longitude", "Degrees east of that place; empty where the file gives none."),
                Field.integer("dislocation", "Which of the camp's places that is (gulag_camp_locations.dislocation).", false),
                Field.required("source_id", "sources.source_id of the camps file."),
                Field.required("locator", "Where in data.csv: the cell(s) of the count (line=; column=, as in gulag_camp_population), "
                        + "or the camp's row (line=) where there is no count."),
                Field.string("reference_url", "The camp's page in Memorial's reference book, which the file cites (gulag_camps.reference_url)."),
                Field.string("cited_source_id", "The reference book the page belongs to (sources.source_id)."));
        return new TableSpec(a.id(), a.id() + ".csv", a.title(), AnswerTables.rowIs(a), f, List.of("camp_id", "year"),
                List.of(new TableSpec.ForeignKey("camp_id", "gulag_camps", "camp_id"),
                        new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                        new TableSpec.ForeignKey("cited_source_id", "sources", "source_id")));
    }

    @Override
    public List<String> reads() {
        List<String> r = new ArrayList<>(CampYears.reads());
        r.addAll(CampYears.CONTEXT);
        return r;
    }

    @Override
    public List<List<String>> rows(AnswerSpec a, PublishedReader reader) {
        CampYears t = new CampYears(reader);
        AnswerContext ctx = new AnswerContext(reader);
        String label = ctx.sourceLabel(t.sourceId());
        String reliability = ctx.source(t.sourceId()).text("reliability");
        List<List<String>> out = new ArrayList<>();
        for (CampYears.Camp c : t.camps()) {
            for (int year = t.firstYear(); year <= t.lastYear(); year++) {
                List<CampYears.Part> parts = t.parts(c.id(), year);
                boolean open = c.openIn(year);
                if (!open && parts.isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(String.valueOf(c.id()), c.name(), c.nameEn(), String.valueOf(year),
                        String.valueOf(open)));
                if (parts.isEmpty()) {
                    row.addAll(List.of("", "", "", "", "", "", ""));
                } else {
                    BigDecimal sum = parts.stream().map(CampYears.Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                    List<String> qualifiers = parts.stream().map(CampYears.Part::qualifier).distinct().toList();
                    row.addAll(List.of(format(sum), qualifiers.size() == 1 ? qualifiers.get(0) : "",
                            String.valueOf(parts.stream().anyMatch(p -> !p.exact())), String.valueOf(parts.size()),
                            parts.stream().map(CampYears.Part::asPrinted).distinct().collect(Collectors.joining(" + ")), label, reliability));
                }
                PublishedRow at = t.placeIn(c.id(), year);
                row.addAll(at == null ? List.of("", "", "", "")
                        : List.of(at.text("place"), at.text("latitude"), at.text("longitude"), at.text("dislocation")));
                row.add(t.sourceId());
                row.add(parts.isEmpty() ? c.row().text("locator")
                        : parts.stream().map(CampYears.Part::locator).distinct().collect(Collectors.joining(" + ")));
                row.add(c.row().text("reference_url"));
                row.add(c.row().text("cited_source_id"));
                out.add(row);
            }
        }
        return out;
    }
}
