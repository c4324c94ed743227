/**
 * Memorial's lists as sources of the main run: the "Расстрелы в Москве" pages ({@link
 * org.repstat.importing.memorial.MoscowList}) and the anonymised sample of the victims database ({@link
 * org.repstat.importing.memorial.SampleList}), read where they were published by the readers of {@code
 * org.repstat.records.memorial} (no Spark session) and published as counts only, each with its source, its rule and
 * the SHA-256 of the bytes counted. Per-person rows never leave the reader.
 */
package org.repstat.importing.memorial;
