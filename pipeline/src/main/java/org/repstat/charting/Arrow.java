package org.repstat.charting;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled triangle pointing left or right: the mark for a one-sided qualifier ("over 11,000" points right, the
 * true count lies beyond; "nearly 10,000" points left). XChart's own markers only point up and down.
 */
public final class Arrow extends Marker {

    public static final Arrow RIGHT = new Arrow(1);
    public static final Arrow LEFT = new Arrow(-1);

    private final int direction;

    private Arrow(int direction) {
        this.direction = direction;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        double h = size * 0.75;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + direction * h, y);
        p.lineTo(x - direction * h * 0.6, y - h);
        p.lineTo(x - direction * h * 0.6, y + h);
        p.closePath();
        g.fill(p);
    }
}
