package org.pnyx.gui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.CitizenTraitsConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.SanctionConfig;
import org.pnyx.config.ScenarioConfig;

/**
 * The declared handle of each parameter, by key: what a key sent by the page becomes before it reaches
 * {@code PnyxSim.change}. Found among the static fields of the records that declare them, and checked against
 * the catalogue so that a key the catalogue has but no handle was found for fails at once.
 */
final class Handles {

    private static final List<Class<?>> DECLARING = List.of(ScenarioConfig.class, CitizenTraitsConfig.class,
            BylawConfig.class, SanctionConfig.class, AttendanceConfig.class, EconomyConfig.class,
            ConfederationConfig.class, MunicipalitySpec.class);

    private static final Map<String, Param> BY_PATH = find();

    private Handles() {
    }

    private static Map<String, Param> find() {
        Map<String, Param> found = new LinkedHashMap<>();
        for (Class<?> c : DECLARING) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Param.class.isAssignableFrom(f.getType())) {
                    try {
                        f.setAccessible(true);
                        Param p = (Param) f.get(null);
                        found.put(p.path(), p);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("cannot read the handle " + c.getSimpleName() + "."
                                + f.getName(), e);
                    }
                }
            }
        }
        for (ParameterSpec s : Parameters.catalog().all()) {
            if (s.changeable() && !found.containsKey(s.path())) {
                throw new IllegalStateException("no handle found for the changeable parameter " + s.path());
            }
        }
        return found;
    }

    /** The handle of the parameter at a key, or null when there is none. */
    static Param of(String path) {
        return BY_PATH.get(path);
    }
}
