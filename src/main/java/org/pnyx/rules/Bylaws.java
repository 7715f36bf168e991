package org.pnyx.rules;

import org.pnyx.config.BylawConfig;

/** Factories turning bylaw settings into rule objects. */
public final class Bylaws {

    private Bylaws() {
    }

    /** The voting rule for a decision rule setting; {@code NONE} gives null. */
    public static VotingRule voting(BylawConfig.DecisionRule rule, double supermajority) {
        return switch (rule) {
            case MAJORITY -> new MajorityRule();
            case SUPERMAJORITY -> new SupermajorityRule(supermajority);
            case CONSENSUS -> new ConsensusRule();
            case NONE -> null;
        };
    }

    /** The deliberation model of the bylaws. */
    public static Deliberation deliberation(BylawConfig b) {
        return switch (b.deliberation()) {
            case HEGSELMANN_KRAUSE -> new HegselmannKrause(b.confidence());
            case DEFFUANT -> new Deffuant(b.confidence(), b.convergence());
            case NONE -> new NoDeliberation();
        };
    }

    /** The office selector of the bylaws. */
    public static OfficeSelector offices(BylawConfig.OfficeSelection selection) {
        return switch (selection) {
            case ELECTION -> new Election();
            case SORTITION -> new Sortition();
            case ROTATION -> new Rotation();
        };
    }
}
