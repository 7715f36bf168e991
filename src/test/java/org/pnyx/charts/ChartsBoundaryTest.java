package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart module reads only output files and the parameter and metric declarations (for labels and
 * units): it imports nothing of the simulation.
 */
class ChartsBoundaryTest {

    @Test
    void chartsPackageImportsNoOtherPnyxPackage() throws Exception {
        Path src = Path.of("src/main/java/org/pnyx/charts");
        Pattern imp = Pattern.compile("^import\\s+(static\\s+)?org\\.pnyx\\.(\\w+)", Pattern.MULTILINE);
        List<Path> files;
        try (Stream<Path> s = Files.list(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 10, "found the sources");
        for (Path f : files) {
            Matcher m = imp.matcher(Files.readString(f));
            while (m.find()) {
                assertTrue(List.of("charts", "config", "metrics").contains(m.group(2)), f + " imports org.pnyx." + m.group(2));
            }
            assertTrue(!Files.readString(f).contains("sim.engine"), f + " uses MASON");
        }
    }
}
