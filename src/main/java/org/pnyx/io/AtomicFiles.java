package org.pnyx.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing files so that a crash or Ctrl-C never leaves a half-written file under the final name:
 * content goes to {@code NAME.part} beside it and is renamed into place when complete.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** The temporary sibling a file is written to before it is complete. */
    public static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /** Opens a UTF-8 writer on the temporary sibling of {@code target}. */
    public static Writer open(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.newBufferedWriter(partOf(target), StandardCharsets.UTF_8);
    }

    /** Moves the completed temporary sibling onto {@code target}, atomically where the file system allows. */
    public static void commit(Path target) throws IOException {
        Path part = partOf(target);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a whole text file atomically. */
    public static void write(Path target, String content) throws IOException {
        try (Writer w = open(target)) {
            w.write(content);
        }
        commit(target);
    }
}
