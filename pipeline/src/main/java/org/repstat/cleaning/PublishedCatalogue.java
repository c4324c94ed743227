package org.repstat.cleaning;

import java.util.ArrayList;
import java.util.List;

/** Every table the project publishes, in the order {@code datapackage.json} lists them. */
public final class PublishedCatalogue {

    private PublishedCatalogue() {
    }

    public static List<TableSpec> allSpecs() {
        List<TableSpec> specs = new ArrayList<>(CuratedTables.specs());
        specs.addAll(GulagTables.specs());
        specs.add(ImportTables.ROW_ACCOUNTS);
        specs.addAll(org.repstat.checking.CheckTables.specs());
        return specs;
    }
}
