/**
 * Pnyx Studio: a live run in the browser. A small web server (Javalin) serves the page from the jar, the
 * parameter and metric declarations as JSON, and each live run's weeks by server-sent events; every live run is
 * its own simulation on its own thread, changed only through {@code PnyxSim.change}.
 */
package org.pnyx.gui;
