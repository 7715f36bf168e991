package org.pnyx.config;

/**
 * Coefficients of the attendance decision and its adaptive habit (Bendor, Diermeier &amp; Ting 2003;
 * Fowler 2006; Bryan 2004). Each coefficient is declared once below, with its unit, range and source.
 */
public record AttendanceConfig(double base, double solidarity, double habit, double salience, double efficacy,
                               double cost, double referenceSize, double sizeElasticity, double learningRate,
                               double aspirationMemory, double efficacyMemory, double duty, double survivalHours,
                               double experience, double speakingTurns, double acquaintances) {

    /** Behavioural calibration of the attendance choice: fixed for the run. */
    static final Section ATTENDANCE = new Section("attendance", false);

    public static final Param.Dbl BASE = ATTENDANCE.number("base", "Attendance intercept", -6.0).in(-20, 20)
            .unit("log-odds").source("Pnyx calibration").means("Intercept of the attendance log-odds.");
    public static final Param.Dbl SOLIDARITY = ATTENDANCE.number("solidarity", "Weight of solidarity", 2.0).in(0, 20)
            .unit("log-odds per unit").source("Riker & Ordeshook (1968) duty term").means("Weight of civic virtue.");
    public static final Param.Dbl HABIT = ATTENDANCE.number("habit", "Weight of habit", 3.0).in(0, 20)
            .unit("log-odds per unit").source("Fowler (2006)").means("Weight of the attendance habit.");
    public static final Param.Dbl SALIENCE = ATTENDANCE.number("salience", "Weight of salience", 2.0).in(0, 20)
            .unit("log-odds per unit").source("Bryan (2004)")
            .means("Weight of agenda salience (how far the proposals are from the status quo for the citizen).");
    public static final Param.Dbl EFFICACY = ATTENDANCE.number("efficacy", "Weight of efficacy", 1.5).in(0, 20)
            .unit("log-odds per unit").source("Bryan (2004)")
            .means("Weight of perceived efficacy (share of recent decisions that went the citizen's way, shrunk by size).");
    public static final Param.Dbl COST = ATTENDANCE.number("cost", "Weight of meeting cost", 2.0).in(0, 20)
            .unit("log-odds per unit").source("Downs (1957)")
            .means("Weight of the meeting's cost: meeting hours over the citizen's free hours.");
    public static final Param.Dbl REFERENCE_SIZE = ATTENDANCE.number("referenceSize", "Reference assembly size", 100)
            .in(1, 1e9).unit("citizens").source("Bryan (2004)")
            .means("Assembly size at which perceived efficacy is not yet diluted.");
    public static final Param.Dbl SIZE_ELASTICITY = ATTENDANCE.number("sizeElasticity", "Size elasticity of efficacy",
            0).in(0, 5).unit("exponent").source("assumed (Pnyx calibration; no mechanism produces it)")
            .means("Assumed dilution, off by default: efficacy's weight is multiplied by (referenceSize / population)"
                    + "^sizeElasticity. Attendance falls with size through what citizens experience instead"
                    + " (attendance.experience).");
    public static final Param.Dbl LEARNING_RATE = ATTENDANCE.number("learningRate", "Habit learning rate", 0.1).in(0, 1)
            .unit("share").source("Bendor, Diermeier & Ting (2003)")
            .means("Bush-Mosteller step by which satisfying outcomes reinforce (or unsatisfying ones inhibit) the habit.");
    public static final Param.Dbl ASPIRATION_MEMORY = ATTENDANCE.number("aspirationMemory", "Aspiration memory", 0.8)
            .in(0, 1).unit("share").source("Bendor, Diermeier & Ting (2003)")
            .means("Weight of the old aspiration when it adapts toward the latest payoff.");
    public static final Param.Dbl EFFICACY_MEMORY = ATTENDANCE.number("efficacyMemory", "Efficacy memory", 0.8).in(0, 1)
            .unit("share").means("Weight of past efficacy when updated with the latest outcome.");
    public static final Param.Dbl DUTY = ATTENDANCE.number("duty", "Duty payoff", 0.5).in(0, 5).unit("payoff units")
            .source("Riker & Ordeshook (1968)")
            .means("Payoff of having attended, per unit of solidarity (expressive benefit).");

    public static final Param.Dbl SURVIVAL_HOURS = ATTENDANCE.number("survivalHours", "Hours seeking the means of life",
            20).in(0, 168).unit("hours/week at total shortfall")
            .source("Bookchin (Biehl 1998): \"the demands of survival and personal security will overtake all other concerns\";"
                    + " Pnyx design")
            .means("Free hours a citizen in shortfall spends seeking the means of life instead of on politics, times"
                    + " the depth of their shortfall (1 - consumption / need) last week.");
    public static final Param.Dbl EXPERIENCE = ATTENDANCE.number("experience", "Weight of the experienced meeting",
            3.0).in(0, 20).unit("log-odds per unit")
            .source("Dahl & Tufte (1973); Bryan (2004); Riker & Ordeshook (1968)")
            .means("Weight of what a citizen experiences of the meeting's size, in the attendance decision and in the"
                    + " payoff the habit learns from: the mean of the chance of a speaking turn, the share of attendees"
                    + " one knows and the chance one's vote decides, each at the last meeting's attendance.");
    public static final Param.Dbl SPEAKING_TURNS = ATTENDANCE.number("speakingTurns", "Speaking turns per hour", 7)
            .in(0.01, 1e6).unit("turns/hour").source("Dahl & Tufte (1973)")
            .means("Turns to speak an hour of meeting has room for; each attendee's chance of being heard is the"
                    + " meeting's turns (this times its length) over attendees (at most 1).");
    public static final Param.Dbl ACQUAINTANCES = ATTENDANCE.number("acquaintances", "Acquaintances", 150)
            .in(1, 1e6).unit("people").source("Dunbar (1992); Bryan (2004)")
            .means("People a citizen knows by face; the share of attendees they know is this over attendees (at most 1).");

    public AttendanceConfig {
        BASE.check(base);
        SOLIDARITY.check(solidarity);
        HABIT.check(habit);
        SALIENCE.check(salience);
        EFFICACY.check(efficacy);
        COST.check(cost);
        REFERENCE_SIZE.check(referenceSize);
        SIZE_ELASTICITY.check(sizeElasticity);
        LEARNING_RATE.check(learningRate);
        ASPIRATION_MEMORY.check(aspirationMemory);
        EFFICACY_MEMORY.check(efficacyMemory);
        DUTY.check(duty);
        SURVIVAL_HOURS.check(survivalHours);
        EXPERIENCE.check(experience);
        SPEAKING_TURNS.check(speakingTurns);
        ACQUAINTANCES.check(acquaintances);
    }

    /** Reads the {@code attendance.*} keys. */
    public static AttendanceConfig from(ParameterValues v) {
        return new AttendanceConfig(v.get(BASE), v.get(SOLIDARITY), v.get(HABIT), v.get(SALIENCE), v.get(EFFICACY),
                v.get(COST), v.get(REFERENCE_SIZE), v.get(SIZE_ELASTICITY), v.get(LEARNING_RATE),
                v.get(ASPIRATION_MEMORY), v.get(EFFICACY_MEMORY), v.get(DUTY), v.get(SURVIVAL_HOURS),
                v.get(EXPERIENCE), v.get(SPEAKING_TURNS), v.get(ACQUAINTANCES));
    }
}
