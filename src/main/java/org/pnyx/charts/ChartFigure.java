package org.pnyx.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A figure that is one JFreeChart.
 *
 * @param name the file stem
 * @param title the title in plain words (also the chart's own title)
 * @param description one sentence for the report caption
 * @param seriesNames the names in the chart's legend
 * @param chart the chart, already themed
 */
public record ChartFigure(String name, String title, String description, List<String> seriesNames,
        JFreeChart chart) implements Figure {

    public ChartFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chart, "chart");
        seriesNames = List.copyOf(seriesNames);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }
}
