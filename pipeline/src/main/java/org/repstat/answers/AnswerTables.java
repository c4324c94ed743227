package org.repstat.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.repstat.published.CoreTables;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/**
 * The Table Schemas of the answer tables, generated from their declarations in the topic specs, so that
 * {@code datapackage.json}, the codebook and the published reader describe each answer table like every other.
 */
public final class AnswerTables {

    /** Columns added beside a key column that is a vocabulary term, so that people read a name, not an id. */
    static final List<String> GEOGRAPHY_LABELS = List.of("geography_label", "geography_en", "geography_printed", "geography_type");

    private AnswerTables() {
    }

    public static List<TableSpec> specs(List<TopicSpec> topics) {
        List<TableSpec> out = new ArrayList<>();
        for (TopicSpec t : topics) {
            for (AnswerSpec a : t.answers()) {
                out.add(spec(a));
            }
        }
        return out;
    }

    public static TableSpec spec(AnswerSpec a) {
        return switch (a.shape()) {
            case "wide" -> wide(a);
            case "listing" -> listing(a);
            default -> Derivations.get(a).spec(a);
        };
    }

    static String rowIs(AnswerSpec a) {
        return a.rowIs() + " (answer table of the topic " + a.topic() + ")";
    }

    static List<Field> keyFields(AnswerSpec a) {
        List<Field> fields = new ArrayList<>();
        for (String k : a.rows()) {
            fields.add(Field.string(k, "Key: the " + k.replace('_', ' ') + " of the observations this row gathers (observations." + k + ")."));
            switch (k) {
                case "geography" -> {
                    fields.add(Field.required("geography_label", "The region as people read it: its English name where a source gives one, else as printed."));
                    fields.add(Field.string("geography_en", "English name of the region, as a source or stored page gives it (geographies.label_en)."));
                    fields.add(Field.string("geography_printed", "The region's name as the source of the figures printed it."));
                    fields.add(Field.string("geography_type", "Kind of territorial unit (republic, ASSR, krai, oblast …)."));
                }
                case "scope", "measure" -> fields.add(Field.required(k + "_label", "The " + k + " in words (vocabulary " + k + "s)."));
                default -> {
                }
            }
        }
        return fields;
    }

    static TableSpec wide(AnswerSpec a) {
        List<Field> fields = keyFields(a);
        boolean periodKey = a.rows().contains("period_start");
        for (AnswerSpec.Column c : a.columns()) {
            String what = c.label();
            fields.add(Field.number(c.id(), "Preferred figure for " + what + " (by the rule in preference.csv; empty where no source gives one)."));
            fields.add(Field.string(c.id() + "_qualifier", "Qualifier of the preferred figure (vocabulary qualifiers)."));
            fields.add(Field.number(c.id() + "_lower", "Lower bound of the preferred figure under its qualifier."));
            fields.add(Field.number(c.id() + "_upper", "Upper bound of the preferred figure under its qualifier."));
            fields.add(Field.number(c.id() + "_min", "Lowest figure any source gives for " + what + " (one copy per publication)."));
            fields.add(Field.number(c.id() + "_max", "Highest figure any source gives for " + what + "."));
            fields.add(Field.integer(c.id() + "_sources", "How many publications give a figure for " + what + " (copies of one publication count once).", false));
            fields.add(Field.string(c.id() + "_source", "The preferred figure's source, as people cite it (sources.label)."));
            fields.add(Field.string(c.id() + "_reliability", "Reliability of that source (vocabulary reliability)."));
            fields.add(Field.string(c.id() + "_observation_id", "The preferred figure's row in observations.csv (two ids joined by ' + ' for a computed sum)."));
            if (measures(c).size() != 1) {
                fields.add(Field.string(c.id() + "_measure", "Which measure the preferred figure is (" + String.join(", ", measures(c)) + ")."));
            }
            if (!periodKey) {
                fields.add(Field.string(c.id() + "_period_start", "First day, month or year the preferred figure covers (ISO).").matching(CoreTables.DATE_PATTERN));
                fields.add(Field.string(c.id() + "_period_end", "Last day, month or year it covers, inclusive (ISO).").matching(CoreTables.DATE_PATTERN));
            }
            if (!c.sumOf().isEmpty()) {
                fields.add(Field.string(c.id() + "_how", "printed, or the sum of " + String.join(" and ", c.sumOf())
                        + " (from the same source) where the source prints no " + what + "."));
            }
            fields.add(Field.number(c.id() + "_probable_reading", "Where the check stage finds the preferred figure probably misprinted "
                    + "(probable_misprints.csv), the reading that would balance its table; the figure itself stays as printed."));
            fields.add(Field.string(c.id() + "_note", "What a reader must know about the preferred figure: its observation's note, and a probable misprint."));
        }
        return new TableSpec(a.id(), a.title(), rowIs(a), fields, List.copyOf(a.rows()), List.of());
    }

    /** The measures a column's selector admits (empty when it does not restrict the measure). */
    static List<String> measures(AnswerSpec.Column c) {
        return c.select().conditions().stream().filter(k -> k.column().equals("measure") && !k.negated())
                .flatMap(k -> k.values().stream()).collect(Collectors.toList());
    }

    static final List<String> LISTING_COLUMNS = List.of("observation_id", "measure", "measure_label", "scope",
            "scope_label", "geography", "geography_label", "period_start", "period_end", "value", "qualifier", "lower",
            "upper", "as_printed", "source", "source_id", "reliability", "locator", "note");

    static TableSpec listing(AnswerSpec a) {
        List<Field> fields = new ArrayList<>();
        for (String c : LISTING_COLUMNS) {
            fields.add(switch (c) {
                case "observation_id" -> Field.required(c, "The value's row in observations.csv.");
                case "value", "lower", "upper" -> Field.number(c, "As in observations.csv.");
                case "source" -> Field.required(c, "The source as people cite it (sources.label).");
                case "measure_label", "scope_label", "geography_label" -> Field.required(c, "The " + c.replace("_label", "") + " in words.");
                default -> Field.string(c, "As in observations.csv.");
            });
        }
        return new TableSpec(a.id(), a.title(), rowIs(a), fields, List.of("observation_id"),
                List.of(new TableSpec.ForeignKey("observation_id", "observations", "observation_id")));
    }
}
