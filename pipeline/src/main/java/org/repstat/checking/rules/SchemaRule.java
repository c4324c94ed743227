package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData;
import org.repstat.published.Field;

/** Every published table has the header, types, required cells, allowed values and patterns its schema promises. */
public final class SchemaRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (PublishedData.Table t : run.data().tables().values()) {
            List<String> problems = new ArrayList<>();
            if (!t.header().equals(t.spec().header())) {
                problems.add("line 1: header " + t.header() + ", expected " + t.spec().header());
            } else {
                for (int i = 0; i < t.rows().size(); i++) {
                    Map<String, String> row = t.rows().get(i);
                    for (int c = 0; c < t.spec().fields().size(); c++) {
                        String problem = problem(t.spec().fields().get(c), row.get(t.spec().fields().get(c).name()));
                        if (problem != null) {
                            problems.add("line " + t.lines().get(i) + " column " + (c + 1) + " ("
                                    + t.spec().fields().get(c).name() + "): " + problem);
                        }
                    }
                }
            }
            out.add(Outcomes.finding(d, problems.isEmpty(), t.spec().path(), problems.size() + " problem(s)",
                    "0 problems in " + t.rows().size() + " rows", List.of(), Outcomes.firstFew(problems),
                    problems.isEmpty() ? "matches its Table Schema" : String.join("; ", Outcomes.firstFew(problems))));
        }
        return out;
    }

    static String problem(Field f, String value) {
        if (value == null || value.isEmpty()) {
            return f.required() ? "required value missing" : null;
        }
        switch (f.type()) {
            case "number" -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return "expected a number, found '" + value + "'";
                }
            }
            case "integer" -> {
                if (!value.matches("-?\\d+")) {
                    return "expected an integer, found '" + value + "'";
                }
            }
            default -> {
            }
        }
        if (!f.allowed().isEmpty() && !f.allowed().contains(value)) {
            return "expected one of " + f.allowed() + ", found '" + value + "'";
        }
        if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(value).matches()) {
            return "expected a value matching " + f.pattern() + ", found '" + value + "'";
        }
        return null;
    }
}
