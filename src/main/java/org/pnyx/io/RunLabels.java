package org.pnyx.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;

/**
 * Names of runs that change their scenario from the command line. A run with {@code --set} overrides (other than
 * the seed) or {@code --intervene} interventions, or with a {@code --label}, goes to
 * {@code results/<name>/<label>/seed-<seed>/}, never into the plain run's {@code results/<name>/seed-<seed>/}.
 * A derived label reads as the changes ({@code decisionRule-consensus}); when it would be longer than
 * {@value #MAX_DERIVED} characters, or the path rule forced a character to change, it ends in a hash of the
 * changes, so that two different sets of changes never share a folder.
 */
public final class RunLabels {

    /** Longest derived label, hash included. */
    public static final int MAX_DERIVED = 60;

    /** What a label may be, for messages. */
    public static final String ALLOWED = SafeNames.ALLOWED + ", not starting with 'seed-'";

    private static final int HASH_CHARS = 8;

    private RunLabels() {
    }

    /**
     * What is wrong with a label given with {@code --label}, or empty. Besides the path rule, a label may not start
     * with {@code seed-}: such a folder would sit among the plain runs' seed folders (and their leftovers).
     */
    public static Optional<String> problem(String label) {
        Optional<String> bad = SafeNames.problem(label);
        if (bad.isPresent()) {
            return Optional.of(bad.get().replace("(it names the output folder)", "")
                    .replace("allowed: " + SafeNames.ALLOWED, "allowed: " + ALLOWED).trim());
        }
        if (label.startsWith("seed-")) {
            return Optional.of("value '" + label + "' is not allowed (it starts with 'seed-', the plain runs' "
                    + "folders); allowed: " + ALLOWED);
        }
        return Optional.empty();
    }

    /** The overrides that change the scenario: all but the seed, which already names the seed folder. */
    public static List<String> changes(List<String> overrides) {
        List<String> out = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq < 0 || !o.substring(0, eq).trim().equals(ScenarioConfig.SEED.path())) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The label derived from the overrides and interventions, or null when neither changes the scenario.
     *
     * @param overrides  {@code key.path=value} as given to {@code --set} (a seed override is ignored)
     * @param intervenes {@code WEEK[:TOWN]:KEY=VALUE} as given to {@code --intervene}
     */
    public static String derive(List<String> overrides, List<String> intervenes) {
        List<String> changes = changes(overrides);
        if (changes.isEmpty() && intervenes.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String o : changes) {
            parts.add(assignment(o));
        }
        for (String i : intervenes) {
            int eq = i.indexOf('=');
            String head = eq < 0 ? i : i.substring(0, eq);
            String[] bits = head.split(":", -1);
            StringBuilder b = new StringBuilder("w").append(bits[0]);
            for (int k = 1; k < bits.length - 1; k++) {
                b.append('-').append(bits[k]);
            }
            if (bits.length > 1) {
                b.append('-').append(shortKey(bits[bits.length - 1]));
            }
            if (eq >= 0) {
                b.append('-').append(i.substring(eq + 1));
            }
            parts.add(b.toString());
        }
        String readable = String.join("_", parts);
        String safe = sanitize(readable);
        if (safe.startsWith("seed-")) {
            safe = "set-" + safe;
        }
        if (safe.equals(readable) && safe.length() <= MAX_DERIVED) {
            return safe;
        }
        String all = String.join("\n", changes) + "\n--intervene\n" + String.join("\n", intervenes);
        String hash = hash(all);
        int keep = Math.min(safe.length(), MAX_DERIVED - HASH_CHARS - 1);
        String stem = safe.substring(0, keep).replaceAll("[-_.]+$", "");
        return (stem.isEmpty() ? "run" : stem) + "-" + hash;
    }

    /** The run folder: {@code <results>/<name>/seed-<seed>} without a label, else {@code <results>/<name>/<label>/seed-<seed>}. */
    public static Path dir(Path results, ScenarioConfig scenario, String label) {
        if (label == null) {
            return Runs.defaultDir(results, scenario);
        }
        problem(label).ifPresent(p -> {
            throw new IllegalArgumentException("label: " + p);
        });
        return SafeNames.child(results, scenario.name()).resolve(label).resolve("seed-" + scenario.seed());
    }

    /**
     * The overrides in plain words, for titles: {@code Decision rule = consensus}, by the parameters' declared
     * labels (the key itself when it is not declared); the seed is left out.
     */
    public static String plainWords(List<String> overrides) {
        List<String> out = new ArrayList<>();
        for (String o : changes(overrides)) {
            int eq = o.indexOf('=');
            if (eq < 0) {
                out.add(o);
                continue;
            }
            String key = o.substring(0, eq).trim();
            ParameterSpec spec = Parameters.catalog().get(key);
            out.add((spec == null ? key : spec.label()) + " = " + o.substring(eq + 1));
        }
        return String.join(", ", out);
    }

    private static String assignment(String o) {
        int eq = o.indexOf('=');
        return eq < 0 ? o : shortKey(o.substring(0, eq).trim()) + "-" + o.substring(eq + 1);
    }

    /** The key without its section ({@code decisionRule} for {@code bylaws.decisionRule}) when that is unambiguous. */
    static String shortKey(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return path;
        }
        String rest = path.substring(dot + 1);
        return SHORT_COUNTS.getOrDefault(rest, 0) == 1 ? rest : path;
    }

    private static final Map<String, Integer> SHORT_COUNTS = new HashMap<>();

    static {
        for (ParameterSpec p : Parameters.catalog().all()) {
            int dot = p.path().indexOf('.');
            String key = dot < 0 ? p.path() : p.path().substring(dot + 1);
            SHORT_COUNTS.merge(key, 1, Integer::sum);
        }
    }

    private static String sanitize(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-';
            b.append(ok ? c : '-');
        }
        String s = b.toString();
        return s.equals(".") || s.equals("..") || s.isEmpty() ? "run" : s;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
