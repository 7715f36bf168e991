package org.pnyx.sensitivity.io;

import java.io.IOException;
import java.nio.file.Path;
import org.pnyx.io.AtomicFiles;
import org.pnyx.io.Numbers;

/**
 * Writes {@code sensitivity.csv}: one row per output, parameter and index, with columns
 * {@code metric,parameter,index,value,ci_low,ci_high,n}. Numbers have at most 6 decimals; an undefined
 * interval is left empty.
 */
public final class SensitivityCsv {

    /** The header line. */
    public static final String HEADER = "metric,parameter,index,value,ci_low,ci_high,n";

    private SensitivityCsv() {
    }

    /** The file's text. */
    public static String text(Analysis a) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Analysis.Row r : a.rows()) {
            b.append(r.metric()).append(',').append(r.parameter()).append(',').append(r.index()).append(',')
                    .append(num(r.estimate().value())).append(',').append(num(r.estimate().ciLow())).append(',')
                    .append(num(r.estimate().ciHigh())).append(',').append(r.n()).append('\n');
        }
        return b.toString();
    }

    /** Writes the file atomically. */
    public static void write(Analysis a, Path file) throws IOException {
        AtomicFiles.write(file, text(a));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v, false);
    }
}
