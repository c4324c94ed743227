package org.repstat.importing.gulag;

import org.repstat.published.CoreTables;
import org.repstat.published.Field;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;
import static org.repstat.published.PublishedNumbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.importing.gulag.Camp;
import org.repstat.importing.gulag.CampData;
import org.repstat.importing.gulag.CampRows;
import org.repstat.importing.gulag.GulagCampImport;
import org.repstat.provenance.QualifiedValue;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The published tables of the Gulag camps file: camps, their locations, the yearly figures in long form, branches
 * of work, cells kept as text, rejected cells, and the two small vocabularies. The population table is reshaped
 * with Tablesaw from typed columns built from the parsed cells (never from Tablesaw's own CSV reading).
 */
public final class CampTables {

    private static final String SOURCE = GulagCampImport.SOURCE_ID;
    /** Memorial's reference book on the camp system, into whose online edition the file's links point. */
    private static final String CITED_SOURCE = "memorial-sistema-itl-1998";
    private static final String CAMP_ID_DOC = "The source's camp id (column id).";

    public static final TableSpec CAMPS = new TableSpec("gulag_camps", "Gulag camps",
            "one camp of the Gulag as one row of Urbica's camps file (source " + SOURCE + ")",
            List.of(Field.integer("camp_id", CAMP_ID_DOC, true),
                    Field.required("name", "The camp's name as given, trimmed (column name)."),
                    Field.string("name_en", "English name as given (column engname)."),
                    Field.string("alternative_names", "Other names as given (columns add_name, add_names), separated by ' | '."),
                    Field.string("type", "Camp type (vocabulary gulag_camp_types), mapped from the printed type by type-map.csv; empty where the file gives none."),
                    Field.string("type_as_printed", "The type as printed, trimmed."),
                    Field.integer("year_created", "Year the camp was created (year_of_creation).", false),
                    Field.integer("year_closed", "Year the camp was closed (year_of_closing).", false),
                    Field.string("year_closed_note", "The source's note on the closing year (column notes), e.g. '1960 (?)'."),
                    Field.integer("year_resumed", "Year the camp was re-opened (year_of_resuming).", false),
                    Field.integer("year_closed_2", "Year it was closed again (year_of_second_closing).", false),
                    Field.integer("year_resumed_2", "Second re-opening (year_of_repeated_resuming).", false),
                    Field.integer("year_closed_3", "Third closing (year_of_third_closing).", false),
                    Field.string("reference_url", "The camp's page in Memorial's online reference book, as given (column links)."),
                    Field.string("cited_source_id", "The reference book the link points into (sources.source_id), where there is a link."),
                    Field.number("max_people", "The source's own maximum number of prisoners (column max_people)."),
                    Field.string("max_people_measure", "What max_people counts (vocabulary measures)."),
                    Field.string("max_people_qualifier", "Qualifier of max_people (vocabulary qualifiers)."),
                    Field.number("max_people_lower", "Lower bound of max_people under its qualifier."),
                    Field.number("max_people_upper", "Upper bound of max_people under its qualifier."),
                    Field.string("max_people_as_printed", "max_people exactly as printed."),
                    Field.string("max_people_note", "Text the source put beside max_people (the unnamed column after it)."),
                    Field.string("max_people_date_start", "When the maximum was reached: first year or day (ISO), from date_if_max_people.").matching(CoreTables.DATE_PATTERN),
                    Field.string("max_people_date_end", "Last year or day of that span (ISO), inclusive.").matching(CoreTables.DATE_PATTERN),
                    Field.string("max_people_date_as_printed", "date_if_max_people as printed."),
                    Field.string("spilled", "Fields filled from an unnamed column, as 'field ← column N'."),
                    Field.required("source_id", "sources.source_id of the file."),
                    Field.required("locator", "line= the line where the camp's row begins in data.csv.")),
            List.of("camp_id"),
            List.of(new TableSpec.ForeignKey("type", "gulag_camp_types", "id"),
                    new TableSpec.ForeignKey("max_people_measure", "measures", "id"),
                    new TableSpec.ForeignKey("max_people_qualifier", "qualifiers", "id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id"),
                    new TableSpec.ForeignKey("cited_source_id", "sources", "source_id")));

    public static final TableSpec LOCATIONS = new TableSpec("gulag_camp_locations",
            "Gulag camp locations", "one place where a camp's administration was (a dislocation), in the order the source gives",
            List.of(Field.integer("camp_id", CAMP_ID_DOC, true),
                    Field.integer("dislocation", "1 = first place (columns dislocation, latitude, longitude), 2–4 = later moves.", true),
                    Field.string("place", "The place as the source words it (Russian)."),
                    Field.number("latitude", "Degrees north (WGS84 assumed; the source does not say)."),
                    Field.number("longitude", "Degrees east."),
                    Field.integer("year_moved", "Year the administration moved here (year_of_moving etc.); empty for the first place.", false),
                    Field.string("coordinates_as_printed", "The coordinate cells as printed."),
                    Field.string("note", "What a rule did with an odd coordinate cell."),
                    Field.required("source_id", "sources.source_id of the file."),
                    Field.required("locator", "line= where the camp's row begins.")),
            List.of("camp_id", "dislocation"),
            List.of(new TableSpec.ForeignKey("camp_id", "gulag_camps", "camp_id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id")));

    public static final TableSpec POPULATION = new TableSpec("gulag_camp_population",
            "Gulag camp population by year",
            "one figure the source gives for one camp and year (a count of prisoners, a planned limit, an establishment strength or an average: see measure)",
            List.of(Field.integer("camp_id", CAMP_ID_DOC, true),
                    Field.integer("year", "The year of the column (people_YYYY); the date within the year is not given unless the note says.", true),
                    Field.required("measure", "prisoners, prisoners_planned, prisoners_establishment, prisoners_annual_average or prisoners_monthly_average (vocabulary measures): never summed across measures."),
                    Field.integer("part", "1, or the position of the figure in a cell that prints several.", true),
                    Field.number("value", "The figure in plain digits; empty where the cell gives none (e.g. 'был закрыт')."),
                    Field.required("qualifier", "exact, at_most ('до'), uncertain ('(?)') or not_given (vocabulary qualifiers)."),
                    Field.number("lower", "Lowest value the cell allows; empty = unknown."),
                    Field.number("upper", "Highest value the cell allows; empty = unknown."),
                    Field.required("bounds_rule", "The qualifier rule that gave the bounds."),
                    Field.required("cell_rule", "The rule in cell-rules.csv that read the cell."),
                    Field.required("as_printed", "The cell exactly as printed (spaces kept)."),
                    Field.integer("column", "Column number of the cell in data.csv (1-based).", true),
                    Field.string("spilled_from", "For a cell in an unnamed column: the named column it belongs to."),
                    Field.required("in_yearly_sum", "true for the one figure per camp, year and measure that sums and charts use.").oneOf(List.of("true", "false")),
                    Field.required("source_id", "sources.source_id of the file."),
                    Field.required("locator", "line= (where the camp's row begins); column= (the cell's column)."),
                    Field.string("note", "What the cell's words mean.")),
            List.of("camp_id", "year", "measure", "column", "part"),
            List.of(new TableSpec.ForeignKey("camp_id", "gulag_camps", "camp_id"),
                    new TableSpec.ForeignKey("measure", "measures", "id"),
                    new TableSpec.ForeignKey("qualifier", "qualifiers", "id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id")));

    public static final TableSpec ACTIVITIES = new TableSpec("gulag_camp_activities",
            "Gulag camp branches of work", "one branch of work of one camp, with the source's words for it",
            List.of(Field.integer("camp_id", CAMP_ID_DOC, true),
                    Field.required("branch", "Branch of work (vocabulary gulag_work_branches): the source column that holds the text."),
                    Field.required("description", "The source's words (Russian), trimmed."),
                    Field.required("source_id", "sources.source_id of the file."),
                    Field.required("locator", "line=; column=.")),
            List.of("camp_id", "branch"),
            List.of(new TableSpec.ForeignKey("camp_id", "gulag_camps", "camp_id"),
                    new TableSpec.ForeignKey("branch", "gulag_work_branches", "id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id")));

    public static final TableSpec TEXTS = new TableSpec("gulag_camp_texts",
            "Gulag camp texts", "one cell of the camps file kept as text: a description, a merger or separation, a note, a sentence in an unnamed column",
            List.of(Field.integer("camp_id", CAMP_ID_DOC, true),
                    Field.integer("column", "Column number in data.csv.", true),
                    Field.string("column_name", "Column name as printed (empty for an unnamed column)."),
                    Field.string("spilled_from", "For an unnamed column: the named column before it."),
                    Field.required("cell_rule", "The rule in cell-rules.csv that kept the cell as text."),
                    Field.required("text", "The cell, trimmed: the source's words (a quotation, not the project's text)."),
                    Field.required("source_id", "sources.source_id of the file."),
                    Field.required("locator", "line=; column=.")),
            List.of("camp_id", "column"),
            List.of(new TableSpec.ForeignKey("camp_id", "gulag_camps", "camp_id"),
                    new TableSpec.ForeignKey("source_id", "sources", "source_id")));

    public static final TableSpec REJECTS = new TableSpec("gulag_camp_rejects",
            "Gulag camp cells rejected", "one cell of the camps file that a rule rejected, with the reason",
            List.of(Field.required("file", "The file, relative to datasets/raw/."),
                    Field.integer("line", "Line where the camp's row begins.", true),
                    Field.integer("column", "Column number.", true),
                    Field.required("column_name", "Column name."),
                    Field.required("cell", "The cell as printed."),
                    Field.required("cell_rule", "The rule that rejected it."),
                    Field.required("reason", "Why.")),
            List.of("file", "line", "column"), List.of());

    public static final TableSpec CAMP_TYPES = vocabulary("gulag_camp_types", "camp type");
    public static final TableSpec WORK_BRANCHES = vocabulary("gulag_work_branches", "branch of work");

    private CampTables() {
    }

    private static TableSpec vocabulary(String name, String what) {
        return new TableSpec(name, "Vocabulary: " + what + "s", "one " + what,
                List.of(Field.required("id", "Term id used in the other tables."),
                        Field.required("label", "Short human label."),
                        Field.required("definition", "What the term means.")),
                List.of("id"), List.of());
    }

    public static List<TableSpec> specs() {
        return List.of(CAMPS, LOCATIONS, POPULATION, ACTIVITIES, TEXTS, REJECTS, CAMP_TYPES, WORK_BRANCHES);
    }

    /** Every gulag table, ready to publish; the vocabularies are read from datasets/vocab. */
    public static List<PublishedTable> tables(CampData data, List<List<String>> campTypes, List<List<String>> branches) {
        List<PublishedTable> out = new ArrayList<>();
        out.add(new PublishedTable(CAMPS, data.camps().stream().map(CampTables::row).toList()));
        out.add(new PublishedTable(LOCATIONS, data.locations().stream().map(l -> List.of(
                String.valueOf(l.campId()), String.valueOf(l.order()), l.place(), format(l.latitude()),
                format(l.longitude()), l.yearMoved() == null ? "" : String.valueOf(l.yearMoved()),
                l.coordinatesAsPrinted(), l.note(), SOURCE, "line=" + l.line())).toList()));
        out.add(new PublishedTable(POPULATION, populationRows(populationTable(data))));
        out.add(new PublishedTable(ACTIVITIES, data.activities().stream().map(a -> List.of(String.valueOf(a.campId()),
                a.branch(), a.description(), SOURCE, "line=" + a.line() + "; column=" + a.column())).toList()));
        out.add(new PublishedTable(TEXTS, data.texts().stream().map(t -> List.of(String.valueOf(t.campId()),
                String.valueOf(t.column()), t.columnName(), t.spilledFrom(), t.cellRule(), t.text(), SOURCE,
                "line=" + t.line() + "; column=" + t.column())).toList()));
        out.add(new PublishedTable(REJECTS, data.rejects().stream().map(r -> List.of(
                GulagCampImport.DIR + "/" + r.file(), String.valueOf(r.line()), String.valueOf(r.column()),
                r.columnName(), r.cell(), r.rule(), r.reason())).toList()));
        out.add(new PublishedTable(CAMP_TYPES, campTypes));
        out.add(new PublishedTable(WORK_BRANCHES, branches));
        return out;
    }

    static List<String> row(Camp c) {
        QualifiedValue max = c.maxPeople();
        return List.of(String.valueOf(c.id()), c.name(), c.nameEn(), String.join(" | ", c.alternativeNames()),
                c.type(), c.typeAsPrinted(), year(c.yearCreated()), year(c.yearClosed()), c.yearClosedNote(),
                year(c.yearResumed()), year(c.yearClosed2()), year(c.yearResumed2()), year(c.yearClosed3()),
                c.referenceUrl(), c.referenceUrl().isEmpty() ? "" : CITED_SOURCE, max == null ? "" : format(max.value()), c.maxPeopleMeasure(),
                max == null ? "" : max.qualifier(), max == null ? "" : format(max.lower()),
                max == null ? "" : format(max.upper()), c.maxPeopleAsPrinted(), c.maxPeopleNote(),
                c.maxPeopleDateStart(), c.maxPeopleDateEnd(), c.maxPeopleDateAsPrinted(),
                String.join(" | ", c.spilled()), SOURCE, "line=" + c.line());
    }

    private static String year(Integer y) {
        return y == null ? "" : String.valueOf(y);
    }

    /** Loads Tablesaw's Table class (its static start scans the class path for readers and writers). */
    static void prepare() {
        Table.create("prepare");
    }

    /**
     * The population figures as a typed Tablesaw table (one row per figure), sorted by camp, year, measure,
     * column and part. Values are whole numbers, held as longs; missing stays missing.
     */
    public static Table populationTable(CampData data) {
        IntColumn camp = IntColumn.create("camp_id");
        IntColumn year = IntColumn.create("year");
        StringColumn measure = StringColumn.create("measure");
        IntColumn part = IntColumn.create("part");
        LongColumn value = LongColumn.create("value");
        StringColumn qualifier = StringColumn.create("qualifier");
        LongColumn lower = LongColumn.create("lower");
        LongColumn upper = LongColumn.create("upper");
        StringColumn boundsRule = StringColumn.create("bounds_rule");
        StringColumn cellRule = StringColumn.create("cell_rule");
        StringColumn asPrinted = StringColumn.create("as_printed");
        IntColumn column = IntColumn.create("column");
        StringColumn spilledFrom = StringColumn.create("spilled_from");
        BooleanColumn inSum = BooleanColumn.create("in_yearly_sum");
        IntColumn line = IntColumn.create("line");
        StringColumn note = StringColumn.create("note");
        for (CampRows.Population p : data.population()) {
            camp.append(p.campId());
            year.append(p.year());
            measure.append(p.measure());
            part.append(p.part());
            appendLong(value, p.value().value());
            qualifier.append(p.value().qualifier());
            appendLong(lower, p.value().lower());
            appendLong(upper, p.value().upper());
            boundsRule.append(p.value().boundsRule());
            cellRule.append(p.cellRule());
            asPrinted.append(p.asPrinted());
            column.append(p.column());
            spilledFrom.append(p.spilledFrom());
            inSum.append(p.inYearlySum());
            line.append((int) p.line());
            note.append(p.note());
        }
        return Table.create("gulag_camp_population", camp, year, measure, part, value, qualifier, lower, upper,
                boundsRule, cellRule, asPrinted, column, spilledFrom, inSum, line, note)
                .sortAscendingOn("camp_id", "year", "measure", "column", "part");
    }

    private static void appendLong(LongColumn c, BigDecimal v) {
        if (v == null) {
            c.appendMissing();
        } else {
            c.append(v.longValueExact());
        }
    }

    private static List<List<String>> populationRows(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : t) {
            rows.add(List.of(String.valueOf(r.getInt("camp_id")), String.valueOf(r.getInt("year")),
                    r.getString("measure"), String.valueOf(r.getInt("part")), longText(r, "value"),
                    r.getString("qualifier"), longText(r, "lower"), longText(r, "upper"), r.getString("bounds_rule"),
                    r.getString("cell_rule"), r.getString("as_printed"), String.valueOf(r.getInt("column")),
                    r.getString("spilled_from"), String.valueOf(r.getBoolean("in_yearly_sum")), GulagCampImport.SOURCE_ID,
                    "line=" + r.getInt("line") + "; column=" + r.getInt("column"), r.getString("note")));
        }
        return rows;
    }

    private static String longText(Row r, String column) {
        return r.isMissing(column) ? "" : String.valueOf(r.getLong(column));
    }
}
