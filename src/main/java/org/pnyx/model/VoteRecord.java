package org.pnyx.model;

import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.rules.RuleOutcomes;

/**
 * One confederal vote, as written to {@code votes.csv}.
 *
 * @param week         0-based week of the vote
 * @param confederation the confederation's name
 * @param question     what was put: {@code share} (a new pooled share) or {@code sanction} (of a hoarding town)
 * @param subject      for a sanction, the town; for a share, empty
 * @param statusQuo    current value (share), or 0 for a sanction
 * @param proposal     proposed value (share), or 1 for a sanction
 * @param outcomes     the count and the outcome under each rule
 * @param deviations   delegates who cast a vote against their town's mandate
 * @param rule         the rule in force
 */
public record VoteRecord(long week, String confederation, Question question, String subject, double statusQuo,
                         double proposal, RuleOutcomes outcomes, int deviations, Rule rule) {

    /** Kinds of confederal question. */
    public enum Question { SHARE, SANCTION }

    /** Whether the question was adopted under the rule in force. */
    public boolean adopted() {
        return outcomes.under(rule);
    }
}
