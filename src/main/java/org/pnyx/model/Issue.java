package org.pnyx.model;

/**
 * The municipal policy questions an assembly decides. Each is a value in [0, 1] and every
 * citizen holds an opinion on each. The economy reads these policies each week.
 */
public enum Issue {
    /** Share of income pooled as the common stock (seed 001: the assembly sets the common stock). */
    COMMON_SHARE,
    /** Share of each citizen's need the common stock guarantees (seed 001: levels of need). */
    NEED_LEVEL;

    /** Number of issues. */
    public static final int COUNT = values().length;
}
