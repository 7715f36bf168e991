package org.pnyx.config;

/**
 * Civic formation and judgement (keys {@code civic.*}): solidarity and reason grow by taking part in an
 * empowered assembly and erode with absence, exclusion and powerlessness (seed 001, "The Formation of
 * Citizenship"; Pateman 1970; Mansbridge 1980); in deliberation, reason weighs arguments by their grounding.
 *
 * @param formation whether solidarity and reason change with participation
 * @param growth    share of the gap to 1 an attendee of an empowered meeting closes
 * @param erosion   share of solidarity and reason lost by a member absent, excluded or powerless at a meeting
 * @param judgement whether listeners weigh a speaker by the speaker's reason (else reason plays no part)
 */
public record CivicConfig(boolean formation, double growth, double erosion, boolean judgement) {

    /** Rates of a citizen's development: fixed for the run. */
    static final Section CIVIC = new Section("civic", false);

    public static final Param.Bool FORMATION = CIVIC.flag("formation", "Civic formation", true)
            .source("Biehl (1998), The Formation of Citizenship; Pateman (1970); Mansbridge (1980)")
            .means("Whether solidarity and reason grow with participation in empowered assemblies and erode with"
            + " absence, exclusion and powerlessness; false keeps them as drawn.");
    public static final Param.Dbl GROWTH = CIVIC.number("growth", "Civic growth", 0.02).in(0, 1)
            .unit("share of the gap to 1 per meeting").source("Pateman (1970) educative effect; Pnyx design rate")
            .means("Share of the gap to 1 an attendee's solidarity and reason close at a quorate meeting of an"
            + " assembly that governs (an empowered meeting); twice that for the facilitator.");
    public static final Param.Dbl EROSION = CIVIC.number("erosion", "Civic erosion", 0.002).in(0, 1)
            .unit("share per meeting").source("Pateman (1970); Pnyx design rate")
            .means("Share of solidarity and reason a member loses at a meeting they miss, while excluded from work,"
            + " or that is powerless (inquorate, or under a state council).");
    public static final Param.Bool JUDGEMENT = CIVIC.flag("judgement", "Judgement", true)
            .source("Biehl (1998): reason weighs the possible courses of action; Pnyx design")
            .means("In deliberation a listener of reason r_i weighs a speaker of reason r_j by 1 - r_i (1 - r_j):"
            + " reasonable citizens weigh well-grounded positions more, unreasoning ones are swayed by whoever is"
            + " near; false weighs every speaker alike (the published bounded-confidence models).");

    public CivicConfig {
        GROWTH.check(growth);
        EROSION.check(erosion);
    }

    /** Reads the {@code civic.*} keys. */
    public static CivicConfig from(ParameterValues v) {
        return new CivicConfig(v.get(FORMATION), v.get(GROWTH), v.get(EROSION), v.get(JUDGEMENT));
    }
}
