package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pnyx.gui.Browser;
import org.pnyx.gui.Studio;
import org.pnyx.gui.StudioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx studio [SCENARIO]}: serves Pnyx Studio, a live run in the browser, until stopped. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = "Serve Pnyx Studio: pick a scenario, set its rules, run it live in the browser and intervene."
                + " Stop with Ctrl-C.")
final class StudioCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file to open first.")
    private Path scenario;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address"
                    + " opens the studio to the network, for a workshop.")
    private String host;

    @Option(names = "--no-browser", description = "Do not try to open a browser.")
    private boolean noBrowser;

    @Option(names = "--max-runs", defaultValue = "4", description = "Live runs held at once (default: ${DEFAULT-VALUE}).")
    private int maxRuns;

    @Option(names = "--max-citizens", defaultValue = "50000",
            description = "Citizens one live run may have (default: ${DEFAULT-VALUE}).")
    private int maxCitizens;

    @Option(names = "--max-weeks", defaultValue = "2080",
            description = "Weeks one live run may simulate (default: ${DEFAULT-VALUE}, 40 years).")
    private int maxWeeks;

    @Option(names = "--scenarios", defaultValue = "scenarios",
            description = "Folder of the scenarios offered in the picker (default: ${DEFAULT-VALUE}).")
    private Path scenarios;

    @Option(names = "--results", defaultValue = "results/studio",
            description = "The studio's own folder, where saved scenarios and runs go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (scenario != null) {
            try {
                ScenarioLoader.load(scenario, List.of());
            } catch (ScenarioException e) {
                e.problems().forEach(p -> err.println("error: " + Pnyx.clean(p)));
                return ScenarioOptions.INVALID;
            }
        }
        StudioConfig config;
        try {
            config = new StudioConfig(host, port, maxRuns, maxCitizens, maxWeeks, scenarios, results, scenario);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ScenarioOptions.INVALID;
        }
        Studio studio = new Studio(config);
        int listening;
        try {
            listening = studio.start();
        } catch (RuntimeException e) {
            err.println("error: cannot serve on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        if (!config.loopback()) {
            err.println("warning: the studio listens on " + host + ", so anyone who can reach this machine on port "
                    + listening + " can use it; it has no passwords. Use the default, 127.0.0.1, outside a workshop.");
        }
        out.println("Pnyx Studio: " + studio.address());
        out.println("Saved scenarios and runs go to " + results + "/. Stop with Ctrl-C.");
        if (!noBrowser && !Browser.open(studio.address())) {
            out.println("(no browser to open here: open the address above in one)");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }, "pnyx-studio-stop"));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
