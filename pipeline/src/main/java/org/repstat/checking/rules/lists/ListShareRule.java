package org.repstat.checking.rules.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.checking.Severity;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;
import org.repstat.io.InputException;
import org.repstat.published.PublishedNumbers;
import org.repstat.published.Selector;

/**
 * A share in one of Memorial's lists against the same share in an official table: shapes, never totals, because a
 * list is not what the official table counts (the Moscow list is everyone shot whose last address was in Moscow,
 * the sample a sample of unknown design). The list's share is {@code part} of the rows {@code select} takes of the
 * kind's table, summed over its count column; the official share is {@code official_part} of {@code
 * official_whole} (default: all) of the observations {@code compare} takes. They agree within {@code tolerance}
 * (percentage points), to which {@code sample=simple_random} adds the margin a simple random sample of the list's
 * size would have 19 times in 20 ({@code 1.96·√(p(1−p)/n)}, p the official share): a gap beyond it says the list was
 * not drawn at random, which is a finding about the list, not an error in either count. Every result carries the
 * row's {@code caveat}: what the list is, and is not.
 */
public final class ListShareRule implements Rule {

    /** z for a two-sided 95% interval: the margin a random sample stays within 19 times in 20. */
    private static final BigDecimal Z95 = new BigDecimal("1.96");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String table;
    private final String count;

    /** @param table the list's published table the kind reads; {@code count} its count column */
    public ListShareRule(String table, String count) {
        this.table = table;
        this.count = count;
    }

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(table).comparing("observations")
                .requires("part", ParamType.CONDITION).requires("official_part", ParamType.CONDITION)
                .param("official_whole", ParamType.CONDITION).requires("subject", ParamType.TEXT)
                .requires("caveat", ParamType.TEXT).param("sample", ParamType.TEXT);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        Selector part = condition(d, "part", run.data().table(table) == null ? Set.of() : Set.copyOf(run.data().table(table).header()));
        Selector officialPart = condition(d, "official_part", Set.copyOf(run.data().table("observations").header()));
        Selector officialWhole = d.params().containsKey("official_whole")
                ? condition(d, "official_whole", Set.copyOf(run.data().table("observations").header())) : Selector.ALL;
        long listPart = 0;
        long listWhole = 0;
        for (Map<String, String> r : run.data().rows(table)) {
            if (d.select().test(r)) {
                long n = Long.parseLong(r.get(count));
                listWhole += n;
                listPart += part.test(r) ? n : 0;
            }
        }
        BigDecimal offPart = BigDecimal.ZERO;
        BigDecimal offWhole = BigDecimal.ZERO;
        List<Obs> involved = new ArrayList<>();
        for (Obs o : run.data().observations()) {
            if (!d.compare().test(o.row()) || o.value() == null) {
                continue;
            }
            boolean inPart = officialPart.test(o.row());
            boolean inWhole = officialWhole.test(o.row());
            if (inPart || inWhole) {
                involved.add(o);
            }
            offPart = inPart ? offPart.add(o.value()) : offPart;
            offWhole = inWhole ? offWhole.add(o.value()) : offWhole;
        }
        if (listWhole == 0 || offWhole.signum() == 0) {
            return List.of(result(d, false, "", "", "", "", "", involved, "nothing to compare: the list gives " + listWhole
                    + " and the official table " + PublishedNumbers.format(offWhole) + " for the whole. Caveat: " + d.param("caveat", "")));
        }
        BigDecimal listShare = share(BigDecimal.valueOf(listPart), BigDecimal.valueOf(listWhole));
        BigDecimal offShare = share(offPart, offWhole);
        BigDecimal gap = listShare.subtract(offShare);
        BigDecimal margin = BigDecimal.ZERO;
        String marginWords = "";
        if ("simple_random".equals(d.param("sample", ""))) {
            double p = offShare.doubleValue() / 100;
            margin = Z95.multiply(BigDecimal.valueOf(Math.sqrt(p * (1 - p) / listWhole))).multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
            marginWords = " + ±" + margin.toPlainString() + " (the margin of a simple random sample of " + PublishedNumbers.format(BigDecimal.valueOf(listWhole)) + ", 19 times in 20)";
        }
        BigDecimal allowed = d.tolerance().allowed(offShare).add(margin);
        boolean ok = gap.abs().compareTo(allowed) <= 0;
        String tolerance = d.tolerance() + " points" + marginWords;
        String message = d.param("subject", "") + ": " + listShare.toPlainString() + "% in the list (" + num(listPart) + " of "
                + num(listWhole) + ") against " + offShare.toPlainString() + "% in the official table (" + PublishedNumbers.format(offPart)
                + " of " + PublishedNumbers.format(offWhole) + "), " + gap.abs().toPlainString() + " points " + (gap.signum() >= 0 ? "higher" : "lower")
                + (ok ? ", within " : ", beyond ") + tolerance + ". Caveat: " + d.param("caveat", "");
        return List.of(result(d, ok, listShare.toPlainString(), offShare.toPlainString(), tolerance, gap.toPlainString(),
                gap.multiply(HUNDRED).divide(offShare, 2, RoundingMode.HALF_EVEN).toPlainString(), involved, message));
    }

    private CheckResult result(CheckDefinition d, boolean ok, String observed, String expected, String tolerance, String gap,
                               String relative, List<Obs> involved, String message) {
        CheckStatus status = ok ? CheckStatus.PASS : d.severity() == Severity.ERROR ? CheckStatus.FAIL : CheckStatus.WARN;
        List<String> rows = new ArrayList<>(involved.stream().map(Obs::sourceRow).toList());
        rows.add(0, table + " " + (d.select().isEmpty() ? "(all rows)" : "(" + d.select().text() + ")"));
        return new CheckResult(d.id(), d.kind(), d.topic(), d.severity(), status, d.param("subject", ""), observed, expected,
                tolerance, gap, relative, involved.stream().map(Obs::id).toList(), rows, message, d.why());
    }

    /** One condition of the params, its column held to the table it picks from. */
    private static Selector condition(CheckDefinition d, String key, Set<String> columns) {
        Selector s = Selector.parse(d.params().get(key));
        List<String> unknown = s.unknownColumns(columns);
        if (!unknown.isEmpty()) {
            throw new InputException(java.nio.file.Path.of("datasets/checks/catalogue.csv"), 0, "params",
                    "check " + d.id() + ": " + key + " names " + unknown + ", not columns of the table it picks from " + columns);
        }
        return s;
    }

    /** part ÷ whole in percent, two decimals. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String num(long n) {
        return PublishedNumbers.format(BigDecimal.valueOf(n));
    }
}
