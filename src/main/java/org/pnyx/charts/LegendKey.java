package org.pnyx.charts;

import java.awt.Color;

/**
 * One entry of a grid figure's shared legend.
 *
 * @param label the text
 * @param color the colour of the sample
 * @param kind how the sample is drawn
 */
public record LegendKey(String label, Color color, Kind kind) {

    /** The sample drawn beside the label. */
    public enum Kind {
        /** A thick line: a measured series. */
        LINE,
        /** A thin line: context such as the overall value. */
        THIN_LINE,
        /** A dashed line: a mean or reference. */
        DASHED,
        /** A translucent box: a band. */
        BAND,
        /** A small triangle: an event such as a recall. */
        TRIANGLE,
        /** A vertical dashed line: an event such as a collapse. */
        EVENT_LINE,
        /** A vertical solid line: an intervention. */
        MARKER_LINE
    }
}
