package org.pnyx.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a small synthetic run folder in the core's output format, with smooth
 * deterministic curves (no random numbers), so chart tests do not depend on the core.
 */
final class RunFixture {

    private String scenario = "baseline";
    private int steps = 60;
    private int municipalities = 3;
    private boolean economy;
    private boolean confederation;
    private boolean lorenz;
    private boolean summary = true;
    private boolean manifest = true;
    private boolean quotedNames;
    private int collapseAt = -1;
    private int regimeChangeAt = -1;
    private double attendanceLevel = 0.3;
    private boolean whoAttends;
    private final java.util.Map<String, Double> constants = new java.util.LinkedHashMap<>();

    static RunFixture run() {
        return new RunFixture();
    }

    RunFixture scenario(String name) {
        this.scenario = name;
        return this;
    }

    RunFixture steps(int n) {
        this.steps = n;
        return this;
    }

    RunFixture municipalities(int n) {
        this.municipalities = n;
        return this;
    }

    RunFixture withEconomy() {
        this.economy = true;
        return this;
    }

    RunFixture withConfederation() {
        this.confederation = true;
        return this;
    }

    RunFixture withLorenz() {
        this.lorenz = true;
        return this;
    }

    RunFixture withoutSummary() {
        this.summary = false;
        return this;
    }

    RunFixture withoutManifest() {
        this.manifest = false;
        return this;
    }

    /** Municipality names that need CSV quoting ("Riverside, North"). */
    RunFixture withQuotedNames() {
        this.quotedNames = true;
        return this;
    }

    RunFixture collapseAt(int step) {
        this.collapseAt = step;
        return this;
    }

    RunFixture regimeChangeAt(int step) {
        this.regimeChangeAt = step;
        return this;
    }

    /** The columns attendance_wealth_q1..q5 and attendance_free_time_q1..q5 (fifth q attends at 0.1 q). */
    RunFixture withWhoAttends() {
        this.whoAttends = true;
        return this;
    }

    /** An extra metric column with the same value every week. */
    RunFixture constant(String column, double value) {
        this.constants.put(column, value);
        return this;
    }

    RunFixture attendance(double level) {
        this.attendanceLevel = level;
        return this;
    }

    static final List<String> BASE = List.of("step", "population", "attendance_rate", "quorum_met_share",
            "proposals", "decisions", "dissent_share", "recalls", "gini_wealth", "influence_concentration",
            "common_share");
    static final List<String> ECONOMY = List.of("output_per_capita", "need_satisfaction", "shortfall_share",
            "gini_income", "gini_consumption", "free_rider_share", "mean_effort", "sanctions", "commons_stock",
            "hours_worked", "free_time", "collapsed");
    static final List<String> CONFEDERATION = List.of("delegate_fidelity", "deviations", "delegate_recalls",
            "confederal_votes", "rule_disagreements", "transfers", "gini_between_municipalities", "migrations",
            "liberty_index", "imposed_share", "democratized_share", "state_power");

    String municipalityName(int m) {
        return quotedNames && m % 2 == 1 ? String.format(Locale.ROOT, "Riverside, \"North\" %d", m)
                : String.format(Locale.ROOT, "m%02d", m + 1);
    }

    double attendance(int step, int m) {
        double base = attendanceLevel + 0.08 * Math.sin(step / 9.0 + m) * Math.exp(-step / 80.0);
        double offset = municipalities <= 1 ? 0 : 0.15 * (m / (double) (municipalities - 1) - 0.5);
        return Math.max(0, Math.min(1, base + offset));
    }

    private double value(String column, int t) {
        double s = Math.sin(t / 7.0);
        return switch (column) {
            case "step" -> t;
            case "population" -> 300 + t;
            case "attendance_rate" -> attendance(t, municipalities / 2);
            case "quorum_met_share" -> 0.7 + 0.2 * s;
            case "proposals" -> 3 + (t % 4);
            case "decisions" -> 2 + (t % 3);
            case "dissent_share" -> 0.2 + 0.05 * s;
            case "recalls" -> t % 13 == 5 ? 1 : 0;
            case "gini_wealth" -> 0.25 + 0.15 * (1 - Math.exp(-t / 20.0));
            case "influence_concentration" -> 0.35 + 0.1 * s;
            case "common_share" -> 0.5 + 0.05 * Math.cos(t / 5.0);
            case "output_per_capita" -> 10 + t / 10.0;
            case "need_satisfaction" -> 0.8 + 0.1 * s;
            case "shortfall_share" -> 0.1 + 0.05 * s;
            case "gini_income" -> 0.2 + 0.1 * (1 - Math.exp(-t / 15.0));
            case "gini_consumption" -> 0.15 + 0.05 * (1 - Math.exp(-t / 15.0));
            case "free_rider_share" -> 0.1 + 0.2 * t / (double) steps;
            case "mean_effort" -> 0.7 - 0.2 * t / (double) steps;
            case "sanctions" -> t % 5;
            case "commons_stock" -> 1000 - 5.0 * t;
            case "hours_worked" -> 30 - t / 20.0;
            case "free_time" -> 40 + t / 20.0;
            case "collapsed" -> collapseAt >= 0 && t >= collapseAt ? 1 : 0;
            case "delegate_fidelity" -> 0.9 - 0.1 * s;
            case "deviations" -> t % 3;
            case "delegate_recalls" -> t % 17 == 8 ? 1 : 0;
            case "confederal_votes" -> t % 4 == 0 ? 1 : 0;
            case "rule_disagreements" -> t % 6;
            case "transfers" -> 50 + 10 * s;
            case "gini_between_municipalities" -> 0.1 + 0.02 * s;
            case "migrations" -> t % 5;
            case "liberty_index" -> 0.6 + 0.1 * s;
            case "imposed_share" -> 0.2 - 0.05 * s;
            case "democratized_share" -> Math.min(1, t / (double) steps);
            case "state_power" -> Math.max(0, 1 - t / (double) steps);
            default -> {
                if (constants.containsKey(column)) {
                    yield constants.get(column);
                }
                if (column.startsWith("attendance_wealth_q") || column.startsWith("attendance_free_time_q")) {
                    int q = column.charAt(column.length() - 1) - '0';
                    yield column.contains("wealth") ? 0.1 * q : 0.6 - 0.1 * q;
                }
                throw new IllegalArgumentException(column);
            }
        };
    }

    List<String> columns() {
        List<String> cols = new ArrayList<>(BASE);
        if (economy) {
            cols.addAll(ECONOMY);
        }
        if (confederation) {
            cols.addAll(CONFEDERATION);
        }
        if (whoAttends) {
            for (String g : List.of("wealth", "free_time")) {
                for (int q = 1; q <= 5; q++) {
                    cols.add("attendance_" + g + "_q" + q);
                }
            }
        }
        cols.addAll(constants.keySet());
        return cols;
    }

    /** Writes the folder and returns it. */
    Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> cols = columns();
        StringBuilder ts = new StringBuilder(String.join(",", cols));
        if (regimeChangeAt >= 0) {
            ts.append(",regime");
        }
        ts.append('\n');
        for (int t = 0; t < steps; t++) {
            List<String> row = new ArrayList<>();
            for (String c : cols) {
                row.add(t == 3 && c.equals("dissent_share") ? "NaN" : num(value(c, t)));
            }
            if (regimeChangeAt >= 0) {
                row.add(t < regimeChangeAt ? "assembly" : "council");
            }
            ts.append(String.join(",", row)).append('\n');
        }
        Files.writeString(dir.resolve("timeseries.csv"), ts.toString(), StandardCharsets.UTF_8);

        StringBuilder mu = new StringBuilder("step,municipality,population,attendance_rate,quorum_met_share,"
                + "proposals,decisions,dissent_share,recalls,gini_wealth,influence_concentration,common_share\n");
        for (int t = 0; t < steps; t++) {
            for (int m = 0; m < municipalities; m++) {
                String name = municipalityName(m);
                String quoted = name.contains(",") || name.contains("\"")
                        ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
                mu.append(t).append(',').append(quoted).append(',').append(100).append(',')
                        .append(num(attendance(t, m))).append(",0.8,1,1,0.2,0,0.3,0.4,0.5\n");
            }
        }
        Files.writeString(dir.resolve("municipalities.csv"), mu.toString(), StandardCharsets.UTF_8);

        if (lorenz) {
            StringBuilder lz = new StringBuilder("population_share,wealth_share\n");
            for (int i = 0; i <= 10; i++) {
                double p = i / 10.0;
                lz.append(num(p)).append(',').append(num(Math.pow(p, 2.2))).append('\n');
            }
            Files.writeString(dir.resolve("lorenz.csv"), lz.toString(), StandardCharsets.UTF_8);
        }
        if (summary) {
            int window = Math.min(20, steps);
            StringBuilder js = new StringBuilder("{\"scenario\": \"" + scenario + "\", \"seed\": 42, \"steps\": "
                    + steps + ", \"final_window\": " + window + ", \"metrics\": {");
            List<String> metrics = cols.subList(1, cols.size());
            for (int i = 0; i < metrics.size(); i++) {
                String c = metrics.get(i);
                double mean = 0;
                double sq = 0;
                for (int t = steps - window; t < steps; t++) {
                    mean += value(c, t) / window;
                }
                for (int t = steps - window; t < steps; t++) {
                    sq += Math.pow(value(c, t) - mean, 2) / (window - 1);
                }
                js.append(i == 0 ? "" : ", ").append('"').append(c).append("\": {\"final\": ")
                        .append(num(value(c, steps - 1))).append(", \"window_mean\": ").append(num(mean))
                        .append(", \"window_sd\": ").append(num(Math.sqrt(sq)))
                        .append(", \"cv\": 0.1, \"trend_per_year\": 0.0, \"stable\": ").append(i % 3 != 2)
                        .append('}');
            }
            js.append("}}\n");
            Files.writeString(dir.resolve("summary.json"), js.toString(), StandardCharsets.UTF_8);
        }
        if (manifest) {
            String mf = "{\"pnyx_version\": \"0.1.0-SNAPSHOT\", \"scenario_file\": \"scenarios/" + scenario
                    + ".yaml\", \"seed\": 42, \"steps\": " + steps + ", \"wall_time_seconds\": 1.3, \"scenario\": "
                    + "{\"name\": \"" + scenario + "\", \"seed\": 42, \"steps\": " + steps
                    + ", \"municipalities\": {\"count\": " + municipalities + ", \"size\": 100}, "
                    + "\"citizens\": {\"solidarity\": {\"mean\": 0.5, \"sd\": 0.1}, \"free_time\": 10}, "
                    + "\"bylaws\": {\"quorum\": 0.2, \"decision_rule\": \""
                    + (scenario.contains("consensus") ? "consensus" : "majority")
                    + "\", \"meeting_interval\": 1, \"tags\": [\"a\", \"b\"], \"note\": \"<script>x</script>\"}, "
                    + "\"confederation\": {\"enabled\": " + confederation + "}}}\n";
            Files.writeString(dir.resolve("manifest.json"), mf, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%s", v);
    }
}
