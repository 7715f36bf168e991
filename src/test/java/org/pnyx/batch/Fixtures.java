package org.pnyx.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny scenarios and experiments: two towns of 30 citizens, 20 weeks, so a run takes milliseconds. */
final class Fixtures {

    static final String SCENARIO = """
            name: tiny
            seed: 1
            steps: 20
            municipalities:
              count: 2
              size: {dist: constant, mean: 30, min: 2, max: 1000}
            metrics:
              finalWindow: 8
            """;

    /** Four design points (quorum x decision rule), three replications: twelve runs. */
    static final String EXPERIMENT = """
            name: tiny-sweep
            scenario: tiny.yaml
            seed: 99
            replications: 3
            vary:
              bylaws.quorum: [0.05, 0.2]
              bylaws.decisionRule: [majority, consensus]
            """;

    private Fixtures() {
    }

    /** Writes tiny.yaml and the experiment into {@code dir}; returns the experiment file. */
    static Path experiment(Path dir, String experiment) throws IOException {
        Files.writeString(dir.resolve("tiny.yaml"), SCENARIO, StandardCharsets.UTF_8);
        Path file = dir.resolve("exp.yaml");
        Files.writeString(file, experiment, StandardCharsets.UTF_8);
        return file;
    }

    static Experiment load(Path dir, String experiment) throws Exception {
        return ExperimentLoader.load(experiment(dir, experiment), null);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
