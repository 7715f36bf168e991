package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pnyx.charts.BadDataException;
import org.pnyx.cli.Pnyx;
import picocli.CommandLine;

/**
 * Issue 12: a run killed at each step of its folder's commit leaves the complete old run, the complete new run,
 * or (between the two renames) no folder and the old run aside, never a mix; every reader agrees, and the next
 * run cleans up. The kill is real: a child JVM halts itself at the step ({@link RunFolder#CRASH_PROPERTY}).
 */
class RunFolderCrashTest {

    @TempDir
    Path tmp;

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Path scenario() throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, PathRuleTest.TINY);
        return f;
    }

    /** Runs pnyx in a child JVM; returns its exit code. */
    private int child(String crashAt, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        if (crashAt != null) {
            cmd.add("-D" + RunFolder.CRASH_PROPERTY + "=" + crashAt);
        }
        cmd.add(Pnyx.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        return p.waitFor();
    }

    private static long stepsIn(Path dir) throws Exception {
        String m = Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8);
        int i = m.indexOf("\"steps\" : ") + 10;
        return Long.parseLong(m.substring(i, m.indexOf(',', i)).trim());
    }

    /** Runs pnyx in this JVM. */
    private static int here(String... args) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        return cl.execute(args);
    }

    private static int report(Path dir) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        return cl.execute("chart", dir.toString());
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"staged", "aside", "renamed"})
    void aKillAtEachStepLeavesOneCompleteRunOrNoneAndTheNextRunRecovers(String step) throws Exception {
        Path f = scenario();
        Path out = tmp.resolve("results/run");
        assertEquals(0, here("run", f.toString(), "--out", out.toString(), "-q", "--set", "steps=2"));
        assertEquals(86, child(step, "run", f.toString(), "--out", out.toString(), "-q", "--set", "steps=3"),
                "the child was halted at " + step + ": " + Files.readString(tmp.resolve("child.log")));
        List<String> left = RunFolder.leftovers(out).stream().map(p -> p.getFileName().toString()
                .replaceAll("-[0-9]+$", "-PID")).toList();
        switch (step) {
            case "staged" -> {
                assertEquals(2, stepsIn(out), "the old run is untouched");
                assertEquals(List.of("run.part-PID"), left);
                assertEquals(0, report(out), "readers accept the old run");
            }
            case "aside" -> {
                assertFalse(Files.exists(out), "between the renames there is no run folder");
                assertEquals(List.of("run.old-PID", "run.part-PID"), left);
                BadDataException e = assertThrows(BadDataException.class, () -> org.pnyx.charts.Charts.renderRun(out,
                        org.pnyx.charts.ChartOptions.defaults()));
                assertTrue(e.getMessage().contains("an interrupted run left"), e.getMessage());
                assertEquals(2, report(out), "readers refuse it, exit 2");
            }
            default -> {
                assertEquals(3, stepsIn(out), "the new run is in place");
                assertEquals(List.of("run.old-PID"), left, "only the old run waits to be deleted");
                assertEquals(0, report(out));
            }
        }
        for (String name : List.of("timeseries.csv", "summary.json", "manifest.json", "lorenz.csv")) {
            assertTrue(!Files.exists(out) || Files.isRegularFile(out.resolve(name)), name + " is there");
        }
        // The next run into the folder puts things right: leftovers of the dead process are gone.
        assertEquals(0, here("run", f.toString(), "--out", out.toString(), "-q", "--set", "steps=4"));
        assertEquals(4, stepsIn(out));
        assertEquals(List.of(), RunFolder.leftovers(out));
        assertFalse(Files.list(out).anyMatch(p -> p.toString().endsWith(".part")), "no .part files");
    }

    @Test
    void anOldRunMovedAsideIsPutBackWhenNothingTookItsPlace() throws Exception {
        Path out = tmp.resolve("r");
        Path old = tmp.resolve("r.old-" + deadPid());
        Files.createDirectories(old);
        Files.writeString(old.resolve("manifest.json"), "{}\n");
        Path stale = Files.createDirectories(tmp.resolve("r.part-" + deadPid()));
        RunFolder.recover(out.toAbsolutePath());
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")), "old run restored");
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(stale), "staging of a dead process deleted");
    }

    @Test
    void aFolderHoldingOtherFilesIsNeverReplaced() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        RunFolder.RunFolderException e = assertThrows(RunFolder.RunFolderException.class,
                () -> RunFolder.checkTarget(home));
        assertEquals(home + ": holds files that are not a Pnyx run's (thesis.tex); a run replaces its folder as a "
                + "whole, so it writes only into a new or empty folder or one that holds an earlier run; choose "
                + "another --out", e.getMessage());
        assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void aMixedFolderOfTwoRunsIsRefusedByEveryReader() throws Exception {
        Path f = scenario();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, here("run", f.toString(), "--out", a.toString(), "-q", "--set", "steps=2"));
        assertEquals(0, here("run", f.toString(), "--out", b.toString(), "-q", "--set", "steps=3", "--set", "seed=9"));
        // What the old protocol could leave: the new summary and Lorenz curve beside the old time series and manifest.
        Files.copy(b.resolve("summary.json"), a.resolve("summary.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(b.resolve("lorenz.csv"), a.resolve("lorenz.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BadDataException e = assertThrows(BadDataException.class,
                () -> org.pnyx.charts.RunData.read(a));
        assertEquals(a + ": mixes two runs: summary.json is of scenario 'tiny', seed 9, 3 weeks, but manifest.json of "
                + "'tiny', seed 3, 2 weeks; run the scenario again", e.getMessage());
        for (String verb : List.of("chart", "report")) {
            CommandLine cl = Pnyx.commandLine();
            java.io.StringWriter err = new java.io.StringWriter();
            cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
            cl.setErr(new java.io.PrintWriter(err));
            assertEquals(2, cl.execute(verb, a.toString()), verb);
            assertTrue(err.toString().contains("mixes two runs"), verb + ": " + err);
        }
        assertFalse(Files.exists(a.resolve("report.html")), "no report from a mixed folder");
    }

    /** The pid of a process that has ended. */
    static long deadPid() throws Exception {
        boolean sh = new File("/bin/true").canExecute();
        Process p = new ProcessBuilder(sh ? List.of("/bin/true") : List.of(JAVA, "-version")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void classPathOfTheChildIsUsable() {
        assertTrue(System.getProperty("java.class.path").length() > 0);
        assertTrue(new File(JAVA).canExecute(), JAVA);
    }
}
