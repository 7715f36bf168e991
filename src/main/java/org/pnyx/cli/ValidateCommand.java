package org.pnyx.cli;

import java.util.concurrent.Callable;
import org.pnyx.config.ScenarioConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pnyx validate FILE}: checks a scenario without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and --set overrides) without running it. Exit 0 if valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioConfig s = scenario.load(spec.commandLine().getErr());
        if (s == null) {
            return ScenarioOptions.INVALID;
        }
        String towns = s.municipalities().isEmpty()
                ? s.values().get(ScenarioConfig.TOWN_COUNT) + " generated municipalities"
                : s.municipalities().size() + " listed municipalities";
        spec.commandLine().getOut().printf("ok: %s: scenario '%s', seed %d, %d week%s, %s%n",
                scenario.file, s.name(), s.seed(), s.steps(), s.steps() == 1 ? "" : "s", towns);
        return 0;
    }
}
