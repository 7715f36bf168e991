package org.pnyx.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An exclusive lock on a sweep folder, so two sweeps (or a sweep and a merge) never write into it at once.
 * The lock is the file {@code sweep.lock}, created only if absent (an atomic act of the file system), that
 * holds the holder's pid and host; it is deleted when the holder finishes. A lock whose holder is on this
 * host and no longer alive (killed, crashed) is stale and taken over; a lock held from another host
 * cannot be checked from here and is refused with its holder named, and how to remove it.
 */
public final class SweepLock implements AutoCloseable {

    /** The lock file's name in the sweep folder. */
    public static final String FILE = "sweep.lock";

    private final Path file;
    private final String content;
    private final List<String> notes;

    private SweepLock(Path file, String content, List<String> notes) {
        this.file = file;
        this.content = content;
        this.notes = notes;
    }

    /**
     * Takes the lock on {@code dir} (created if needed).
     *
     * @param what what the holder does, recorded in the file ("pnyx sweep exp.yaml")
     * @throws ExperimentException naming the holder when the folder is locked by a live process
     */
    public static SweepLock acquire(Path dir, String what) throws IOException, ExperimentException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        String host = host();
        long pid = ProcessHandle.current().pid();
        String content = "pid=" + pid + "\nhost=" + host + "\ncommand=" + what.replaceAll("[\\r\\n]", " ") + "\n";
        List<String> notes = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new SweepLock(file, content, notes);
            } catch (FileAlreadyExistsException e) {
                Holder h = read(file);
                if (h == null) {
                    continue;
                }
                if (h.host().equals(host) && h.pid() > 0 && !alive(h.pid())) {
                    notes.add("removed a stale lock " + file + " left by pid " + h.pid() + " on " + h.host()
                            + ", which is no longer running");
                    Files.deleteIfExists(file);
                    continue;
                }
                throw new ExperimentException(file.getParent() + ": another sweep is writing into this folder: "
                        + FILE + " is held by pid " + h.pid() + " on host " + h.host()
                        + (h.command().isEmpty() ? "" : " (" + h.command() + ")")
                        + (h.host().equals(host) ? "; wait for it to finish, or stop it"
                        : "; wait for it to finish, or, if no sweep is running on " + h.host()
                        + " any more, delete " + file));
            }
        }
        throw new ExperimentException(file + ": cannot take the lock (it keeps changing); is another sweep starting?");
    }

    /** Notes on stale locks that were taken over, for the log. */
    public List<String> notes() {
        return notes;
    }

    private record Holder(long pid, String host, String command) {
    }

    private static Holder read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            text = "";
        }
        long pid = -1;
        String host = "";
        String command = "";
        for (String line : text.split("\n")) {
            if (line.startsWith("pid=")) {
                try {
                    pid = Long.parseLong(line.substring(4).trim());
                } catch (NumberFormatException e) {
                    pid = -1;
                }
            } else if (line.startsWith("host=")) {
                host = line.substring(5).trim();
            } else if (line.startsWith("command=")) {
                command = line.substring(8).trim();
            }
        }
        return new Holder(pid, host.isEmpty() ? "an unknown host" : host, command);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** This machine's name, as recorded in lock files. */
    static String host() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    /** Releases the lock: deletes the file if it is still this holder's. */
    @Override
    public void close() throws IOException {
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                Files.delete(file);
            }
        } catch (NoSuchFileException e) {
            // Already gone: someone removed it by hand.
        }
    }
}
