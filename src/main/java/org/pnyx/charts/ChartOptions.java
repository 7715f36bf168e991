package org.pnyx.charts;

import java.util.List;

/**
 * Execution settings for drawing. Not model parameters.
 *
 * @param width image width in pixels, in [320, 8000]; default 1600
 * @param height image height in pixels, in [240, 8000]; default 900
 * @param typeScale how much larger than usual type and lines are drawn, in [1, 3]; 1 by default,
 *     {@value #PROJECTOR_TYPE} for the projector preset
 * @param maxPanels the most panels drawn in one image of small multiples; more continue on further images
 * @param metrics the metrics to draw, in order ({@code --metrics}); empty for each family's own
 * @param by the sweep parameter (key path) to group replicated time series by ({@code --by}); null to choose
 *     the parameter with the largest effect
 */
public record ChartOptions(int width, int height, double typeScale, int maxPanels, List<String> metrics,
        String by) {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;
    /** Panels per image unless the preset says otherwise: a 3 × 3 grid. */
    public static final int DEFAULT_MAX_PANELS = 9;
    /** The projector preset: 1280×720, type 1.3 times larger, at most six panels per image. */
    public static final int PROJECTOR_WIDTH = 1280;
    public static final int PROJECTOR_HEIGHT = 720;
    public static final double PROJECTOR_TYPE = 1.3;
    public static final int PROJECTOR_MAX_PANELS = 6;

    public ChartOptions {
        if (width < 320 || width > 8000) {
            throw new IllegalArgumentException("width must be in [320, 8000], but was " + width);
        }
        if (height < 240 || height > 8000) {
            throw new IllegalArgumentException("height must be in [240, 8000], but was " + height);
        }
        if (!(typeScale >= 1 && typeScale <= 3)) {
            throw new IllegalArgumentException("type scale must be in [1, 3], but was " + typeScale);
        }
        if (maxPanels < 1 || maxPanels > 24) {
            throw new IllegalArgumentException("panels per image must be in [1, 24], but was " + maxPanels);
        }
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** The given size, usual type, {@value #DEFAULT_MAX_PANELS} panels per image, every metric. */
    public ChartOptions(int width, int height) {
        this(width, height, 1, DEFAULT_MAX_PANELS, List.of(), null);
    }

    /** 1600×900, a 16:9 projector frame. */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The projector preset: 1280×720, type {@value #PROJECTOR_TYPE} times larger, at most six panels per image. */
    public static ChartOptions projector() {
        return new ChartOptions(PROJECTOR_WIDTH, PROJECTOR_HEIGHT, PROJECTOR_TYPE, PROJECTOR_MAX_PANELS, List.of(),
                null);
    }

    /** These options drawing only the given metrics, in order. */
    public ChartOptions withMetrics(List<String> chosen) {
        return new ChartOptions(width, height, typeScale, maxPanels, chosen, by);
    }

    /** These options grouping replicated series by the given parameter. */
    public ChartOptions withBy(String parameter) {
        return new ChartOptions(width, height, typeScale, maxPanels, metrics, parameter);
    }

    /** Whether the metrics to draw were chosen ({@code --metrics}). */
    public boolean metricsChosen() {
        return !metrics.isEmpty();
    }

    /**
     * How much larger or smaller than the 1600×900 design size fonts and lines are drawn,
     * so a small image stays legible and a large one is not spidery; times {@link #typeScale}.
     */
    public double scale() {
        return Math.min(width / (double) DEFAULT_WIDTH, height / (double) DEFAULT_HEIGHT) * typeScale;
    }
}
