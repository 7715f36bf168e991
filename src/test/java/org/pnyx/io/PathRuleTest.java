package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.ExperimentLoader;
import org.pnyx.config.ScenarioConfig;

/** Issue 12: names that become folders never leave the folder they belong to. */
class PathRuleTest {

    /** A tiny scenario: one week of one town of five, so a property can run it hundreds of times. */
    static final String TINY = "name: tiny\nseed: 3\nsteps: 1\nmunicipalities:\n  count: 1\n"
            + "  size: {dist: constant, mean: 5}\nmetrics: {finalWindow: 1}\n";

    @ParameterizedTest
    @ValueSource(strings = {"../../../../outside", "..", ".", "a/b", "a\\b", "/abs", "a\nb", "\u001b[31mred",
            "nul\u0000x", "tab\tx", "sp ace", "caf\u00e9", ""})
    void namesThatTryToEscapeOrPrintControlCharactersAreRejectedOnTheCommandLine(String name) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("t.yaml", TINY, List.of("name=" + name)));
        String p = e.problems().get(0);
        assertTrue(p.startsWith("--set name="), p);
        assertTrue(p.contains("name: value '") || p.contains("value is empty"), p);
        assertTrue(name.isEmpty() || p.contains("allowed: 1 to 100 letters, digits, '.', '_' or '-', not '.' or '..'"),
                p);
        assertTrue(p.chars().noneMatch(c -> c < 0x20), "control characters are escaped: " + p);
    }

    @Test
    void aNameInTheFileIsRejectedWithItsLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("s.yaml", "seed: 1\nname: ../up\n", List.of()));
        assertEquals(List.of("s.yaml:2: name: value '../up' is not allowed (it holds a path separator '/'); allowed: "
                + "1 to 100 letters, digits, '.', '_' or '-', not '.' or '..' (it names the output folder)"),
                e.problems());
    }

    @Test
    void aNameOfTwoHundredThousandCharactersIsRejectedAtValidationWithItsLength() {
        String longName = "a".repeat(200_000);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("s.yaml", "name: " + longName + "\n", List.of()));
        assertTrue(e.problems().get(0).contains("(it has 200000 characters)"), e.problems().get(0));
        assertTrue(e.problems().get(0).length() < 400, "the value is cut in the message");
    }

    @Test
    void aNameOfAHundredSafeCharactersIsAccepted() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("s.yaml", TINY, List.of("name=" + "a.b_c-1".repeat(14) + "xx"));
        assertEquals(100, s.name().length());
    }

    @Test
    void experimentNamesFollowTheSameRule(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), TINY);
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentLoader.parse(
                tmp.resolve("e.yaml"), "name: ..\nscenario: base.yaml\nvary: {bylaws.quorum: [0.1]}\n", null));
        assertTrue(e.problems().get(0).endsWith("e.yaml:1: name: value '..' is not allowed (it names a folder "
                + "that is not its own); allowed: 1 to 100 letters, digits, '.', '_' or '-', not '.' or '..' (it "
                + "names the output folder)"), e.problems().get(0));
        // Without a name key the file's stem names the folder: '..yaml' must not name the folder above.
        assertEquals("experiment", ExperimentLoader.parse(tmp.resolve("..yaml"),
                "scenario: base.yaml\nvary: {bylaws.quorum: [0.1]}\n", null).name());
    }

    @Property(tries = 200)
    void noNameEverWritesOutsideItsResultsFolder(@ForAll("names") String name)
            throws Exception {
        Path tmp = Files.createTempDirectory("pnyx-path-rule");
        try {
            Path around = Files.createDirectories(tmp.resolve("a/b/c"));
            Path results = around.resolve("results");
            ScenarioConfig s;
            try {
                s = ScenarioLoader.parse("t.yaml", TINY, List.of("name=" + name));
            } catch (ScenarioException e) {
                assertEquals(List.of(tmp.resolve("a"), tmp.resolve("a/b"), around), tree(tmp),
                        "a refused name writes nothing");
                return;
            }
            Path dir = Runs.defaultDir(results, s);
            Runs.run(s, dir, "t.yaml", List.of());
            Path expected = results.resolve(s.name());
            for (Path p : tree(tmp)) {
                boolean above = p.equals(tmp.resolve("a")) || p.equals(tmp.resolve("a/b")) || p.equals(around)
                        || p.equals(results);
                assertTrue(above || p.startsWith(expected), "name '" + name + "' wrote " + p);
            }
            assertTrue(Files.isRegularFile(expected.resolve("seed-3/manifest.json")), "the run is where it belongs");
        } finally {
            RunFolder.deleteTree(tmp);
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> hostile = Arbitraries.of("..", ".", "../x", "x/..", "/", "~", "a/../../b", "...", "-",
                "seed-1", "\u0000", "\n", "\u001b[2J", "con", "a\\..\\b");
        Arbitrary<String> mixed = Arbitraries.strings().withChars("./\\-_aZ09 \n\u0000~").ofMinLength(0)
                .ofMaxLength(12);
        return Arbitraries.oneOf(hostile, mixed, Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(120));
    }

    static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    @Test
    void treeListsWhatIsThere(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("x/y"));
        assertEquals(List.of(tmp.resolve("x"), tmp.resolve("x/y")), tree(tmp));
        assertFalse(tree(tmp).contains(tmp));
    }
}
