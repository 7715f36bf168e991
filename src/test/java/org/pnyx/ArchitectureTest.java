package org.pnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simulation core stays free of files, command line, charts and GUI. */
class ArchitectureTest {

    private static final List<String> CORE = List.of("config", "model", "rules", "economy", "confederation",
            "metrics", "sim");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(java\\.io\\.|java\\.nio\\.file\\.|javax\\.swing\\.|java\\.awt\\.|org\\.jfree\\."
                    + "|picocli\\.|org\\.pnyx\\.(io|cli|charts|batch|gui)\\.)", Pattern.MULTILINE);

    @Test
    void corePackagesImportNoIoCliOrCharts() throws Exception {
        List<String> offences = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = Path.of("src/main/java/org/pnyx", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = FORBIDDEN.matcher(Files.readString(f));
                    while (m.find()) {
                        offences.add(f + ": " + m.group().trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
