package org.pnyx.patterns;

import java.util.List;
import org.pnyx.config.ScenarioConfig;

/** Turns scenario text and {@code key=value} overrides into a checked scenario (the CLI passes the YAML loader). */
@FunctionalInterface
public interface ScenarioSource {

    /**
     * @param name      stands for the file in messages
     * @param yaml      the scenario text
     * @param overrides {@code key.path=value} strings applied after the text
     */
    ScenarioConfig parse(String name, String yaml, List<String> overrides) throws Exception;
}
