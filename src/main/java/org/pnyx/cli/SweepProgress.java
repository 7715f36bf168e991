package org.pnyx.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.pnyx.batch.Experiment;
import org.pnyx.batch.Sweep;

/**
 * Reports a sweep's progress: on a terminal, a bar redrawn in place (runs done, runs per second,
 * ETA); otherwise, or with {@code --quiet}, a plain log line at every tenth of the runs.
 */
final class SweepProgress implements Sweep.Listener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean bar;
    private long total;
    private long already;
    private long done;
    private long start;
    private long lastDraw;
    private int lastTenth;

    SweepProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public synchronized void note(String message) {
        err.println("pnyx sweep: " + message);
        err.flush();
    }

    @Override
    public synchronized void started(long total, long alreadyDone) {
        this.total = total;
        this.already = alreadyDone;
        this.start = System.nanoTime();
        this.lastTenth = (int) (10 * alreadyDone / Math.max(1, total));
        if (alreadyDone > 0) {
            log(String.format(Locale.ROOT, "resuming: %d of %d runs already done, %d to go", alreadyDone, total,
                    total - alreadyDone));
        }
        if (bar) {
            draw(System.nanoTime());
        }
    }

    @Override
    public synchronized void finished(Experiment.Run run) {
        done++;
        long now = System.nanoTime();
        if (bar) {
            if (now - lastDraw > 200_000_000L || already + done == total) {
                draw(now);
            }
            return;
        }
        int tenth = (int) (10 * (already + done) / Math.max(1, total));
        if (tenth > lastTenth) {
            lastTenth = tenth;
            log(line(now));
        }
    }

    /** Ends the bar's line, so that what follows starts on a fresh one. */
    synchronized void close() {
        if (bar) {
            draw(System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(long now) {
        lastDraw = now;
        long finished = already + done;
        int filled = (int) (WIDTH * finished / Math.max(1, total));
        StringBuilder sb = new StringBuilder("\r[");
        for (int k = 0; k < WIDTH; k++) {
            sb.append(k < filled ? '=' : k == filled ? '>' : ' ');
        }
        sb.append("] ").append(line(now)).append("   ");
        err.print(sb);
        err.flush();
    }

    private String line(long now) {
        long finished = already + done;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done == 0 ? "--:--" : clock((total - finished) / rate);
        return String.format(Locale.ROOT, "%d/%d runs %3d%%  %.2f runs/s  ETA %s", finished, total,
                100 * finished / Math.max(1, total), rate, eta);
    }

    private void log(String message) {
        err.println("pnyx sweep: " + message);
        err.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        long h = s / 3600;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
