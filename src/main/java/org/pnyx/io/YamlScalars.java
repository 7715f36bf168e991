package org.pnyx.io;

import java.util.List;
import org.pnyx.config.ParameterSpec;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reading one declared parameter's value from a YAML node, as the experiment and sensitivity loaders do. */
public final class YamlScalars {

    private YamlScalars() {
    }

    /**
     * The value of {@code v} parsed by its declaration, or null with a problem added
     * ({@code at + key + ": " + what is wrong; allowed: ...}) when it is not a single valid value.
     *
     * @param at       where the node is, as {@code FILE:LINE: }
     * @param problems the loader's list of problems
     */
    public static Object parse(ParameterSpec spec, Node v, String key, String at, List<String> problems) {
        if (!(v instanceof ScalarNode s)) {
            problems.add(at + key + ": expects a single value; allowed: " + spec.allowed());
            return null;
        }
        try {
            return spec.parse(s.getValue());
        } catch (IllegalArgumentException e) {
            problems.add(at + key + ": " + e.getMessage());
            return null;
        }
    }
}
