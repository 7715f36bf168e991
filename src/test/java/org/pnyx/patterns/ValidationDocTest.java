package org.pnyx.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.sim.Mechanisms;

/**
 * docs/VALIDATION.md lists exactly the registered patterns, in order, each with the registry's claim, source,
 * tolerance, knockout and notes, so the document cannot go stale silently. (The figures come from a full run
 * and are not re-run here.)
 */
class ValidationDocTest {

    private static List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/VALIDATION.md"))) {
            if (line.startsWith("| `")) {
                rows.add(line);
            }
        }
        return rows;
    }

    @Test
    void theDocumentListsEveryRegisteredPatternWithItsSourceToleranceAndKnockout() throws Exception {
        List<String> rows = rows();
        List<Pattern> all = Patterns.all();
        assertEquals(all.size(), rows.size(), "one row per registered pattern; regenerate docs/VALIDATION.md");
        for (int i = 0; i < all.size(); i++) {
            String declared = "| " + String.join(" | ", ValidationReport.declared(all.get(i)).stream()
                    .map(c -> c.replace("|", "\\|")).toList()) + " | ";
            assertTrue(rows.get(i).startsWith(declared), "row " + (i + 1) + " is not the registry's "
                    + all.get(i).name() + ":\n  doc:      " + rows.get(i) + "\n  registry: " + declared);
        }
        String doc = Files.readString(Path.of("docs/VALIDATION.md"));
        assertTrue(doc.contains(ValidationReport.HEADER), "the table has the report's header");
    }

    @Test
    void everyPatternNamesARegisteredMechanismAndAUniqueName() {
        for (Pattern p : Patterns.all()) {
            boolean declaredInRule = p.knockout().overrides().isEmpty();
            boolean registered = Pattern.Knockout.mechanism(p.knockout().mechanism()).isPresent();
            assertTrue(declaredInRule || registered || p.expectedToFail(), p.name()
                    + ": an engine knockout belongs to a mechanism of sim.Mechanisms, or to a pattern that waits for it");
            assertTrue(p.expected().low() <= p.expected().high(), p.name() + ": tolerance is a range");
            assertTrue(p.replications() >= 1, p.name());
        }
        assertEquals(Patterns.all().size(), Patterns.all().stream().map(Pattern::name).distinct().count(),
                "pattern names are unique");
        assertTrue(Mechanisms.all().size() > 0);
    }

    @Test
    void aPatternPassesOnlyWhenItsFigureIsWithinToleranceAndTheKnockoutIsNot() throws Exception {
        Pattern.Tolerance half = new Pattern.Tolerance(0.45, 0.55, "Gini 1/2");
        Pattern inside = new Pattern("x", "c", "s", "f", half, Pattern.Knockout.inRule("m", "off"), null, 0, 2,
                t -> t.knockedOut() ? 0.0 : 0.5);
        Pattern both = new Pattern("y", "c", "s", "f", half, Pattern.Knockout.inRule("m", "off"), null, 0, 2,
                t -> 0.5);
        Pattern known = new Pattern("z", "c", "s", "f", half, Pattern.Knockout.inRule("m", "off"), null, 15, 2,
                t -> 0.9);
        Reproduction r = new Reproduction((n, y, o) -> null, true, 1);
        assertEquals(Reproduction.Verdict.PASS, r.run(inside).verdict());
        assertEquals(Reproduction.Verdict.FAIL, r.run(both).verdict(), "the knockout must leave the tolerance");
        Reproduction.Result k = r.run(known);
        assertEquals(Reproduction.Verdict.FAIL, k.verdict());
        assertTrue(!k.unexpectedFailure() && k.verdictText().contains("issue 15"), k.verdictText());
    }

    @Test
    void theIntervalIsStudentsTOverTheReplications() {
        Estimate e = Estimate.of(new double[] {1, 2, 3});
        // mean 2, sd 1, se 1/sqrt(3), t(2) = 4.303
        assertEquals(2, e.mean(), 1e-12, "mean");
        assertEquals(4.303 / Math.sqrt(3), e.halfWidth(), 1e-9, "half-width");
        assertEquals(0, Estimate.of(new double[] {0.7}).halfWidth(), 0, "one replication has no interval");
    }
}
