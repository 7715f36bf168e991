package org.pnyx.charts;

/**
 * Execution settings for drawing: the pixel size of every chart. Not a model parameter.
 *
 * @param width image width in pixels, in [320, 8000]; default 1600
 * @param height image height in pixels, in [240, 8000]; default 900
 */
public record ChartOptions(int width, int height) {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;

    public ChartOptions {
        if (width < 320 || width > 8000) {
            throw new IllegalArgumentException("width must be in [320, 8000], but was " + width);
        }
        if (height < 240 || height > 8000) {
            throw new IllegalArgumentException("height must be in [240, 8000], but was " + height);
        }
    }

    /** 1600×900, a 16:9 projector frame. */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * How much larger or smaller than the 1600×900 design size fonts and lines are drawn,
     * so a small image stays legible and a large one is not spidery.
     */
    public double scale() {
        return Math.min(width / (double) DEFAULT_WIDTH, height / (double) DEFAULT_HEIGHT);
    }
}
