package org.pnyx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every parameter is declared once, as a {@link Param} handle, and every declaration is read:
 * validation, {@code describe}, the docs, the manifest and the model all come from it.
 */
class ParameterDeclarationsTest {

    private static JavaClasses main;
    private static final Parameters CATALOG = Parameters.catalog();

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.pnyx");
    }

    /** The handle fields of the main classes: public static final fields of a Param type. */
    private static List<JavaField> handleFields() {
        List<JavaField> out = new ArrayList<>();
        for (JavaClass c : main) {
            for (JavaField f : c.getFields()) {
                Class<?> t = f.getRawType().reflect();
                if ((Param.class.isAssignableFrom(t) || t == Param.Dist.class)
                        && f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    @Test
    void everyHandleIsInTheCatalogue() throws Exception {
        List<JavaField> fields = handleFields();
        assertTrue(fields.size() >= 100, "handles found: " + fields.size());
        Set<String> inCatalogue = new HashSet<>();
        CATALOG.all().forEach(s -> inCatalogue.add(s.path()));
        CATALOG.entryKeys().forEach(s -> inCatalogue.add(s.path()));
        Set<String> dists = new HashSet<>();
        CATALOG.distributions().forEach(d -> dists.add(d.path()));
        int keys = 0;
        for (JavaField f : fields) {
            java.lang.reflect.Field r = f.reflect();
            assertTrue(Modifier.isPublic(r.getModifiers()) && Modifier.isFinal(r.getModifiers()),
                    f.getFullName() + " is a public final handle");
            Object h = r.get(null);
            if (h instanceof Param.Dist d) {
                assertTrue(dists.contains(d.path()), f.getFullName() + " (" + d + ") is not in the catalogue");
                for (ParameterSpec s : d.specs()) {
                    assertTrue(inCatalogue.contains(s.path()), s.path() + " is not in the catalogue");
                    keys++;
                }
            } else {
                Param p = (Param) h;
                assertTrue(inCatalogue.contains(p.path()), f.getFullName() + " (" + p + ") is not in the catalogue");
                assertTrue(CATALOG.get(p.path()) == p.spec() || CATALOG.entryKeys().contains(p.spec()),
                        p + ": the catalogue holds another declaration of this key");
                keys++;
            }
        }
        assertEquals(CATALOG.all().size() + CATALOG.entryKeys().size(), keys,
                "every catalogued key has exactly one handle");
    }

    @Test
    void everyDeclaredParameterIsRead() {
        List<String> unread = new ArrayList<>();
        for (JavaField f : handleFields()) {
            boolean read = false;
            for (JavaFieldAccess a : f.getAccessesToSelf()) {
                // The static initializer that builds the handle does not count as a read.
                if (!a.getOrigin().getName().equals("<clinit>")) {
                    read = true;
                    break;
                }
            }
            if (!read) {
                unread.add(f.getFullName());
            }
        }
        assertEquals(List.of(), unread, "declared but never read");
    }

    @Test
    void valuesAreReadOnlyThroughHandles() {
        // ParameterValues has no string-keyed getter: a key that is read is a key that is declared.
        for (java.lang.reflect.Method m : ParameterValues.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getName().equals("get")) {
                Class<?> arg = m.getParameterTypes()[0];
                assertTrue(Param.class.isAssignableFrom(arg) || arg == Param.Dist.class, m.toString());
            }
            assertFalse(m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class
                    && Modifier.isPublic(m.getModifiers()), "string-keyed reader " + m);
        }
    }

    @Test
    void noMainSourceWritesADottedKeyOutsideItsDeclaration() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 100, "found the sources");
        for (Path p : sources) {
            String text = Files.readString(p);
            for (ParameterSpec spec : CATALOG.all()) {
                if (spec.path().contains(".") && text.contains("\"" + spec.path() + "\"")) {
                    found.add(p + ": \"" + spec.path() + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "keys written as text instead of read from their handle");
    }

    @Test
    void everyDeclarationIsComplete() {
        for (ParameterSpec s : CATALOG.all()) {
            assertFalse(s.label().isBlank(), s.path() + " has a label");
            assertTrue(Character.isUpperCase(s.label().charAt(0)) && s.label().length() <= 40,
                    s.path() + ": a short label starting with a capital: " + s.label());
            assertTrue(s.meaning().endsWith(".") || s.meaning().endsWith(")"), s.path() + ": one sentence of meaning");
            assertFalse(s.source().isBlank(), s.path() + " names its source");
            if (s.type() == ParameterSpec.Type.DOUBLE || s.type() == ParameterSpec.Type.INT) {
                assertTrue(s.min() <= s.max(), s.path() + " has a range");
                assertTrue(((Number) s.defaultValue()).doubleValue() >= s.min()
                        && ((Number) s.defaultValue()).doubleValue() <= s.max(), s.path() + ": default in range");
            }
        }
    }

    @Test
    void rulesMayChangeDuringARunButStructureMayNot() {
        for (ParameterSpec s : CATALOG.all()) {
            switch (s.section()) {
                case "bylaws", "policy" -> assertTrue(s.changeable(), s.path() + " is amendable");
                case "run", "municipalities", "citizens", "metrics", "interdependence", "attendance", "civic", "influence",
                     "knowledge" ->
                        assertFalse(s.changeable(), s.path() + " is fixed for the run");
                default -> {
                }
            }
        }
        assertTrue(EconomyConfig.REGIME.spec().changeable(), "a town's regime may be changed by intervention");
        assertTrue(EconomyConfig.AUTOMATION.spec().changeable(), "automation may arrive during a run");
        assertFalse(MunicipalitySpec.POPULATION.spec().changeable(), "a town's population size is not set from outside");
        assertFalse(ScenarioConfig.SEED.spec().changeable());
        assertFalse(ConfederationConfig.CONFEDERATION_ENABLED.spec().changeable());
        for (ParameterSpec s : CATALOG.all()) {
            if (s.changeable()) {
                assertTrue(org.pnyx.model.TownRules.governs(s) || org.pnyx.confederation.ConfederalRules.governs(s)
                        || s.section().equals("policy"), s.path() + " is declared changeable, so a change call must take it");
            }
        }
    }

    @Test
    void sectionsFollowTheDocumentedOrder() {
        List<String> order = new ArrayList<>();
        for (ParameterSpec s : CATALOG.all()) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(s.section())) {
                order.add(s.section());
            }
        }
        assertEquals(List.of("run", "municipalities", "citizens", "policy", "bylaws", "attendance", "interests",
                "civic", "influence", "knowledge", "economy", "confederation", "interdependence", "migration",
                "transition", "powers", "metrics", "liberty"), order);
        assertEquals(209, CATALOG.all().size(), "keys (a distribution counts five)");
    }

    @Test
    void aRecordBuiltOutsideItsRangeNamesTheFieldTheRangeAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BylawConfig.QUORUM.check(1.3));
        assertEquals("quorum must be in [0, 1], but was 1.3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BylawConfig.SUPERMAJORITY.check(0.5));
        assertEquals("supermajority must be in (0.5, 1], but was 0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BylawConfig.TERM_LENGTH.check(0));
        assertEquals("termLength must be in [1, 520], but was 0", e.getMessage());
        assertEquals(0.5, ScenarioConfig.POLICY_NEED_LEVEL.check(0.5));
    }

    @Test
    void theAxisLabelCarriesTheUnit() {
        assertEquals("Quorum (share of citizens)", BylawConfig.QUORUM.spec().axisLabel());
        assertEquals("Decision rule", BylawConfig.DECISION_RULE.spec().axisLabel());
        assertEquals("Free time: mean (hours/week)", CATALOG.get("citizens.freeTime.mean").axisLabel());
    }

    @Test
    void aKeyDeclaredTwiceIsRefused() {
        Section a = new Section("twice", true);
        a.number("x", "X", 0).in(0, 1).means("First.");
        Section b = new Section("twice", true);
        b.number("x", "X", 0.5).in(0, 1).means("Second.");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Parameters(List.of(a, b), List.of()));
        assertEquals("parameter twice.x is declared twice", e.getMessage());
    }
}
