package org.pnyx.config;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Suggestions for mistyped keys, key paths and words, by edit distance, for error messages. */
public final class Suggestions {

    private Suggestions() {
    }

    /** "; did you mean 'x'?" for the nearest catalogue key path, or an empty string. */
    public static String hint(String path) {
        return nearest(path, Parameters.catalog().all().stream().map(ParameterSpec::path).toList())
                .map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** The candidate at the smallest edit distance, if that distance is small for the word's length. */
    public static Optional<String> nearest(String word, List<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> Map.entry(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(2, w.length() / 3))
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
