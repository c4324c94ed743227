package org.repstat.published;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.io.Yaml;

/**
 * The data release that {@code datapackage.json} describes: its {@code version} (declared in
 * {@code datasets/release.yaml}) and its {@code created} date, derived from the data, never from the clock: the
 * latest {@code read_on} of {@code datasets/raw/second-reading.csv}, the last day a published value was read against
 * its page. Empty when nothing has been read a second time yet.
 */
public record Release(String version, String created) {

    public static final String FILE = "release.yaml";

    public static Release read(Path datasetsDir) {
        Yaml.Node root = Yaml.read(datasetsDir.resolve(FILE));
        Map<String, Yaml.Node> fields = root.fields(Set.of("version"));
        Yaml.Node version = Yaml.required(root, fields, "version");
        if (!version.text().matches("\\d+\\.\\d+\\.\\d+")) {
            throw version.error("expected a semantic version MAJOR.MINOR.PATCH (e.g. 0.1.0), found '" + version.text() + "'");
        }
        return new Release(version.text(), created(datasetsDir.resolve("raw/second-reading.csv")));
    }

    /** The latest reading day as an ISO 8601 date-time at midnight UTC (what the Data Package profile asks for). */
    private static String created(Path readings) {
        if (!Files.exists(readings)) {
            return "";
        }
        String latest = "";
        for (RawRow r : RawTable.read(readings).rows()) {
            String day = r.text("read_on");
            if (day.matches("\\d{4}-\\d{2}-\\d{2}") && day.compareTo(latest) > 0) {
                latest = day;
            }
        }
        return latest.isEmpty() ? "" : latest + "T00:00:00Z";
    }
}
