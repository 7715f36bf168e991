package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.Intervention;
import org.pnyx.config.ScenarioConfig;

/**
 * Issue 20: a scenario's {@code interventions:} list and {@code --intervene} flags are checked like every other
 * input, each problem naming the file and line (or the flag), the field, the bad value and what is allowed.
 */
class InterventionLoaderTest {

    /** Three named towns, 100 weeks. */
    static final String TOWNS = "name: t\nsteps: 100\nmunicipalities:\n  list:\n"
            + "    - {name: Riverside, population: 20}\n    - {name: Hilltop, population: 10}\n"
            + "    - {name: Oakford, population: 10}\n";
    /** Ten generated towns, 100 weeks. */
    static final String GENERATED = "name: g\nsteps: 100\nmunicipalities:\n  count: 10\n";

    private static List<String> problems(String yaml, List<String> flags) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("s.yaml", yaml, List.of(), flags))
                .problems();
    }

    /** The scenario with one intervention written on line 8 of the file. */
    private static List<String> fileProblems(String base, String entry) {
        return problems(base + "interventions:\n  - " + entry + "\n", List.of());
    }

    @Test
    void aListAndFlagsBecomeInterventionsInTheOrderTheyApply() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", TOWNS + "interventions:\n"
                + "  - {week: 50, municipality: Riverside, key: bylaws.decisionRule, value: consensus}\n"
                + "  - {week: 10, key: bylaws.quorum, value: 0.2}\n", List.of(),
                List.of("50:confederation.share=0.3", "0:Hilltop:policy.needLevel=0.7"));
        assertEquals(List.of("0:Hilltop:policy.needLevel=0.7", "10:bylaws.quorum=0.2",
                "50:Riverside:bylaws.decisionRule=consensus", "50:confederation.share=0.3"),
                s.interventions().stream().map(Intervention::toString).toList(),
                "by week; within a week the file's list first, then the flags");
        Intervention rule = s.interventions().get(2);
        assertSame(BylawConfig.DECISION_RULE, rule.param(), "the key is the declared handle");
        assertEquals("consensus", rule.value());
        assertEquals(0.2, (Double) s.interventions().get(1).value(), 0, "the value is parsed by its declaration");
        assertNull(s.interventions().get(1).municipality(), "no municipality: every town");
        assertSame(ConfederationConfig.SHARE, s.interventions().get(3).param());
    }

    @Test
    void aScenarioWithoutInterventionsHasNone() throws Exception {
        assertEquals(List.of(), ScenarioLoader.parse("s.yaml", TOWNS, List.of()).interventions());
    }

    @Test
    void generatedTownsAreNamedM01AndOn() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", GENERATED, List.of(),
                List.of("5:m01:bylaws.quorum=0.1", "5:m10:bylaws.quorum=0.1"));
        assertEquals(2, s.interventions().size());
        assertEquals(List.of("s.yaml:6: interventions[0].municipality: no municipality is named 'm11'; allowed: the "
                + "generated towns m01 to m10 (municipalities.count is 10; give municipalities.list to name them)"),
                fileProblems(GENERATED, "{week: 5, municipality: m11, key: bylaws.quorum, value: 0.1}"));
        assertEquals(List.of("s.yaml:6: interventions[0].municipality: no municipality is named 'm1'; allowed: the "
                + "generated towns m01 to m10 (municipalities.count is 10; give municipalities.list to name them)"),
                fileProblems(GENERATED, "{week: 5, municipality: m1, key: bylaws.quorum, value: 0.1}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            week past the run      | {week: 100, key: bylaws.quorum, value: 0.2} | s.yaml:9: interventions[0].week: value '100' is not allowed; allowed: a week in [0, 99] (the run has 100 weeks; week 260 starts year 5)
            negative week          | {week: -1, key: bylaws.quorum, value: 0.2} | s.yaml:9: interventions[0].week: value '-1' is not allowed; allowed: a week in [0, 99] (the run has 100 weeks; week 260 starts year 5)
            week not a number      | {week: soon, key: bylaws.quorum, value: 0.2} | s.yaml:9: interventions[0].week: value 'soon' is not allowed; allowed: a week in [0, 99] (the run has 100 weeks; week 260 starts year 5)
            unknown key            | {week: 5, key: bylaws.quorom, value: 0.2} | s.yaml:9: interventions[0].key: unknown key 'bylaws.quorom'; did you mean 'bylaws.quorum'?
            key not changeable     | {week: 5, key: economy.humpShare, value: 0.2} | s.yaml:9: interventions[0].key: economy.humpShare is fixed for the run (declared not changeable), so no intervention may change it; allowed: a key marked 'may change' in 'pnyx describe', such as bylaws.decisionRule, economy.automation, policy.needLevel or confederation.share
            seed not changeable    | {week: 5, key: seed, value: 7} | s.yaml:9: interventions[0].key: seed is fixed for the run (declared not changeable), so no intervention may change it; allowed: a key marked 'may change' in 'pnyx describe', such as bylaws.decisionRule, economy.automation, policy.needLevel or confederation.share
            bad value              | {week: 5, key: bylaws.quorum, value: 1.5} | s.yaml:9: interventions[0].value (bylaws.quorum): value '1.5' is not allowed; allowed: a number in [0, 1]
            bad choice             | {week: 5, key: bylaws.decisionRule, value: unanimity} | s.yaml:9: interventions[0].value (bylaws.decisionRule): value 'unanimity' is not allowed; allowed: one of majority, supermajority, consensus
            unknown town           | {week: 5, municipality: Rivrside, key: bylaws.quorum, value: 0.2} | s.yaml:9: interventions[0].municipality: no municipality is named 'Rivrside'; did you mean 'Riverside'?; allowed: Riverside, Hilltop, Oakford
            town on confederal key | {week: 5, municipality: Riverside, key: confederation.share, value: 0.3} | s.yaml:9: interventions[0].municipality: confederation.share is a confederal rule, not one town's; leave out the municipality (it applies to every confederation)
            missing value          | {week: 5, key: bylaws.quorum} | s.yaml:9: interventions[0]: each intervention needs a week, a key and a value; missing: value
            unknown field          | {week: 5, key: bylaws.quorum, value: 0.2, town: Hilltop} | s.yaml:9: unknown key 'interventions[0].town'; allowed: week, municipality, key, value
            misspelt field         | {week: 5, key: bylaws.quorum, valeu: 0.2} | s.yaml:9: unknown key 'interventions[0].valeu'; did you mean 'value'?
            """)
    void aBadInterventionInTheFileNamesFileLineFieldAndWhatIsAllowed(String what, String entry, String message) {
        assertEquals(List.of(message), fileProblems(TOWNS, entry), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no equals sign     | 5:bylaws.quorum                   | --intervene 5:bylaws.quorum: expects WEEK:KEY=VALUE or WEEK:TOWN:KEY=VALUE, e.g. --intervene 260:Riverside:bylaws.decisionRule=consensus or --intervene 104:economy.automation=0.5
            no week            | bylaws.quorum=0.2                 | --intervene bylaws.quorum=0.2: expects WEEK:KEY=VALUE or WEEK:TOWN:KEY=VALUE, e.g. --intervene 260:Riverside:bylaws.decisionRule=consensus or --intervene 104:economy.automation=0.5
            too many parts     | 5:a:b:bylaws.quorum=0.2           | --intervene 5:a:b:bylaws.quorum=0.2: expects WEEK:KEY=VALUE or WEEK:TOWN:KEY=VALUE, e.g. --intervene 260:Riverside:bylaws.decisionRule=consensus or --intervene 104:economy.automation=0.5
            week past the run  | 100:bylaws.quorum=0.2             | --intervene 100:bylaws.quorum=0.2: week: value '100' is not allowed; allowed: a week in [0, 99] (the run has 100 weeks; week 260 starts year 5)
            unknown key        | 5:bylaws.quorom=0.2               | --intervene 5:bylaws.quorom=0.2: key: unknown key 'bylaws.quorom'; did you mean 'bylaws.quorum'?
            key not changeable | 5:municipalities.count=3          | --intervene 5:municipalities.count=3: key: municipalities.count is fixed for the run (declared not changeable), so no intervention may change it; allowed: a key marked 'may change' in 'pnyx describe', such as bylaws.decisionRule, economy.automation, policy.needLevel or confederation.share
            bad value          | 5:Hilltop:bylaws.quorum=much      | --intervene 5:Hilltop:bylaws.quorum=much: bylaws.quorum: value 'much' is not allowed; allowed: a number in [0, 1]
            unknown town       | 5:Hiltop:bylaws.quorum=0.2        | --intervene 5:Hiltop:bylaws.quorum=0.2: municipality: no municipality is named 'Hiltop'; did you mean 'Hilltop'?; allowed: Riverside, Hilltop, Oakford
            town on confederal | 5:Hilltop:migration.rate=0.1      | --intervene 5:Hilltop:migration.rate=0.1: municipality: migration.rate is a confederal rule, not one town's; leave out the municipality (it applies to every confederation)
            """)
    void aBadInterventionFlagNamesTheFlagTheFieldAndWhatIsAllowed(String what, String flag, String message) {
        assertEquals(List.of(message), problems(TOWNS, List.of(flag)), what);
    }

    @Test
    void aChangeThatLeavesRulesThatDoNotGoTogetherIsRefused() throws Exception {
        String municipalized = TOWNS + "economy:\n  regime: municipalized\n";
        List<String> p = fileProblems(municipalized,
                "{week: 5, municipality: Hilltop, key: economy.distribution, value: wage}");
        assertEquals(List.of("s.yaml:11: interventions[0]: economy.distribution=wage would leave in Hilltop from"
                + " week 5 rules that do not go together: distribution must be one the municipalized regime permits"
                + " (its own: need), but was wage"), p);
        // Valid once an earlier intervention has changed the regime to one that permits it.
        assertEquals(2, ScenarioLoader.parse("s.yaml", municipalized, List.of(), List.of("3:Hilltop:economy.regime="
                + "capitalist", "5:Hilltop:economy.distribution=wage")).interventions().size());
    }

    @Test
    void fileProblemsComeInLineOrderAndFlagProblemsLast() {
        List<String> p = problems(TOWNS + "bylaws:\n  quorum: 2\ninterventions:\n"
                + "  - {week: 500, key: bylaws.quorum, value: 0.2}\n", List.of("5:x.y=1"));
        assertEquals(List.of("s.yaml:9: bylaws.quorum: value '2' is not allowed; allowed: a number in [0, 1]",
                "s.yaml:11: interventions[0].week: value '500' is not allowed; allowed: a week in [0, 99] (the run"
                        + " has 100 weeks; week 260 starts year 5)",
                "--intervene 5:x.y=1: key: unknown key 'x.y'; see 'pnyx describe' for the keys that may change"
                        + " during a run"), p);
    }

    @Test
    void theWeekIsCheckedAgainstTheStepsSetOnTheCommandLine() {
        assertEquals(List.of("--intervene 60:bylaws.quorum=0.2: week: value '60' is not allowed; allowed: a week in"
                + " [0, 49] (the run has 50 weeks; week 260 starts year 5)"), assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("s.yaml", TOWNS, List.of("steps=50"), List.of("60:bylaws.quorum=0.2")))
                .problems());
    }

    @Test
    void theRecordRefusesAKeyNotChangeableAndAWeekPastTheRun() {
        assertEquals("seed is fixed for the run and cannot change during it", assertThrows(
                IllegalArgumentException.class, () -> new Intervention(0, null, ScenarioConfig.SEED, 3L)).getMessage());
        assertEquals("week must be 0 or more, but was -1", assertThrows(IllegalArgumentException.class,
                () -> new Intervention(-1, null, BylawConfig.QUORUM, 0.2)).getMessage());
    }
}
