package org.pnyx.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (config to metrics, with confederation and sim) imports no I/O, CLI, charts or Swing. */
class CoreImportsTest {

    private static final List<String> CORE = List.of("config", "model", "rules", "confederation", "metrics", "sim");
    private static final List<String> FORBIDDEN = List.of("import java.io.", "import org.pnyx.io.",
            "import org.pnyx.cli.", "import org.pnyx.charts.", "import javax.swing.", "import org.jfree.");

    @Test
    void corePackagesImportNoOuterRing() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/org/pnyx", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        for (String bad : FORBIDDEN) {
                            if (line.startsWith(bad)) {
                                offences.add(f + ": " + line);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(offences.isEmpty(), "core imports the outer ring: " + offences);
    }
}
