package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 20: {@code run --intervene} lists the interventions in its summary and refuses bad ones with exit 2. */
class InterveneCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String TOWNS = "name: i\nseed: 3\nsteps: 60\nmunicipalities:\n  list:\n"
            + "    - {name: Riverside, population: 30}\n    - {name: Hilltop, population: 20}\n"
            + "interventions:\n  - {week: 10, key: confederation.share, value: 0.4}\n";

    private int pnyx(String... args) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path scenario() throws Exception {
        Path f = tmp.resolve("i.yaml");
        Files.writeString(f, TOWNS);
        return f;
    }

    @Test
    void runListsTheFilesAndTheFlagsInterventionsInItsSummary() throws Exception {
        assertEquals(0, pnyx("run", scenario().toString(), "--out", tmp.resolve("o").toString(),
                "--intervene", "52:Riverside:bylaws.decisionRule=consensus", "--intervene", "26:bylaws.quorum=0.1"));
        String o = out.toString();
        assertTrue(o.contains("Interventions (at the start of the week, before any step):\n"
                + "  week 10     (year  0.2)  confederation    confederation.share=0.4\n"
                + "  week 26     (year  0.5)  every town       bylaws.quorum=0.1\n"
                + "  week 52     (year  1.0)  Riverside        bylaws.decisionRule=consensus\n\n"), o);
    }

    @Test
    void aBadInterventionFlagIsRefusedWithExitTwoNamingTheFlag() throws Exception {
        assertEquals(2, pnyx("run", scenario().toString(), "--out", tmp.resolve("o").toString(),
                "--intervene", "52:Riverside:economy.coopSize=3"));
        String e = err.toString();
        assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace: " + e);
        assertEquals("error: --intervene 52:Riverside:economy.coopSize=3: key: economy.coopSize is fixed for the run"
                + " (declared not changeable), so no intervention may change it; allowed: a key marked 'may change'"
                + " in 'pnyx describe', such as bylaws.decisionRule, economy.automation, policy.needLevel or"
                + " confederation.share\n1 problem; nothing was run.\n", e);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing was run");
    }

    @Test
    void validateChecksTheInterventionsToo() throws Exception {
        assertEquals(2, pnyx("validate", scenario().toString(), "--intervene", "60:bylaws.quorum=0.1"));
        assertTrue(err.toString().contains("error: --intervene 60:bylaws.quorum=0.1: week: value '60' is not allowed;"
                + " allowed: a week in [0, 59] (the run has 60 weeks; week 260 starts year 5)"), err.toString());
    }
}
