package org.pnyx.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Completes a run folder in one atomic act. A run writes into a fresh sibling folder
 * {@code NAME.part-PID}; when every file is written it is forced to disk with the folder, an older run
 * in the way is renamed to {@code NAME.old-PID}, the new folder is renamed to {@code NAME}, and the old
 * one is deleted. A crash at any point leaves under {@code NAME} either the complete old run, the
 * complete new run, or nothing (between the two renames; the old run then waits in {@code NAME.old-PID}
 * and is put back by the next run into the folder). Leftovers of processes that are no longer alive are
 * cleaned up before the next run; readers refuse a folder that is not one complete run.
 */
public final class RunFolder {

    /** Files and folders a run folder may hold: the run's outputs and what the chart verbs add. */
    static final Set<String> OWN = Set.of("timeseries.csv", "municipalities.csv", "votes.csv", "confederal_votes.csv",
            "proposals.csv", "complaints.csv", "offices.csv",
            "amendments.csv", "lorenz.csv", "summary.json", "manifest.json", "charts", "report.html");

    /** System property naming a commit step at which to halt the JVM, for crash tests: staged, aside, renamed. */
    public static final String CRASH_PROPERTY = "pnyx.test.crashAt";

    private RunFolder() {
    }

    /** The staging folder of this process for a target run folder. */
    static Path stagingOf(Path target) {
        return sibling(target, ".part-" + ProcessHandle.current().pid());
    }

    private static Path asideOf(Path target) {
        return sibling(target, ".old-" + ProcessHandle.current().pid());
    }

    private static Path sibling(Path target, String suffix) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }

    /**
     * Checks that {@code target} can take a run, cleans up leftovers of dead processes, and creates a
     * fresh, empty staging folder for the run's files.
     *
     * @throws RunFolderException if the target is a file or a folder that holds something other than a run
     */
    public static Path stage(Path target) throws IOException {
        checkTarget(target);
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        recover(abs);
        Path staging = stagingOf(abs);
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(staging);
        }
        Files.createDirectory(staging);
        return staging;
    }

    /** Refuses a target that is not a folder, or a folder holding files other than a run's. */
    public static void checkTarget(Path target) throws RunFolderException {
        if (target.toString().isEmpty()) {
            throw new RunFolderException("--out: the output folder is empty text; allowed: a folder path");
        }
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new RunFolderException(target + ": is the root of the file system; allowed: a folder for the run");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new RunFolderException(target + ": exists and is not a folder" + (Files.isRegularFile(abs)
                    ? " (it is a file)" : " (it is a device, pipe or socket)")
                    + "; allowed: a new folder, or the folder of an earlier run");
        }
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new RunFolderException(target + ": cannot be created: " + p + " is not a folder");
                }
                if (!Files.isWritable(p) && !Files.exists(abs)) {
                    throw new RunFolderException(target + ": cannot be created: " + p + " is not writable");
                }
                break;
            }
        }
        if (Files.isDirectory(abs)) {
            List<String> foreign = foreign(abs);
            if (!foreign.isEmpty()) {
                throw new RunFolderException(target + ": holds files that are not a Pnyx run's (" + String.join(", ",
                        foreign.subList(0, Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", ..." : "")
                        + "); a run replaces its folder as a whole, so it writes only into a new or empty folder or "
                        + "one that holds an earlier run; choose another --out");
            }
        }
    }

    private static List<String> foreign(Path dir) throws RunFolderException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                String base = n.endsWith(".part") ? n.substring(0, n.length() - 5) : n;
                if (!OWN.contains(base)) {
                    out.add(n);
                }
            }
        } catch (IOException e) {
            throw new RunFolderException(dir + ": cannot be listed: " + e.getMessage());
        }
        out.sort(String::compareTo);
        return out;
    }

    /** Forces every file of the staging folder and the folder itself to disk, then renames it onto the target. */
    public static void commit(Path staging, Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    force(f);
                }
            }
        }
        force(staging);
        crashPoint("staged");
        Path aside = null;
        if (Files.isDirectory(abs)) {
            if (isEmpty(abs)) {
                Files.delete(abs);
            } else {
                aside = asideOf(abs);
                if (Files.exists(aside)) {
                    deleteTree(aside);
                }
                move(abs, aside);
                force(abs.getParent());
                crashPoint("aside");
            }
        }
        move(staging, abs);
        force(abs.getParent());
        crashPoint("renamed");
        if (aside != null) {
            deleteTree(aside);
        }
    }

    /**
     * Cleans up after interrupted runs into {@code target} by processes no longer alive: puts an older run
     * moved aside back if nothing took its place, and deletes staging folders and old runs left behind.
     */
    static void recover(Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, glob(name) + ".{part,old}-*")) {
            s.forEach(leftovers::add);
        }
        leftovers.sort(Comparator.naturalOrder());
        for (Path p : leftovers) {
            String n = p.getFileName().toString();
            String rest = n.substring(name.length());
            String pid = rest.substring(rest.indexOf('-') + 1);
            if (!pid.matches("[0-9]{1,19}") || alive(Long.parseLong(pid))) {
                continue;
            }
            if (rest.startsWith(".old-") && !Files.exists(target)) {
                move(p, target);
            } else {
                deleteTree(p);
            }
        }
    }

    /** Folders an interrupted run left beside {@code target}, for readers' messages. */
    public static List<Path> leftovers(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(abs.getParent(),
                glob(abs.getFileName().toString()) + ".{part,old}-*")) {
            s.forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Forces a file or folder to the storage device; folders cannot be opened for this on every platform. */
    static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(p)) {
                throw e;
            }
        }
    }

    /** Deletes a folder tree (used on staging folders and old runs only). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void crashPoint(String step) {
        if (step.equals(System.getProperty(CRASH_PROPERTY))) {
            System.out.flush();
            Runtime.getRuntime().halt(86);
        }
    }

    /** A target folder that cannot take a run; bad input (exit 2). */
    public static final class RunFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        public RunFolderException(String message) {
            super(message);
        }
    }
}
