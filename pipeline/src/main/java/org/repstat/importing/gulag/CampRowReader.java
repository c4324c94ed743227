package org.repstat.importing.gulag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.repstat.importing.InputProblems;
import org.repstat.provenance.PartialDate;
import org.repstat.provenance.QualifiedValue;
import org.repstat.provenance.QualifierRule;

/**
 * One row of the camps file read cell by cell: every non-empty cell through the column plan and the first cell rule that
 * takes it, into the camp, its places, its yearly figures, its branches of work and its texts, or a located reject.
 */
final class CampRowReader {

    private final GulagCampImport file;
    private final CampCells cells;
    final long line;
    final List<String> values;
    final long[] counts;
    final Map<String, Long> byRule;
    final List<CampRows.Reject> rejects;
    final List<CampRows.Population> population = new ArrayList<>();
    final List<CampRows.Activity> activities = new ArrayList<>();
    final List<CampRows.Text> texts = new ArrayList<>();
    final String[] place = new String[5];
    final BigDecimal[] lat = new BigDecimal[5];
    final BigDecimal[] lon = new BigDecimal[5];
    final Integer[] yearMoved = new Integer[5];
    final StringBuilder[] coords = new StringBuilder[5];
    final StringBuilder[] notes = new StringBuilder[5];
    Camp camp;

    CampRowReader(GulagCampImport file, long line, List<String> values, long[] counts, Map<String, Long> byRule, List<CampRows.Reject> rejects) {
        this.file = file;
        this.cells = new CampCells(file, line, values);
        this.line = line;
        this.values = values;
        this.counts = counts;
        this.byRule = byRule;
        this.rejects = rejects;
        for (int i = 0; i < 5; i++) {
            coords[i] = new StringBuilder();
            notes[i] = new StringBuilder();
        }
    }

    Camp read() {
        String idCell = CellRules.trimmed(values.get(0));
        if (!idCell.matches("\\d{1,9}")) {
            throw cells.error(file.plan.columns().get(0), "expected a camp id (digits), found '" + idCell + "'");
        }
        camp = new Camp(Integer.parseInt(idCell), line);
        InputProblems rowProblems = new InputProblems();
        for (ColumnPlan.Column c : file.plan.columns()) {
            counts[1]++;
            String raw = values.get(c.position() - 1);
            String cell = CellRules.trimmed(raw);
            if (cell.isEmpty()) {
                counts[2]++;
                continue;
            }
            rowProblems.attempt(() -> take(c, raw, cell));
        }
        rowProblems.throwIfAny();
        return camp;
    }

    private void take(ColumnPlan.Column c, String raw, String cell) {
        Optional<CellRules.Match> found = file.rules.match(c.kind(), c.spilled(), cell);
        if (found.isEmpty()) {
            throw cells.error(c, "no rule in cell-rules.csv takes this " + c.kind() + " cell: '" + GulagCampImport.abbreviate(cell) + "'");
        }
        CellRule rule = found.get().rule();
        Matcher m = found.get().matcher();
        byRule.merge(rule.id(), 1L, Long::sum);
        switch (rule.category()) {
            case PARSED -> counts[3]++;
            case TEXT -> counts[4]++;
            case REJECTED -> counts[5]++;
        }
        String spilledFrom = c.spilled() ? c.ownerName() : "";
        switch (rule.action()) {
            case "reject" -> rejects.add(new CampRows.Reject(file.dataFile.getFileName().toString(), line, c.position(),
                    c.name().isEmpty() ? "(unnamed, after " + c.ownerName() + ")" : c.name(), raw, rule.id(), rule.note()));
            case "text" -> text(c, rule, raw);
            case "integer" -> { } // the id, read above
            case "string" -> string(c, cell);
            case "link" -> {
                if (!m.group(1).matches("https?://\\S+")) {
                    throw cells.error(c, "expected an http:// or https:// address, found '" + GulagCampImport.abbreviate(m.group(1)) + "'");
                }
                camp.referenceUrl = m.group(1);
            }
            case "activity" -> activities.add(new CampRows.Activity(camp.id, c.name(), cell, c.position(), line));
            case "year" -> year(c, cells.yearOf(c, m.group(1)), raw);
            case "date", "year_range", "not_given" -> maxDate(c, rule, m, cell);
            case "decimal", "lat_lon_pair", "decimal_first" -> coordinate(c, rule, m, cell);
            case "number", "numbers", "closed" -> figure(c, rule, m, raw);
            default -> throw new IllegalStateException("action " + rule.action());
        }
    }

    private void text(ColumnPlan.Column c, CellRule rule, String raw) {
        if (c.kind().equals("text") && c.arg().equals("year_closed_note")) {
            camp.yearClosedNote = CellRules.trimmed(raw);
            return;
        }
        if (c.kind().equals("max_people") && c.spilled() && camp.maxPeopleNote.isEmpty()) {
            camp.maxPeopleNote = CellRules.trimmed(raw);
            return;
        }
        texts.add(new CampRows.Text(camp.id, c.position(), c.name(), c.spilled() ? c.ownerName() : "", rule.id(),
                CellRules.trimmed(raw), line));
    }

    private void string(ColumnPlan.Column c, String cell) {
        switch (c.kind()) {
            case "name" -> camp.name = cell;
            case "name_en" -> camp.nameEn = cell;
            case "alt_name" -> camp.alternativeNames.add(cell);
            case "place" -> place[Integer.parseInt(c.arg())] = cell;
            case "type" -> {
                String type = file.typeMap.get(cell);
                if (type == null) {
                    throw cells.error(c, "expected a camp type listed in type-map.csv, found '" + cell + "'");
                }
                camp.type = type;
                camp.typeAsPrinted = cell;
            }
            default -> throw new IllegalStateException("string rule on kind " + c.kind());
        }
    }

    private void year(ColumnPlan.Column c, int year, String raw) {
        if (c.kind().equals("max_people_date")) {
            maxDateText(String.valueOf(year), String.valueOf(year), raw);
            return;
        }
        if (c.arg().startsWith("moved:")) {
            yearMoved[Integer.parseInt(c.arg().substring(6))] = year;
            return;
        }
        Integer already = switch (c.arg()) {
            case "year_created" -> camp.yearCreated;
            case "year_closed" -> camp.yearClosed;
            case "year_resumed" -> camp.yearResumed;
            case "year_closed_2" -> camp.yearClosed2;
            case "year_resumed_2" -> camp.yearResumed2;
            case "year_closed_3" -> camp.yearClosed3;
            default -> throw new IllegalStateException("year field " + c.arg());
        };
        if (already != null) {
            throw cells.error(c, "a spilled year for " + c.ownerName() + ", which already holds " + already);
        }
        switch (c.arg()) {
            case "year_created" -> camp.yearCreated = year;
            case "year_closed" -> camp.yearClosed = year;
            case "year_resumed" -> camp.yearResumed = year;
            case "year_closed_2" -> camp.yearClosed2 = year;
            case "year_resumed_2" -> camp.yearResumed2 = year;
            default -> camp.yearClosed3 = year;
        }
        if (c.spilled()) {
            camp.spilled.add(c.arg() + " ← column " + c.position());
        }
    }

    private void maxDate(ColumnPlan.Column c, CellRule rule, Matcher m, String cell) {
        switch (rule.action()) {
            case "date" -> {
                String iso = cells.calendarDate(c, m.group(3) + "-" + m.group(2) + "-" + m.group(1), cell).toString();
                maxDateText(iso, iso, cell);
            }
            case "year_range" -> {
                PartialDate start = cells.calendarDate(c, m.group(1), cell);
                PartialDate end = cells.calendarDate(c, m.group(2), cell);
                if (end.latest().isBefore(start.earliest())) {
                    throw cells.error(c, "expected a range that ends on or after it starts, found '" + cell + "' (ends "
                            + end + ", before " + start + ")");
                }
                maxDateText(start.toString(), end.toString(), cell);
            }
            default -> maxDateText("", "", cell);
        }
    }



    private void maxDateText(String start, String end, String asPrinted) {
        camp.maxPeopleDateStart = start;
        camp.maxPeopleDateEnd = end;
        camp.maxPeopleDateAsPrinted = CellRules.trimmed(asPrinted);
    }

    private void coordinate(ColumnPlan.Column c, CellRule rule, Matcher m, String cell) {
        int i = Integer.parseInt(c.arg());
        coords[i].append(coords[i].length() == 0 ? "" : " | ").append(c.kind()).append(": ").append(cell);
        boolean latitude = c.kind().equals("latitude");
        BigDecimal first = cells.degrees(c, m.group(1), latitude ? 90 : 180);
        if (latitude) {
            lat[i] = first;
            if (rule.action().equals("lat_lon_pair")) {
                if (lon[i] != null || !CellRules.trimmed(values.get(c.position())).isEmpty()) {
                    throw cells.error(c, "a \"latitude, longitude\" pair, but the longitude cell beside it is not empty");
                }
                lon[i] = cells.degrees(c, m.group(2), 180);
            }
        } else {
            lon[i] = first;
            if (rule.action().equals("decimal_first")) {
                notes[i].append("the longitude cell also holds ").append(m.group(2))
                        .append(", whose meaning the source does not state (rule ").append(rule.id()).append(")");
            }
        }
    }

    private void figure(ColumnPlan.Column c, CellRule rule, Matcher m, String raw) {
        boolean isMax = c.kind().equals("max_people");
        if (isMax && c.spilled() && camp.maxPeople != null) {
            // The named column already gives the maximum: the spilled cell is kept beside it as a note.
            camp.maxPeopleNote = CellRules.trimmed(raw);
            counts[3]--;
            counts[4]++;
            return;
        }
        if (isMax && !rule.action().equals("number")) {
            throw cells.error(c, "expected one figure for the camp's maximum, found '" + CellRules.trimmed(raw) + "'");
        }
        QualifierRule q = rule.qualifier().isEmpty() ? null : file.vocabulary.qualifier(rule.qualifier());
        if (!rule.qualifier().isEmpty() && q == null) {
            throw cells.error(c, "rule " + rule.id() + " names qualifier '" + rule.qualifier() + "', which qualifiers.csv does not list");
        }
        if (isMax) {
            camp.maxPeople = cells.qualified(c, cells.number(c, m.group(1)), q);
            camp.maxPeopleMeasure = rule.measure();
            camp.maxPeopleAsPrinted = CellRules.trimmed(raw);
            if (c.spilled()) {
                camp.spilled.add("max_people ← column " + c.position());
            }
            return;
        }
        int year = Integer.parseInt(c.arg());
        String spilledFrom = c.spilled() ? c.ownerName() : "";
        if (rule.action().equals("closed")) {
            QualifierRule notGiven = file.vocabulary.qualifier(QualifiedValue.NOT_GIVEN);
            population.add(new CampRows.Population(camp.id, year, "prisoners", 1,
                    new QualifiedValue(null, notGiven.id(), null, null, notGiven.describe()), rule.id(),
                    raw, c.position(), c.name(), spilledFrom, line, rule.note(), false));
            return;
        }
        String[] parts = rule.action().equals("numbers") ? m.group(1).split(" - ") : new String[] {m.group(1)};
        for (int p = 0; p < parts.length; p++) {
            population.add(new CampRows.Population(camp.id, year, rule.measure(), p + 1,
                    cells.qualified(c, cells.number(c, parts[p]), q), rule.id(), raw, c.position(), c.name(), spilledFrom,
                    line, rule.note(), false));
        }
    }

    List<CampRows.Location> locations() {
        List<CampRows.Location> out = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            if (place[i] == null && lat[i] == null && lon[i] == null && yearMoved[i] == null) {
                continue;
            }
            out.add(new CampRows.Location(camp.id, i, place[i] == null ? "" : place[i], lat[i], lon[i],
                    yearMoved[i], coords[i].toString(), notes[i].toString(), line));
        }
        return out;
    }





}
