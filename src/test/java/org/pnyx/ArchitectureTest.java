package org.pnyx;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The package boundaries of HOUSE_STYLE.md, checked on the compiled main classes. ArchUnit reads
 * bytecode, so a fully qualified name, a field type or a call counts as surely as an import.
 *
 * <p>The core is every package of ours outside the outer ring (io, cli, charts, batch, gui), so a
 * new mechanism package is core without being listed here. The core touches no files, terminal,
 * chart, GUI or format library: no {@code java.io} at all. Nothing is allowed by exception: today's
 * bytecode of the core names no {@code java.io} type, not even {@code Serializable} (the simulation
 * inherits it from MASON's {@code SimState} but does not name it) or {@code UncheckedIOException}.
 *
 * <p>Sensitivity analysis is split the same way: its estimators ({@code org.pnyx.sensitivity}) are pure
 * functions on arrays that read only the parameter and metric declarations; reading designs and runs,
 * and drawing its charts, is outer ring ({@code org.pnyx.sensitivity.io}).
 *
 * <p>The published patterns ({@code org.pnyx.patterns}) sit on top of the core: they run the simulation and
 * call rule classes, and nothing in the core depends on them; scenario text reaches them through an interface
 * the CLI fills with the YAML loader.
 *
 * <p>Metrics and the mechanisms: metrics reads the model (and config, and the value types of rules, such
 * as a confederal vote's tallies) only, never a mechanism
 * (economy, confederation). A mechanism publishes what metrics reads through the model: the economy
 * into each municipality's {@code Ledger}, the confederation through {@code model.ConfederalCounters}
 * and {@code model.VoteRecord}; the simulation wires the two together. Mechanisms do not read metrics
 * either: measurement stays downstream of the run.
 */
@AnalyzeClasses(packages = "org.pnyx", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String[] OUTER_RING = {"org.pnyx.io..", "org.pnyx.cli..", "org.pnyx.charts..",
            "org.pnyx.batch..", "org.pnyx.gui..", "org.pnyx.sensitivity.io.."};

    /** The packages the core has today; each must hold classes, or the rules below check nothing. */
    private static final List<String> CORE_TODAY = List.of("config", "sim", "model", "rules", "economy",
            "confederation", "metrics", "patterns");

    private static final String[] NAMED_CORE = {"org.pnyx.config..", "org.pnyx.rules..", "org.pnyx.model..",
            "org.pnyx.economy..", "org.pnyx.confederation..", "org.pnyx.metrics..", "org.pnyx.sim..",
            "org.pnyx.sensitivity", "org.pnyx.patterns.."};

    private static final String[] CORE_LAYERS = {"config", "rules", "model", "economy", "confederation",
            "other mechanisms", "metrics", "sim"};

    private static final String[] CORE_AND_IO = {"config", "rules", "model", "economy", "confederation",
            "other mechanisms", "metrics", "sim", "io"};

    /** The studio draws metrics in the charts' fixed colours, and will export the charts' own figures. */
    private static final String[] CORE_AND_IO_AND_CHARTS = {"config", "rules", "model", "economy", "confederation",
            "other mechanisms", "metrics", "sim", "io", "charts"};

    /** Fewer main classes than this means the import found the wrong folder, not a smaller program. */
    private static final int MIN_CLASSES = 150;

    private static final DescribedPredicate<JavaClass> CORE = resideInAPackage("org.pnyx..")
            .and(not(resideInAnyPackage(OUTER_RING)))
            .as("the core (every org.pnyx package but io, cli, charts, batch, gui and sensitivity.io)");

    @ArchTest
    static void importedTheMainClassesOnly(JavaClasses classes) {
        assertTrue(classes.size() >= MIN_CLASSES,
                "imported " + classes.size() + " classes, expected at least " + MIN_CLASSES);
        for (JavaClass c : classes) {
            String from = c.getSource().map(s -> s.getUri().toString()).orElse("an unknown place");
            assertTrue(from.startsWith("file:") && !from.contains("/test-classes/"),
                    c.getName() + " was imported from " + from + ", not from the main classes folder");
        }
        for (String p : CORE_TODAY) {
            String pkg = "org.pnyx." + p;
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals(pkg)),
                    "no classes imported from " + pkg);
        }
    }

    @ArchTest
    static final ArchRule coreUsesNoFilesTerminalChartsOrFormats = noClasses().that(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "javax.swing..",
                    "java.awt..", "org.jfree..", "picocli..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..",
                    "org.apache.commons.csv..")
            .because("the core is a pure model: files, formats, terminal and charts belong to the outer ring");

    @ArchTest
    static final ArchRule coreUsesNoOuterRing = noClasses().that(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(OUTER_RING)
            .because("io, cli, charts, batch and gui are built on the core, not the other way round");

    /**
     * HOUSE_STYLE.md's table, column "may depend on". A core package not named here is a new mechanism
     * and gets the mechanisms' allowance. Within the outer ring only cli, the entry point, uses the others.
     */
    @ArchTest
    static final ArchRule layersFollowTheHouseStyleTable = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("config").definedBy("org.pnyx.config..")
            .layer("rules").definedBy("org.pnyx.rules..")
            .layer("model").definedBy("org.pnyx.model..")
            .layer("economy").definedBy("org.pnyx.economy..")
            .layer("confederation").definedBy("org.pnyx.confederation..")
            .optionalLayer("other mechanisms").definedBy(CORE.and(not(resideInAnyPackage(NAMED_CORE)))
                    .as("any other core package"))
            .layer("metrics").definedBy("org.pnyx.metrics..")
            .layer("sensitivity").definedBy("org.pnyx.sensitivity")
            .layer("sim").definedBy("org.pnyx.sim..")
            .layer("patterns").definedBy("org.pnyx.patterns..")
            .layer("io").definedBy("org.pnyx.io..")
            .layer("charts").definedBy("org.pnyx.charts..")
            .layer("batch").definedBy("org.pnyx.batch..")
            .optionalLayer("gui").definedBy("org.pnyx.gui..")
            .layer("sensitivity io").definedBy("org.pnyx.sensitivity.io..")
            .layer("cli").definedBy("org.pnyx.cli..")
            .whereLayer("config").mayNotAccessAnyLayer()
            .whereLayer("rules").mayOnlyAccessLayers("config")
            .whereLayer("model").mayOnlyAccessLayers("config", "rules")
            .whereLayer("economy").mayOnlyAccessLayers("config", "rules", "model")
            .whereLayer("confederation").mayOnlyAccessLayers("config", "rules", "model")
            .whereLayer("other mechanisms").mayOnlyAccessLayers("config", "rules", "model")
            .whereLayer("metrics").mayOnlyAccessLayers("config", "rules", "model")
            .whereLayer("sensitivity").mayOnlyAccessLayers("config", "metrics")
            .whereLayer("sim").mayOnlyAccessLayers(CORE_LAYERS)
            .whereLayer("patterns").mayOnlyAccessLayers(CORE_LAYERS)
            .whereLayer("io").mayOnlyAccessLayers(CORE_LAYERS)
            .whereLayer("charts").mayOnlyAccessLayers(CORE_AND_IO)
            .whereLayer("batch").mayOnlyAccessLayers(CORE_AND_IO)
            .whereLayer("gui").mayOnlyAccessLayers(CORE_AND_IO_AND_CHARTS)
            .whereLayer("sensitivity io").mayOnlyAccessLayers("config", "metrics", "sensitivity", "io", "charts",
                    "batch")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer();

    /**
     * Every generator is seeded from all 64 bits of its seed ({@code config.Seeding}): MASON's
     * {@code long} constructors of the generator and of {@code SimState} keep only the low 32.
     */
    @ArchTest
    static final ArchRule generatorsAreSeededFromAll64Bits = noClasses().that(resideInAPackage("org.pnyx.."))
            .should().callConstructor(ec.util.MersenneTwisterFast.class, long.class)
            .orShould().callConstructor(sim.engine.SimState.class, long.class)
            .because("MersenneTwisterFast(long) and SimState(long) use only the low 32 bits of the seed; "
                    + "use config.Seeding.generator");
}
