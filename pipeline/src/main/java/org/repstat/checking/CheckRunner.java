package org.repstat.checking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repstat.Workspace;
import org.repstat.checking.rules.AgreementRule;
import org.repstat.checking.rules.BoundsRule;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.DateOrderRule;
import org.repstat.checking.rules.ForeignKeyRule;
import org.repstat.checking.rules.OrderRule;
import org.repstat.checking.rules.PairAgreementRule;
import org.repstat.checking.rules.ProvenanceRule;
import org.repstat.checking.rules.QualifierConsistencyRule;
import org.repstat.checking.rules.RangeRule;
import org.repstat.checking.rules.RowAccountingRule;
import org.repstat.checking.rules.Rule;
import org.repstat.checking.rules.SchemaRule;
import org.repstat.checking.rules.SumRule;
import org.repstat.checking.rules.UniqueKeyRule;

/**
 * The check stage: runs every catalogue check over the published tables, applies the known-disagreements register,
 * and returns the results and the reconciliation rows. It reads {@code datasets/clean/} as published, so it checks
 * what readers get.
 */
public final class CheckRunner {

    /** Each rule kind the catalogue may name. */
    public static final Map<String, Rule> RULES = rules();

    private CheckRunner() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new LinkedHashMap<>();
        r.put("schema", new SchemaRule());
        r.put("provenance", new ProvenanceRule());
        r.put("unique_key", new UniqueKeyRule());
        r.put("vocabulary", ForeignKeyRule.vocabulary());
        r.put("foreign_key", ForeignKeyRule.register());
        r.put("bounds", new BoundsRule());
        r.put("non_negative", new RangeRule());
        r.put("plausible_range", new RangeRule());
        r.put("order", new OrderRule());
        r.put("sum", new SumRule());
        r.put("agreement", new AgreementRule());
        r.put("pair_agreement", new PairAgreementRule());
        r.put("qualifier_consistency", new QualifierConsistencyRule());
        r.put("date_order", new DateOrderRule());
        r.put("row_accounting", new RowAccountingRule());
        r.put("spreadsheet_formula", new org.repstat.checking.rules.SpreadsheetFormulaRule());
        return java.util.Collections.unmodifiableMap(r);
    }

    /** The outcome of a run: every result row and the reconciliation matrix. */
    public record Report(List<CheckResult> results, List<List<String>> reconciliation, int definitions) {

        public long count(CheckStatus status) {
            return results.stream().filter(r -> r.status() == status).count();
        }

        public boolean failsRun() {
            return results.stream().anyMatch(CheckResult::failsRun);
        }
    }

    public static Report run(Workspace ws) {
        List<CheckDefinition> catalogue = Catalogue.read(ws.datasets().resolve("checks/catalogue.csv"), RULES.keySet());
        Disagreements register = Disagreements.read(ws.datasets().resolve("checks/disagreements.csv"));
        CheckRun run = new CheckRun(PublishedData.read(org.repstat.published.PublishedReader.lenient(ws.clean(),
                org.repstat.cleaning.PublishedCatalogue.allSpecs())));
        List<CheckResult> results = new ArrayList<>();
        for (CheckDefinition d : catalogue) {
            for (CheckResult r : RULES.get(d.kind()).apply(d, run)) {
                results.add(applyRegister(r, register));
            }
        }
        if (java.nio.file.Files.exists(ws.raw().resolve("urbica-gulag-admin-2017/data.csv"))) {
            for (CheckResult r : GulagChecks.run(ws)) {
                results.add(applyRegister(r, register));
            }
        }
        results.addAll(staleEntries(register, results));
        return new Report(List.copyOf(results), List.copyOf(run.reconciliation()), catalogue.size());
    }

    private static CheckResult applyRegister(CheckResult r, Disagreements register) {
        if (r.status() == CheckStatus.PASS) {
            return r;
        }
        Disagreements.Entry e = register.covering(r);
        if (e == null) {
            return r;
        }
        CheckStatus status = e.explained() ? CheckStatus.EXPLAINED : CheckStatus.WARN;
        String message = r.message() + " — registered disagreement " + e.id() + " (" + e.reason() + "): " + e.explanation();
        return new CheckResult(r.checkId(), r.kind(), r.topic(), r.severity(), status, r.subject(), r.observed(),
                r.expected(), r.tolerance(), r.difference(), r.relativeDifference(), r.observationIds(), r.sourceRows(),
                message, r.why());
    }

    /** A register entry that no failing check uses any more is out of date: say so, so the register stays true. */
    private static List<CheckResult> staleEntries(Disagreements register, List<CheckResult> results) {
        Set<String> used = new HashSet<>();
        for (CheckResult r : results) {
            if (r.status() == CheckStatus.EXPLAINED || r.message().contains("— registered disagreement ")) {
                Disagreements.Entry e = register.covering(r);
                if (e != null) {
                    used.add(e.id());
                }
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (Disagreements.Entry e : register.entries()) {
            boolean ok = used.contains(e.id());
            out.add(new CheckResult("disagreements-register-current", "register", "method", Severity.WARNING,
                    ok ? CheckStatus.PASS : CheckStatus.WARN, e.id(), ok ? "in use" : "matches no failing check",
                    "covers a failing check", "", "", "", List.copyOf(new java.util.TreeSet<>(e.observationIds())), List.of(),
                    ok ? "the entry explains a live disagreement" : "the entry matches no failing check: the data or the check changed; review it",
                    "A register of explanations is only trustworthy if every entry still explains something."));
        }
        return out;
    }
}
