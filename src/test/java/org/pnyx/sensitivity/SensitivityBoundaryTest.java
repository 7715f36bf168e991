package org.pnyx.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sensitivity core is pure functions on arrays: no files, YAML, charts, command line or simulation. */
class SensitivityBoundaryTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(java\\.io\\.|java\\.nio\\.|javax\\.swing\\.|java\\.awt\\.|org\\.jfree\\."
                    + "|org\\.yaml\\.|org\\.apache\\.commons\\.csv\\.|picocli\\.|sim\\.engine\\.|org\\.pnyx\\.(?!sensitivity\\.\\w+;|config\\.|metrics\\.Metric;))",
            Pattern.MULTILINE);

    @Test
    void corePackageImportsNoIoChartsCliOrModel() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/java/org/pnyx/sensitivity"))) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() >= 5, "found the sources: " + files);
        List<String> offences = new ArrayList<>();
        for (Path f : files) {
            Matcher m = FORBIDDEN.matcher(Files.readString(f));
            while (m.find()) {
                offences.add(f + ": " + m.group().trim());
            }
        }
        assertEquals(List.of(), offences);
    }
}
