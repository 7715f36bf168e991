package org.pnyx.sensitivity;

/**
 * The plain-language label of a scenario parameter, for chart titles and reports. Every label shown by
 * the sensitivity tools goes through {@link #of}, so that it can read the parameter declaration's label
 * once declarations carry one.
 */
public final class Labels {

    private Labels() {
    }

    /** The label of the parameter at {@code path}; for now the key path itself. */
    public static String of(String path) {
        return path;
    }
}
