package org.pnyx.sensitivity.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.pnyx.config.ParameterSpec;
import org.pnyx.io.AtomicFiles;
import org.pnyx.sensitivity.Saltelli;

/**
 * Writes a sensitivity design as a design CSV for {@code pnyx sweep --design}: {@code #} comment lines saying
 * how it was made (the sweep skips them), a header of key paths, then one row per design point in sampling
 * order, the order {@code pnyx sensitivity analyze} relies on.
 */
public final class DesignCsv {

    private DesignCsv() {
    }

    /** The file's text. */
    public static String text(SensitivityPlan plan) {
        StringBuilder b = new StringBuilder();
        b.append("# Sensitivity design from ").append(plan.file().toString().replace('\\', '/'))
                .append(", made by 'pnyx sensitivity sample'.\n");
        b.append("# ").append(plan.summary()).append(plan.method() == SensitivityPlan.Method.MORRIS
                ? ", seed " + plan.seed() : ", Sobol' sequence skipping its first "
                + Saltelli.skipped(plan.samples()) + " points").append(".\n");
        for (SensitivityPlan.Factor f : plan.factors()) {
            b.append("# ").append(f.path()).append(" in [").append(ParameterSpec.fmt(f.lower()))
                    .append(", ").append(ParameterSpec.fmt(f.upper())).append("]\n");
        }
        b.append("# Keep the rows in this order: the analysis reads the design's structure from it.\n");
        b.append(String.join(",", plan.parameters())).append('\n');
        for (List<String> row : plan.design()) {
            b.append(String.join(",", row)).append('\n');
        }
        return b.toString();
    }

    /** Writes the file atomically, creating its folder. */
    public static void write(SensitivityPlan plan, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            java.nio.file.Files.createDirectories(dir);
        }
        AtomicFiles.write(file, text(plan));
    }
}
