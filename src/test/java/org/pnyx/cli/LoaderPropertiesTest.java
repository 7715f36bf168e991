package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pnyx.batch.DesignFile;
import org.pnyx.batch.ExperimentException;
import picocli.CommandLine;

/**
 * Issue 12: random and mutated inputs (from the bundled files) given to the scenario loader, the experiment
 * loader and the design CSV reader never produce a stack trace or an exit code other than 0 or 2, never
 * write outside the output folder, and write nothing when the exit code is 2.
 */
class LoaderPropertiesTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    /** One edit of a text: delete, insert, replace a character, or drop or repeat a line. */
    record Edit(int kind, int at, char c) {
        String apply(String text) {
            if (text.isEmpty()) {
                return String.valueOf(c);
            }
            int i = Math.floorMod(at, text.length());
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int l = Math.floorMod(at, lines.size());
            return switch (kind) {
                case 0 -> text.substring(0, i) + text.substring(i + 1);
                case 1 -> text.substring(0, i) + c + text.substring(i);
                case 2 -> text.substring(0, i) + c + text.substring(i + 1);
                case 3 -> {
                    lines.remove(l);
                    yield String.join("\n", lines);
                }
                default -> {
                    lines.add(l, lines.get(l));
                    yield String.join("\n", lines);
                }
            };
        }
    }

    private static Arbitrary<List<Edit>> edits() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.of(':', '-', ' ', '\n', '#', '{', '}', '[', ']',
                ',', '"', '\'', '.', '/', '&', '*', '!', '|', '>', '\t', '\u0000', '\u00e9', '\ufeff'),
                Arbitraries.chars().alpha(), Arbitraries.chars().numeric());
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().greaterOrEqual(0),
                chars).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static String mutate(String text, List<Edit> edits) {
        String t = text;
        for (Edit e : edits) {
            t = e.apply(t);
        }
        return t;
    }

    @Provide
    Arbitrary<String> scenarios() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(texts), edits()).as(LoaderPropertiesTest::mutate);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, mutated),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("name:seps {}[]-#\n0123.,'\"").ofMaxLength(80)));
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome pnyx(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertClean(Outcome o, String input) {
        assertTrue(o.code() == 0 || o.code() == 2, "exit " + o.code() + " for input:\n" + input + "\n" + o.err());
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception") || o.err().contains("internal fault"),
                "no stack trace for input:\n" + input + "\n" + o.err());
        if (o.code() == 2) {
            assertTrue(o.err().startsWith("error: "), o.err());
        }
    }

    // 100 tries each for the two loaders that run the program, so the suite stays fast; the design reader takes 200.
    @Property(tries = 100)
    void mutatedScenariosAreAcceptedOrRefusedCleanlyAndWriteOnlyIntoTheOutputFolder(
            @ForAll("scenarios") String text) throws Exception {
        Path tmp = Files.createTempDirectory("pnyx-scenario-prop");
        try {
            Path f = tmp.resolve("s.yaml");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            Outcome v = pnyx("validate", f.toString());
            assertClean(v, text);
            assertEquals(List.of(f), tree(tmp), "validate writes nothing");
            if (v.code() != 0 || !small(text)) {
                return;
            }
            Path out = tmp.resolve("out");
            Outcome r = pnyx("run", f.toString(), "--out", out.toString(), "-q", "--set", "steps=1");
            assertClean(r, text);
            for (Path p : tree(tmp)) {
                assertTrue(p.equals(f) || p.startsWith(out), "wrote " + p + " for input:\n" + text);
            }
            if (r.code() == 2) {
                assertEquals(List.of(f), tree(tmp), "exit 2 writes nothing");
            }
        } finally {
            delete(tmp);
        }
    }

    /** Mutated populations can reach millions; the run part of the property keeps to scenarios that run in milliseconds. */
    private static boolean small(String text) {
        Matcher m = Pattern.compile("[0-9]{5,}|[0-9][eE][+-]?[0-9]").matcher(text);
        return !m.find();
    }

    @Provide
    Arbitrary<String> experiments() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(SCENARIOS.resolve("experiments"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Combinators.combine(Arbitraries.of(texts), edits())
                .as(LoaderPropertiesTest::mutate)), net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(120)));
    }

    @Property(tries = 100)
    void mutatedExperimentsAreAcceptedOrRefusedCleanlyAndWriteOnlyIntoTheOutputFolder(
            @ForAll("experiments") String text) throws Exception {
        // Design sizes grow with the numbers in the file; keep each try to a few hundred points.
        Assume.that(!Pattern.compile("[0-9]{4,}|[0-9][eE][+-]?[0-9]").matcher(text.replace("2024", "")).find());
        Path tmp = Files.createTempDirectory("pnyx-experiment-prop");
        try {
            Path dir = Files.createDirectories(tmp.resolve("scenarios/experiments"));
            Files.copy(SCENARIOS.resolve("baseline.yaml"), tmp.resolve("scenarios/baseline.yaml"));
            Files.copy(SCENARIOS.resolve("experiments/attendance-lhs.csv"), dir.resolve("attendance-lhs.csv"));
            Path f = dir.resolve("mutant.yaml");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            List<Path> before = tree(tmp);
            Path out = tmp.resolve("out");
            Outcome o = pnyx("sweep", f.toString(), "--out", out.toString(), "--limit", "0", "-q", "--threads", "1");
            assertClean(o, text);
            for (Path p : tree(tmp)) {
                assertTrue(before.contains(p) || p.startsWith(out), "wrote " + p + " for input:\n" + text);
            }
            if (o.code() == 2) {
                assertEquals(before, tree(tmp), "exit 2 writes nothing");
            }
        } finally {
            delete(tmp);
        }
    }

    @Provide
    Arbitrary<String> designs() {
        Arbitrary<String> column = Arbitraries.oneOf(Arbitraries.of("bylaws.quorum", "bylaws.decisionRule",
                "attendance.cost", "bylaws.meetingHours", "seed", "nope", " bylaws.quorum", "\"bylaws.quorum\"", ""),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("0.1", "0.5", "1.7", "-1", "NaN", "majority",
                "consensus", "", "\"0.2\"", "\"a,b\"", "1e3", "abc", " 0.3 ", "\"unterminated"),
                Arbitraries.strings().ofMaxLength(5));
        Arbitrary<String> header = column.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(4).map(l -> String.join(",", l));
        Arbitrary<String> extra = Arbitraries.of("", "# comment", "\ufeff", "\r");
        return Combinators.combine(extra, header, Arbitraries.oneOf(row, extra).list().ofMaxSize(6),
                Arbitraries.of("\n", "\r\n")).as((bom, h, rows, nl) -> (bom.equals("\ufeff") ? bom : "") + h + nl
                + String.join(nl, rows) + (rows.isEmpty() ? "" : nl));
    }

    @Property(tries = 200)
    void designCsvsAreReadOrRefusedWithProblemsNamingTheFile(@ForAll("designs") String text) {
        try {
            DesignFile.Design d = DesignFile.parse("d.csv", text);
            assertFalse(d.parameters().isEmpty(), "a design has parameters");
            assertFalse(d.points().isEmpty(), "a design has points");
            for (List<String> p : d.points()) {
                assertEquals(d.parameters().size(), p.size(), "every point has a value per parameter");
            }
        } catch (ExperimentException e) {
            assertFalse(e.problems().isEmpty());
            for (String p : e.problems()) {
                assertTrue(p.startsWith("d.csv"), "names the file: " + p);
            }
        }
    }

    static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
