package org.pnyx.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a user hands to Pnyx (scenarios, experiments, design CSVs) with messages that say
 * what is wrong: a missing file, a folder, a FIFO or device (never opened, so it cannot hang), a file
 * too large to be one, or bytes that are not UTF-8 (with the position of the first bad byte). A leading
 * UTF-8 byte-order mark, as spreadsheets write it, is dropped.
 */
public final class TextFiles {

    /** Largest input file read: far above any scenario, experiment or design, far below what could exhaust memory. */
    public static final long MAX_BYTES = 64L << 20;

    /** Why a file could not be read as text; the message starts with the file. */
    public static final class TextFileException extends IOException {
        private static final long serialVersionUID = 1L;

        TextFileException(String message) {
            super(message);
        }
    }

    private TextFiles() {
    }

    /**
     * Reads a whole UTF-8 text file.
     *
     * @param what what the file should be, for messages ("scenario file", "design file")
     * @throws TextFileException naming the file and what is wrong
     */
    public static String read(Path file, String what) throws TextFileException {
        if (Files.isDirectory(file)) {
            throw new TextFileException(file + ": is a folder, not a " + what);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new TextFileException(file + ": no such " + what);
        }
        if (!Files.isRegularFile(file)) {
            throw new TextFileException(file + ": is not a regular file (a pipe, device or socket); allowed: a "
                    + what + " saved on disk");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new TextFileException(file + ": is " + size + " bytes; a " + what + " is text of at most "
                        + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TextFileException(file + ": no such " + what);
        } catch (AccessDeniedException e) {
            throw new TextFileException(file + ": cannot be read (permission denied)");
        } catch (TextFileException e) {
            throw e;
        } catch (IOException e) {
            throw new TextFileException(file + ": cannot be read: " + e.getMessage());
        }
        return decode(file.toString(), bytes, what);
    }

    /** Decodes UTF-8 strictly, dropping a leading byte-order mark; {@code name} stands for the file in messages. */
    public static String decode(String name, byte[] bytes, String what) throws TextFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            throw new TextFileException(name + ": is not UTF-8 text: the byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " at line " + lineOf(bytes, bad) + ", column "
                    + columnOf(bytes, bad) + " (byte offset " + bad + ") is not valid UTF-8; allowed: a " + what
                    + " saved as UTF-8 text");
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int pos) {
        int col = 1;
        for (int i = pos - 1; i >= 0 && bytes[i] != '\n'; i--) {
            col++;
        }
        return col;
    }
}
