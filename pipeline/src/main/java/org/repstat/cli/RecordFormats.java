package org.repstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.repstat.io.InputException;
import org.repstat.records.CsvRecordFormat;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordFormat;
import org.repstat.records.memorial.MemorialRules;
import org.repstat.records.memorial.MoscowPages;
import org.repstat.records.memorial.TextBlocks;

/**
 * The formats {@code records import --format} knows, and how {@code auto} tells them apart: {@code .csv} is the
 * documented CSV; {@code .htm}/{@code .html} with {@code <p class=pers>} paragraphs are Memorial's Moscow pages; a
 * {@code .zip} of {@code .txt}, or a {@code .txt} with {@code ---} lines, is Memorial's text blocks. Anything else
 * is bad input that names what was expected. It lives with the command line, which is what chooses a format: the
 * records package knows the interface, not its implementations, so it depends on no reader.
 */
public final class RecordFormats {

    public static final String AUTO = "auto";
    public static final List<String> IDS = List.of(CsvRecordFormat.ID, MoscowPages.ID, TextBlocks.ID);

    static final String EXPECTED = "expected " + CsvRecordFormat.ID + " (*.csv), " + MoscowPages.ID
            + " (*.htm or *.html pages with <p class=pers> paragraphs, or their folder), " + TextBlocks.ID
            + " (a *.zip of *.txt or a *.txt of blocks separated by --- lines), or " + AUTO;

    private RecordFormats() {
    }

    /** The format named (or recognised, for {@code auto}), carrying the rules it applies. */
    public static RecordFormat of(String id, List<Path> inputs, Path recordsRules) {
        return of(id, inputs, recordsRules, false);
    }

    /** As {@link #of(String, List, Path)}; {@code forceEncoding} lets an explicit encoding win over what auto would read. */
    public static RecordFormat of(String id, List<Path> inputs, Path recordsRules, boolean forceEncoding) {
        String chosen = id.equals(AUTO) ? detect(inputs) : id;
        NormalisationRules rules = NormalisationRules.load(recordsRules);
        return switch (chosen) {
            case CsvRecordFormat.ID -> new CsvRecordFormat(rules, forceEncoding);
            case MoscowPages.ID -> new MoscowPages(MemorialRules.load(recordsRules, rules));
            case TextBlocks.ID -> new TextBlocks(MemorialRules.load(recordsRules, rules));
            default -> throw new InputException(Path.of(id), 0, null, "unknown format '" + id + "': " + EXPECTED);
        };
    }

    /** The one format every input is in; inputs in no known format, or in several, are bad input. */
    public static String detect(List<Path> inputs) {
        Set<String> found = new TreeSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(Files::isRegularFile).forEach(p -> {
                        String f = formatOf(p);
                        if (f != null) {
                            found.add(f);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (found.isEmpty()) {
                    throw new InputException(input, 0, null, "no file here is in a format the import knows: " + EXPECTED);
                }
            } else if (Files.isRegularFile(input)) {
                String f = formatOf(input);
                if (f == null) {
                    throw new InputException(input, 0, null, "cannot tell the format of this file: " + EXPECTED
                            + "; give --format");
                }
                found.add(f);
            } else {
                throw new InputException(input, 0, null, "no such file or directory");
            }
        }
        if (found.size() > 1) {
            throw new InputException(inputs.get(0), 0, null, "the inputs hold several formats " + found
                    + ": import each on its own, with --format");
        }
        return found.iterator().next();
    }

    private static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvRecordFormat.ID;
        }
        if (MoscowPages.recognises(file)) {
            return MoscowPages.ID;
        }
        if (TextBlocks.recognises(file)) {
            return TextBlocks.ID;
        }
        return null;
    }
}
