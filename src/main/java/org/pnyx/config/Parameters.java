package org.pnyx.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of every scenario parameter, in the order they are documented and written to the
 * manifest. Each parameter is declared once, as a {@link Param} handle in the record of the
 * subsystem that reads it ({@link BylawConfig#QUORUM}, ...); this class only lists the sections in
 * order. Scenario files, {@code --set} overrides, validation, {@code pnyx describe},
 * {@code docs/PARAMETERS.md} and the manifest all read the declarations from here.
 */
public final class Parameters {

    private static final Parameters CATALOG = new Parameters(List.of(ScenarioConfig.RUN,
            ScenarioConfig.MUNICIPALITIES, CitizenTraitsConfig.CITIZENS, ScenarioConfig.POLICY, BylawConfig.BYLAWS,
            SanctionConfig.BYLAWS, AmendmentConfig.BYLAWS, AttendanceConfig.ATTENDANCE, AmendmentConfig.ATTENDANCE,
            CivicConfig.CIVIC, ScenarioConfig.INFLUENCE, KnowledgeConfig.KNOWLEDGE, EconomyConfig.ECONOMY,
            ConfederationConfig.CONFEDERATION, ConfederationConfig.INTERDEPENDENCE, ConfederationConfig.MIGRATION,
            ConfederationConfig.TRANSITION, ScenarioConfig.METRICS), List.of(MunicipalitySpec.ENTRY));

    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    private final Map<String, Param> handles = new LinkedHashMap<>();
    private final Map<String, ParameterSpec> entry = new LinkedHashMap<>();
    private final List<Param.Dist> distributions = new ArrayList<>();

    Parameters(List<Section> sections, List<Section> entrySections) {
        for (Section s : sections) {
            for (ParameterSpec p : s.specs()) {
                if (specs.put(p.path(), p) != null) {
                    throw new IllegalStateException("parameter " + p.path() + " is declared twice");
                }
            }
            s.handles().forEach(h -> handles.put(h.path(), h));
            distributions.addAll(s.distributions());
        }
        for (Section s : entrySections) {
            s.specs().forEach(p -> entry.put(p.path(), p));
        }
    }

    /** The catalogue. */
    public static Parameters catalog() {
        return CATALOG;
    }

    /** Every scenario-wide parameter, in documentation order. */
    public List<ParameterSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(specs.values()));
    }

    /** The parameter at a path, or null. */
    public ParameterSpec get(String path) {
        return specs.get(path);
    }

    /**
     * The handle of the parameter at a path, or null: what a key read from text (an intervention's) becomes,
     * so that it is applied through the same handle model code reads.
     */
    public Param handle(String path) {
        return handles.get(path);
    }

    /** The distributions (each five keys under one path), in documentation order. */
    public List<Param.Dist> distributions() {
        return Collections.unmodifiableList(distributions);
    }

    /** The bylaw parameters, which a municipality of an explicit list may override. */
    public List<ParameterSpec> bylaws() {
        return specs.values().stream().filter(s -> s.section().equals("bylaws")).toList();
    }

    /**
     * The keys of one entry of {@code municipalities.list} ({@code population}, {@code region}, ...),
     * declared in {@link MunicipalitySpec}; a list entry also takes {@code name}, {@code regime} and
     * {@code bylaws}.
     */
    public List<ParameterSpec> entryKeys() {
        return List.copyOf(entry.values());
    }
}
