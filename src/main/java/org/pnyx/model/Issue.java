package org.pnyx.model;

/**
 * The municipal policy questions an assembly decides. Each is a value in [0, 1] and every
 * citizen holds an opinion on each. The economy reads these policies each week (under state socialism it
 * keeps the plan's initial values instead).
 */
public enum Issue {
    /** Share of the surplus over need levels saved in the common stock (seed 001: the assembly sets the common stock). */
    COMMON_SHARE,
    /** Need level: each citizen is entitled to (0.5 + level) times their need (seed 001: levels of need). */
    NEED_LEVEL,
    /** Cap on the weekly harvest of the commons, as a share of twice the maximum sustainable yield (Ostrom 1990). */
    HARVEST_CAP,
    /** Multiplier of the bylaws' monitoring probability: the assembly may suspend or restore sanctions. */
    SANCTIONS;

    /** Number of issues. */
    public static final int COUNT = values().length;
}
