package org.pnyx.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Pnyx version, filled in by Maven at build time. */
public final class Version {

    private Version() {
    }

    /** The version string, or "unknown" outside a Maven build. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/pnyx.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
