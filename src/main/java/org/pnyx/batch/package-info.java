/**
 * Batch experiments: designs of scenario parameters, replications with derived seeds, parallel
 * resumable sweeps whose finished runs are appended durably to {@code runs.csv}, shards for
 * clusters, and statistics across replications in {@code summary.csv}.
 */
package org.pnyx.batch;
