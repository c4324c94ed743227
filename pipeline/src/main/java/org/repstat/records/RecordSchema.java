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

    /**
     * The columns of records.parquet, in order: the CSV columns (which {@link RecordParser} fills in this order), then
     * the columns only Memorial's lists carry ({@link #LIST_FIELDS}), empty for CSV input.
     */
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
            field("synthetic", DataTypes.BooleanType, false),
            // what Memorial's lists carry beyond the CSV columns (org.repstat.records.memorial); empty for CSV input
            field("format", DataTypes.StringType, true),
            field("position", DataTypes.StringType, true),
            field("record_no", DataTypes.LongType, true),
            field("duplicate_of", DataTypes.StringType, true),
            field("sex_raw", DataTypes.StringType, true),
            field("sex", DataTypes.StringType, true),
            field("birth_date", DataTypes.StringType, true),
            field("birth_place_raw", DataTypes.StringType, true),
            field("nationality_raw", DataTypes.StringType, true),
            field("party_raw", DataTypes.StringType, true),
            field("party", DataTypes.StringType, true),
            field("education_raw", DataTypes.StringType, true),
            field("education", DataTypes.StringType, true),
            field("occupation_raw", DataTypes.StringType, true),
            field("address_raw", DataTypes.StringType, true),
            field("arrested_by_raw", DataTypes.StringType, true),
            field("charge_raw", DataTypes.StringType, true),
            field("rehabilitated_by_raw", DataTypes.StringType, true),
            field("burial_place_raw", DataTypes.StringType, true),
            field("burial_place", DataTypes.StringType, true),
            field("source_book", DataTypes.StringType, true),
            field("name_variants_raw", DataTypes.StringType, true),
            field("unparsed_raw", DataTypes.StringType, true)});

    /** How many leading columns the CSV import fills; the rest are {@link #LIST_FIELDS}. */
    public static final int CSV_WIDTH = PARQUET.fieldIndex("synthetic") + 1;

    /** The columns after {@link #CSV_WIDTH}: what Memorial's lists carry beyond the CSV columns. */
    public static final List<String> LIST_FIELDS =
            List.of(PARQUET.fieldNames()).subList(CSV_WIDTH, PARQUET.size());

    /** A row of the full schema from the CSV columns' values; the list-only columns stay empty. */
    public static org.apache.spark.sql.Row csvRow(Object... csvValues) {
        if (csvValues.length != CSV_WIDTH) {
            throw new IllegalArgumentException("expected " + CSV_WIDTH + " CSV column values, found " + csvValues.length);
        }
        return org.apache.spark.sql.RowFactory.create(java.util.Arrays.copyOf(csvValues, PARQUET.size()));
    }

    private RecordSchema() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
