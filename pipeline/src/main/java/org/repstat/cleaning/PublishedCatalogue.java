package org.repstat.cleaning;

import org.repstat.published.CoreTables;
import org.repstat.published.TableSpec;
import org.repstat.importing.gulag.CampTables;
import java.util.ArrayList;
import java.util.List;

/** Every table the project publishes, in the order {@code datapackage.json} lists them. */
public final class PublishedCatalogue {

    private PublishedCatalogue() {
    }

    public static List<TableSpec> allSpecs() {
        List<TableSpec> specs = new ArrayList<>(CoreTables.curated());
        specs.addAll(CampTables.specs());
        specs.add(CoreTables.ROW_ACCOUNTS);
        specs.addAll(org.repstat.published.CoreTables.checks());
        return specs;
    }
}
