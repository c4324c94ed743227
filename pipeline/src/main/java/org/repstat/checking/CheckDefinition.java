package org.repstat.checking;

import org.repstat.published.Selector;
import java.util.Map;

/**
 * One entry of the check catalogue ({@code datasets/checks/catalogue.csv}): which rule, on which observations, with
 * what tolerance, and a one-line reason a student can read.
 *
 * @param select  the observations (or events) the rule reads: a {@link Selector}
 * @param compare the other side of a comparison (order, sum, pair agreement, qualifier consistency)
 * @param match   fields that must be equal between the two sides, or that group one side into concepts
 * @param params  rule-specific settings, parsed from {@code key=value; key=value}
 */
public record CheckDefinition(String id, String kind, String topic, Severity severity, String description,
                              String why, Selector select, Selector compare, java.util.List<String> match,
                              Tolerance tolerance, Map<String, String> params) {

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }
}
