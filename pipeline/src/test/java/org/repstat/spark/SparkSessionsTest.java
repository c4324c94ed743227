package org.repstat.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one session factory: local by default, UI off, few partitions, and a malformed number is an error. */
class SparkSessionsTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create(null, "repstat-test", Map.of("spark.sql.shuffle.partitions", "3"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void runsLocallyWithTheUiOff() {
        assertEquals("local[*]", spark.sparkContext().master());
        assertEquals("false", spark.conf().get("spark.ui.enabled"));
    }

    @Test
    void commandLineSettingsWinOverTheDefaults() {
        assertEquals("3", spark.conf().get("spark.sql.shuffle.partitions"));
    }

    @Test
    void aNumberWithAThousandsCommaFailsInsteadOfBecomingNull() {
        assertEquals("true", spark.conf().get("spark.sql.ansi.enabled"));
        Exception e = assertThrows(Exception.class, () -> spark.sql("SELECT CAST('12,000' AS INT)").collect());
        assertTrue(e.getMessage().contains("CAST_INVALID_INPUT"), e.getMessage());
        assertEquals(12000, spark.sql("SELECT CAST('12000' AS INT)").collectAsList().get(0).getInt(0));
    }
}
