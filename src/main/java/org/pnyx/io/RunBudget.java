package org.pnyx.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pnyx.config.Distribution;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;

/**
 * Estimates, before a run starts, the memory it needs and the disk space its files take, so that a
 * scenario too big for the machine is refused with the figure instead of failing part-way.
 */
public final class RunBudget {

    /** Heap per citizen, measured by {@code pnyx bench} (143 to 149 bytes at 10,000 to 1,000,000 citizens), rounded up. */
    public static final long BYTES_PER_CITIZEN = 160;

    /** Heap a run needs whatever its size: the model's tables, the writers' buffers, the JVM's own. */
    public static final long BASE_BYTES = 48L << 20;

    /** Bytes per CSV cell, measured on the bundled scenarios' outputs (5.7 to 6.1), rounded up. */
    public static final long BYTES_PER_CELL = 8;

    /** Output size above which a run warns before it starts. */
    public static final long WARN_BYTES = 1L << 30;

    private RunBudget() {
    }

    /** A problem that stops the run before it starts (bad input for this machine: exit 2). */
    public static final class OverBudgetException extends Exception {
        private static final long serialVersionUID = 1L;

        public OverBudgetException(String message) {
            super(message);
        }
    }

    /** Expected number of citizens: the listed populations, or count times the mean size (within its bounds). */
    public static long citizens(ScenarioConfig s) {
        if (!s.municipalities().isEmpty()) {
            return s.municipalities().stream().mapToLong(MunicipalitySpec::population).sum();
        }
        Distribution size = s.values().get(ScenarioConfig.TOWN_SIZE);
        double mean = Math.max(size.min(), Math.min(size.max(), size.mean()));
        return Math.round(s.values().get(ScenarioConfig.TOWN_COUNT) * Math.max(1, mean));
    }

    /** Number of municipalities. */
    public static long towns(ScenarioConfig s) {
        return s.municipalities().isEmpty() ? s.values().get(ScenarioConfig.TOWN_COUNT) : s.municipalities().size();
    }

    /** Heap one run needs, in bytes. */
    public static long memory(ScenarioConfig s) {
        return BASE_BYTES + citizens(s) * BYTES_PER_CITIZEN;
    }

    /** Bytes of a run's files: timeseries.csv and municipalities.csv dominate (rows times columns). */
    public static long output(ScenarioConfig s) {
        long columns = Metric.columns().size();
        long steps = s.steps();
        return (steps + 1) * (columns + 1) * BYTES_PER_CELL
                + (steps * towns(s) + 1) * (columns + 3) * BYTES_PER_CELL + 64 * 1024;
    }

    /**
     * Refuses when {@code runs} simulations at once would not fit in the heap Java may use.
     *
     * @param parallel simulations held at once (sweep threads), at least 1
     */
    public static void checkMemory(ScenarioConfig s, int parallel) throws OverBudgetException {
        long need = BASE_BYTES + (memory(s) - BASE_BYTES) * Math.max(1, parallel);
        long max = Runtime.getRuntime().maxMemory();
        if (need > max) {
            throw new OverBudgetException(String.format(Locale.ROOT, "scenario '%s' needs about %s of memory "
                    + "(%,d citizens x %d bytes%s), but Java may use at most %s here; give Java more with -Xmx, "
                    + "e.g. java -Xmx%dg -jar pnyx.jar ..., or simulate fewer citizens", s.name(), mb(need),
                    citizens(s), BYTES_PER_CITIZEN, parallel > 1 ? " x " + parallel + " threads" : "", mb(max),
                    Math.max(1, (need * 5 / 4 + (1L << 30) - 1) >> 30)));
        }
    }

    /**
     * Refuses when {@code bytes} of output would not fit in the free space where {@code dir} is (or will be);
     * returns a warning when they exceed {@link #WARN_BYTES}, else null.
     */
    public static String checkDisk(Path dir, long bytes, String what) throws OverBudgetException {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        long free;
        try {
            free = existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            free = Long.MAX_VALUE;
        }
        return checkDisk(existing == null ? dir : existing, bytes, free, what);
    }

    /** As {@link #checkDisk(Path, long, String)}, with the free space given (for tests). */
    public static String checkDisk(Path existing, long bytes, long free, String what) throws OverBudgetException {
        if (bytes > free) {
            throw new OverBudgetException(what + " would write about " + mb(bytes) + ", but only " + mb(free)
                    + " are free in " + existing + "; free some space, choose another "
                    + "--out, or run fewer weeks");
        }
        return bytes > WARN_BYTES ? "warning: " + what + " will write about " + mb(bytes) + " (" + mb(free)
                + " free)" : null;
    }

    /** Bytes as MB or GB for people. */
    public static String mb(long bytes) {
        return bytes >= 10L << 30 ? String.format(Locale.ROOT, "%.0f GB", bytes / (double) (1L << 30))
                : bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }

    /** The advice printed when the heap runs out during a run. */
    public static String outOfMemoryAdvice() {
        return "out of memory: Java may use at most " + mb(Runtime.getRuntime().maxMemory()) + " here; give it more "
                + "with -Xmx, e.g. java -Xmx8g -jar pnyx.jar ..., or simulate fewer citizens (or fewer threads)";
    }
}
