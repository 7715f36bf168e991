package org.pnyx.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * Small multiples: one title, an optional subtitle, a grid of panel charts and a shared
 * legend at the foot. Panels are laid out in rows to fill a 16:9 frame.
 */
public final class PanelGrid implements Figure {

    private final String name;
    private final String title;
    private final String subtitle;
    private final String description;
    private final List<String> seriesNames;
    private final List<JFreeChart> panels;
    private final List<LegendKey> legend;
    private final ChartTheme theme;
    private final String note;

    /**
     * @param name the file stem
     * @param title the title in plain words
     * @param subtitle a line under the title (scenario and units), may be empty
     * @param description one sentence for the report caption
     * @param seriesNames the names of the panels' series, as written in the panel titles
     * @param panels the panel charts, themed with {@link #panelTheme(ChartTheme, int)}
     * @param legend the shared legend, may be empty
     * @param theme the theme of the whole figure
     */
    public PanelGrid(String name, String title, String subtitle, String description, List<String> seriesNames,
            List<JFreeChart> panels, List<LegendKey> legend, ChartTheme theme) {
        this(name, title, subtitle, description, seriesNames, panels, legend, theme, "");
    }

    /**
     * As above, with a note in small type at the foot (such as the metrics left out because they never change);
     * empty for none.
     */
    public PanelGrid(String name, String title, String subtitle, String description, List<String> seriesNames,
            List<JFreeChart> panels, List<LegendKey> legend, ChartTheme theme, String note) {
        this.note = Objects.requireNonNull(note, "note");
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
        this.description = Objects.requireNonNull(description, "description");
        this.seriesNames = List.copyOf(seriesNames);
        this.panels = List.copyOf(panels);
        this.legend = List.copyOf(legend);
        this.theme = Objects.requireNonNull(theme, "theme");
        if (this.panels.isEmpty()) {
            throw new IllegalArgumentException("a panel grid needs at least one panel");
        }
    }

    /** Columns of the grid for n panels: a roughly 16:9 arrangement. */
    public static int columns(int n) {
        if (n <= 3) {
            return Math.max(n, 1);
        }
        if (n == 4) {
            return 2;
        }
        if (n <= 6) {
            return 3;
        }
        if (n <= 12) {
            return 4;
        }
        if (n <= 20) {
            return 5;
        }
        return 6;
    }

    /** The theme for panels of a grid of n panels: smaller the more rows there are. */
    public static ChartTheme panelTheme(ChartTheme figure, int n) {
        int rows = (n + columns(n) - 1) / columns(n);
        double f = rows <= 1 ? 0.8 : rows == 2 ? 0.7 : rows == 3 ? 0.6 : 0.5;
        return figure.scaled(f);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> seriesNames() {
        return seriesNames;
    }

    /** The panel charts, in reading order. */
    public List<JFreeChart> panels() {
        return panels;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        double pad = theme.pad(24);
        double x0 = area.getX() + pad;
        double width = area.getWidth() - 2 * pad;
        double y = area.getY() + pad;

        g2.setFont(theme.titleFont());
        g2.setPaint(ChartTheme.INK);
        FontMetrics fm = g2.getFontMetrics();
        y += fm.getAscent();
        g2.drawString(title, (float) x0, (float) y);
        y += fm.getDescent();
        if (!subtitle.isEmpty()) {
            g2.setFont(theme.subtitleFont());
            g2.setPaint(ChartTheme.MUTED);
            fm = g2.getFontMetrics();
            y += theme.pad(6) + fm.getAscent();
            g2.drawString(subtitle, (float) x0, (float) y);
            y += fm.getDescent();
        }
        y += theme.pad(8);

        double legendHeight = 0;
        List<List<LegendKey>> legendRows = List.of();
        if (!legend.isEmpty()) {
            g2.setFont(theme.legendFont());
            legendRows = legendRows(g2.getFontMetrics(), width);
            legendHeight = legendRows.size() * g2.getFontMetrics().getHeight() + theme.pad(16);
        }
        double noteHeight = 0;
        if (!note.isEmpty()) {
            g2.setFont(theme.subtitleFont());
            noteHeight = g2.getFontMetrics().getHeight() + theme.pad(4);
        }
        double gridBottom = area.getMaxY() - pad - legendHeight - noteHeight;
        int n = panels.size();
        int cols = columns(n);
        int rows = (n + cols - 1) / cols;
        double gap = theme.pad(8);
        double cellW = (width - (cols - 1) * gap) / cols;
        double cellH = (gridBottom - y - (rows - 1) * gap) / rows;
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int c = i % cols;
            Rectangle2D cell = new Rectangle2D.Double(x0 + c * (cellW + gap), y + r * (cellH + gap), cellW, cellH);
            panels.get(i).draw(g2, cell);
        }
        double top = area.getMaxY() - pad - noteHeight - legendHeight + theme.pad(16);
        g2.setFont(theme.legendFont());
        for (List<LegendKey> row : legendRows) {
            drawLegendRow(g2, row, x0, top);
            top += g2.getFontMetrics().getHeight();
        }
        if (!note.isEmpty()) {
            g2.setFont(theme.subtitleFont());
            g2.setPaint(ChartTheme.MUTED);
            g2.drawString(note, (float) x0, (float) (area.getMaxY() - pad - g2.getFontMetrics().getDescent()));
        }
    }

    /** The note at the foot, or empty text. */
    public String note() {
        return note;
    }

    private double keyWidth(FontMetrics fm, LegendKey key) {
        return theme.pad(56) + theme.pad(10) + fm.stringWidth(key.label()) + theme.pad(40);
    }

    /** The legend keys broken into rows that fit the width. */
    private List<List<LegendKey>> legendRows(FontMetrics fm, double width) {
        List<List<LegendKey>> rows = new java.util.ArrayList<>();
        List<LegendKey> row = new java.util.ArrayList<>();
        double used = 0;
        for (LegendKey key : legend) {
            double w = keyWidth(fm, key);
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new java.util.ArrayList<>();
                used = 0;
            }
            row.add(key);
            used += w;
        }
        rows.add(row);
        return rows;
    }

    private void drawLegendRow(Graphics2D g2, List<LegendKey> row, double x, double top) {
        FontMetrics fm = g2.getFontMetrics();
        double h = fm.getHeight();
        double mid = top + h / 2;
        double sample = theme.pad(56);
        for (LegendKey key : row) {
            g2.setPaint(key.color());
            switch (key.kind()) {
                case LINE -> {
                    g2.setStroke(theme.line());
                    g2.draw(new Line2D.Double(x, mid, x + sample, mid));
                }
                case THIN_LINE -> {
                    g2.setStroke(theme.thinLine());
                    g2.draw(new Line2D.Double(x, mid, x + sample, mid));
                }
                case DASHED -> {
                    g2.setStroke(theme.dashed());
                    g2.draw(new Line2D.Double(x, mid, x + sample, mid));
                }
                case BAND -> g2.fill(new Rectangle2D.Double(x, mid - h / 3, sample, 2 * h / 3));
                case TRIANGLE -> {
                    double s = h / 2.5;
                    double cx = x + sample / 2;
                    Path2D.Double t = new Path2D.Double();
                    t.moveTo(cx - s, mid - s);
                    t.lineTo(cx + s, mid - s);
                    t.lineTo(cx, mid + s);
                    t.closePath();
                    g2.fill(t);
                }
                case EVENT_LINE -> {
                    g2.setStroke(theme.dashed());
                    g2.draw(new Line2D.Double(x + sample / 2, mid - h / 2, x + sample / 2, mid + h / 2));
                }
                case MARKER_LINE -> {
                    g2.setStroke(theme.line());
                    g2.draw(new Line2D.Double(x + sample / 2, mid - h / 2, x + sample / 2, mid + h / 2));
                }
                default -> throw new IllegalStateException("unknown legend kind " + key.kind());
            }
            double tx = x + sample + theme.pad(10);
            g2.setPaint(ChartTheme.INK);
            g2.drawString(key.label(), (float) tx, (float) (mid + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
            x += keyWidth(fm, key);
        }
    }
}
