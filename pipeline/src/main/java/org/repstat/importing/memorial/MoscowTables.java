package org.repstat.importing.memorial;

import static org.repstat.importing.memorial.ListFields.count;
import static org.repstat.importing.memorial.ListFields.with;

import java.util.ArrayList;
import java.util.List;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;

/**
 * The published tables of Memorial's "Расстрелы в Москве" list (people shot whose last address was in Moscow):
 * counts of people by day, month and year of execution, by burial place, by nationality and year, and by age, and
 * the accounts of all of them. The list is not everyone shot in Moscow, nor everyone buried at Butovo or Kommunarka:
 * every table's row description says so.
 */
final class MoscowTables {

    static final String LIST = "Memorial's list of people shot whose last address was in Moscow";
    private static final String DATE_RULE = "How the date was read: the date after 'Рассстрелян(а)' by the forms of "
            + "datasets/records/memorial/date-forms.csv (and a paragraph's parts by moscow-paragraph-parts.csv).";
    private static final String EXECUTIONS = "People of the list shot then (one <p class=pers> paragraph is one person).";

    static final TableSpec BY_DAY = new TableSpec("moscow_executions_by_day", "Executions in Memorial's Moscow list, by day",
            "one day on which " + LIST + " gives at least one execution, with how many people of the list were shot that day; "
                    + "a day not in the table has no execution in the list",
            with(List.of(Field.required("date", "The day of execution (ISO).").matching(ListFields.DAY),
                    count("executions", EXECUTIONS)), DATE_RULE),
            List.of("date"), ListFields.source());

    static final TableSpec BY_MONTH = new TableSpec("moscow_executions_by_month", "Executions in Memorial's Moscow list, by month",
            "one month in which " + LIST + " gives at least one execution, with how many people of the list were shot in it",
            with(List.of(Field.required("month", "The month of execution (ISO, YYYY-MM).").matching(ListFields.MONTH),
                    count("executions", EXECUTIONS)), DATE_RULE),
            List.of("month"), ListFields.source());

    static final TableSpec BY_YEAR = new TableSpec("moscow_executions_by_year", "Executions in Memorial's Moscow list, by year",
            "one year in which " + LIST + " gives at least one execution, with how many people of the list were shot in it",
            with(List.of(Field.integer("year", "The year of execution.", true), count("executions", EXECUTIONS)), DATE_RULE),
            List.of("year"), ListFields.source());

    static final TableSpec BY_BURIAL_PLACE = new TableSpec("moscow_executions_by_burial_place",
            "Executions in Memorial's Moscow list, by burial place",
            "one burial place as " + LIST + " prints it, with how many people of the list lie there (the list's people only: "
                    + "not everyone buried at Butovo or Kommunarka, whose last addresses were also outside Moscow)",
            with(List.of(Field.required("burial_place", "The place as the rule names it (datasets/records/memorial/burial-places.csv)."),
                    Field.required("burial_place_as_printed", "The place exactly as the list prints it after 'Место захоронения:'."),
                    Field.required("burial_place_note", "The rule's note on the place, in English."),
                    count("executions", "People of the list buried there, all years."),
                    count("executions_1937_1938", "Of them, shot in 1937 or 1938."),
                    Field.required("first_execution_date", "The earliest day of execution of anyone of the list buried there (ISO).").matching(ListFields.DAY),
                    Field.required("last_execution_date", "The latest such day (ISO).").matching(ListFields.DAY)),
                    "The line of datasets/records/memorial/burial-places.csv that read the place (file:line)."),
            List.of("burial_place", "burial_place_as_printed"), ListFields.source());

    static final TableSpec BY_NATIONALITY = new TableSpec("moscow_executions_by_nationality",
            "Executions in Memorial's Moscow list, by nationality and year",
            "one nationality in one year of execution, with how many people of " + LIST + " of that nationality were shot that year",
            with(List.of(Field.integer("year", "The year of execution.", true),
                    Field.required("nationality", "The nationality as the rule names it (the masculine singular, in Russian; "
                            + "datasets/records/memorial/nationalities.csv): 'латышка' is counted as 'латыш'."),
                    Field.string("nationality_en", "The nationality in English (datasets/raw/memorial-moscow-executions-nextgis/nationalities.csv)."),
                    Field.string("targeted_by", "The national operation of 1937–38 that targeted this nationality (vocabulary scopes), "
                            + "as that file says; empty for the others. A person's nationality is not the operation that sentenced them."),
                    count("executions", "People of the list of this nationality shot that year.")),
                    "The line(s) of datasets/records/memorial/nationalities.csv that read the nationality (file:line)."),
            List.of("year", "nationality"),
            List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id"), new TableSpec.ForeignKey("targeted_by", "scopes", "id")));

    static final TableSpec BY_AGE = new TableSpec("moscow_executions_by_age", "Executions in Memorial's Moscow list, by age",
            "one age, with how many people of " + LIST + " were shot in the year they reached that age",
            with(List.of(Field.integer("age", "The year of execution minus the year of birth: the age the person reached in the year "
                                    + "they were shot (their age at death, or one less where the birthday fell after it). Birth dates "
                                    + "written as a year count by that year; written with two readings ('1885 (по другим данным - в 1888)'), "
                                    + "they are not counted (kept_as_text in the accounts).", true),
                    count("executions", "People of the list who reached that age in the year they were shot, all years."),
                    count("executions_1937_1938", "Of them, shot in 1937 or 1938.")),
                    "How the age was read: 'род.' and the execution date by datasets/records/memorial/date-forms.csv."),
            List.of("age"), ListFields.source());

    static final TableSpec ACCOUNTS = ListFields.accounts("moscow_executions_accounts", LIST);

    private MoscowTables() {
    }

    static List<TableSpec> specs() {
        return List.of(BY_DAY, BY_MONTH, BY_YEAR, BY_BURIAL_PLACE, BY_NATIONALITY, BY_AGE, ACCOUNTS);
    }

    static List<String> row(String... cells) {
        return new ArrayList<>(List.of(cells));
    }
}
