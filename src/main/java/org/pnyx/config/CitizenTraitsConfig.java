package org.pnyx.config;

/** The distributions from which each citizen's traits are drawn (keys {@code citizens.*}). */
public record CitizenTraitsConfig(Distribution solidarity, Distribution reason, Distribution freeTime,
                                  Distribution need, Distribution ability, Distribution wealth,
                                  Distribution habit, Distribution opinion) {

    /** Traits are drawn once, when the society is built. */
    static final Section CITIZENS = new Section("citizens", false);

    /**
     * The reference solidarity: the declared default of {@code citizens.solidarity}, taken to be that of the
     * experiments' subjects, among whom the effort types have their published shares ({@code model.TypeBands}).
     */
    public static final Distribution REFERENCE_SOLIDARITY = new Distribution(Distribution.Kind.BETA, 0.5, 0.15, 0, 1);

    public static final Param.Dist SOLIDARITY = CITIZENS.distribution("solidarity", "Solidarity", "beta",
            REFERENCE_SOLIDARITY.mean(), REFERENCE_SOLIDARITY.sd(), REFERENCE_SOLIDARITY.min(),
            REFERENCE_SOLIDARITY.max(), "index 0-1", "Civic virtue (Bookchin's solidarity): the duty to take part and"
            + " to work (economy.dutyWeight); sets the effort type against the default distribution (economy.moralTypes);"
            + " drawn at birth, then grows or erodes with participation (civic.formation).",
            "Pnyx design");
    public static final Param.Dist REASON = CITIZENS.distribution("reason", "Reason", "beta", 0.6, 0.15, 0, 1,
            "index 0-1",
            "Judgement: how far a citizen weighs speakers in deliberation by the speakers' reason (civic.judgement);"
            + " drawn at birth, then grows or erodes with participation (civic.formation).",
            "Pnyx design");
    public static final Param.Dist FREE_TIME = CITIZENS.distribution("freeTime", "Free time", "normal", 12, 6, 0, 80,
            "hours/week", "Hours a week free of work and care; a meeting costs its length out of it.", "Pnyx design");
    public static final Param.Dist NEED = CITIZENS.distribution("need", "Need", "normal", 1.0, 0.2, 0.1, 10,
            "goods/week",
            "Goods a citizen must consume each week to meet basic need; below it the citizen is in shortfall.",
            "Pnyx design");
    public static final Param.Dist ABILITY = CITIZENS.distribution("ability", "Ability", "lognormal", 1.0, 0.4, 0.05,
            20, "index, mean 1",
            "Productive ability; weekly output is ability x effort x hours x productivity (x co-op and commons factors).",
            "Pnyx design");
    public static final Param.Dist WEALTH = CITIZENS.distribution("wealth", "Initial wealth", "lognormal", 20, 15, 0,
            1_000_000, "goods", "Initial private wealth.", "Pnyx design");
    public static final Param.Dist HABIT = CITIZENS.distribution("habit", "Attendance habit", "beta", 0.3, 0.15, 0, 1,
            "propensity 0-1",
            "Initial attendance habit, the learned propensity to attend (Bendor-Diermeier-Ting, Fowler).",
            "Pnyx design");
    public static final Param.Dist OPINION = CITIZENS.distribution("opinion", "Initial opinion", "uniform", 0.5, 0.29,
            0, 1, "position 0-1", "Initial opinion on each policy issue (the preferred policy value).", "Pnyx design");

    /** Reads the {@code citizens.*} keys. */
    public static CitizenTraitsConfig from(ParameterValues v) {
        return new CitizenTraitsConfig(v.get(SOLIDARITY), v.get(REASON), v.get(FREE_TIME), v.get(NEED), v.get(ABILITY),
                v.get(WEALTH), v.get(HABIT), v.get(OPINION));
    }
}
