package org.pnyx.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One chart image, drawable onto any {@link Graphics2D} (a PNG raster or an SVG document).
 * A figure is a single chart or a grid of small multiples.
 */
public interface Figure {

    /** The file stem, e.g. {@code participation}: the figure is written as {@code participation.png} and {@code .svg}. */
    String name();

    /** The title in plain words. */
    String title();

    /** One sentence on what the figure shows and how to read it, for the report caption. */
    String description();

    /** The names of the series drawn, as they appear in the image's legend or panel titles. */
    List<String> seriesNames();

    /** Draws the figure into the area; the caller has filled nothing. */
    void draw(Graphics2D g2, Rectangle2D area);
}
