package org.pnyx.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pnyx.config.Intervention;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.confederation.ConfederalRules;
import org.pnyx.metrics.FinalState;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.metrics.Stability;
import org.pnyx.metrics.StabilitySnapshot;
import org.pnyx.metrics.ComplaintColumn;
import org.pnyx.metrics.ProposalColumn;
import org.pnyx.metrics.TownVoteColumn;
import org.pnyx.metrics.VoteColumn;
import org.pnyx.config.Bylaw;
import org.pnyx.model.AmendmentRecord;
import org.pnyx.model.Offices;
import org.pnyx.model.VoteRecord;

/**
 * Streams a run's outputs into its folder: {@code timeseries.csv}, {@code municipalities.csv} (with each
 * town's bylaws in force), {@code votes.csv}, {@code confederal_votes.csv}, {@code proposals.csv}, {@code complaints.csv} and {@code amendments.csv} row by row, then {@code lorenz.csv}, {@code summary.json} and finally {@code manifest.json}.
 * Every file is written under a {@code .part} name and renamed when complete; memory stays flat
 * (only the final window of the overall series is kept). The folder it writes into is a staging folder
 * that {@link RunFolder} puts in place of the run folder once the manifest is written.
 */
public final class RunWriter implements RunObserver {

    /** Files a completed run folder holds. */
    public static final List<String> FILES =
            List.of("timeseries.csv", "municipalities.csv", "votes.csv", "confederal_votes.csv", "proposals.csv",
                    "complaints.csv", "offices.csv", "amendments.csv", "lorenz.csv", "summary.json", "manifest.json");

    /** The columns of {@code amendments.csv}: one row per amendment put to an assembly. */
    public static final List<String> AMENDMENT_COLUMNS = List.of("step", "municipality", "bylaw", "old_value",
            "new_value", "votes_for", "votes_against", "mover", "reason", "adopted");

    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final ScenarioConfig scenario;
    private final Map<String, Object> manifestExtras;
    private final int window;
    private final double[][] ring;
    private long weeks;
    private List<String> names = List.of();
    private CSVPrinter timeseries;
    private CSVPrinter municipalities;
    private CSVPrinter votes;
    private CSVPrinter townVotes;
    private CSVPrinter proposals;
    private CSVPrinter complaints;
    private CSVPrinter offices;
    private final List<String> officeRow = new ArrayList<>();
    private CSVPrinter amendments;
    private List<String[]> rules = List.of();
    private Map<String, StabilitySnapshot> stability = Map.of();
    private final List<String> row = new ArrayList<>();
    /** The interventions on towns' rules, by week; null when the scenario has none (and no column is written). */
    private final Map<Integer, List<Intervention>> townChanges;

    /**
     * @param dir            the run folder (created if needed)
     * @param scenario       the resolved scenario
     * @param manifestExtras extra manifest entries (scenario file, overrides, version), written in order
     */
    public RunWriter(Path dir, ScenarioConfig scenario, Map<String, Object> manifestExtras) {
        this.dir = dir;
        this.scenario = scenario;
        this.manifestExtras = new LinkedHashMap<>(manifestExtras);
        this.window = Math.min(scenario.finalWindow(), scenario.steps());
        this.ring = new double[window][];
        this.townChanges = townChanges(scenario.interventions());
    }

    private static Map<Integer, List<Intervention>> townChanges(List<Intervention> interventions) {
        if (interventions.isEmpty()) {
            return null;
        }
        Map<Integer, List<Intervention>> byWeek = new LinkedHashMap<>();
        for (Intervention i : interventions) {
            if (!ConfederalRules.governs(i.param().spec())) {
                byWeek.computeIfAbsent(i.week(), w -> new ArrayList<>()).add(i);
            }
        }
        return byWeek;
    }

    /** The {@code intervention} cell of a town's row: the week's changes of its rules, {@code key=value; ...}. */
    private String changesOf(long week, String town) {
        List<Intervention> list = townChanges.getOrDefault((int) week, List.of());
        return String.join("; ", list.stream().filter(i -> i.municipality() == null || i.municipality().equals(town))
                .map(Intervention::assignment).toList());
    }

    @Override
    public void begin(List<String> municipalityNames) {
        names = List.copyOf(municipalityNames);
        try {
            timeseries = new CSVPrinter(AtomicFiles.open(dir.resolve("timeseries.csv")), CSV);
            municipalities = new CSVPrinter(AtomicFiles.open(dir.resolve("municipalities.csv")), CSV);
            votes = new CSVPrinter(AtomicFiles.open(dir.resolve("votes.csv")), CSV);
            votes.printRecord(VoteColumn.columns());
            townVotes = new CSVPrinter(AtomicFiles.open(dir.resolve("confederal_votes.csv")), CSV);
            townVotes.printRecord(TownVoteColumn.columns());
            proposals = new CSVPrinter(AtomicFiles.open(dir.resolve("proposals.csv")), CSV);
            proposals.printRecord(ProposalColumn.columns());
            complaints = new CSVPrinter(AtomicFiles.open(dir.resolve("complaints.csv")), CSV);
            complaints.printRecord(ComplaintColumn.columns());
            offices = new CSVPrinter(AtomicFiles.open(dir.resolve("offices.csv")), CSV);
            List<String> officeHeader = new ArrayList<>(List.of("step", "municipality"));
            officeHeader.addAll(Offices.OfficeRecord.COLUMNS);
            offices.printRecord(officeHeader);
            amendments = new CSVPrinter(AtomicFiles.open(dir.resolve("amendments.csv")), CSV);
            amendments.printRecord(AMENDMENT_COLUMNS);
            List<String> header = new ArrayList<>();
            header.add("step");
            header.addAll(Metric.columns());
            timeseries.printRecord(header);
            header.add(1, "municipality");
            header.addAll(Bylaw.columns());
            if (townChanges != null) {
                header.add(Intervention.COLUMN);
            }
            municipalities.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void week(long week, double[] overall, double[][] perMunicipality) {
        try {
            print(timeseries, week, null, overall, null);
            for (int m = 0; m < perMunicipality.length; m++) {
                print(municipalities, week, names.get(m), perMunicipality[m], m < rules.size() ? rules.get(m) : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int slot = (int) (weeks % window);
        if (ring[slot] == null) {
            ring[slot] = new double[overall.length];
        }
        System.arraycopy(overall, 0, ring[slot], 0, overall.length);
        weeks++;
    }

    @Override
    public void bylaws(long week, List<String[]> perMunicipality) {
        rules = perMunicipality;
    }

    @Override
    public void amendment(long week, String town, AmendmentRecord a) {
        try {
            amendments.printRecord(week, town, a.bylaw().key(), a.oldValue(), a.newValue(), a.yes(), a.no(),
                    a.mover(), a.reason(), a.adopted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void confederalVote(VoteRecord v) {
        try {
            List<String> cells = new ArrayList<>(VoteColumn.all().size());
            for (VoteColumn column : VoteColumn.all()) {
                Object value = column.value().apply(v);
                cells.add(value instanceof Double d ? Numbers.format(d, false) : String.valueOf(value));
            }
            votes.printRecord(cells);
            for (VoteRecord.TownVote t : v.towns()) {
                cells.clear();
                for (TownVoteColumn column : TownVoteColumn.all()) {
                    Object value = column.value().apply(v, t);
                    cells.add(value instanceof Double d ? Numbers.format(d, false) : String.valueOf(value));
                }
                townVotes.printRecord(cells);
            }
            for (ProposalColumn.Row r : ProposalColumn.rows(v)) {
                cells.clear();
                for (ProposalColumn column : ProposalColumn.all()) {
                    cells.add(cell(column.value().apply(v, r)));
                }
                proposals.printRecord(cells);
            }
            if (ComplaintColumn.has(v)) {
                cells.clear();
                for (ComplaintColumn column : ComplaintColumn.all()) {
                    cells.add(cell(column.value().apply(v)));
                }
                complaints.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        return value instanceof Double d ? Numbers.format(d, false) : String.valueOf(value);
    }

    @Override
    public void office(long week, int town, Offices.OfficeRecord event) {
        try {
            officeRow.clear();
            officeRow.add(Long.toString(week));
            officeRow.add(names.get(town));
            officeRow.addAll(event.cells());
            offices.printRecord(officeRow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(CSVPrinter out, long week, String name, double[] values, String[] bylaws) throws IOException {
        row.clear();
        row.add(Long.toString(week));
        if (name != null) {
            row.add(name);
        }
        for (Metric m : Metric.all()) {
            row.add(Numbers.format(values[m.ordinal()], m.isCount()));
        }
        if (name != null) {
            for (Bylaw b : Bylaw.values()) {
                row.add(bylaws == null ? "" : bylaws[b.ordinal()]);
            }
        }
        if (name != null && townChanges != null) {
            row.add(changesOf(week, name));
        }
        out.printRecord(row);
    }

    @Override
    public void end(FinalState finalState) {
        try {
            timeseries.close();
            municipalities.close();
            votes.close();
            townVotes.close();
            proposals.close();
            complaints.close();
            offices.close();
            amendments.close();
            writeLorenz(finalState.lorenzWealth());
            stability = computeStability();
            AtomicFiles.write(dir.resolve("summary.json"), JSON.writeValueAsString(summary()) + "\n");
            AtomicFiles.commit(dir.resolve("timeseries.csv"));
            AtomicFiles.commit(dir.resolve("municipalities.csv"));
            AtomicFiles.commit(dir.resolve("votes.csv"));
            AtomicFiles.commit(dir.resolve("confederal_votes.csv"));
            AtomicFiles.commit(dir.resolve("proposals.csv"));
            AtomicFiles.commit(dir.resolve("complaints.csv"));
            AtomicFiles.commit(dir.resolve("offices.csv"));
            AtomicFiles.commit(dir.resolve("amendments.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the manifest last, so its presence marks a complete run folder. */
    public void writeManifest(double wallSeconds) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("pnyx_version", Version.get());
        manifest.putAll(manifestExtras);
        manifest.put("seed", scenario.seed());
        manifest.put("steps", scenario.steps());
        manifest.put("regime", scenario.economy().regime().key());
        Map<String, Object> regimes = new LinkedHashMap<>();
        scenario.municipalities().forEach(m -> regimes.put(m.name(), m.economy().regime().key()));
        if (!regimes.isEmpty()) {
            manifest.put("municipality_regimes", regimes);
        }
        manifest.put("wall_time_seconds", Math.round(wallSeconds * 1000) / 1000.0);
        manifest.put("java_version", System.getProperty("java.version"));
        List<String> handSet = new ArrayList<>();
        for (MunicipalitySpec m : scenario.municipalities()) {
            if (m.handSet()) {
                handSet.add(m.name() + ": " + m.handFor() + " for, " + m.handAgainst() + " against");
            }
        }
        if (!handSet.isEmpty()) {
            // A teaching table, not an emergent result: the manifest says which confederal votes were set by hand.
            manifest.put("confederal_votes_set_by_hand", handSet);
        }
        manifest.put("scenario", ResolvedScenario.of(scenario));
        AtomicFiles.write(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest) + "\n");
    }

    private void writeLorenz(double[][] points) throws IOException {
        Path target = dir.resolve("lorenz.csv");
        try (CSVPrinter out = new CSVPrinter(AtomicFiles.open(target), CSV)) {
            out.printRecord("population_share", "wealth_share");
            for (double[] p : points) {
                out.printRecord(Numbers.format(p[0], false), Numbers.format(p[1], false));
            }
        }
        AtomicFiles.commit(target);
    }

    private Map<String, StabilitySnapshot> computeStability() {
        int n = (int) Math.min(weeks, window);
        Map<String, StabilitySnapshot> out = new LinkedHashMap<>();
        double[] series = new double[n];
        for (Metric m : Metric.all()) {
            for (int k = 0; k < n; k++) {
                series[k] = ring[(int) ((weeks - n + k) % window)][m.ordinal()];
            }
            out.put(m.column(), Stability.of(series, n));
        }
        return out;
    }

    /** Stability of each metric over the final window (after {@link #end}). */
    public Map<String, StabilitySnapshot> stability() {
        return stability;
    }

    private Map<String, Object> summary() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario.name());
        root.put("seed", scenario.seed());
        root.put("steps", scenario.steps());
        root.put("final_window", window);
        root.put("municipalities", names.size());
        Map<String, Object> metrics = new LinkedHashMap<>();
        stability.forEach((column, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("final", Numbers.json(s.finalValue()));
            m.put("window_mean", Numbers.json(s.mean()));
            m.put("window_sd", Numbers.json(s.sd()));
            m.put("cv", Numbers.json(s.cv()));
            m.put("trend_per_year", Numbers.json(s.trendPerYear()));
            m.put("stable", s.stable());
            metrics.put(column, m);
        });
        root.put("metrics", metrics);
        return root;
    }
}
