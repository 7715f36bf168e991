package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;

class ScenarioLoaderTest {

    private static List<String> problems(String yaml, String... sets) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("s.yaml", yaml, List.of(sets)))
                .problems();
    }

    @Test
    void defaultsFillEverythingNotWritten() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", "name: x\nbylaws:\n  quorum: 0.2\n", List.of());
        assertEquals(0.2, s.bylaws().quorum(), 0);
        assertEquals(4, s.bylaws().meetingInterval(), "default");
        assertEquals(Parameters.catalog().all().size(), s.values().asMap().size());
    }

    @Test
    void outOfRangeValueNamesFileLineKeyValueAndAllowed() {
        List<String> p = problems("name: x\nbylaws:\n  quorum: 1.3\n");
        assertEquals(List.of("s.yaml:3: bylaws.quorum: value '1.3' is not allowed; allowed: a number in [0, 1]"), p);
    }

    @Test
    void typoInKeySuggestsTheNearestKey() {
        List<String> p = problems("name: x\nbylaws:\n  quorom: 0.1\n");
        assertEquals(List.of("s.yaml:3: unknown key 'bylaws.quorom'; did you mean 'bylaws.quorum'?"), p);
    }

    @Test
    void keyInTheWrongSectionPointsToWhereItBelongs() {
        List<String> p = problems("name: x\ndecisionRule: consensus\n");
        assertEquals(List.of("s.yaml:2: unknown key 'decisionRule'; did you mean 'bylaws.decisionRule'?"), p);
    }

    @Test
    void badChoiceListsTheChoices() {
        List<String> p = problems("bylaws:\n  decisionRule: unanimity\n");
        assertEquals(List.of("s.yaml:2: bylaws.decisionRule: value 'unanimity' is not allowed; "
                + "allowed: one of majority, supermajority, consensus"), p);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(3, problems("steps: 0\nseed: -1\nbylaws:\n  termLength: many\n").size());
    }

    @Test
    void impossibleBetaDistributionIsExplained() {
        List<String> p = problems("citizens:\n  solidarity: {dist: beta, mean: 0.5, sd: 0.6}\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("s.yaml:2: citizens.solidarity: beta needs sd^2 < (mean-min)(max-mean)"),
                p.get(0));
    }

    @Test
    void setOverridesAreCheckedLikeTheFile() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", "name: x\n", List.of("bylaws.decisionRule=consensus"));
        assertEquals(BylawConfig.DecisionRule.CONSENSUS, s.bylaws().decisionRule());
        assertEquals(List.of("--set bylaws.quorm=0.3: unknown key 'bylaws.quorm'; did you mean 'bylaws.quorum'?"),
                problems("name: x\n", "bylaws.quorm=0.3"));
        assertEquals(List.of("--set steps=-4: steps: value '-4' is not allowed; allowed: a whole number in "
                + "[1, 10000000]"), problems("name: x\n", "steps=-4"));
    }

    @Test
    void explicitMunicipalitiesWithBylawOverrides() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", """
                name: x
                bylaws: {decisionRule: majority}
                municipalities:
                  list:
                    - {name: Riverside, population: 120}
                    - name: Hilltop
                      population: 40
                      bylaws: {decisionRule: consensus, quorum: 0.3}
                """, List.of());
        assertEquals(2, s.municipalities().size());
        assertEquals(BylawConfig.DecisionRule.MAJORITY, s.municipalities().get(0).bylaws().decisionRule());
        assertEquals(BylawConfig.DecisionRule.CONSENSUS, s.municipalities().get(1).bylaws().decisionRule());
        assertEquals(0.3, s.municipalities().get(1).bylaws().quorum(), 0);
    }

    @Test
    void municipalityEntryErrorsNameTheLine() {
        List<String> p = problems("""
                municipalities:
                  list:
                    - {name: A, population: 10}
                    - {name: B, populaton: 10}
                    - {name: A, population: 5, bylaws: {quorum: 2}}
                """);
        assertEquals(List.of(
                "s.yaml:4: unknown key 'municipalities.list[1].populaton'; did you mean 'population'?",
                "s.yaml:4: municipalities.list[1]: each municipality needs a name and a population; "
                        + "the population is missing",
                "s.yaml:5: municipalities.list[2].bylaws.quorum: value '2' is not allowed; allowed: a number in [0, 1]",
                "s.yaml:5: municipalities.list[2].name: value 'A' is used twice; allowed: a unique name"),
                p);
    }

    @Test
    void handSetConfederalVotesAreCheckedAgainstThePopulation() throws Exception {
        List<String> p = problems("""
                municipalities:
                  list:
                    - {name: riverside, population: 1000, confederalFor: 300, confederalAgainst: 800}
                    - {name: brook, population: 200, confederalFor: -1}
                """);
        assertEquals(2, p.size(), String.join("\n", p));
        assertEquals("s.yaml:3: municipalities.list[0] (riverside): confederalFor + confederalAgainst must be at most"
                + " the population, 1000, but was 1100", p.get(0));
        assertTrue(p.get(1).startsWith("s.yaml:4: municipalities.list[1].confederalFor: value '-1' is not allowed"),
                p.get(1));
        ScenarioConfig ok = ScenarioLoader.parse("s.yaml", """
                municipalities:
                  list:
                    - {name: riverside, population: 1000, confederalFor: 200, confederalAgainst: 800}
                    - {name: brook, population: 200}
                """, List.of());
        assertEquals(800, ok.municipalities().get(0).handAgainst());
        assertTrue(ok.municipalities().get(0).handSet());
        assertTrue(!ok.municipalities().get(1).handSet());
    }

    @Test
    void crossFieldProblemsAreReportedWithFieldProblemsInLineOrder() {
        List<String> p = problems("""
                bylaws:
                  quorum: 3
                citizens:
                  solidarity: {dist: beta, mean: 0.5, sd: 0.6}
                seed: -2
                """);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:2: bylaws.quorum"), p.get(0));
        assertTrue(p.get(1).startsWith("s.yaml:4: citizens.solidarity: beta needs"), p.get(1));
        assertTrue(p.get(2).startsWith("s.yaml:5: seed"), p.get(2));
    }

    @Test
    void misspelledChoiceSuggestsTheNearest() {
        assertEquals(List.of("s.yaml:2: bylaws.decisionRule: value 'consenus' is not allowed; allowed: one of "
                + "majority, supermajority, consensus; did you mean 'consensus'?"),
                problems("bylaws:\n  decisionRule: consenus\n"));
    }

    @Test
    void crossFieldProblemCausedBySetBlamesTheSet() {
        List<String> p = problems("name: x\ncitizens:\n  solidarity: {dist: beta, mean: 0.5, sd: 0.15}\n",
                "citizens.solidarity.sd=0.6");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("--set citizens.solidarity.sd=0.6 (on s.yaml:3): citizens.solidarity: beta"),
                p.get(0));
    }

    @Test
    void notYamlGivesTheLine() {
        List<String> p = problems("name: x\nbylaws: [unclosed\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("s.yaml:3: not valid YAML"), p.get(0));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
        assertEquals(List.of(f + ": no such scenario file"), e.problems());
    }

    @Test
    void everyBundledScenarioIsValid() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            List<Path> yamls = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yamls.size() >= 4, "baseline and at least three contrasting scenarios");
            for (Path f : yamls) {
                ScenarioLoader.load(f, List.of());
            }
        }
    }

    @Test
    void everyParameterHasAMeaningAndAValidDefault() {
        for (ParameterSpec p : Parameters.catalog().all()) {
            assertTrue(p.meaning().length() > 10, p.path() + " has no meaning");
            assertEquals(p.defaultValue(), p.parse(p.defaultText()), p.path() + " default must parse as itself");
        }
    }
}
