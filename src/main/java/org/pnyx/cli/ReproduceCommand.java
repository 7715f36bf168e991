package org.pnyx.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.patterns.Pattern;
import org.pnyx.patterns.Patterns;
import org.pnyx.patterns.Reproduction;
import org.pnyx.patterns.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx reproduce}: runs the published patterns, each live and with its mechanism knocked out. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce the published patterns (all, or those named): each pattern's figure over"
                + " replications with a 95%% interval, the figure with its mechanism knocked out, and a verdict."
                + " Exits 1 if a pattern fails that is not marked as expected to fail.")
final class ReproduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATTERN", arity = "0..*", description = "Pattern names (default: all; --list shows them).")
    private List<String> names = new ArrayList<>();

    @Option(names = "--quick", description = "At most " + Reproduction.QUICK_REPLICATIONS
            + " replications and shorter runs (for CI).")
    private boolean quick;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--markdown", description = "Print the Markdown table of docs/VALIDATION.md instead of blocks.")
    private boolean markdown;

    @Option(names = "--list", description = "List the registered patterns and exit.")
    private boolean list;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Pattern> chosen = new ArrayList<>();
        for (String n : names) {
            var p = Patterns.named(n);
            if (p.isEmpty()) {
                spec.commandLine().getErr().println("error: no pattern named '" + n + "'; run 'pnyx reproduce --list'");
                return 2;
            }
            chosen.add(p.get());
        }
        if (chosen.isEmpty()) {
            chosen.addAll(Patterns.all());
        }
        if (list) {
            for (Pattern p : chosen) {
                out.printf("%-30s %s (%s)%n", p.name(), p.claim(), p.source());
            }
            return 0;
        }
        Reproduction reproduction = new Reproduction(ScenarioLoader::parse, quick, threads);
        if (markdown) {
            out.println(ValidationReport.HEADER);
            out.println("|---|---|---|---|---|---|---|---|");
        }
        int failed = 0;
        int expected = 0;
        for (Pattern p : chosen) {
            Reproduction.Result r = reproduction.run(p);
            if (markdown) {
                out.println(ValidationReport.row(r));
            } else {
                ValidationReport.block(r).forEach(out::println);
                out.println();
            }
            out.flush();
            failed += r.unexpectedFailure() ? 1 : 0;
            expected += r.verdict() == Reproduction.Verdict.FAIL && p.expectedToFail() ? 1 : 0;
        }
        if (!markdown) {
            out.printf("%d patterns: %d failed unexpectedly, %d failed as expected (each names its issue).%n",
                    chosen.size(), failed, expected);
        }
        return failed > 0 ? 1 : 0;
    }
}
