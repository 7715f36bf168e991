package org.pnyx.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pnyx.io.AtomicFiles;
import org.pnyx.io.Numbers;
import org.pnyx.metrics.Metric;

/**
 * The layout of {@code runs.csv}: one row per run, {@code point, replication, seed}, the varied
 * parameters (by key path), then for each recorded metric {@code <metric>_final} and
 * {@code <metric>_mean} (mean over the final window), then {@code collapsed} (0/1, empty when the
 * model has no collapse metric) and {@code time_to_collapse} (first collapsed week, empty if none).
 * Also scanning, checking and sorting such files without holding them in memory.
 */
public final class RunsCsv {

    /** LF line endings, quoting only where needed, as every CSV output of Pnyx. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    /** Columns before the parameters. */
    public static final List<String> LEAD = List.of("point", "replication", "seed");

    /** Columns after the metrics. */
    public static final List<String> TAIL = List.of("collapsed", "time_to_collapse");

    private RunsCsv() {
    }

    /** The header of an experiment's runs.csv. */
    public static List<String> header(Experiment e) {
        List<String> h = new ArrayList<>(LEAD);
        h.addAll(e.parameters());
        for (String m : e.metrics()) {
            h.add(m + "_final");
            h.add(m + "_mean");
        }
        h.addAll(TAIL);
        return h;
    }

    /** The header as one line, without line ending. */
    public static String headerLine(Experiment e) {
        return CSV.format(header(e).toArray());
    }

    /** The row of a finished run, without line ending. */
    public static String row(Experiment e, Experiment.Run run, RunRecorder rec) {
        List<String> cells = new ArrayList<>(LEAD.size() + e.parameters().size() + 2 * e.metrics().size() + 2);
        cells.add(Integer.toString(run.point()));
        cells.add(Integer.toString(run.replication()));
        cells.add(Long.toString(run.seed()));
        cells.addAll(e.points().get(run.point()));
        for (int k = 0; k < e.metrics().size(); k++) {
            boolean count = isCount(e.metrics().get(k));
            cells.add(Numbers.format(rec.finalValue(k), count));
            cells.add(Numbers.format(rec.windowMean(k), false));
        }
        if (rec.tracksCollapse()) {
            cells.add(rec.collapseWeek() >= 0 ? "1" : "0");
            cells.add(rec.collapseWeek() >= 0 ? Long.toString(rec.collapseWeek()) : "");
        } else {
            cells.add("");
            cells.add("");
        }
        return CSV.format(cells.toArray());
    }

    private static boolean isCount(String column) {
        for (Metric m : Metric.all()) {
            if (m.column().equals(column)) {
                return m.isCount();
            }
        }
        return false;
    }

    /** One complete line of a runs file: where it is, and its text without line ending. */
    record Line(int number, long offset, int length, String text) {
    }

    /** Receives the complete lines of a file. */
    interface LineSink {
        void accept(Line line) throws IOException;
    }

    /**
     * Reads every complete (newline-terminated) line of a file in order, with byte offsets.
     *
     * @return the byte length of the complete part: where a trailing partial line begins
     */
    static long scan(Path file, LineSink sink) throws IOException {
        long offset = 0;
        long lineStart = 0;
        int number = 0;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    number++;
                    sink.accept(new Line(number, lineStart, (int) (offset - lineStart),
                            buf.toString(StandardCharsets.UTF_8)));
                    buf.reset();
                    lineStart = offset;
                } else {
                    buf.write(b);
                }
            }
        }
        return lineStart;
    }

    /** The cells of one line. */
    static List<String> cells(String line) throws IOException {
        try (CSVParser p = CSVParser.parse(line, CSV)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            records.get(0).forEach(out::add);
            return out;
        }
    }

    /**
     * Where each run's row lies, among one or more runs files of the same experiment (a sweep's
     * journal, or the shards being merged): 16 bytes per run, whatever the rows hold.
     */
    static final class Index {
        private final Experiment experiment;
        private final List<Path> files = new ArrayList<>();
        private final int[] file;
        private final long[] offset;
        private final int[] length;
        private final String header;
        private long found;

        Index(Experiment experiment) {
            this.experiment = experiment;
            int runs = Math.toIntExact(experiment.runs());
            file = new int[runs];
            offset = new long[runs];
            length = new int[runs];
            Arrays.fill(file, -1);
            header = headerLine(experiment);
        }

        /**
         * Adds the complete rows of a runs file, checking each against the experiment.
         *
         * @param allowed which runs may appear in it (its shard)
         * @return the byte length of its complete part
         */
        long add(Path path, Shard allowed) throws IOException, ExperimentException {
            int id = files.size();
            files.add(path);
            List<String> problems = new ArrayList<>();
            int columns = header(experiment).size();
            long complete = scan(path, line -> {
                if (problems.size() >= 20) {
                    return;
                }
                if (line.number() == 1) {
                    if (!line.text().equals(header)) {
                        problems.add(path + ":1: the header does not match the experiment's columns; expected "
                                + header);
                    }
                    return;
                }
                List<String> c = cells(line.text());
                long run = -1;
                if (c.size() == columns) {
                    try {
                        int point = Integer.parseInt(c.get(0));
                        int rep = Integer.parseInt(c.get(1));
                        if (point >= 0 && point < experiment.points().size() && rep >= 0
                                && rep < experiment.replications()) {
                            run = (long) point * experiment.replications() + rep;
                        }
                    } catch (NumberFormatException e) {
                        run = -1;
                    }
                }
                if (run < 0) {
                    problems.add(path + ":" + line.number() + ": damaged row (expected " + columns
                            + " values starting with a design point and a replication of this experiment)");
                } else if (!allowed.contains(run)) {
                    problems.add(path + ":" + line.number() + ": run " + c.get(0) + "-" + c.get(1)
                            + " does not belong to shard " + allowed);
                } else if (!c.get(2).equals(Long.toString(experiment.run(run).seed()))) {
                    problems.add(path + ":" + line.number() + ": run " + c.get(0) + "-" + c.get(1) + " has seed "
                            + c.get(2) + ", but the experiment derives " + experiment.run(run).seed());
                } else if (badCell(c) != null) {
                    problems.add(path + ":" + line.number() + ": " + badCell(c));
                } else if (file[(int) run] >= 0) {
                    if (!text(file[(int) run], offset[(int) run], length[(int) run]).equals(line.text())) {
                        problems.add(path + ":" + line.number() + ": run " + c.get(0) + "-" + c.get(1)
                                + " appears twice with different results (also in " + files.get(file[(int) run])
                                + ")");
                    }
                } else {
                    file[(int) run] = id;
                    offset[(int) run] = line.offset();
                    length[(int) run] = line.length() - 1;
                    found++;
                }
            });
            if (!problems.isEmpty()) {
                throw new ExperimentException(problems);
            }
            return complete;
        }

        /** What is wrong with a row's cells (parameters, metrics, collapse columns), or null. */
        private String badCell(List<String> c) {
            List<String> names = header(experiment);
            int p = LEAD.size();
            int point = Integer.parseInt(c.get(0));
            List<String> values = experiment.points().get(point);
            for (int k = 0; k < values.size(); k++) {
                if (!c.get(p + k).equals(values.get(k))) {
                    return "column " + (p + k + 1) + " (" + names.get(p + k) + "): value '" + c.get(p + k)
                            + "' is not design point " + point + "'s value '" + values.get(k)
                            + "' (the row was edited, or belongs to another experiment)";
                }
            }
            int m = p + values.size();
            int tail = names.size() - TAIL.size();
            for (int k = m; k < tail; k++) {
                if (!isNumber(c.get(k))) {
                    return "column " + (k + 1) + " (" + names.get(k) + "): value '" + c.get(k)
                            + "' is not a number; allowed: a number or NaN";
                }
            }
            String collapsed = c.get(tail);
            String week = c.get(tail + 1);
            if (!collapsed.isEmpty() && !collapsed.equals("0") && !collapsed.equals("1")) {
                return "column " + (tail + 1) + " (collapsed): value '" + collapsed + "' is not allowed; allowed: 0, 1 "
                        + "or empty";
            }
            if (!week.isEmpty() && !week.matches("[0-9]{1,18}") || collapsed.equals("1") == week.isEmpty()
                    && !collapsed.isEmpty()) {
                return "column " + (tail + 2) + " (time_to_collapse): value '" + week + "' is not allowed; allowed: "
                        + "the week of collapse when collapsed is 1, else empty";
            }
            return null;
        }

        private static boolean isNumber(String v) {
            if (v.equals("NaN")) {
                return true;
            }
            if (v.isEmpty() || v.endsWith("d") || v.endsWith("D") || v.endsWith("f") || v.endsWith("F")) {
                return false;
            }
            try {
                Double.parseDouble(v);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        boolean has(long run) {
            return file[(int) run] >= 0;
        }

        long found() {
            return found;
        }

        private String text(int f, long off, int len) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(files.get(f).toFile(), "r")) {
                byte[] bytes = new byte[len];
                raf.seek(off);
                raf.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        /** Writes the header and every indexed row in run order to {@code target}, atomically. */
        void writeSorted(Path target) throws IOException {
            RandomAccessFile[] in = new RandomAccessFile[files.size()];
            try {
                for (int f = 0; f < in.length; f++) {
                    in[f] = new RandomAccessFile(files.get(f).toFile(), "r");
                }
                Files.createDirectories(target.toAbsolutePath().getParent());
                try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(AtomicFiles.partOf(target)),
                        1 << 16)) {
                    w.write((header + "\n").getBytes(StandardCharsets.UTF_8));
                    byte[] bytes = new byte[1024];
                    for (int r = 0; r < file.length; r++) {
                        if (file[r] < 0) {
                            continue;
                        }
                        if (bytes.length < length[r]) {
                            bytes = new byte[length[r] * 2];
                        }
                        in[file[r]].seek(offset[r]);
                        in[file[r]].readFully(bytes, 0, length[r]);
                        w.write(bytes, 0, length[r]);
                        w.write('\n');
                    }
                }
            } finally {
                for (RandomAccessFile f : in) {
                    if (f != null) {
                        f.close();
                    }
                }
            }
            AtomicFiles.commit(target);
        }
    }
}
