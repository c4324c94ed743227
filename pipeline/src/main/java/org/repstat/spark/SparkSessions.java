package org.repstat.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place a {@link SparkSession} is made. On a laptop it is {@code local[*]} with the UI off and few shuffle
 * partitions; under {@code spark-submit} the master and settings given there win, so the same job classes run on a
 * cluster unchanged. ANSI mode is always on: a malformed number must fail, never become a silent null.
 */
public final class SparkSessions {

    /** Local runs have little data per job; Spark's default of 200 partitions would spend its time on overhead. */
    public static final int LOCAL_SHUFFLE_PARTITIONS = 4;

    private SparkSessions() {
    }

    /**
     * @param master  a master URL from the command line, or null to keep what spark-submit set (else local[*])
     * @param appName shown in the cluster's UI and logs
     * @param overrides extra {@code --conf key=value} settings; they win over the defaults here
     */
    public static SparkSession create(String master, String appName, Map<String, String> overrides) {
        SparkConf conf = new SparkConf(); // picks up spark.* system properties set by spark-submit
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        setDefault(conf, "spark.app.name", appName);
        setDefault(conf, "spark.ui.enabled", "false");
        setDefault(conf, "spark.ui.showConsoleProgress", "false");
        setDefault(conf, "spark.sql.shuffle.partitions", local ? String.valueOf(LOCAL_SHUFFLE_PARTITIONS) : "200");
        setDefault(conf, "spark.sql.session.timeZone", "UTC");
        new TreeMap<>(overrides).forEach(conf::set);
        conf.set("spark.sql.ansi.enabled", "true");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static void setDefault(SparkConf conf, String key, String value) {
        if (!conf.contains(key)) {
            conf.set(key, value);
        }
    }
}
