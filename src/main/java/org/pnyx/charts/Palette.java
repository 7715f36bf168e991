package org.pnyx.charts;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008), which stays
 * distinguishable under the common forms of colour blindness.
 */
public final class Palette {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Neutral grey for reference lines and context, never for a measured series. */
    public static final Color GREY = new Color(0x999999);
    /** Light grey for grid lines. */
    public static final Color GRID = new Color(0xDDDDDD);

    /**
     * Colours for series that stand for runs rather than metrics (comparisons), in order.
     * Yellow is left out: a thin yellow line on white is hard to see on a projector.
     */
    public static final List<Color> RUN_ORDER =
            List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION, REDDISH_PURPLE);

    private Palette() {
    }

    /** The colour for the i-th run of a comparison; repeats after {@link #RUN_ORDER} is used up. */
    public static Color forRun(int index) {
        return RUN_ORDER.get(Math.floorMod(index, RUN_ORDER.size()));
    }

    /** Whether the i-th run's colour repeats an earlier run's, so its line should be told apart by a dash. */
    public static boolean repeats(int index) {
        return index >= RUN_ORDER.size();
    }

    /** The colour with the given opacity in [0, 1], for translucent bands. */
    public static Color translucent(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }
}
