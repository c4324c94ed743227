package org.repstat.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one format of every published CSV: UTF-8, {@code \n} line ends (also inside quoted cells), quotes only where
 * a field needs them, a fixed header. Rows arrive already as text, so number formatting is decided by the table, never by a library
 * default (no {@code 3.3996602E7}). Files are written atomically.
 */
public final class PublishedCsv {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .setTrim(false)
            .get();

    private PublishedCsv() {
    }

    public static String render(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " fields, header " + header.size() + ": " + row);
                }
                printer.printRecord(row.stream().map(PublishedCsv::lineBreaks).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A cell's line breaks as {@code \n}: the promise of {@code \n} line ends holds inside quoted cells too. A raw
     * file's {@code \r\n} (the camps file has them inside its long texts) is the same line break written the
     * Windows way, not part of what the source says; a lone {@code \r} (old Mac) is one too.
     */
    static String lineBreaks(String cell) {
        return cell == null || cell.indexOf('\r') < 0 ? cell : cell.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static void write(Path target, List<String> header, List<List<String>> rows) {
        AtomicFiles.write(target, render(header, rows));
    }
}
