package org.pnyx.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule for names that become folder names (a scenario's or an experiment's {@code name}): 1 to
 * {@value #MAX_LENGTH} letters, digits, {@code .}, {@code _} or {@code -}, and neither {@code .} nor
 * {@code ..}. Such a name is a single path element that stays inside the folder it is resolved
 * against, on every file system, and prints safely on a terminal.
 */
public final class SafeNames {

    /** Longest name allowed; well below the 255-byte limit of common file systems for one path element. */
    public static final int MAX_LENGTH = 100;

    /** What the rule allows, for messages. */
    public static final String ALLOWED = "1 to " + MAX_LENGTH + " letters, digits, '.', '_' or '-', not '.' or '..'";

    private SafeNames() {
    }

    /** Whether the name follows the rule. */
    public static boolean isSafe(String name) {
        return problem(name).isEmpty();
    }

    /**
     * What is wrong with a name, as {@code value '...' is not allowed; allowed: ...}, or empty when it follows
     * the rule. The value is shown with control characters escaped and cut to 60 characters.
     */
    public static Optional<String> problem(String name) {
        if (name != null && !name.isEmpty() && name.length() <= MAX_LENGTH && !name.equals(".")
                && !name.equals("..") && name.chars().allMatch(SafeNames::allowedChar)) {
            return Optional.empty();
        }
        String why = name == null || name.isEmpty() ? "it is empty"
                : name.length() > MAX_LENGTH ? "it has " + name.length() + " characters"
                : name.equals(".") || name.equals("..") ? "it names a folder that is not its own"
                : "it holds " + describe(name.chars().filter(c -> !allowedChar(c)).findFirst().orElse('?'));
        return Optional.of("value '" + printable(name == null ? "" : name) + "' is not allowed (" + why
                + "); allowed: " + ALLOWED + " (it names the output folder)");
    }

    private static boolean allowedChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || c == '-';
    }

    private static String describe(int c) {
        if (c == '/' || c == '\\') {
            return "a path separator '" + (char) c + "'";
        }
        if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
            return String.format("the control character U+%04X", c);
        }
        return String.format("the character '%s' (U+%04X)", Character.toString(c), c);
    }

    /** The text with control and non-ASCII characters escaped as {@code \\uXXXX}, cut to 60 characters. */
    public static String printable(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 60; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= 60 && text.length() > 60) {
            b.append("...");
        }
        return b.toString();
    }

    /**
     * Resolves a name inside a folder, refusing anything that does not stay a direct child of it.
     *
     * @throws IllegalArgumentException if the name breaks the rule
     */
    public static Path child(Path folder, String name) {
        problem(name).ifPresent(p -> {
            throw new IllegalArgumentException("name: " + p);
        });
        return folder.resolve(name);
    }
}
