package org.pnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pnyx.io.Runs;
import org.pnyx.io.ScenarioLoader;

/**
 * Every bundled scenario, run at its own seed, writes exactly the recorded outputs: every CSV and JSON
 * file byte for byte, the manifest's machine-dependent lines (wall time, Pnyx and Java versions) excepted.
 * The recorded files live gzipped in {@code src/test/resources/golden/<scenario>/}.
 *
 * <p>An intended change of behaviour re-baselines them in a commit of its own that says why:
 * {@code scripts/golden-update.sh} (which runs this test with {@code -Dpnyx.golden.update=true}).
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path SCENARIOS = Path.of("scenarios");
    /** Manifest keys that depend on the machine or the build, not on the model. */
    static final List<String> VOLATILE = List.of("\"wall_time_seconds\"", "\"pnyx_version\"", "\"java_version\"");

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyBundledScenarioHasGoldenFiles() throws IOException {
        List<String> names = scenarios().toList();
        assertTrue(names.size() >= 20, "bundled scenarios found: " + names);
        if (updating()) {
            return;
        }
        for (String n : names) {
            assertTrue(Files.isDirectory(GOLDEN.resolve(n)), "no golden files for scenario " + n
                    + "; record them with scripts/golden-update.sh");
        }
        try (Stream<Path> s = Files.list(GOLDEN)) {
            for (Path p : s.toList()) {
                assertTrue(names.contains(p.getFileName().toString()),
                        "golden folder " + p + " belongs to no bundled scenario");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void outputsMatchTheGoldenFiles(String name, @TempDir Path tmp) throws Exception {
        String file = SCENARIOS.resolve(name + ".yaml").toString();
        Runs.run(ScenarioLoader.load(Path.of(file), List.of()), tmp, file, List.of());
        List<String> produced = outputs(tmp);
        Path golden = GOLDEN.resolve(name);
        if (updating()) {
            Files.createDirectories(golden);
            try (Stream<Path> old = Files.list(golden)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (String f : produced) {
                writeGz(golden.resolve(f + ".gz"), normalised(f, Files.readString(tmp.resolve(f))));
            }
            return;
        }
        List<String> recorded = new ArrayList<>();
        try (Stream<Path> s = Files.list(golden)) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".gz"))
                    .forEach(f -> recorded.add(f.substring(0, f.length() - 3)));
        }
        recorded.sort(null);
        assertEquals(recorded, produced, name + ": the run wrote other files than the golden ones");
        for (String f : produced) {
            String want = readGz(golden.resolve(f + ".gz"));
            String got = normalised(f, Files.readString(tmp.resolve(f)));
            String diff = firstDifference(want, got);
            if (diff != null) {
                fail(name + "/" + f + " differs from " + golden.resolve(f + ".gz") + ": " + diff
                        + "\n(an intended change re-baselines with scripts/golden-update.sh, in a commit of its own)");
            }
        }
    }

    /** Golden comparison of two texts: null when equal, else the first differing line and both values. */
    static String firstDifference(String want, String got) {
        if (want.equals(got)) {
            return null;
        }
        String[] a = lines(want);
        String[] b = lines(got);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "first difference at line " + (i + 1) + column(a[0], x, y) + "\n  expected: " + x
                        + "\n  actual:   " + y;
            }
        }
        return "the files differ only in their final line ending";
    }

    /** For a CSV row, the first column whose values differ, with both values; otherwise empty. */
    private static String column(String header, String want, String got) {
        String[] h = header.split(",", -1);
        String[] x = want.split(",", -1);
        String[] y = got.split(",", -1);
        if (!header.contains(",") || x.length != h.length || y.length != h.length) {
            return "";
        }
        for (int j = 0; j < h.length; j++) {
            if (!x[j].equals(y[j])) {
                return ", column " + h[j] + " (expected " + x[j] + ", actual " + y[j] + ")";
            }
        }
        return "";
    }

    private static String[] lines(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.split("\n", -1);
    }

    @Test
    void aChangedFigureIsNamedWithItsLineAndBothValues() {
        String want = "week,attendance_rate\n1,0.2031\n2,0.2040\n";
        String got = "week,attendance_rate\n1,0.2031\n2,0.2041\n";
        assertEquals("first difference at line 3, column attendance_rate (expected 0.2040, actual 0.2041)"
                + "\n  expected: 2,0.2040\n  actual:   2,0.2041",
                firstDifference(want, got));
        assertEquals("first difference at line 4\n  expected: <end of file>\n  actual:   3,0.5",
                firstDifference(want, got.replace("2,0.2041\n", "2,0.2040\n3,0.5")));
        assertEquals(null, firstDifference(want, want));
    }

    @Test
    void theManifestKeepsEverythingButWallTimeAndVersions() {
        String m = "{\n  \"pnyx_version\" : \"0.1.0\",\n  \"seed\" : 42,\n  \"wall_time_seconds\" : 1.5,\n"
                + "  \"java_version\" : \"17\",\n  \"steps\" : 520\n}\n";
        assertEquals("{\n  \"seed\" : 42,\n  \"steps\" : 520\n}\n", normalised("manifest.json", m));
        assertEquals(m, normalised("summary.json", m));
    }

    private static List<String> outputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".csv") || f.endsWith(".json")).sorted().toList();
        }
    }

    static String normalised(String file, String text) {
        if (!file.equals("manifest.json")) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (VOLATILE.stream().noneMatch(k -> line.trim().startsWith(k))) {
                b.append(line).append('\n');
            }
        }
        return b.substring(0, b.length() - 1);
    }

    private static boolean updating() {
        return Boolean.getBoolean("pnyx.golden.update");
    }

    private static void writeGz(Path p, String text) {
        // GZIPOutputStream writes a zero timestamp, so the same text always gives the same bytes.
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readGz(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
