package org.pnyx.config;

/**
 * How an assembly amends its own bylaws (Biehl 1998, "Assemblies at Work": its first act is "to constitute
 * itself—to draw up procedural bylaws"), and whether a decision counts toward a citizen's efficacy only
 * where it takes effect. The scenario's bylaws are each town's founding charter; a quorate meeting may
 * take up to {@code amendmentsPerMeeting} amendments, each adopted when its yes votes reach
 * {@code amendmentMajority} of the votes cast. The amendment rule is itself a bylaw (Buchanan &amp; Tullock
 * 1962: a constitution is chosen under a stricter rule than ordinary decisions, because its external costs
 * last longer).
 *
 * @param amendmentMajority   yes share of votes cast an amendment needs
 * @param amendmentsPerMeeting amendments a quorate meeting may take up (0: the charter is fixed)
 * @param efficacyFromEffect  whether a decision counts toward efficacy (and agendas hold an issue) only where
 *                            the assembly's decision takes effect
 */
public record AmendmentConfig(double amendmentMajority, int amendmentsPerMeeting, boolean efficacyFromEffect) {

    /** The amendment rule, declared among the bylaws: amendable like them. */
    static final Section BYLAWS = new Section("bylaws", true);

    /** The effect switch, declared among the attendance settings: fixed for the run. */
    static final Section ATTENDANCE = new Section("attendance", false);

    public static final Param.Dbl AMENDMENT_MAJORITY = BYLAWS.number("amendmentMajority", "Amendment majority",
            0.6667).above(0.5, 1).unit("share of votes cast").source("Buchanan & Tullock (1962)")
            .means("Yes share of votes cast an amendment of the bylaws needs (itself a bylaw, amendable by this rule).");
    public static final Param.Int AMENDMENTS_PER_MEETING = BYLAWS.whole("amendmentsPerMeeting",
            "Amendments per meeting", 0).in(0, 10).unit("amendments").source("Bookchin (Biehl 1998); Ostrom (1990)"
                    + " principle 3")
            .means("Amendments of the bylaws a quorate meeting may take up, moved by attendees from what they lived"
                    + " through (0: the founding charter stays fixed).");
    public static final Param.Bool EFFICACY_FROM_EFFECT = ATTENDANCE.flag("efficacyFromEffect",
            "Efficacy only from decisions in force", true).source("Pnyx design; Bryan (2004)")
            .means("Whether agendas hold only the issues the town's assembly decides, and wins and losses count toward"
                    + " efficacy only where its decisions take effect (false: every vote counts, as if binding).");

    /** The defaults: a two-thirds amendment rule, no amendments, efficacy from decisions in force. */
    public static final AmendmentConfig DEFAULT = new AmendmentConfig(0.6667, 0, true);

    public AmendmentConfig {
        AMENDMENT_MAJORITY.check(amendmentMajority);
        AMENDMENTS_PER_MEETING.check(amendmentsPerMeeting);
    }

    /** Reads the amendment keys. */
    public static AmendmentConfig from(ParameterValues v) {
        return new AmendmentConfig(v.get(AMENDMENT_MAJORITY), v.get(AMENDMENTS_PER_MEETING),
                v.get(EFFICACY_FROM_EFFECT));
    }
}
