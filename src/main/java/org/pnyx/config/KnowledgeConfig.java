package org.pnyx.config;

/**
 * Technical questions: agenda items with a right answer (seed 001: "those who have that expertise would
 * present it clearly and accessibly"; the Condorcet jury theorem). Each declared once below.
 *
 * @param share           probability that a quorate meeting also decides a technical question
 * @param competence      probability of judging rightly at reason 0
 * @param reasonGain      competence added at reason 1 (linear in reason)
 * @param expert          probability that a citizen with the expertise attends and presents it
 * @param expertGain      competence an expert's presentation adds to an attendee of reason 1 (linear in reason)
 * @param deference       probability, at reason 0, that an attendee votes as the opinion leader judged rather
 *                        than as they did
 */
public record KnowledgeConfig(double share, double competence, double reasonGain, double expert, double expertGain,
                              double deference) {

    /** Behavioural calibration of technical questions: fixed for the run. */
    static final Section KNOWLEDGE = new Section("knowledge", false);

    public static final Param.Dbl SHARE = KNOWLEDGE.number("share", "Technical questions", 0).in(0, 1)
            .unit("per meeting").source("Condorcet (1785); Pnyx design")
            .means("Probability that a quorate meeting also decides a technical question, one with a right answer"
                    + " (0: none).");
    public static final Param.Dbl COMPETENCE = KNOWLEDGE.number("competence", "Competence at reason 0", 0.55)
            .in(0, 1).unit("probability").source("Condorcet (1785); Grofman, Owen & Feld (1983)")
            .means("Probability that an attendee of reason 0 judges a technical question rightly on their own.");
    public static final Param.Dbl REASON_GAIN = KNOWLEDGE.number("reasonGain", "Competence from reason", 0.1).in(0, 1)
            .unit("probability at reason 1").source("Pnyx design")
            .means("Competence added at reason 1 (linear in reason): reason helps one judge a technical question.");
    public static final Param.Dbl EXPERT = KNOWLEDGE.number("expert", "Expert presents", 0).in(0, 1)
            .unit("probability").source("Bookchin (Biehl 1998)")
            .means("Probability that a citizen with the expertise attends and presents it clearly and accessibly.");
    public static final Param.Dbl EXPERT_GAIN = KNOWLEDGE.number("expertGain", "Gain from the expert", 0.15).in(0, 1)
            .unit("probability at reason 1").source("Bookchin (Biehl 1998); Pnyx design")
            .means("Competence an expert's presentation adds to an attendee of reason 1 (linear in reason: one must"
                    + " follow the argument).");
    public static final Param.Dbl DEFERENCE = KNOWLEDGE.number("deference", "Deference to speakers", 0.4).in(0, 1)
            .unit("probability at reason 0").source("Boland, Proschan & Tong (1989); Ladha (1992)")
            .means("Probability, times (1 - reason), that in deliberation an attendee votes as the opinion leader"
                    + " (an attendee drawn by influence) judged instead of as they judged; it correlates the votes"
                    + " (0: independent voters).");

    public KnowledgeConfig {
        SHARE.check(share);
        COMPETENCE.check(competence);
        REASON_GAIN.check(reasonGain);
        EXPERT.check(expert);
        EXPERT_GAIN.check(expertGain);
        DEFERENCE.check(deference);
    }

    /** Reads the {@code knowledge.*} keys of resolved values. */
    public static KnowledgeConfig from(ParameterValues v) {
        return new KnowledgeConfig(v.get(SHARE), v.get(COMPETENCE), v.get(REASON_GAIN), v.get(EXPERT),
                v.get(EXPERT_GAIN), v.get(DEFERENCE));
    }
}
