package org.repstat.exporting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.repstat.Workspace;

/**
 * A year's prisoner figures computed straight from the published gulag_camp_population.csv with Commons CSV,
 * independently of the export code, so the tests compare the notebook with the data, not with itself.
 */
record GulagFigures(String year, int camps, int exactCamps, long exactSum, int qualifiedCamps, long qualifiedSum) {

    static GulagFigures of(Workspace ws, String year) {
        int camps = 0;
        int exactCamps = 0;
        long exactSum = 0;
        int qualifiedCamps = 0;
        long qualifiedSum = 0;
        for (CSVRecord r : read(ws, "gulag_camp_population.csv")) {
            if (!r.get("year").equals(year) || !r.get("measure").equals("prisoners") || !r.get("in_yearly_sum").equals("true")) {
                continue;
            }
            camps++;
            long v = Long.parseLong(r.get("value"));
            if (r.get("qualifier").equals("exact")) {
                exactCamps++;
                exactSum += v;
            } else {
                qualifiedCamps++;
                qualifiedSum += v;
            }
        }
        return new GulagFigures(year, camps, exactCamps, exactSum, qualifiedCamps, qualifiedSum);
    }

    /** The year's row as pandas prints the per-year table (after the row number), single-spaced. */
    String tableRow() {
        return String.join(" ", year, Integer.toString(camps), Integer.toString(exactCamps), Long.toString(exactSum),
                Integer.toString(qualifiedCamps), qualifiedCamps == 0 ? "<NA>" : Long.toString(qualifiedSum));
    }

    /** The name gulag_camps.csv gives the camp with the year's largest summed figure, and that figure. */
    static String[] largest(Workspace ws, String year) {
        String campId = null;
        long best = -1;
        for (CSVRecord r : read(ws, "gulag_camp_population.csv")) {
            if (r.get("year").equals(year) && r.get("measure").equals("prisoners") && r.get("in_yearly_sum").equals("true")
                    && Long.parseLong(r.get("value")) > best) {
                best = Long.parseLong(r.get("value"));
                campId = r.get("camp_id");
            }
        }
        for (CSVRecord r : read(ws, "gulag_camps.csv")) {
            if (r.get("camp_id").equals(campId)) {
                return new String[] {r.get("name"), Long.toString(best)};
            }
        }
        throw new AssertionError("no camp " + campId + " in gulag_camps.csv");
    }

    private static java.util.List<CSVRecord> read(Workspace ws, String file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(ws.clean().resolve(file), StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with every run of spaces made one, so a padded table row compares with {@link #tableRow()}. */
    static String squeezed(String text) {
        return text.replaceAll(" +", " ");
    }
}
