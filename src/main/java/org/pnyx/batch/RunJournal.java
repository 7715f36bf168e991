package org.pnyx.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends finished runs' rows to {@code runs.csv} durably, in the order they finish: each row is
 * written whole and forced to the storage device before the next, so a crash or kill loses at most
 * the row being written, which shows as a trailing line without its newline and is cut off on
 * resume.
 */
final class RunJournal implements AutoCloseable {

    private final FileChannel channel;

    private RunJournal(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Opens a journal for appending after its first {@code complete} bytes, cutting off anything
     * after them (a half-written row); writes {@code header} first if the file is new or empty.
     */
    static RunJournal open(Path file, long complete, String header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        RunJournal j = new RunJournal(ch);
        try {
            if (ch.size() > complete) {
                ch.truncate(complete);
            }
            ch.position(complete);
            if (complete == 0) {
                j.append(header);
            } else {
                ch.force(true);
            }
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return j;
    }

    /** Appends one row (without line ending) and forces it to disk. */
    synchronized void append(String row) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((row + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
