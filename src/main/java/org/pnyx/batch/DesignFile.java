package org.pnyx.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.Suggestions;
import org.pnyx.io.TextFiles;

/**
 * Reads a design CSV: a header of scenario key paths, then one row per design point, as made by
 * SALib, the EMA workbench or R. Blank lines and lines starting with {@code #} are skipped. Every
 * value is checked against the parameter catalogue; problems name the file, line, column and value.
 */
public final class DesignFile {

    /**
     * A design read from a file.
     *
     * @param parameters the key paths, in column order
     * @param points     canonical values per row
     * @param lines      the file line of each row, for messages
     */
    public record Design(List<String> parameters, List<List<String>> points, List<Integer> lines) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).build();

    private DesignFile() {
    }

    /** Reads and checks a design file. */
    public static Design read(Path file) throws ExperimentException {
        String text;
        try {
            text = TextFiles.read(file, "design file");
        } catch (TextFiles.TextFileException e) {
            throw new ExperimentException(e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** Reads a design from text; {@code name} stands for the file in messages. */
    public static Design parse(String name, String text) throws ExperimentException {
        List<String> problems = new ArrayList<>();
        List<ParameterSpec> specs = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<List<String>> points = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            // The byte-order mark spreadsheets write is not part of the first column's name.
            text = text.substring(1);
        }
        CsvLines positions = new CsvLines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean header = true;
            for (CSVRecord rec : parser) {
                int line = positions.lineOf(rec.getCharacterPosition());
                if (header) {
                    header = false;
                    readHeader(name, line, rec, specs, parameters, problems);
                    if (!problems.isEmpty()) {
                        throw new ExperimentException(problems);
                    }
                    continue;
                }
                if (rec.size() != specs.size()) {
                    problems.add(name + ":" + line + ": expects " + specs.size() + " values (" + String.join(", ",
                            parameters) + "), but the row has " + rec.size());
                    continue;
                }
                List<String> values = new ArrayList<>(specs.size());
                for (int k = 0; k < specs.size(); k++) {
                    try {
                        values.add(Designs.text(specs.get(k).parse(rec.get(k))));
                    } catch (IllegalArgumentException e) {
                        problems.add(name + ":" + line + ": " + parameters.get(k) + ": " + e.getMessage());
                    }
                }
                points.add(values);
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(name + ": not a valid CSV file: " + e.getMessage());
        }
        if (parameters.isEmpty() && problems.isEmpty()) {
            problems.add(name + ": the file is empty; it needs a header of key paths, e.g. bylaws.quorum,"
                    + "bylaws.decisionRule, and one row per design point");
        } else if (points.isEmpty() && problems.isEmpty()) {
            problems.add(name + ": the file has a header but no design points");
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        return new Design(parameters, points, lines);
    }

    private static void readHeader(String name, int line, CSVRecord rec, List<ParameterSpec> specs,
                                   List<String> parameters, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String column : rec) {
            ParameterSpec spec = Parameters.catalog().get(column);
            if (spec == null) {
                problems.add(name + ":" + line + ": unknown column '" + column + "'" + Suggestions.hint(column)
                        + " (columns are scenario key paths; see 'pnyx describe')");
            } else if (column.equals("seed")) {
                problems.add(name + ":" + line + ": column 'seed' cannot be varied: each run's seed is derived from "
                        + "the experiment's seed (see docs/BATCH.md)");
            } else if (!seen.add(column)) {
                problems.add(name + ":" + line + ": column '" + column + "' is given twice");
            }
            specs.add(spec);
            parameters.add(column);
        }
    }

}
