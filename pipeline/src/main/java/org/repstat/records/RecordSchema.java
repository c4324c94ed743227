package org.repstat.records;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The person-level record: the input CSV columns (documented in {@code datasets/records/README.md}) and the
 * explicit Spark schema of the imported Parquet. Every parsed field keeps its raw text beside the normalised value,
 * so a reader can always see what the record said. Rejected rows stay in the same table with their reason, so the
 * table accounts for every input row: rows in = ok + rejected.
 */
public final class RecordSchema {

    /** The input columns, in the order the generator writes them; files may order them differently. */
    public static final List<String> INPUT_COLUMNS = List.of("person_name", "birth_year", "nationality", "region",
            "arrest_date", "sentencing_body", "article", "sentence", "sentence_date", "execution_date",
            "rehabilitation_date", "source");

    /** Optional column: "SYNTHETIC" on every generated row, absent or empty in real data. */
    public static final String SYNTHETIC_COLUMN = "synthetic";
    public static final String SYNTHETIC = "SYNTHETIC";

    public static final String OK = "ok";
    public static final String REJECTED = "rejected";

    /** The columns of records.parquet, in order; {@link RecordParser} fills them in this order. */
    public static final StructType PARQUET = new StructType(new StructField[] {
            field("source_file", DataTypes.StringType, false),
            field("line", DataTypes.LongType, false),
            field("status", DataTypes.StringType, false),
            field("reject_reason", DataTypes.StringType, true),
            field("raw_record", DataTypes.StringType, true),
            field("person_name", DataTypes.StringType, true),
            field("name_script", DataTypes.StringType, true),
            field("birth_year_raw", DataTypes.StringType, true),
            field("birth_year", DataTypes.IntegerType, true),
            field("nationality", DataTypes.StringType, true),
            field("region_raw", DataTypes.StringType, true),
            field("region", DataTypes.StringType, true),
            field("arrest_date_raw", DataTypes.StringType, true),
            field("arrest_date", DataTypes.StringType, true),
            field("arrest_year", DataTypes.IntegerType, true),
            field("sentencing_body_raw", DataTypes.StringType, true),
            field("sentencing_body", DataTypes.StringType, true),
            field("article", DataTypes.StringType, true),
            field("sentence_raw", DataTypes.StringType, true),
            field("sentence_category", DataTypes.StringType, true),
            field("term_months", DataTypes.IntegerType, true),
            field("sentence_date_raw", DataTypes.StringType, true),
            field("sentence_date", DataTypes.StringType, true),
            field("sentence_year", DataTypes.IntegerType, true),
            field("sentence_month", DataTypes.IntegerType, true),
            field("execution_date_raw", DataTypes.StringType, true),
            field("execution_date", DataTypes.StringType, true),
            field("execution_year", DataTypes.IntegerType, true),
            field("rehabilitation_date_raw", DataTypes.StringType, true),
            field("rehabilitation_date", DataTypes.StringType, true),
            field("rehabilitation_year", DataTypes.IntegerType, true),
            field("source", DataTypes.StringType, true),
            field("synthetic", DataTypes.BooleanType, false)});

    private RecordSchema() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
