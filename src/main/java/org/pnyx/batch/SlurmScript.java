package org.pnyx.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Slurm batch scripts of a sharded sweep: a job array whose task {@code i} runs
 * {@code pnyx sweep --shard i/n --resume} into {@code OUT/shard-i-of-n/} (so a requeued or
 * resubmitted task continues where it stopped), and a merge job to run after the array succeeds.
 */
public final class SlurmScript {

    /**
     * What the scripts run and ask of Slurm.
     *
     * @param experiment  the experiment file (absolute)
     * @param design      a design CSV replacing the experiment's design, or null
     * @param name        experiment name, for the job name
     * @param runs        runs in the experiment, for the comment
     * @param shards      number of array tasks
     * @param out         the sweep's output folder (absolute); shards go below it
     * @param threads     CPUs per task (sweep threads)
     * @param jar         the Pnyx jar (absolute)
     * @param javaOptions options for the JVM, e.g. -Xmx2g
     * @param sbatch      extra {@code #SBATCH} options, e.g. {@code --time=02:00:00}, {@code --partition=short}
     */
    public record Settings(Path experiment, Path design, String name, long runs, int shards, Path out, int threads,
                           Path jar, String javaOptions, List<String> sbatch) {

        public Settings {
            if (shards < 1) {
                throw new IllegalArgumentException("shards must be at least 1, but was " + shards);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
            }
            sbatch = List.copyOf(sbatch);
        }
    }

    private SlurmScript() {
    }

    /** The folder of shard {@code i} of {@code n} below the sweep's output folder. */
    public static Path shardDir(Path out, int i, int n) {
        return out.resolve("shard-" + i + "-of-" + n);
    }

    /** The job-array script. */
    public static String sweep(Settings s) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("# Pnyx sweep '" + s.name() + "' as a Slurm job array: " + s.runs() + " runs in " + s.shards()
                + " shards.");
        lines.add("# Written by 'pnyx slurm'. Submit the array, then the merge once every shard has succeeded:");
        lines.add("#   jid=$(sbatch --parsable " + quote(s.out().resolve("slurm/sweep.sbatch").toString()) + ")");
        lines.add("#   sbatch --dependency=afterok:$jid " + quote(s.out().resolve("slurm/merge.sbatch").toString()));
        lines.add("# A task that stopped early (time limit, node failure) can be resubmitted with");
        lines.add("#   sbatch --array=I " + quote(s.out().resolve("slurm/sweep.sbatch").toString()));
        lines.add("# it resumes, skipping the runs it finished.");
        lines.add("#SBATCH --job-name=" + jobName(s.name()));
        lines.add("#SBATCH --array=1-" + s.shards());
        lines.add("#SBATCH --ntasks=1");
        lines.add("#SBATCH --cpus-per-task=" + s.threads());
        lines.add("#SBATCH --output=" + s.out().resolve("slurm") + "/%A_%a.out");
        for (String o : s.sbatch()) {
            lines.add("#SBATCH " + o);
        }
        lines.add("set -euo pipefail");
        lines.add("shard=${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}");
        lines.add("threads=${SLURM_CPUS_PER_TASK:-" + s.threads() + "}");
        List<String> cmd = new ArrayList<>(java(s));
        cmd.add("sweep");
        cmd.add(quote(s.experiment().toString()));
        if (s.design() != null) {
            cmd.add("--design");
            cmd.add(quote(s.design().toString()));
        }
        cmd.add("--shard \"$shard/" + s.shards() + "\"");
        cmd.add("--threads \"$threads\"");
        cmd.add("--out " + quote(s.out().toString()) + "\"/shard-$shard-of-" + s.shards() + "\"");
        cmd.add("--resume --quiet");
        lines.add("exec " + String.join(" ", cmd));
        return String.join("\n", lines) + "\n";
    }

    /** The merge job. */
    public static String merge(Settings s) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("# Merges the " + s.shards() + " shards of Pnyx sweep '" + s.name() + "' into "
                + s.out() + "/runs.csv and summary.csv.");
        lines.add("# Written by 'pnyx slurm'; submit with --dependency=afterok:<array job id>.");
        lines.add("#SBATCH --job-name=" + jobName(s.name()) + "-merge");
        lines.add("#SBATCH --ntasks=1");
        lines.add("#SBATCH --cpus-per-task=1");
        lines.add("#SBATCH --output=" + s.out().resolve("slurm") + "/%j-merge.out");
        for (String o : s.sbatch()) {
            lines.add("#SBATCH " + o);
        }
        lines.add("set -euo pipefail");
        List<String> cmd = new ArrayList<>(java(s));
        cmd.add("merge");
        for (int i = 1; i <= s.shards(); i++) {
            cmd.add(quote(shardDir(s.out(), i, s.shards()).toString()));
        }
        cmd.add("--out " + quote(s.out().toString()));
        lines.add("exec " + String.join(" ", cmd));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> java(Settings s) {
        List<String> cmd = new ArrayList<>();
        cmd.add("\"${JAVA:-java}\"");
        if (s.javaOptions() != null && !s.javaOptions().isBlank()) {
            cmd.add(s.javaOptions().trim());
        }
        cmd.add("-Djava.awt.headless=true -jar");
        cmd.add(quote(s.jar().toString()));
        return cmd;
    }

    private static String jobName(String name) {
        return "pnyx-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Quotes a word for bash. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
