package org.repstat.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.provenance.Observation;
import org.repstat.provenance.SecondReading;

/**
 * The tables every repstat publication has, whatever its sources: the register, the observations and events, the
 * vocabularies, the import's row accounts and the check stage's results. One description each, from which the CSV
 * header, the Table Schema, the codebook entry and every reader's typing come.
 */
public final class CoreTables {

    /** Each kind of controlled term and its file (the same name in datasets/vocab/ and in datasets/clean/). */
    public static final Map<String, String> VOCABULARY_FILES = Map.of(
            "measure", "measures.csv",
            "scope", "scopes.csv",
            "geography", "geographies.csv",
            "unit", "units.csv",
            "event_type", "event_types.csv",
            "source_type", "source_types.csv",
            "reliability", "reliability.csv");

    /** The Frictionless description of every published table, beside them. */
    public static final String DATA_PACKAGE = "datapackage.json";

    /** The kinds of territorial unit a geography may be. */
    public static final List<String> GEO_TYPES = List.of("country", "ssr", "assr", "krai", "oblast",
            "autonomous_oblast", "city", "region", "group", "other");

    public static final String DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    public static final TableSpec SOURCES = new TableSpec("sources", "Source register",
            "one work: a text we read figures in, or a work an author cites for them",
            List.of(Field.required("source_id", "Stable id of the source, author-year style."),
                    Field.required("type", "Kind of work (vocabulary source_types)."),
                    Field.string("label", "Short citation label for people to read (\"Whitewood 2015\"), used on charts, pages and notebooks instead of the id."),
                    Field.string("authors", "Authors or editors, as the work names them."),
                    Field.required("title", "Title of the work or page."),
                    Field.string("container", "Journal, book or site the work appears in."),
                    Field.string("year", "Year of publication, as printed."),
                    Field.string("pages", "Page range of the work within its container."),
                    Field.string("url", "Address where we read it; empty for a work known only as cited by another."),
                    Field.string("doi", "DOI, where one exists."),
                    Field.required("licence", "The work's licence as it states it (\"CC BY-SA 4.0\"); \"not stated\" where the page we read states none (which grants nothing); \"not checked (…)\" for a work we know only as cited by another or could not find again. The project's own tables are CC BY 4.0 (datasets/LICENSE); the work's own text and figures keep these terms."),
                    Field.string("copy_of", "The source id of the publication this is a copy of (sources.source_id); answer tables and sums use one copy, the checks compare the copies."),
                    Field.required("reliability", "primary, scholarly, secondary or weak (vocabulary reliability)."),
                    Field.string("note", "What was confirmed and how; what the work cites.")),
            List.of("source_id"),
            List.of(new TableSpec.ForeignKey("type", "source_types", "id"),
                    new TableSpec.ForeignKey("copy_of", "sources", "source_id"),
                    new TableSpec.ForeignKey("reliability", "reliability", "id")));

    public static final TableSpec OBSERVATIONS = new TableSpec("observations", "Observations",
            "one value stated by one source: a measure of a scope, over a period and a geography, with its qualifier, bounds and provenance",
            List.of(Field.required("observation_id", "Stable id: <dataset>:<name>."),
                    Field.required("dataset", "The raw dataset the value was transcribed in (usually the source id)."),
                    Field.required("role", "value, or stated_total for a table's own total row (never sum it with the rows it totals).")
                            .oneOf(List.of(Observation.ROLE_VALUE, Observation.ROLE_STATED_TOTAL)),
                    Field.required("measure", "What is counted (vocabulary measures): sentenced ≠ arrested ≠ executed."),
                    Field.required("scope", "Whose fate is counted (vocabulary scopes)."),
                    Field.required("geography", "Where (vocabulary geographies)."),
                    Field.string("period_start", "First day, month or year the value covers (ISO, as precise as the source).").matching(DATE_PATTERN),
                    Field.string("period_end", "Last day, month or year the value covers, inclusive.").matching(DATE_PATTERN),
                    Field.number("value", "The figure as printed, in plain digits; empty where the source gives no figure or only a range."),
                    Field.required("qualifier", "The source's qualifying word, normalised (vocabulary qualifiers)."),
                    Field.number("lower", "Lowest value the source's words allow (inclusive); empty = unbounded or unknown."),
                    Field.number("upper", "Highest value the source's words allow (inclusive); empty = unbounded or unknown."),
                    Field.required("bounds_rule", "The rule that turned the qualifier into bounds."),
                    Field.required("unit", "Unit of value (vocabulary units)."),
                    Field.required("as_printed", "The figure exactly as printed, with its qualifying words."),
                    Field.required("source_id", "Where we read the value (sources.source_id)."),
                    Field.required("locator", "Where in that source: page=, footnote=, table=, row=, column=, line= pairs."),
                    Field.required("quote", "Verbatim words or table cell that show the value (at most one sentence)."),
                    Field.string("cited_source_id", "Where the source's author got it, if the source says (sources.source_id)."),
                    Field.string("cited_locator", "Where in the cited work."),
                    Field.string("note", "Caveats a reader must know."),
                    Field.string("second_reading", "Outcome of a second, independent reading of the value on a stored copy of its page (datasets/raw/second-reading.csv); empty = not re-read yet.")
                            .oneOf(SecondReading.OUTCOMES),
                    Field.string("second_reading_copy", "The address of the page copy that was re-read.")),
            List.of("observation_id"),
            List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("cited_source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("measure", "measures", "id"),
                    new TableSpec.ForeignKey("scope", "scopes", "id"),
                    new TableSpec.ForeignKey("geography", "geographies", "id"),
                    new TableSpec.ForeignKey("qualifier", "qualifiers", "id"),
                    new TableSpec.ForeignKey("unit", "units", "id")));

    public static final TableSpec EVENTS = new TableSpec("events", "Events",
            "one dated event as one source reports it, at the precision the source gives",
            List.of(Field.required("event_id", "Stable id: <dataset>:<name>."),
                    Field.required("dataset", "The raw dataset the event was transcribed in."),
                    Field.required("event_type", "Kind of event (vocabulary event_types)."),
                    Field.required("date_start", "Date as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).").matching(DATE_PATTERN),
                    Field.string("date_end", "End date for an event that lasts, inclusive.").matching(DATE_PATTERN),
                    Field.required("date_precision", "day, part_of_month (\"early June\"), month or year.")
                            .oneOf(List.of("day", "part_of_month", "month", "year")),
                    Field.required("date_as_printed", "The date as the source words it."),
                    Field.required("description", "What happened, in our words."),
                    Field.required("source_id", "Where we read it (sources.source_id)."),
                    Field.required("locator", "Where in that source."),
                    Field.required("quote", "Verbatim words that date the event (at most one sentence)."),
                    Field.string("cited_source_id", "Where the source's author got it (sources.source_id)."),
                    Field.string("cited_locator", "Where in the cited work."),
                    Field.string("note", "Caveats.")),
            List.of("event_id"),
            List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("cited_source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("event_type", "event_types", "id")));

    public static final TableSpec QUALIFIERS = new TableSpec("qualifiers", "Qualifier rules",
            "one qualifier and the rule that turns a printed figure into bounds",
            List.of(Field.required("id", "Qualifier id."),
                    Field.number("lower_factor", "lower = value × lower_factor + lower_offset; empty = no lower bound."),
                    Field.number("lower_offset", "See lower_factor."),
                    Field.number("upper_factor", "upper = value × upper_factor + upper_offset; empty = no upper bound."),
                    Field.number("upper_offset", "See upper_factor."),
                    Field.required("explicit", "true when the bounds are printed by the source (a range).").oneOf(List.of("true", "false")),
                    Field.required("printed_precision", "true when the bounds come from the precision the figure is printed to (its unit of rounding, by the rules of precision.csv), not from factors.").oneOf(List.of("true", "false")),
                    Field.required("definition", "Which words map to this qualifier."),
                    Field.required("rationale", "Why the rule is what it is.")),
            List.of("id"), List.of());

    public static final TableSpec PRECISION = new TableSpec("precision", "Printed-precision rules",
            "one rule that reads a figure printed without a qualifying word as exact or as rounded, and gives its unit of rounding; the rules are tried in this order and the first that matches decides",
            List.of(Field.required("rule_id", "Rule id, named in each governed value's bounds_rule."),
                    Field.required("qualifier", "The qualifier the rule gives (qualifiers.id): exact, rounded or round_figure."),
                    Field.string("units", "The rule applies to values in these units: a regular expression the whole unit id must match; empty = any."),
                    Field.string("measures", "The rule applies to these measures: a regular expression the whole measure id must match; empty = any."),
                    Field.string("locator", "The rule applies where this regular expression occurs in the value's locator; empty = anywhere."),
                    Field.string("printed", "The rule applies where this regular expression (case-insensitive) occurs in as_printed; empty = any print."),
                    Field.integer("min_trailing_zeros", "The rule applies to figures with at least this many trailing zeros; empty = any.", false),
                    Field.string("unit_from", "Where the unit of rounding is read: last_nonzero_digit (the value's last non-zero digit: 683000 → 1000) or printed_decimals (the decimals printed before %: 9,2 % → 0.1); empty = not rounded.")
                            .oneOf(List.of("last_nonzero_digit", "printed_decimals")),
                    Field.number("step", "The smallest difference between two values: 1 for whole counts, 0 for shares; upper = value + unit/2 − step."),
                    Field.required("definition", "Which prints the rule takes."),
                    Field.required("rationale", "Why the rule is what it is.")),
            List.of("rule_id"), List.of(new TableSpec.ForeignKey("qualifier", "qualifiers", "id")));

    public static final TableSpec ROW_ACCOUNTS = new TableSpec("row_accounts", "Row accounting",
            "one import job: how many rows (or cells) it read, published and rejected",
            List.of(Field.required("job", "The import job."),
                    Field.required("file", "The raw file, relative to datasets/raw/."),
                    Field.required("unit", "What was counted: rows, cells for a wide table, or records (people) for a list of people.")
                            .oneOf(List.of("rows", "cells", "records")),
                    Field.integer("rows_in", "Read.", true),
                    Field.integer("rows_out", "Published.", true),
                    Field.integer("rows_rejected", "Rejected, each with its reason.", true)),
            List.of("job"), List.of());

    public static final TableSpec CHECKS = new TableSpec("checks", "Check results",
            "one check applied to one subject (a year, a pair of sources, a region): what was compared, the outcome and the size of any difference",
            List.of(Field.required("check_id", "Id of the check in datasets/checks/catalogue.csv (or of a built-in check)."),
                    Field.required("kind", "Rule kind: schema, provenance, unique_key, vocabulary, foreign_key, bounds, non_negative, plausible_range, order, sum, agreement, qualifier_consistency, date_order, row_accounting, …"),
                    Field.required("topic", "Report topic the check belongs to."),
                    Field.required("severity", "error fails the run; warning is reported.").oneOf(List.of("error", "warning")),
                    Field.required("status", "pass, warn (a warning-severity failure), fail, or explained (a registered, explained disagreement).")
                            .oneOf(List.of("pass", "warn", "fail", "explained")),
                    Field.required("subject", "What this row is about."),
                    Field.string("observed", "The value found."),
                    Field.string("expected", "The value or condition it should meet."),
                    Field.string("tolerance", "Allowed difference."),
                    Field.number("difference", "observed − expected."),
                    Field.number("relative_difference", "difference ÷ expected, in percent."),
                    Field.string("observation_ids", "Observations involved (observations.observation_id), separated by ' | '."),
                    Field.string("source_rows", "Where each involved value is printed: source id and locator, separated by ' | '."),
                    Field.string("message", "The outcome in words."),
                    Field.required("why", "Why this check exists, in one line a student can read.")),
            List.of("check_id", "subject"), List.of());

    public static final TableSpec RECONCILIATION = new TableSpec("reconciliation",
            "Reconciliation of sources",
            "one source's value for one concept (the same measure, scope and period as other sources report it), beside the median of all sources",
            List.of(Field.required("concept", "The concept compared (the id of its agreement check)."),
                    Field.required("concept_label", "The concept in words."),
                    Field.required("source_id", "The source (sources.source_id)."),
                    Field.required("observation_id", "The value (observations.observation_id)."),
                    Field.number("value", "The source's figure."),
                    Field.required("qualifier", "The source's qualifier."),
                    Field.number("lower", "Lower bound implied by the qualifier."),
                    Field.number("upper", "Upper bound implied by the qualifier."),
                    Field.string("reliability", "primary, scholarly, secondary or weak."),
                    Field.number("median_of_sources", "Median of all sources' values for the concept."),
                    Field.number("difference_from_median", "value − median."),
                    Field.number("relative_difference_from_median", "(value − median) ÷ median, in percent.")),
            List.of("concept", "observation_id"),
            List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("observation_id", "observations", "observation_id")));

    public static final TableSpec PROBABLE_MISPRINTS = new TableSpec("probable_misprints",
            "Probable misprints",
            "one printed cell of a table whose rows and columns have stated totals, and the one-digit reading of it that would balance both its row and its column (alone, or with one other cell on the same line): a finding about the source; the printed value stays as printed everywhere else",
            List.of(Field.required("observation_id", "The printed cell (observations.observation_id)."),
                    Field.number("reading", "The reading that balances: the printed digits with one digit inserted, deleted or replaced, or two adjacent digits swapped.").asRequired(),
                    Field.required("check_id", "The misprint check that found it (checks.check_id)."),
                    Field.required("dataset", "The table copy (observations.dataset)."),
                    Field.required("row", "The cell's row, as the table labels it."),
                    Field.string("column", "The cell's column, as the table heads it."),
                    Field.required("measure", "The cell's measure (vocabulary measures)."),
                    Field.required("printed", "The cell exactly as printed (observations.as_printed)."),
                    Field.number("value", "The printed value, as published in observations.value."),
                    Field.required("edit", "How the print differs from the reading, in words."),
                    Field.required("kind", "single_cell: this reading alone balances its row and its column; two_cells_one_line: with the partner's reading, the two balance their own lines and the line they share.")
                            .oneOf(List.of("single_cell", "two_cells_one_line")),
                    Field.string("partner_observation_id", "For two_cells_one_line, the other cell (observations.observation_id)."),
                    Field.number("partner_reading", "For two_cells_one_line, the other cell's reading."),
                    Field.number("row_difference", "The row's parts minus its total, as printed.").asRequired(),
                    Field.number("row_difference_after", "The same with the finding's reading(s).").asRequired(),
                    Field.number("column_difference", "The column's years minus its stated total, as printed.").asRequired(),
                    Field.number("column_difference_after", "The same with the finding's reading(s).").asRequired(),
                    Field.required("evidence", "The finding in words, for a caption or a footnote."),
                    Field.required("source_id", "Where the cell is printed (sources.source_id)."),
                    Field.required("locator", "Where in that source.")),
            List.of("observation_id", "reading"),
            List.of(new TableSpec.ForeignKey("observation_id", "observations", "observation_id"),
                    new TableSpec.ForeignKey("partner_observation_id", "observations", "observation_id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id")));

    public static final TableSpec PREFERENCE = new TableSpec("preference", "Preference rule",
            "one criterion of the rule by which an answer table prefers one source's figure to another's, applied in rank order",
            List.of(Field.integer("rank", "Order in which the criteria apply: 1 first, the next only to break its ties.", true),
                    Field.required("criterion", "What is compared.").oneOf(List.of("reliability", "precision", "year", "source_id")),
                    Field.required("order", "The preferred values first, separated by '|' (or ascending / descending)."),
                    Field.required("rationale", "Why.")),
            List.of("rank"), List.of());

    private CoreTables() {
    }

    /** One vocabulary kind as a table (measures, scopes, …), named after its file. */
    public static TableSpec vocabularySpec(String kind) {
        String file = VOCABULARY_FILES.get(kind);
        String name = file.replace(".csv", "");
        List<Field> fields = new ArrayList<>(List.of(Field.required("id", "Term id used in the other tables."),
                Field.required("label", kind.equals("geography")
                        ? "Label people read: the English name where a source gives one, else the form as printed."
                        : "Short human label."),
                Field.required("definition", "What the term means, and what it does not.")));
        List<TableSpec.ForeignKey> keys = new ArrayList<>();
        if (kind.equals("measure")) {
            fields.add(Field.required("unit", "The one unit this measure is counted in (units.id): a share and a count are never the same measure, so a column of one measure never mixes percentages with persons."));
            keys.add(new TableSpec.ForeignKey("unit", "units", "id"));
        }
        if (kind.equals("geography")) {
            fields.addAll(List.of(
                    Field.string("label_en", "English name, as a source or stored page gives it; empty where none does (see note)."),
                    Field.string("label_en_source", "Where the English name was read: a source id or a page address."),
                    Field.string("printed", "The name as the source of the figures printed it (often Russian)."),
                    Field.required("geo_type", "Kind of territorial unit.").oneOf(GEO_TYPES),
                    Field.string("note", "Why no English name is given, or other caveats.")));
        }
        return new TableSpec(name, file, "Vocabulary: " + name.replace('_', ' '), "one controlled term of kind " + kind,
                fields, List.of("id"), List.copyOf(keys));
    }

    public static List<TableSpec> curated() {
        List<TableSpec> specs = new ArrayList<>(List.of(SOURCES, OBSERVATIONS, EVENTS, QUALIFIERS, PRECISION, PREFERENCE));
        VOCABULARY_FILES.keySet().stream().sorted().forEach(k -> specs.add(vocabularySpec(k)));
        return specs;
    }

    /** The check stage's outputs. */
    public static List<TableSpec> checks() {
        return List.of(CHECKS, RECONCILIATION, PROBABLE_MISPRINTS);
    }
}
