package org.repstat.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.charting.ChartWriter;
import org.repstat.charting.Figure;
import org.repstat.io.AtomicFiles;

/** One declared figure on demand, for {@code repstat chart}: drawn from the published tables, written where asked. */
public final class Charts {

    private Charts() {
    }

    /** Every declared figure, built from the published tables (nothing encoded or written). */
    public static List<Figure> figures(RunContext ctx) {
        return Stages.figures(ctx);
    }

    public static List<String> ids(RunContext ctx) {
        return Stages.figures(ctx).stream().map(Figure::id).toList();
    }

    /** Draws the figure(s) with this id (or declaration id) into {@code dir}; returns the files written. */
    public static Map<String, Path> draw(RunContext ctx, String id, Path dir, List<String> formats) {
        List<Figure> chosen = Stages.figures(ctx).stream().filter(f -> f.id().equals(id) || f.spec().equals(id)).toList();
        Map<String, Path> out = new LinkedHashMap<>();
        ChartWriter.render(chosen).forEach((name, bytes) -> {
            if (formats.contains(name.substring(name.lastIndexOf('.') + 1))) {
                Path p = dir.resolve(name);
                AtomicFiles.write(p, bytes);
                out.put(name, p);
            }
        });
        return out;
    }
}
