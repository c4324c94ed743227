package org.repstat.cleaning;

import org.repstat.published.CoreTables;
import org.repstat.published.PublishedTable;
import static org.repstat.published.PublishedNumbers.format;

import java.util.ArrayList;
import java.util.List;
import org.repstat.importing.CuratedData;
import org.repstat.provenance.Event;
import org.repstat.provenance.Observation;
import org.repstat.provenance.PrintedPrecision;
import org.repstat.provenance.QualifierRule;
import org.repstat.provenance.Source;
import org.repstat.provenance.Vocabulary;

/**
 * The clean stage for curated figures: turns validated observations, events, sources and vocabulary into the
 * published tables, one row per value, every row with its provenance.
 */
public final class CuratedTables {

    private CuratedTables() {
    }

    public static List<PublishedTable> tables(CuratedData data) {
        List<PublishedTable> tables = new ArrayList<>();
        tables.add(new PublishedTable(CoreTables.SOURCES, data.sources().values().stream().map(CuratedTables::row).toList()));
        tables.add(new PublishedTable(CoreTables.OBSERVATIONS, data.observations().stream()
                .map(o -> row(o, data.secondReading(o.id()))).toList()));
        tables.add(new PublishedTable(CoreTables.EVENTS, data.events().stream().map(CuratedTables::row).toList()));
        tables.add(new PublishedTable(CoreTables.PREFERENCE, data.preference()));
        tables.add(new PublishedTable(CoreTables.QUALIFIERS, data.vocabulary().qualifiers().values().stream().map(CuratedTables::row).toList()));
        tables.add(new PublishedTable(CoreTables.PRECISION, data.vocabulary().precision().rules().stream().map(CuratedTables::row).toList()));
        Vocabulary v = data.vocabulary();
        CoreTables.VOCABULARY_FILES.keySet().stream().sorted().forEach(kind -> tables.add(new PublishedTable(
                CoreTables.vocabularySpec(kind), v.terms(kind).values().stream()
                .sorted(java.util.Comparator.comparing(Vocabulary.Term::id))
                .map(CuratedTables::row).toList())));
        return tables;
    }

    static List<String> row(Vocabulary.Term t) {
        List<String> row = new ArrayList<>(List.of(t.id(), t.label(), t.definition()));
        if (t.kind().equals("measure")) {
            row.add(t.extra("unit"));
        }
        if (t.kind().equals("geography")) {
            List.of("label_en", "label_en_source", "printed", "geo_type", "note").forEach(c -> row.add(t.extra(c)));
        }
        return row;
    }

    static List<String> row(Source s) {
        return List.of(s.id(), s.type(), s.label(), s.authors(), s.title(), s.container(), s.year(), s.pages(), s.url(),
                s.doi(), s.licence(), s.copyOf(), s.reliability(), s.note());
    }

    static List<String> row(Observation o, org.repstat.provenance.SecondReading reading) {
        return List.of(o.id(), o.dataset(), o.role(), o.measure(), o.scope(), o.geography(), o.period().startText(),
                o.period().endText(), format(o.value().value()), o.value().qualifier(), format(o.value().lower()),
                format(o.value().upper()), o.value().boundsRule(), o.unit(), o.asPrinted(), o.sourceId(),
                o.locator().toString(), o.quote().text(), o.citedSourceId(), o.citedLocator(), o.note(),
                reading == null ? "" : reading.outcome(), reading == null ? "" : reading.pageCopy());
    }

    static List<String> row(Event e) {
        return List.of(e.id(), e.dataset(), e.eventType(), e.dateStart().toString(),
                e.dateEnd() == null ? "" : e.dateEnd().toString(), e.precision().id(), e.dateAsPrinted(),
                e.description(), e.sourceId(), e.locator().toString(), e.quote().text(), e.citedSourceId(),
                e.citedLocator(), e.note());
    }

    static List<String> row(QualifierRule q) {
        return List.of(q.id(), format(q.lowerFactor()), q.lowerFactor() == null ? "" : format(q.lowerOffset()),
                format(q.upperFactor()), q.upperFactor() == null ? "" : format(q.upperOffset()),
                String.valueOf(q.explicit()), String.valueOf(q.printedPrecision()), q.definition(), q.rationale());
    }

    static List<String> row(PrintedPrecision.Rule r) {
        return List.of(r.id(), r.qualifier(), text(r.units()), text(r.measures()), text(r.locator()), text(r.printed()),
                r.minTrailingZeros() == null ? "" : r.minTrailingZeros().toString(),
                r.unitFrom() == null ? "" : r.unitFrom().id(), format(r.step()), r.definition(), r.rationale());
    }

    private static String text(java.util.regex.Pattern p) {
        return p == null ? "" : p.pattern();
    }

}
