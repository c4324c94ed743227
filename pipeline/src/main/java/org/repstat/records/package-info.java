/**
 * Person-level records (memorial books, victim databases) at scale: the documented input schema, a strict importer
 * that keeps every raw text beside its normalised value, a SYNTHETIC generator calibrated to published aggregates,
 * and the Spark jobs that import, aggregate and reconcile them. Nothing here is published: outputs live under
 * {@code Workspace.work()}.
 */
package org.repstat.records;
