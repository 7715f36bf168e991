package org.pnyx.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pnyx.io.AtomicFiles;

/**
 * Combines the output folders of an experiment's shards into one folder holding the same
 * {@code runs.csv}, {@code summary.csv}, {@code design.csv} and {@code runs/} as a single-machine sweep.
 * Every row is checked: it must belong to its folder's shard and carry the derived seed, and the
 * folders must come from the same experiment (same fingerprint).
 */
public final class Merge {

    /**
     * What a merge found.
     *
     * @param runs    runs of the experiment
     * @param found   runs found in the folders
     * @param folders folders merged
     */
    public record Result(long runs, long found, int folders) {
    }

    private Merge() {
    }

    /**
     * Merges shard folders into {@code out}.
     *
     * @param partial write the outputs even when runs are missing
     * @throws ExperimentException when folders disagree, rows are damaged, or runs are missing without {@code partial}
     */
    public static Result merge(List<Path> dirs, Path out, boolean partial) throws IOException, ExperimentException {
        if (dirs.isEmpty()) {
            throw new ExperimentException("merge: give at least one sweep folder");
        }
        List<String> problems = new ArrayList<>();
        JsonNode first = null;
        Path firstDir = null;
        List<Shard> shards = new ArrayList<>();
        for (Path d : dirs) {
            Path meta = d.resolve(Sweep.EXPERIMENT);
            if (!Files.isRegularFile(meta)) {
                problems.add(d + ": not a sweep folder (no " + Sweep.EXPERIMENT + ")");
                continue;
            }
            if (d.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                problems.add(d + ": is also the output folder; merge into another folder (--out)");
            }
            JsonNode node = Sweep.readMeta(meta);
            JsonNode shard = node.path("shard");
            shards.add(shard.isNull() || shard.isMissingNode() ? Shard.ALL : Shard.parse(shard.asText()));
            if (first == null) {
                first = node;
                firstDir = d;
            } else if (!first.path("fingerprint").asText().equals(node.path("fingerprint").asText())) {
                problems.add(d + ": comes from a different experiment than " + firstDir
                        + " (fingerprints differ); only shards of one experiment can be merged");
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        Experiment e = experimentOf(firstDir, first);
        RunsCsv.Index index = new RunsCsv.Index(e);
        for (int k = 0; k < dirs.size(); k++) {
            Path runs = dirs.get(k).resolve(Sweep.RUNS);
            if (Files.exists(runs)) {
                index.add(runs, shards.get(k));
            }
        }
        if (index.found() < e.runs() && !partial) {
            long missing = e.runs() - index.found();
            List<String> examples = new ArrayList<>();
            for (long r = 0; r < e.runs() && examples.size() < 5; r++) {
                if (!index.has(r)) {
                    examples.add(e.run(r).folder());
                }
            }
            throw new ExperimentException("merge: " + missing + " of " + e.runs() + " runs are missing (e.g. runs "
                    + String.join(", ", examples) + "); finish those shards with 'pnyx sweep ... --shard i/n --resume', "
                    + "or merge what there is with --partial");
        }
        try (SweepLock lock = SweepLock.acquire(out, "pnyx merge")) {
            write(e, first, firstDir, dirs, index, out);
        }
        return new Result(e.runs(), index.found(), dirs.size());
    }

    private static void write(Experiment e, JsonNode first, Path firstDir, List<Path> dirs, RunsCsv.Index index,
                              Path out) throws IOException {
        ObjectNode meta = (ObjectNode) first.deepCopy();
        meta.putNull("shard");
        AtomicFiles.write(out.resolve(Sweep.EXPERIMENT), Sweep.JSON.writeValueAsString(meta) + "\n");
        Path design = firstDir.resolve(Sweep.DESIGN);
        Files.copy(design, AtomicFiles.partOf(out.resolve(Sweep.DESIGN)), StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.commit(out.resolve(Sweep.DESIGN));
        index.writeSorted(out.resolve(Sweep.RUNS));
        Summary.write(e, out.resolve(Sweep.RUNS), out.resolve(Sweep.SUMMARY));
        if (e.timeseries()) {
            for (Path d : dirs) {
                copyRunFolders(d.resolve(Sweep.RUN_FOLDERS), out.resolve(Sweep.RUN_FOLDERS));
            }
        }
    }

    private static void copyRunFolders(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(p);
                // Only complete run folders (<point>-<replication>): no staging folders of interrupted runs.
                if (rel.getNameCount() > 0 && !rel.getName(0).toString().matches("[0-9]+-[0-9]+")
                        && !rel.toString().isEmpty()) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".part")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The experiment as recorded in a sweep folder: enough to check, sort and summarise its runs. */
    static Experiment experimentOf(Path dir, JsonNode meta) throws IOException, ExperimentException {
        List<String> parameters = strings(meta.path("parameters"));
        List<List<String>> points = new ArrayList<>();
        Path design = dir.resolve(Sweep.DESIGN);
        try (Reader in = Files.newBufferedReader(design, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, RunsCsv.CSV)) {
            boolean header = true;
            for (CSVRecord r : p) {
                if (header) {
                    header = false;
                    continue;
                }
                if (r.size() != parameters.size() + 2) {
                    throw new ExperimentException(design + ":" + r.getRecordNumber() + ": has " + r.size()
                            + " values, but a design point of this experiment has " + (parameters.size() + 2)
                            + " (point, parameters, seed_replication_0); the file is cut off or damaged");
                }
                List<String> values = new ArrayList<>(parameters.size());
                for (int k = 0; k < parameters.size(); k++) {
                    values.add(r.get(1 + k));
                }
                points.add(values);
            }
        } catch (java.nio.file.NoSuchFileException ex) {
            throw new ExperimentException(dir + ": no " + Sweep.DESIGN);
        }
        if (points.size() != meta.path("points").asInt()) {
            throw new ExperimentException(design + ": holds " + points.size() + " design points, but "
                    + Sweep.EXPERIMENT + " says " + meta.path("points").asInt());
        }
        LinkedHashMap<String, String> fixed = new LinkedHashMap<>();
        meta.path("fixed").fields().forEachRemaining(f -> fixed.put(f.getKey(), f.getValue().asText()));
        return new Experiment(meta.path("experiment").asText(), Path.of(meta.path("experiment_file").asText()),
                Path.of(meta.path("scenario_file").asText()), null, fixed, parameters, points,
                meta.path("design").asText(), meta.path("replications").asInt(), meta.path("seed").asLong(),
                meta.path("common_random_numbers").asBoolean(), meta.path("timeseries").asBoolean(),
                strings(meta.path("metrics")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
