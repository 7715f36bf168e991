package org.pnyx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentLoaderTest {

    @TempDir
    Path tmp;

    private ExperimentException problem(String experiment) {
        return assertThrows(ExperimentException.class, () -> Fixtures.load(tmp, experiment));
    }

    private static void assertMentions(ExperimentException ex, String... parts) {
        for (String part : parts) {
            assertTrue(ex.getMessage().contains(part), "expected '" + part + "' in:\n" + ex.getMessage());
        }
    }

    @Test
    void fullFactorialVariesTheLastParameterFastest() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        assertEquals(List.of("bylaws.quorum", "bylaws.decisionRule"), e.parameters());
        assertEquals(List.of(List.of("0.05", "majority"), List.of("0.05", "consensus"), List.of("0.2", "majority"),
                List.of("0.2", "consensus")), e.points());
        assertEquals(12, e.runs(), "4 points x 3 replications");
        assertEquals("tiny-sweep", e.name());
    }

    @Test
    void rangeWithStepIncludesItsEndWithoutRoundingNoise() throws Exception {
        Experiment e = Fixtures.load(tmp, """
                scenario: tiny.yaml
                vary:
                  bylaws:
                    confidence: {from: 0.1, to: 0.3, step: 0.05}
                    meetingInterval: {from: 2, to: 6, step: 2}
                """);
        assertEquals(15, e.points().size(), "5 x 3 points");
        assertEquals(List.of("0.1", "2"), e.points().get(0));
        assertEquals(List.of("0.3", "6"), e.points().get(14));
        assertEquals(List.of("0.2", "2"), e.points().get(6), "0.1 + 2 x 0.05 is written as 0.2");
        assertEquals("exp", e.name(), "name defaults to the file name");
    }

    @Test
    void latinHypercubeUsesEachStratumOnceAndIsReproducible() throws Exception {
        String text = """
                scenario: tiny.yaml
                seed: 5
                design: {method: latin_hypercube, samples: 10}
                vary:
                  bylaws.quorum: {min: 0, max: 0.5}
                  bylaws.meetingInterval: {min: 1, max: 10}
                  bylaws.decisionRule: [majority, consensus]
                """;
        Experiment e = Fixtures.load(tmp, text);
        assertEquals(10, e.points().size());
        Set<Integer> strata = new HashSet<>();
        Set<String> intervals = new HashSet<>();
        for (List<String> p : e.points()) {
            double q = Double.parseDouble(p.get(0));
            assertTrue(q >= 0 && q <= 0.5, "quorum in its interval: " + q);
            strata.add((int) Math.floor(q / 0.05));
            intervals.add(p.get(1));
        }
        assertEquals(10, strata.size(), "one quorum in each tenth of [0, 0.5]");
        assertEquals(10, intervals.size(), "each whole meeting interval 1..10 once");
        assertEquals(e.points(), Fixtures.load(tmp, text).points(), "same seed, same design");
        Experiment random = Fixtures.load(tmp, text.replace("latin_hypercube", "random"));
        assertEquals(10, random.points().size(), "random design size");
    }

    @Test
    void designCsvGivesThePoints() throws Exception {
        Files.writeString(tmp.resolve("points.csv"), """
                # made by SALib
                bylaws.quorum,bylaws.decisionRule
                0.1,majority

                0.25,Consensus
                """);
        Experiment e = ExperimentLoader.load(Fixtures.experiment(tmp, Fixtures.EXPERIMENT), tmp.resolve("points.csv"));
        assertEquals(List.of(List.of("0.1", "majority"), List.of("0.25", "consensus")), e.points());
        assertEquals("csv", e.design());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown scenario key with a suggestion|vary:\\n  bylaws.qorum: [0.1]|exp.yaml:2:|vary.bylaws.qorum|did you mean 'bylaws.quorum'",
        "value out of range|vary:\\n  bylaws.quorum: [0.1, 1.5]|exp.yaml:2:|vary.bylaws.quorum: value '1.5' is not allowed|a number in [0, 1]",
        "unknown choice|vary:\\n  bylaws.decisionRule: [majority, unanimity]|exp.yaml:2:|value 'unanimity'|one of majority, supermajority, consensus",
        "interval in a full factorial|vary:\\n  bylaws.quorum: {min: 0, max: 1}|exp.yaml:2:|bylaws.quorum: an interval|sampled design",
        "sampled design without a count|design: random\\nvary:\\n  bylaws.quorum: {min: 0, max: 1}|exp.yaml:1:|needs a sample count|samples",
        "unknown top-level key|replicatons: 3\\nvary:\\n  bylaws.quorum: [0.1]|exp.yaml:1:|unknown key 'replicatons'|did you mean 'replications'",
        "bad replications|replications: 0\\nvary:\\n  bylaws.quorum: [0.1]|exp.yaml:1:|replications: value '0'|[1, 1000000]",
        "varying the seed|vary:\\n  seed: [1, 2]|exp.yaml:2:|vary.seed|derived",
        "set and vary clash|set:\\n  bylaws.quorum: 0.1\\nvary:\\n  bylaws.quorum: [0.2]|exp.yaml:4:|also fixed under set|line 3",
        "range step zero|vary:\\n  bylaws.quorum: {from: 0, to: 1, step: 0}|exp.yaml:2:|bylaws.quorum.step: value '0'|above 0",
        "unknown metric|record:\\n  metrics: [attendance]|exp.yaml:2:|unknown metric 'attendance'|attendance_rate",
        "not yaml|vary: [unclosed|exp.yaml:|not valid YAML|exp.yaml",
    })
    void malformedExperimentNamesFileLineKeyAndProblem(String title, String body, String where, String what,
                                                       String allowed) {
        String text = "scenario: tiny.yaml\n" + body.replace("\\n", "\n") + "\n";
        ExperimentException ex = problem(text);
        String shifted = where.replaceAll(":(\\d+):", "");
        if (!where.equals(shifted)) {
            int line = Integer.parseInt(where.replaceAll(".*:(\\d+):", "$1")) + 1;
            where = "exp.yaml:" + line + ":";
        }
        assertMentions(ex, where, what, allowed);
    }

    @Test
    void missingScenarioFileIsNamed() {
        ExperimentException ex = problem("scenario: nowhere.yaml\nvary:\n  bylaws.quorum: [0.1]\n");
        assertMentions(ex, "exp.yaml:1: scenario: no such file", "nowhere.yaml");
    }

    @Test
    void designPointTheScenarioRejectsIsNamedBeforeAnyRun() {
        ExperimentException ex = problem("""
                scenario: tiny.yaml
                vary:
                  municipalities.size.min: [5, 50]
                """);
        assertMentions(ex, "design point 1 (municipalities.size.min=50)", "tiny.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad value|bylaws.quorum\\n0.1\\nabc|points.csv:3: bylaws.quorum: value 'abc' is not allowed|a number in [0, 1]",
        "unknown column|bylaws.quorum,bylaws.decisonRule\\n0.1,majority|points.csv:1: unknown column 'bylaws.decisonRule'|did you mean 'bylaws.decisionRule'",
        "short row|bylaws.quorum,bylaws.decisionRule\\n0.1,majority\\n# note\\n0.2|points.csv:4: expects 2 values|has 1",
        "empty|# nothing|points.csv: the file is empty|header",
        "seed column|seed\\n1|points.csv:1: column 'seed' cannot be varied|derived",
    })
    void malformedDesignCsvNamesFileLineColumnAndProblem(String title, String body, String what, String more)
            throws Exception {
        Path csv = tmp.resolve("points.csv");
        Files.writeString(csv, body.replace("\\n", "\n") + "\n");
        ExperimentException ex = assertThrows(ExperimentException.class,
                () -> ExperimentLoader.load(Fixtures.experiment(tmp, Fixtures.EXPERIMENT), csv));
        assertMentions(ex, what, more);
    }
}
