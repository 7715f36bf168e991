package org.pnyx.config;

/**
 * How citizens' preferred policies follow from their interests and values (keys {@code interests.*}): at each
 * meeting of their assembly every member's opinion on each issue moves the share {@code pull} of the way toward
 * the view their situation gives, their own stake weighed against the town's by their solidarity
 * ({@code model.Interests}; seed 001, "Localism and Interdependence", "The Municipalized Economy").
 *
 * @param pull share of the way an opinion moves toward the citizen's interested view at each meeting
 * @param gain how steeply a preferred value follows a stake (log-odds per stake in units of the citizen's need)
 * @param anchor share of the way each attendee returns to their interested view after each round of deliberation
 *               (Friedkin &amp; Johnsen 1990; 0: deliberation alone moves opinions in the meeting)
 * @param horizon weeks of levels a citizen wants secured, by their own reserves and their part of the common stock,
 *                when judging the common share (0: the town's insecurity only, the same for all)
 * @param canvass members each dissenter on an adopted motion seeks out before the next meeting (0: none)
 */
public record InterestsConfig(double pull, double gain, double anchor, double horizon, int canvass) {

    /** Behavioural calibration: fixed for the run. */
    static final Section INTERESTS = new Section("interests", false);

    public static final Param.Dbl PULL = INTERESTS.number("pull", "Pull of interests", 0.5).in(0, 1)
            .unit("share per meeting").source("Bookchin (Biehl 1998): Localism and Interdependence; Downs (1957); Pnyx design")
            .means("Share of the way each member's opinion moves, at each meeting of their assembly, toward the view"
                    + " their interests and values give (0: opinions keep their initial draw and move only by"
                    + " deliberation).");
    public static final Param.Dbl GAIN = INTERESTS.number("gain", "Steepness of interests", 4).in(0, 100)
            .unit("log-odds per need").source("Pnyx design")
            .means("How steeply a preferred policy follows a stake: the preferred value is logistic(gain x stake),"
                    + " the stake being goods a week gained per unit of the policy, over the citizen's need.");

    public static final Param.Dbl ANCHOR = INTERESTS.number("anchor", "Anchoring in interests", 0.3).in(0, 1)
            .unit("share per round").source("Friedkin & Johnsen (1990, 1999): social influence with anchored attitudes")
            .means("Share of the way each attendee's opinion returns, after every round of deliberation on a motion,"
                    + " to the view their interests and values give: deliberation moves people, their situation"
                    + " holds them, and a minority whose situation differs persists (0: deliberation alone moves"
                    + " opinions in the meeting, and a town converges).");
    public static final Param.Dbl HORIZON = INTERESTS.number("horizon", "Horizon of security", 52).in(0, 1040)
            .unit("weeks").source("Moene & Wallerstein (2001): demand for insurance falls with one's own means; Pnyx design")
            .means("Weeks of their need levels a citizen wants secured when judging the common share: what their own"
                    + " wealth and their part of the common stock leave uncovered over this horizon is their"
                    + " insecurity, so the poor want more saved than the rich (0: the town's insecurity, the same"
                    + " for all).");

    public static final Param.Int CANVASS = INTERESTS.whole("canvass", "Canvassing by the minority", 0).in(0, 100)
            .unit("members per dissenter").source("Bookchin (Biehl 1998): the minority \"retains the crucial freedom to"
                    + " try to overturn the decision\"; Deffuant et al. (2000); Pnyx design")
            .means("The minority persuades between meetings: after a motion carries, each attendee who voted against"
                    + " it seeks out this many members of the town drawn at random; one whose opinion lies within the"
                    + " confidence radius moves the Deffuant convergence times their judgement's weight of the way to"
                    + " the dissenter's (0: nobody canvasses).");

    public InterestsConfig {
        PULL.check(pull);
        GAIN.check(gain);
        ANCHOR.check(anchor);
        HORIZON.check(horizon);
        CANVASS.check(canvass);
    }

    /** Reads the {@code interests.*} keys. */
    public static InterestsConfig from(ParameterValues v) {
        return new InterestsConfig(v.get(PULL), v.get(GAIN), v.get(ANCHOR), v.get(HORIZON), v.get(CANVASS));
    }
}
