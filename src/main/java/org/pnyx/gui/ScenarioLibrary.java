package org.pnyx.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pnyx.io.TextFiles;

/**
 * The bundled scenarios offered in the picker: the {@code *.yaml} files of one folder, each with a one-line
 * description (the first sentence of the comment the file opens with, or its name). A scenario is fetched by
 * its file name as listed, so no request names a path.
 */
final class ScenarioLibrary {

    /** A bundled scenario: its file name and its one-line description. */
    record Entry(String file, String description) {
    }

    private final Path folder;
    private final Path extra;

    /**
     * @param folder the folder of bundled scenarios
     * @param extra  a scenario file named on the command line, offered beside them (null for none)
     */
    ScenarioLibrary(Path folder, Path extra) {
        this.folder = folder;
        this.extra = extra;
    }

    private Path pathOf(Entry e) {
        return extra != null && e.file().equals(extra.getFileName().toString()) ? extra : folder.resolve(e.file());
    }

    /** The scenarios, by file name; none when the folder does not exist. */
    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (extra != null) {
            out.add(new Entry(extra.getFileName().toString(), describe(extra)));
        }
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted().toList()) {
                String name = p.getFileName().toString();
                if (out.stream().noneMatch(e -> e.file().equals(name))) {
                    out.add(new Entry(name, describe(p)));
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** The text of a listed scenario, or null when no listed scenario has that file name. */
    String text(String file) throws TextFiles.TextFileException {
        for (Entry e : list()) {
            if (e.file().equals(file)) {
                return TextFiles.read(pathOf(e), "scenario file");
            }
        }
        return null;
    }

    /** The path a listed scenario is shown under (for the manifest and messages). */
    String shownPath(String file) {
        for (Entry e : list()) {
            if (e.file().equals(file)) {
                return pathOf(e).toString();
            }
        }
        return file;
    }

    private static String describe(Path p) {
        String name = p.getFileName().toString().replaceFirst("\\.yaml$", "");
        try {
            return description(Files.readString(p), name);
        } catch (IOException | RuntimeException e) {
            return name;
        }
    }

    /** The first sentence of the comment a scenario opens with, or the fallback when it opens with none. */
    static String description(String yaml, String fallback) {
        StringBuilder comment = new StringBuilder();
        for (String line : yaml.lines().toList()) {
            String t = line.trim();
            if (!t.startsWith("#")) {
                break;
            }
            comment.append(t.replaceFirst("^#+", "").trim()).append(' ');
        }
        String text = comment.toString().trim();
        if (text.isEmpty()) {
            return fallback;
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The list as JSON-ready maps. */
    List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : list()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("file", e.file());
            j.put("description", e.description());
            out.add(j);
        }
        return out;
    }
}
