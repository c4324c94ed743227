/**
 * Readers of Memorial's lists as published: the "Расстрелы в Москве" pages ({@link
 * org.repstat.records.memorial.MoscowPages}) and the anonymised text blocks of the victims database ({@link
 * org.repstat.records.memorial.TextBlocks}). Each cuts its records into field texts by the structure of its format;
 * {@link org.repstat.records.memorial.MemorialRow} reads every value by the rules in {@code datasets/records/memorial/}
 * (loaded as {@link org.repstat.records.memorial.MemorialRules}), and what no rule reads is kept as text.
 */
package org.repstat.records.memorial;
