package org.pnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The notebooks are stored without outputs (they are executed by scripts/notebook-test.sh in .ci/run, on data made
 * in the same run), read their data from where scripts/notebook-data.sh writes it, and are the four the README lists.
 */
class NotebooksTest {

    private static final Path NOTEBOOKS = Path.of("notebooks");

    private static List<Path> notebooks() throws Exception {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void notebooksAreStoredWithoutOutputs() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Path p : notebooks()) {
            JsonNode nb = new ObjectMapper().readTree(p.toFile());
            int i = 0;
            for (JsonNode cell : nb.path("cells")) {
                i++;
                if (cell.path("cell_type").asText().equals("code")
                        && (cell.path("outputs").size() > 0 || !cell.path("execution_count").isNull())) {
                    bad.add(p + ": cell " + i);
                }
            }
        }
        assertEquals(List.of(), bad, "cells with outputs; clear them (jupyter nbconvert --clear-output --inplace)");
    }

    @Test
    void theFourNotebooksAreListedInTheReadmeAndReadTheScriptsData() throws Exception {
        List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("compare-regimes.ipynb", "explore-a-run.ipynb", "sensitivity.ipynb",
                "sweep-stability.ipynb"), names);
        String readme = Files.readString(Path.of("README.md"));
        for (String n : names) {
            assertTrue(readme.contains("notebooks/" + n), "README lists " + n);
            assertTrue(Files.readString(NOTEBOOKS.resolve(n)).contains("PNYX_NOTEBOOK_DATA"), n + " reads the data "
                    + "the script makes");
        }
        assertTrue(Files.readString(Path.of(".ci/run")).contains("scripts/notebook-test.sh"), ".ci/run runs them");
    }
}
