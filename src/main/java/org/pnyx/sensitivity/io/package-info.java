/**
 * The files around the sensitivity core: the sensitivity section of an experiment file, the design CSV that
 * {@code pnyx sweep --design} runs, reading a sweep's {@code runs.csv} or any CSV of inputs and outputs, and
 * writing {@code sensitivity.csv}, its charts and its HTML page.
 */
package org.pnyx.sensitivity.io;
