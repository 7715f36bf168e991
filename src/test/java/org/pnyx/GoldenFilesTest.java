package org.pnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pnyx.io.Runs;
import org.pnyx.io.ScenarioLoader;

/**
 * Every bundled scenario, run at its own seed, writes exactly the recorded outputs: every CSV and JSON
 * file byte for byte, the manifest's machine-dependent lines (wall time, Pnyx and Java versions) excepted.
 * The recorded files live in {@code src/test/resources/golden/<scenario>/}: {@code summary.json} and
 * {@code manifest.json} whole, every other output as a digest in {@code digests.txt} (header, line count,
 * SHA-256 and a hash per block of lines), so that re-baselining costs kilobytes.
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
            StringBuilder digests = new StringBuilder();
            for (String f : produced) {
                String text = normalised(f, Files.readString(tmp.resolve(f)));
                if (VERBATIM.contains(f)) {
                    Files.writeString(golden.resolve(f), text);
                } else {
                    digests.append(Digest.of(f, text).format());
                }
            }
            Files.writeString(golden.resolve(DIGESTS), digests.toString());
            return;
        }
        List<String> recorded = new ArrayList<>(Digest.parse(Files.readString(golden.resolve(DIGESTS))).keySet());
        for (String f : VERBATIM) {
            if (Files.exists(golden.resolve(f))) {
                recorded.add(f);
            }
        }
        recorded.sort(null);
        assertEquals(recorded, produced, name + ": the run wrote other files than the golden ones");
        java.util.Map<String, Digest> digests = Digest.parse(Files.readString(golden.resolve(DIGESTS)));
        for (String f : produced) {
            String got = normalised(f, Files.readString(tmp.resolve(f)));
            String diff = VERBATIM.contains(f) ? firstDifference(Files.readString(golden.resolve(f)), got)
                    : digests.get(f).firstDifference(Digest.of(f, got));
            if (diff != null) {
                fail(name + "/" + f + " differs from " + golden + ": " + diff
                        + "\n(an intended change re-baselines with scripts/golden-update.sh, in a commit of its own)");
            }
        }
    }

    /** Small outputs kept whole, so a re-baseline's diff shows the figures that moved. */
    static final List<String> VERBATIM = List.of("manifest.json", "summary.json");
    /** The other outputs are kept as digests: a re-baseline costs a few kilobytes, not megabytes. */
    static final String DIGESTS = "digests.txt";
    /** Lines per hashed block of a digested file. */
    static final int BLOCK = 100;

    /**
     * A digested output: its header line, its line count, the SHA-256 of the whole text and a short hash of
     * each block of {@link #BLOCK} lines, so a mismatch is located to a block and, for the header, a column.
     */
    record Digest(String file, String header, int lines, String sha256, List<String> blocks) {

        static Digest of(String file, String text) {
            String[] l = GoldenFilesTest.lines(text);
            List<String> blocks = new ArrayList<>();
            for (int i = 0; i < l.length; i += BLOCK) {
                String block = String.join("\n", java.util.Arrays.copyOfRange(l, i, Math.min(l.length, i + BLOCK)));
                blocks.add(sha256(block).substring(0, 16));
            }
            return new Digest(file, l.length == 0 ? "" : l[0], l.length, sha256(text), blocks);
        }

        String format() {
            StringBuilder b = new StringBuilder();
            b.append("file ").append(file).append('\n');
            b.append("header ").append(header).append('\n');
            b.append("lines ").append(lines).append('\n');
            b.append("sha256 ").append(sha256).append('\n');
            b.append("blocks ").append(String.join(" ", blocks)).append('\n');
            return b.toString();
        }

        static java.util.Map<String, Digest> parse(String text) {
            java.util.Map<String, Digest> m = new java.util.TreeMap<>();
            String[] l = text.split("\n");
            for (int i = 0; i + 4 < l.length; i += 5) {
                String f = l[i].substring("file ".length());
                m.put(f, new Digest(f, l[i + 1].substring("header ".length()),
                        Integer.parseInt(l[i + 2].substring("lines ".length())), l[i + 3].substring("sha256 ".length()),
                        List.of(l[i + 4].substring("blocks ".length()).split(" "))));
            }
            return m;
        }

        /** Null when the texts are the same, else where they first differ, as closely as the digests tell. */
        String firstDifference(Digest got) {
            if (sha256.equals(got.sha256)) {
                return null;
            }
            if (!header.equals(got.header)) {
                return "the header differs\n  expected: " + header + "\n  actual:   " + got.header;
            }
            for (int k = 0; k < Math.min(blocks.size(), got.blocks.size()); k++) {
                if (!blocks.get(k).equals(got.blocks.get(k))) {
                    return "first difference within lines " + (k * BLOCK + 1) + " to "
                            + Math.min(lines, (k + 1) * BLOCK) + " (of " + lines + " recorded, " + got.lines
                            + " written); run the scenario before and after the change to see the values";
                }
            }
            return lines != got.lines ? "expected " + lines + " lines, the run wrote " + got.lines
                    : "the files differ only in their final line ending";
        }

        private static String sha256(String s) {
            try {
                byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(h);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
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
    void aDigestLocatesTheBlockWhereAFigureChanged() {
        StringBuilder a = new StringBuilder("week,attendance_rate\n");
        for (int w = 1; w <= 250; w++) {
            a.append(w).append(",0.2\n");
        }
        String want = a.toString();
        Digest d = Digest.of("timeseries.csv", want);
        assertEquals(251, d.lines());
        assertEquals(3, d.blocks().size());
        assertEquals(null, d.firstDifference(Digest.of("timeseries.csv", want)));
        assertEquals(d, Digest.parse(d.format()).get("timeseries.csv"));
        assertEquals("first difference within lines 101 to 200 (of 251 recorded, 251 written);"
                + " run the scenario before and after the change to see the values",
                d.firstDifference(Digest.of("timeseries.csv", want.replace("\n150,0.2\n", "\n150,0.3\n"))));
        assertEquals("the header differs\n  expected: week,attendance_rate\n  actual:   week,turnout",
                d.firstDifference(Digest.of("timeseries.csv", want.replace("attendance_rate", "turnout"))));
        assertEquals("first difference within lines 201 to 251 (of 251 recorded, 252 written);"
                + " run the scenario before and after the change to see the values",
                d.firstDifference(Digest.of("timeseries.csv", want + "251,0.2\n")));
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
}
