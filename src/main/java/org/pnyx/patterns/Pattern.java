package org.pnyx.patterns;

import java.util.List;
import java.util.Optional;
import org.pnyx.config.Param;
import org.pnyx.sim.Mechanisms;

/**
 * One published pattern: what the publication found, the figure that shows it, the range a reproduction must
 * fall in (taken from the publication, not from today's figure), and the knockout of the mechanism meant to
 * produce it. A pattern passes when the reproduced figure is within the tolerance and the knocked-out figure is
 * not.
 *
 * @param name         short name, used on the command line
 * @param claim        the published result in one sentence
 * @param source       where it is published
 * @param figure       what is measured, with its unit
 * @param expected     the range the figure must fall in, and where the range comes from
 * @param knockout     the mechanism switched off for the comparison
 * @param assumed      the parameter that sets the result rather than citizens producing it, or null
 * @param fixIssue     the issue that is to make the pattern pass, if it is expected to fail today; 0 if not
 * @param replications replications of a full run (a quick run takes fewer)
 * @param measure      the figure of one replication
 */
public record Pattern(String name, String claim, String source, String figure, Tolerance expected, Knockout knockout,
                      String assumed, int fixIssue, int replications, Measure measure) {

    /** The figure of one replication, measured in the trial's setting (live or knocked out). */
    @FunctionalInterface
    public interface Measure {
        double of(Trial trial) throws Exception;
    }

    /**
     * The range the figure must fall in.
     *
     * @param low  lowest value within tolerance
     * @param high highest value within tolerance
     * @param why  where the range comes from
     */
    public record Tolerance(double low, double high, String why) {

        public boolean contains(double x) {
            return x >= low - 1e-12 && x <= high + 1e-12;
        }

        /** The range as written in the report, e.g. {@code [0.45, 0.55]}. */
        public String range() {
            return "[" + Estimate.number(low) + ", " + (Double.isInfinite(high) ? "inf" : Estimate.number(high)) + "]";
        }
    }

    /**
     * A knockout: the registered mechanism it switches off, its description, and the overrides that do so in
     * the engine (none for a pure-rule pattern, whose measure reads {@link Trial#knockedOut()}).
     */
    public record Knockout(String mechanism, String text, List<String> overrides) {

        /** The declared knockout of a mechanism of {@link Mechanisms}. */
        public static Knockout of(String mechanism) {
            Mechanisms.Mechanism m = mechanism(mechanism).orElseThrow(
                    () -> new IllegalArgumentException("no mechanism named " + mechanism));
            String set = m.knockout().path() + "=" + m.neutral();
            return new Knockout(m.name(), set, List.of(set));
        }

        /** A knockout inside a rule, for a pattern that calls the rule classes directly. */
        public static Knockout inRule(String mechanism, String text) {
            return new Knockout(mechanism, text, List.of());
        }

        static Optional<Mechanisms.Mechanism> mechanism(String name) {
            return Mechanisms.all().stream().filter(m -> m.name().equals(name)).findFirst();
        }
    }

    /** Whether the pattern is known to fail today (it names the issue that is to fix it). */
    public boolean expectedToFail() {
        return fixIssue > 0;
    }

    /** {@code key=value} for a declared parameter, for a pattern's settings. */
    public static String set(Param p, Object value) {
        return p.path() + "=" + value;
    }
}
