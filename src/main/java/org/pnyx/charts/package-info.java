/**
 * Charts and reports drawn from a run folder's output files only ({@code timeseries.csv},
 * {@code municipalities.csv}, {@code lorenz.csv}, {@code summary.json}, {@code manifest.json}),
 * or a sweep folder's ({@code summary.csv}, {@code runs.csv}, {@code experiment.json}), so any
 * run or sweep can be redrawn without re-running it. Entry points are in {@link org.pnyx.charts.Charts}.
 */
package org.pnyx.charts;
