package org.pnyx.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Fonts and strokes for projection: large sans-serif type and thick lines at the
 * 1600×900 design size, scaled by {@code scale} for other sizes and for small multiples.
 * No chart junk: white background, no plot outline, light horizontal grid lines only.
 *
 * @param scale size relative to the 1600×900 design size, in (0, 10]
 */
public record ChartTheme(double scale) {

    /** Dark grey for text and axis lines: softer than black, still high contrast. */
    public static final Color INK = new Color(0x222222);
    /** Grey for secondary text such as subtitles. */
    public static final Color MUTED = new Color(0x555555);

    public ChartTheme {
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("scale must be in (0, 10], but was " + scale);
        }
    }

    /** The theme for a whole image of the given options. */
    public static ChartTheme of(ChartOptions opts) {
        return new ChartTheme(opts.scale());
    }

    /** The same theme at a fraction of the size, for panels of a grid. */
    public ChartTheme scaled(double factor) {
        return new ChartTheme(scale * factor);
    }

    private float px(double designPixels) {
        return (float) Math.max(1.0, designPixels * scale);
    }

    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(px(40)));
    }

    public Font subtitleFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(px(26)));
    }

    public Font axisLabelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(px(28)));
    }

    public Font tickFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(px(24)));
    }

    public Font legendFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(px(26)));
    }

    /** The stroke of a measured series. */
    public Stroke line() {
        return new BasicStroke(px(5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The stroke of a context series, such as the overall line behind a municipality's. */
    public Stroke thinLine() {
        return new BasicStroke(px(3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed stroke for reference lines: means, equality lines, event markers. */
    public Stroke dashed() {
        float w = px(3);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4 * w, 3 * w}, 0f);
    }

    /** Padding in pixels at this scale. */
    public double pad(double designPixels) {
        return designPixels * scale;
    }

    /** Applies the look to a chart built by this module: fonts, colours, no outline, no shadows. */
    public JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(pad(12), pad(12), pad(12), pad(24)));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(titleFont());
            chart.getTitle().setPaint(INK);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(legendFont());
                legend.setItemPaint(INK);
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setItemLabelPadding(new RectangleInsets(pad(4), pad(6), pad(4), pad(24)));
            } else if (t instanceof TextTitle text) {
                text.setFont(subtitleFont());
                text.setPaint(MUTED);
            }
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(true);
            plot.setRangeGridlinePaint(Palette.GRID);
            plot.setRangeGridlineStroke(new BasicStroke(px(1.5)));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                style(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                style(plot.getRangeAxis(i));
            }
        }
        return chart;
    }

    private void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(axisLabelFont());
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(tickFont());
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(MUTED);
        axis.setAxisLineStroke(new BasicStroke(px(1.5)));
        axis.setTickMarkPaint(MUTED);
        axis.setTickMarkStroke(new BasicStroke(px(1.5)));
        axis.setTickMarkOutsideLength(px(6));
        axis.setTickMarkInsideLength(0);
    }
}
