package org.repstat.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.repstat.io.PublishedCsv;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Writes SYNTHETIC person-level records for tests and benchmarks. Calibrated to one published table: the convictions
 * table {@value RecordReconcile#OFFICIAL_DATASET} in {@code datasets/clean/observations.csv} (Lewin 2005, Appendix 1,
 * citing Kurashvili 1996). Rows per year are proportional to that table's "sentenced" per year 1921 – first half of
 * 1953, and within a year the sentence mix follows its death sentences / camps / exile / other measures (a figure the
 * source does not give counts as zero). The counts are exact (largest remainder), so reconciling N rows gives the
 * same coverage N ÷ 4,060,306 in every cell, bar rounding and the rows the injected mess makes unusable.
 *
 * <p>Everything else is an ASSUMPTION, not a historical estimate, and is uniform so that it cannot be mistaken for
 * one: month and day within the year (months 1–6 in 1953), sentencing body (no per-body aggregate is curated in
 * datasets/clean), region, nationality, article, term lengths, the arrest-to-sentence and sentence-to-execution
 * gaps, and which records carry a rehabilitation date. Every file says SYNTHETIC in its name and on every row.
 */
public final class SyntheticRecords {

    /** Kinds of real-world mess, injected at a set rate; the last two make a row unusable (a reject). */
    public enum Mess {
        YEAR_ONLY_DATE, MONTH_ONLY_DATE, TRANSLITERATED_NAME, ENGLISH_SENTENCE, SPACING_AND_CASE, BODY_NOT_STATED,
        SENTENCE_UNRECOGNISED, IMPOSSIBLE_DATE, MISSING_FIELDS;

        public boolean rejects() {
            return this == IMPOSSIBLE_DATE || this == MISSING_FIELDS;
        }
    }

    /** What was written: the files, the row count and how many rows carry each kind of mess. */
    public record Result(Path dir, List<Path> files, long rows, Map<Mess, Long> mess) {
        public long expectedRejects() {
            return mess.entrySet().stream().filter(e -> e.getKey().rejects()).mapToLong(Map.Entry::getValue).sum();
        }
    }

    static final List<String> CATEGORIES = List.of("death", "camps", "exile", "other");
    private static final List<String> OFFICIAL_MEASURES = List.of("death_sentences", "sentenced_to_camps", "exiled", "other_measures");

    private static final String[] SURNAMES = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
        "Козлов", "Степанов", "Николаев", "Шевченко", "Бондаренко", "Ковальчук", "Вишневский", "Шмидт", "Мюллер",
        "Берзиньш", "Озолс", "Ким", "Пак", "Гольдберг", "Абрамов", "Гусейнов", "Джугели", "Саркисян", "Ахметов"};
    private static final String[] FIRST_NAMES = {"Иван", "Пётр", "Николай", "Василий", "Михаил", "Алексей", "Фёдор",
        "Григорий", "Яков", "Станислав", "Карл", "Янис", "Сергей", "Андрей", "Семён", "Давид", "Арам", "Ахмет"};
    private static final String[] PATRONYMICS = {"Иванович", "Петрович", "Николаевич", "Васильевич", "Михайлович",
        "Алексеевич", "Фёдорович", "Григорьевич", "Яковлевич", "Карлович", "Сергеевич", "Андреевич", ""};
    private static final String[] NATIONALITIES = {"русский", "украинец", "белорус", "поляк", "немец", "латыш",
        "еврей", "татарин", "грузин", "армянин", "казах", "кореец", "финн", "эстонец", ""};
    private static final String[] REGIONS = {"Ленинградская область", "Московская область", "Западная область",
        "Калининская область", "Свердловская область", "Челябинская область", "Новосибирская область", "Омская область",
        "Красноярский край", "Алтайский край", "Дальневосточный край", "Горьковская область", "Куйбышевская область",
        "Саратовская область", "Сталинградская область", "Ростовская область", "Краснодарский край",
        "Украинская ССР", "Белорусская ССР", "Казахская ССР", "Грузинская ССР", "Карельская АССР", "Татарская АССР", ""};
    private static final String[] ARTICLES = {"58-10", "58-11", "58-2", "58-6", "58-7", "58-8", "58-9", "58-1а", "58-14", ""};
    private static final String[][] BODIES = {
        {"Тройка УНКВД", "тройка при УНКВД", "Особая тройка"},
        {"Комиссия НКВД и Прокурора СССР", "двойка"},
        {"ВКВС СССР", "Военная коллегия Верховного суда СССР"},
        {"ОСО при НКВД СССР", "Особое совещание при НКВД"},
        {"Коллегия ОГПУ", "военный трибунал"}};
    private static final String[][] SENTENCES = {
        {"ВМН", "расстрел", "высшая мера наказания"},
        {"%d лет ИТЛ", "%d лет лишения свободы", "%d лет ИТЛ, освобождён досрочно"},
        {"ссылка на %d лет", "высылка", "ссылка в Казахстан"},
        {"условно", "штраф", "исправительно-трудовые работы"}};
    private static final String[][] ENGLISH = {{"shot", "death sentence", "VMN"}, {"%d years ITL", "%d years labour camp"},
        {"exile", "deported"}, {"suspended sentence", "fine"}};
    private static final int[] TERMS = {5, 8, 10, 15};
    private static final String[] UNRECOGNISED = {"см. протокол", "приговор в деле", "по ст. 58-10"};
    private static final String[] BODY_NOT_STATED = {"", "неизвестно", "?", "нет данных"};

    private SyntheticRecords() {
    }

    /** The default run directory for a given size and seed: says SYNTHETIC in its name. */
    public static Path runDir(Path work, long rows, long seed) {
        return work.resolve("records").resolve(RecordSchema.SYNTHETIC + "-n" + rows + "-seed" + seed);
    }

    /**
     * @param observations datasets/clean/observations.csv, the calibration source
     * @param dir          the run directory; files go to {@code dir/input/}
     * @param messRate     share of rows that carry one kind of mess (0 to 1)
     */
    public static Result generate(Path observations, Path dir, long rows, long seed, double messRate, Charset charset,
                                  long rowsPerFile) {
        if (rows < 1 || rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("--rows must be between 1 and " + (Integer.MAX_VALUE - 8));
        }
        if (messRate < 0 || messRate > 1) {
            throw new IllegalArgumentException("--mess-rate must be between 0 and 1");
        }
        Map<Cell, BigDecimal> weights = calibration(observations);
        int[] cells = shuffledCells(weights, rows, new SplittableRandom(seed));
        List<int[]> keys = weights.keySet().stream().map(k -> new int[] {k.year(), k.category()}).toList();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<Mess, Long> mess = new EnumMap<>(Mess.class);
        for (Mess m : Mess.values()) {
            mess.put(m, 0L);
        }
        Path input = dir.resolve("input");
        List<Path> files = new ArrayList<>();
        long written = 0;
        int part = 0;
        List<String> header = new ArrayList<>(RecordSchema.INPUT_COLUMNS);
        header.add(RecordSchema.SYNTHETIC_COLUMN);
        try {
            Files.createDirectories(input);
            try (var old = Files.list(input)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
            while (written < rows) {
                part++;
                Path file = input.resolve(String.format(java.util.Locale.ROOT, "records-%s-n%d-seed%d-part-%03d.csv", RecordSchema.SYNTHETIC, rows, seed, part));
                files.add(file);
                long end = Math.min(rows, written + rowsPerFile);
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset.newEncoder()), 1 << 16);
                     CSVPrinter printer = new CSVPrinter(w, PublishedCsv.FORMAT)) {
                    printer.printRecord(header);
                    for (; written < end; written++) {
                        int[] key = keys.get(cells[(int) written]);
                        Mess m = random.nextDouble() < messRate ? Mess.values()[random.nextInt(Mess.values().length)] : null;
                        if (m != null) {
                            mess.merge(m, 1L, Long::sum);
                        }
                        printer.printRecord(row(random, key[0], CATEGORIES.get(key[1]), m, seed));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthetic records under " + dir, e);
        }
        return new Result(dir, files, rows, mess);
    }

    /** A (year, category) cell of the calibration table. */
    record Cell(int year, int category) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            return year != o.year ? Integer.compare(year, o.year) : Integer.compare(category, o.category);
        }
    }

    /**
     * Official weight of each (year, category): the year's "sentenced" total split in proportion to its four
     * categories. Read from the published observations, never typed in.
     */
    static Map<Cell, BigDecimal> calibration(Path observations) {
        Map<Integer, BigDecimal> totals = new TreeMap<>();
        Map<Cell, BigDecimal> parts = new TreeMap<>();
        for (RawRow row : RawTable.read(observations).rows()) {
            if (!row.text("dataset").equals(RecordReconcile.OFFICIAL_DATASET) || !row.text("role").equals("value")) {
                continue;
            }
            int year = Integer.parseInt(row.text("period_start").substring(0, 4));
            BigDecimal value = row.text("value").isEmpty() ? BigDecimal.ZERO : new BigDecimal(row.text("value"));
            String measure = row.text("measure");
            if (measure.equals("sentenced")) {
                totals.put(year, value);
            } else if (OFFICIAL_MEASURES.contains(measure)) {
                parts.put(new Cell(year, OFFICIAL_MEASURES.indexOf(measure)), value);
            }
        }
        if (totals.isEmpty()) {
            throw new org.repstat.io.InputException(observations, 0, "dataset",
                    "no rows of " + RecordReconcile.OFFICIAL_DATASET + " to calibrate against: run './repstat import' first");
        }
        Map<Cell, BigDecimal> weights = new TreeMap<>();
        totals.forEach((year, total) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < CATEGORIES.size(); c++) {
                sum = sum.add(parts.getOrDefault(new Cell(year, c), BigDecimal.ZERO));
            }
            for (int c = 0; c < CATEGORIES.size(); c++) {
                BigDecimal part = parts.getOrDefault(new Cell(year, c), BigDecimal.ZERO);
                weights.put(new Cell(year, c), sum.signum() == 0 ? BigDecimal.ZERO
                        : total.multiply(part).divide(sum, 12, java.math.RoundingMode.HALF_EVEN));
            }
        });
        return weights;
    }

    /** Exact counts per cell by the largest-remainder method, laid out as a shuffled array of cell indices. */
    static int[] shuffledCells(Map<Cell, BigDecimal> weights, long rows, SplittableRandom random) {
        List<BigDecimal> w = new ArrayList<>(weights.values());
        BigDecimal total = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long[] counts = new long[w.size()];
        BigDecimal[] remainders = new BigDecimal[w.size()];
        long assigned = 0;
        for (int i = 0; i < w.size(); i++) {
            BigDecimal exact = w.get(i).multiply(BigDecimal.valueOf(rows)).divide(total, 12, java.math.RoundingMode.HALF_EVEN);
            counts[i] = exact.longValue();
            remainders[i] = exact.subtract(BigDecimal.valueOf(counts[i]));
            assigned += counts[i];
        }
        Integer[] order = new Integer[w.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]) != 0
                ? remainders[b].compareTo(remainders[a]) : Integer.compare(a, b));
        for (int i = 0; assigned < rows; i++, assigned++) {
            counts[order[i]]++;
        }
        int[] cells = new int[(int) rows];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            for (long k = 0; k < counts[i]; k++) {
                cells[at++] = i;
            }
        }
        for (int i = cells.length - 1; i > 0; i--) { // Fisher–Yates
            int j = random.nextInt(i + 1);
            int t = cells[i];
            cells[i] = cells[j];
            cells[j] = t;
        }
        return cells;
    }

    private static List<String> row(SplittableRandom r, int year, String category, Mess mess, long seed) {
        int lastMonth = year == 1953 ? 6 : 12; // the official 1953 row covers January–June
        LocalDate sentenced = LocalDate.of(year, 1 + r.nextInt(lastMonth), 1);
        sentenced = sentenced.withDayOfMonth(1 + r.nextInt(sentenced.lengthOfMonth()));
        LocalDate arrested = sentenced.minusDays(10 + r.nextInt(190));
        int c = CATEGORIES.indexOf(category);
        String name = pick(r, SURNAMES) + " " + pick(r, FIRST_NAMES) + " " + pick(r, PATRONYMICS);
        String body = pick(r, BODIES[r.nextInt(BODIES.length)]);
        String sentence = sentence(r, SENTENCES[c]);
        String executed = c == 0 ? dotted(sentenced.plusDays(r.nextInt(21))) : "";
        String rehabilitated = r.nextInt(10) < 6 ? dotted(LocalDate.of(1955 + r.nextInt(37), 1 + r.nextInt(12), 1 + r.nextInt(28))) : "";
        String sentenceDate = dotted(sentenced);
        String arrestDate = dotted(arrested);
        if (mess != null) {
            switch (mess) {
                case YEAR_ONLY_DATE -> sentenceDate = String.valueOf(year);
                case MONTH_ONLY_DATE -> sentenceDate = twoDigits(sentenced.getMonthValue()) + "." + year;
                case TRANSLITERATED_NAME -> name = transliterate(name);
                case ENGLISH_SENTENCE -> sentence = sentence(r, ENGLISH[c]);
                case SPACING_AND_CASE -> sentence = "  " + sentence.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + " ";
                case BODY_NOT_STATED -> body = pick(r, BODY_NOT_STATED);
                case SENTENCE_UNRECOGNISED -> sentence = pick(r, UNRECOGNISED);
                case IMPOSSIBLE_DATE -> arrestDate = "31.02." + arrested.getYear();
                case MISSING_FIELDS -> {
                    // handled below: the row loses its last fields, as when a line is cut short
                }
            }
        }
        String birth = String.valueOf(Math.max(RecordParser.FIRST_BIRTH_YEAR, year - 18 - r.nextInt(53)));
        List<String> row = new ArrayList<>(List.of(name, birth, pick(r, NATIONALITIES), pick(r, REGIONS), arrestDate, body,
                pick(r, ARTICLES), sentence, sentenceDate, executed, rehabilitated,
                "SYNTHETIC: repstat records synth --seed " + seed, RecordSchema.SYNTHETIC));
        if (mess == Mess.MISSING_FIELDS) { // three fields lost before the marker, so even this row says SYNTHETIC
            row.subList(row.size() - 4, row.size() - 1).clear();
        }
        return row;
    }

    private static String sentence(SplittableRandom r, String[] forms) {
        String form = pick(r, forms);
        return form.contains("%d") ? form.replace("%d", Integer.toString(TERMS[r.nextInt(TERMS.length)])) : form;
    }

    private static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String dotted(LocalDate d) { // DD.MM.YYYY; String.format is too slow for millions of rows
        return twoDigits(d.getDayOfMonth()) + "." + twoDigits(d.getMonthValue()) + "." + d.getYear();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    /** A simple BGN-style transliteration, as found in English-language victim lists. */
    static String transliterate(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            int i = CYRILLIC.indexOf(Character.toLowerCase(ch));
            if (i < 0) {
                out.append(ch);
            } else {
                String l = LATIN[i];
                out.append(Character.isUpperCase(ch) && !l.isEmpty() ? Character.toUpperCase(l.charAt(0)) + l.substring(1) : l);
            }
        }
        return out.toString();
    }
}
