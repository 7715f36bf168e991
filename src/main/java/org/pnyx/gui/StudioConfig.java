package org.pnyx.gui;

import java.nio.file.Path;

/**
 * How the studio is served and what one participant may ask of it.
 *
 * @param host        the address to listen on; loopback unless a workshop's network is meant to reach it
 * @param port        the TCP port (0: any free port)
 * @param maxRuns     live runs held at once, over all pages
 * @param maxCitizens citizens one live run may simulate
 * @param maxWeeks    weeks one live run may simulate
 * @param scenarios   the folder of bundled scenarios offered in the picker
 * @param results     the studio's own folder: saved scenarios and run folders go here, and nowhere else
 * @param opening     a scenario file named on the command line, offered first and opened by the page (or null)
 */
public record StudioConfig(String host, int port, int maxRuns, int maxCitizens, int maxWeeks, Path scenarios,
                           Path results, Path opening) {

    public StudioConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], but was " + port);
        }
        positive("max-runs", maxRuns);
        positive("max-citizens", maxCitizens);
        positive("max-weeks", maxWeeks);
    }

    private static void positive(String what, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, but was " + v);
        }
    }

    /** Whether the host is a loopback address, reachable only from this machine. */
    public boolean loopback() {
        return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
