/**
 * The domain core every stage shares: sources, locators, quotes, qualified values, observations and events.
 * Nothing here reads or writes files; the stages do that and hand these types to each other.
 */
package org.repstat.provenance;
