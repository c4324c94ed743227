package org.repstat.importing.gulag;

import java.util.ArrayList;
import java.util.List;
import org.repstat.provenance.QualifiedValue;

/**
 * One row of the camps file: the camp's names, type, years and its own stated maximum, as typed fields. Filled
 * column by column while the row is read; the import hands out only finished camps.
 */
public final class Camp {

    final int id;
    final long line;
    String name = "";
    String nameEn = "";
    final List<String> alternativeNames = new ArrayList<>();
    String type = "";
    String typeAsPrinted = "";
    Integer yearCreated;
    Integer yearClosed;
    String yearClosedNote = "";
    Integer yearResumed;
    Integer yearClosed2;
    Integer yearResumed2;
    Integer yearClosed3;
    String referenceUrl = "";
    QualifiedValue maxPeople;
    String maxPeopleMeasure = "";
    String maxPeopleAsPrinted = "";
    String maxPeopleNote = "";
    String maxPeopleDateStart = "";
    String maxPeopleDateEnd = "";
    String maxPeopleDateAsPrinted = "";
    final List<String> spilled = new ArrayList<>();

    Camp(int id, long line) {
        this.id = id;
        this.line = line;
    }

    public int id() { return id; }
    public long line() { return line; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public List<String> alternativeNames() { return alternativeNames; }
    public String type() { return type; }
    public String typeAsPrinted() { return typeAsPrinted; }
    public Integer yearCreated() { return yearCreated; }
    public Integer yearClosed() { return yearClosed; }
    public String yearClosedNote() { return yearClosedNote; }
    public Integer yearResumed() { return yearResumed; }
    public Integer yearClosed2() { return yearClosed2; }
    public Integer yearResumed2() { return yearResumed2; }
    public Integer yearClosed3() { return yearClosed3; }
    public String referenceUrl() { return referenceUrl; }
    /** The source's own max_people, with its qualifier; null where the cell is empty. */
    public QualifiedValue maxPeople() { return maxPeople; }
    public String maxPeopleMeasure() { return maxPeopleMeasure; }
    public String maxPeopleAsPrinted() { return maxPeopleAsPrinted; }
    public String maxPeopleNote() { return maxPeopleNote; }
    public String maxPeopleDateStart() { return maxPeopleDateStart; }
    public String maxPeopleDateEnd() { return maxPeopleDateEnd; }
    public String maxPeopleDateAsPrinted() { return maxPeopleDateAsPrinted; }
    /** Fields filled from an unnamed column ("field ← column N"). */
    public List<String> spilled() { return spilled; }

    /** The years the camp is said to have existed: created..closed, resumed..closed again; open ends are null. */
    public List<int[]> activeSpans() {
        List<int[]> spans = new ArrayList<>();
        if (yearCreated != null) {
            spans.add(new int[] {yearCreated, yearClosed == null ? Integer.MAX_VALUE : yearClosed});
        }
        if (yearResumed != null) {
            spans.add(new int[] {yearResumed, yearClosed2 == null ? Integer.MAX_VALUE : yearClosed2});
        }
        if (yearResumed2 != null) {
            spans.add(new int[] {yearResumed2, yearClosed3 == null ? Integer.MAX_VALUE : yearClosed3});
        }
        return spans;
    }
}
