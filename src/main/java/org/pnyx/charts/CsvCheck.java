package org.pnyx.charts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks an output CSV file before a reader trusts it: not empty, a header with the columns the reader
 * needs and no others it does not know, at least one row, every row as long as the header and ended by a
 * line break (else the file was cut off), and a number (or {@code NaN}) in every numeric cell. A failure
 * names the file, the line and the column.
 */
final class CsvCheck {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    /**
     * What a file must look like.
     *
     * @param required  columns that must be present, in this order at the start when {@code leading}
     * @param known     every column allowed, or null for any
     * @param text      columns that hold text, not numbers
     * @param emptyOk   whether a numeric cell may be empty (undefined)
     * @param leading   how many of the required columns must come first, in order
     * @param what      what the file is, for messages ("a Pnyx time series")
     */
    record Shape(List<String> required, Set<String> known, Set<String> text, boolean emptyOk, int leading,
                 String what, boolean headerOnlyOk) {

        Shape(List<String> required, Set<String> known, Set<String> text, boolean emptyOk, int leading,
              String what) {
            this(required, known, text, emptyOk, leading, what, false);
        }
    }

    private CsvCheck() {
    }

    /** Checks the file; returns its header. */
    static List<String> check(Path file, Shape shape) throws BadDataException {
        String content = read(file);
        if (content.isEmpty()) {
            throw new BadDataException(file + ": is empty; expected " + shape.what() + " with a header line "
                    + "and one row per line");
        }
        if (!content.endsWith("\n")) {
            long lines = content.chars().filter(c -> c == '\n').count() + 1;
            throw new BadDataException(file + ":" + lines + ": the last line has no line break: the file is cut off "
                    + "(an interrupted write?)");
        }
        List<String> header = new ArrayList<>();
        int line = 0;
        long rows = 0;
        try (CSVParser p = CSVParser.parse(new StringReader(content), FORMAT)) {
            for (CSVRecord r : p) {
                line = (int) r.getParser().getCurrentLineNumber();
                if (header.isEmpty()) {
                    r.forEach(c -> header.add(c.trim()));
                    checkHeader(file, header, shape);
                    continue;
                }
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    throw new BadDataException(file + ":" + (r.getRecordNumber()) + ": blank line inside the data; "
                            + "allowed: one row per line");
                }
                long row = r.getRecordNumber();
                rows++;
                if (r.size() != header.size()) {
                    throw new BadDataException(file + ":" + row + ": has " + r.size() + " values, but the header has "
                            + header.size() + " columns (the file is cut off or damaged)");
                }
                for (int k = 0; k < r.size(); k++) {
                    String col = header.get(k);
                    if (shape.text().contains(col)) {
                        continue;
                    }
                    String v = r.get(k).trim();
                    if (v.isEmpty() && shape.emptyOk() || isNumber(v)) {
                        continue;
                    }
                    throw new BadDataException(file + ":" + row + ": column " + (k + 1) + " (" + col + "): value '"
                            + printable(v) + "' is not a number; allowed: a number or NaN"
                            + (shape.emptyOk() ? " or an empty cell" : ""));
                }
            }
        } catch (BadDataException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadDataException(file + ": not a readable CSV file (near line " + Math.max(line, 1) + "): "
                    + e.getMessage());
        }
        if (rows == 0 && !shape.headerOnlyOk()) {
            throw new BadDataException(file + ": has a header but no rows; expected " + shape.what());
        }
        return header;
    }

    private static void checkHeader(Path file, List<String> header, Shape shape) throws BadDataException {
        for (int k = 0; k < shape.leading(); k++) {
            if (k >= header.size() || !header.get(k).equals(shape.required().get(k))) {
                throw new BadDataException(file + ":1: column " + (k + 1) + " is '" + (k < header.size()
                        ? printable(header.get(k)) : "") + "', expected '" + shape.required().get(k)
                        + "': not " + shape.what());
            }
        }
        for (String c : shape.required()) {
            if (!header.contains(c)) {
                throw new BadDataException(file + ":1: no column '" + c + "'; " + shape.what() + " has it");
            }
        }
        for (int k = 0; k < header.size(); k++) {
            String c = header.get(k);
            if (shape.known() != null && !shape.known().contains(c)) {
                throw new BadDataException(file + ":1: column " + (k + 1) + " '" + printable(c)
                        + "' is not a column of " + shape.what() + " (see 'pnyx describe')");
            }
            if (header.indexOf(c) != k) {
                throw new BadDataException(file + ":1: column '" + printable(c) + "' appears twice");
            }
        }
    }

    private static boolean isNumber(String v) {
        if (v.equals("NaN")) {
            return true;
        }
        try {
            Double.parseDouble(v);
            return !v.endsWith("d") && !v.endsWith("D") && !v.endsWith("f") && !v.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads a file as strict UTF-8, saying where the first bad byte is. */
    static String read(Path file) throws BadDataException {
        if (!Files.isRegularFile(file)) {
            throw new BadDataException(file + ": is not a regular file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadDataException(file + ": cannot be read: " + e.getMessage());
        }
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new BadDataException(file + ":" + line + ": is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " at byte offset " + bad + "); not a Pnyx output file");
        }
        out.flip();
        return out.toString();
    }

    /** Text with control and non-ASCII characters escaped, cut to 60 characters, for messages. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 60; i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 60 ? b + "..." : b.toString();
    }
}
