package org.pnyx.gui;

import io.javalin.http.sse.SseClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.sim.SteppedRun;

/**
 * One live run: its own simulation, stepped by its own thread, which alone touches the run's state. The page's
 * commands (play, pause, step, run to a week, reset, speed, change a rule) are handed to that thread; the weeks
 * measured are sent to the page's event streams, a few times a second at most.
 */
final class LiveRun implements AutoCloseable {

    /** Where a live run's scenario came from. */
    record Source(String file, String yaml) {
    }

    private static final long WAIT_SECONDS = 60;
    private static final long PUBLISH_NANOS = 50_000_000L;
    private static final long BATCH_NANOS = 30_000_000L;

    private final String id;
    private final Source source;
    private final StudioConfig config;
    private final ScheduledExecutorService thread;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();

    private final List<Change> settings = new ArrayList<>();
    private final List<Change> interventions = new ArrayList<>();
    private ScenarioConfig scenario;
    private SteppedRun run;
    private LiveSeries series;
    private boolean playing;
    private long target;
    private double speed = 16;
    private int generation;
    private int published;
    private long lastPublish;
    private double seconds;
    private String error;
    /** For a branch: the run it was forked from, and the week of the fork; else null and -1. */
    private String parent;
    private long forkWeek = -1;

    private LiveRun(String id, Source source, StudioConfig config) {
        this.id = id;
        this.source = source;
        this.config = config;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pnyx-live-" + id);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Loads the scenario through the scenario loader, checks the limits and builds the run.
     *
     * @throws ScenarioException with the loader's own messages
     * @throws Json.BadRequest   when the run is over a limit
     */
    static LiveRun open(String id, Source source, StudioConfig config) throws ScenarioException {
        ScenarioConfig s = ScenarioLoader.parse(source.file(), source.yaml(), List.of());
        Limits.check(s, config);
        LiveRun r = new LiveRun(id, source, config);
        try {
            r.call(() -> {
                r.build(s);
                return null;
            });
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    String id() {
        return id;
    }

    /**
     * A branch of this run at its current week: a new run of the same scenario, with the same settings, replaying
     * the same interventions at the same weeks up to this week (the run is deterministic, so the shared history is
     * replayed rather than copied). It is paused at the fork week; its own interventions come after.
     *
     * @throws Json.BadRequest when this run has not started or is over
     */
    LiveRun fork(String branchId) {
        record Snapshot(ScenarioConfig scenario, List<Change> settings, List<Change> interventions, long week,
                double speed) {
        }
        Snapshot snap = call(() -> {
            if (run.weeksDone() == 0) {
                throw new Json.BadRequest("run at least one week before forking: a branch shares a history");
            }
            if (run.finished()) {
                throw new Json.BadRequest("the run is over; fork it before its last week");
            }
            playing = false;
            generation++;
            publish(true);
            return new Snapshot(scenario, List.copyOf(settings), List.copyOf(interventions), run.weeksDone(), speed);
        });
        LiveRun b = new LiveRun(branchId, source, config);
        try {
            b.call(() -> {
                b.build(snap.scenario());
                b.settings.addAll(snap.settings());
                b.parent = id;
                b.forkWeek = snap.week();
                b.speed = snap.speed();
                int next = 0;
                List<Change> past = snap.interventions();
                while (true) {
                    while (next < past.size() && past.get(next).week() == b.run.weeksDone()) {
                        Change c = past.get(next++);
                        b.run.change(c.param(), c.value(), c.town());
                        b.interventions.add(c);
                    }
                    if (b.run.weeksDone() >= snap.week()) {
                        break;
                    }
                    b.stepOnce();
                }
                return null;
            });
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
        return b;
    }

    private void build(ScenarioConfig s) {
        LiveSeries fresh = new LiveSeries();
        SteppedRun built = new SteppedRun(s, fresh);
        Limits.citizens(built.sim().society().citizens().size(), config, "");
        scenario = s;
        series = fresh;
        run = built;
        playing = false;
        generation++;
        target = s.steps();
        published = 0;
        seconds = 0;
        error = null;
    }

    // ---- commands, each run on the run's thread ----

    void play(Long toWeek) {
        call(() -> {
            if (!run.finished()) {
                target = toWeek == null || toWeek <= run.weeksDone() ? scenario.steps()
                        : Math.min(toWeek, scenario.steps());
                playing = true;
                int g = ++generation;
                thread.execute(() -> tick(g));
            }
            publish(true);
            return null;
        });
    }

    void pause() {
        call(() -> {
            playing = false;
            generation++;
            publish(true);
            return null;
        });
    }

    void step() {
        call(() -> {
            if (!playing && !run.finished()) {
                stepOnce();
            }
            publish(true);
            return null;
        });
    }

    void speed(double weeksPerSecond) {
        if (!(weeksPerSecond >= 0) || weeksPerSecond > 10_000) {
            throw new Json.BadRequest("speed must be in [0, 10000] weeks per second (0: as fast as it goes)");
        }
        call(() -> {
            speed = weeksPerSecond;
            publish(true);
            return null;
        });
    }

    /** Back to week 0 with the settings kept and the interventions dropped. */
    void reset() {
        call(() -> {
            build(scenario);
            interventions.clear();
            broadcast("init", init());
            return null;
        });
    }

    /**
     * Changes a rule: before the first week and for every town, a setting of the scenario (the run is rebuilt
     * with it, as {@code --set} would); otherwise an intervention at the current week through
     * {@code PnyxSim.change}.
     *
     * @param town a town's name, or null or empty for every town
     * @throws Json.BadRequest with the declaration's, the loader's or the simulation's message
     */
    Map<String, Object> change(String key, String value, String town) {
        Param p = key == null ? null : Parameters.catalog().handle(key);
        if (p == null || !p.spec().changeable()) {
            throw new Json.BadRequest(key + ": not a parameter that may change during a run");
        }
        Object v;
        try {
            v = p.spec().parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new Json.BadRequest(key + ": " + e.getMessage());
        }
        String where = town == null || town.isEmpty() ? null : town;
        return call(() -> {
            if (run.finished()) {
                throw new Json.BadRequest("the run is over; reset it to change its rules");
            }
            if (where != null && !series.towns().contains(where)) {
                throw new Json.BadRequest("no municipality is named '" + where + "'");
            }
            Change c;
            if (run.weeksDone() == 0 && where == null) {
                c = set(p, v);
            } else {
                try {
                    run.change(p, v, where);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new Json.BadRequest(key + ": " + e.getMessage());
                }
                c = new Change(run.weeksDone(), where, p, v);
                interventions.add(c);
            }
            publish(true);
            return c.json();
        });
    }

    private Change set(Param p, Object v) {
        List<Change> next = new ArrayList<>(settings.stream().filter(c -> c.param() != p).toList());
        Change c = new Change(0, null, p, v);
        next.add(c);
        ScenarioConfig s;
        try {
            s = ScenarioLoader.parse(source.file(), source.yaml(), next.stream().map(Change::assignment).toList());
        } catch (ScenarioException e) {
            throw new Json.BadRequest(String.join("\n", e.problems()));
        }
        Limits.check(s, config);
        build(s);
        settings.clear();
        settings.addAll(next);
        for (Change i : interventions) {
            run.change(i.param(), i.value(), i.town());
        }
        broadcast("init", init());
        return c;
    }

    /**
     * Writes the scenario as run so far ({@link ScenarioWriter}) into the studio's results folder and, when the
     * run has ended, its run folder as {@code pnyx run} of that scenario writes it.
     */
    Map<String, Object> save(String name) {
        org.pnyx.io.SafeNames.problem(name).ifPresent(p -> {
            throw new Json.BadRequest("name: " + p);
        });
        return call(() -> {
            String description = "Saved by Pnyx Studio from " + source.file() + " at week " + run.weeksDone()
                    + ", with " + settings.size() + " setting(s) and " + interventions.size() + " intervention(s).";
            String yaml = ScenarioWriter.write(source.yaml(), name, description, settings, interventions);
            Path file = org.pnyx.io.SafeNames.child(config.results().resolve("scenarios"), name + ".yaml");
            try {
                org.pnyx.io.AtomicFiles.write(file, yaml);
            } catch (java.io.IOException e) {
                throw new Json.BadRequest("cannot write " + file + ": " + e.getMessage());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.toString());
            out.put("yaml", yaml);
            if (series.ended()) {
                ScenarioConfig saved;
                try {
                    saved = ScenarioLoader.parse(file.toString(), yaml, List.of());
                } catch (ScenarioException e) {
                    throw new IllegalStateException("the saved scenario does not load: " + e.getMessage(), e);
                }
                Path dir = org.pnyx.io.Runs.defaultDir(config.results().resolve("runs"), saved);
                RunExport.write(series, saved, dir, file.toString(), seconds);
                out.put("runFolder", dir.toString());
            }
            return out;
        });
    }

    /** What the export buttons give. */
    enum Export {
        PNG("image/png", "png"), SVG("image/svg+xml", "svg"), ZIP("application/zip", "zip"),
        REPORT("text/html; charset=utf-8", "html");

        final String type;
        final String extension;

        Export(String type, String extension) {
            this.type = type;
            this.extension = extension;
        }
    }

    /** An exported file: its name for the browser, its type and bytes. */
    record Exported(String name, String type, byte[] bytes) {
    }

    /**
     * Exports the run as far as it has gone, through the same code as {@code pnyx run} and {@code pnyx chart}: its
     * run folder is written into the studio's {@code exports/} folder by {@link RunExport} (a finished run's from
     * what it measured; a run under way by running its scenario as run so far, with as many weeks as were run, as
     * {@code pnyx run} of it would), and read back by {@code org.pnyx.charts}. A chart is one of
     * {@code Charts.figures} by name (the first, participation, when null).
     *
     * @throws Json.BadRequest before the first week, or for a chart the run does not have
     */
    Exported export(Export kind, String figure) {
        return call(() -> {
            long w = run.weeksDone();
            if (w == 0) {
                throw new Json.BadRequest("run at least one week before exporting");
            }
            String name = org.pnyx.io.SafeNames.problem(scenario.name()).isEmpty() ? scenario.name() : "studio";
            name = name + "-run-" + id + "-week-" + w;
            String yaml = ScenarioWriter.write(source.yaml(), name, "Exported by Pnyx Studio from " + source.file()
                    + " at week " + w + ".", settings, interventions);
            Path root = config.results().resolve("exports");
            Path file = org.pnyx.io.SafeNames.child(root, name + ".yaml");
            org.pnyx.io.AtomicFiles.write(file, yaml);
            ScenarioConfig saved = ScenarioLoader.parse(file.toString(), yaml,
                    series.ended() ? List.of() : List.of("steps=" + w));
            Path dir = org.pnyx.io.Runs.defaultDir(root.resolve("runs"), saved);
            if (series.ended()) {
                RunExport.write(series, saved, dir, file.toString(), seconds);
            } else {
                RunExport.run(saved, dir, file.toString());
            }
            org.pnyx.charts.ChartOptions opts = org.pnyx.charts.ChartOptions.defaults();
            switch (kind) {
                case ZIP:
                    return new Exported(name + ".zip", kind.type, Zip.of(dir, name));
                case REPORT:
                    return new Exported(name + ".html", kind.type,
                            java.nio.file.Files.readAllBytes(org.pnyx.charts.Charts.report(dir, opts)));
                default:
                    break;
            }
            List<org.pnyx.charts.Figure> figures = org.pnyx.charts.Charts.figures(
                    org.pnyx.charts.RunData.read(dir), opts);
            org.pnyx.charts.Figure f = figures.stream().filter(x -> figure == null || x.name().equals(figure))
                    .findFirst().orElseThrow(() -> new Json.BadRequest("no chart is named '" + figure + "'; the run's"
                            + " charts: " + String.join(", ", figures.stream().map(org.pnyx.charts.Figure::name)
                                    .toList())));
            byte[] bytes = kind == Export.PNG ? org.pnyx.charts.ChartWriter.png(f, opts)
                    : org.pnyx.charts.ChartWriter.svg(f, opts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new Exported(name + "-" + f.name() + "." + kind.extension, kind.type, bytes);
        });
    }

    /** Starts sending this run's weeks to a page: everything so far, then each new batch. */
    void attach(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        thread.execute(() -> {
            publish(true);
            send(client, "init", init());
            clients.add(client);
        });
    }

    /** The overall rows measured in weeks {@code from} to {@code to} (exclusive), as the page is sent them. */
    List<List<Double>> rows(int from, int to) {
        return call(() -> series.slice(from, to).overall());
    }

    /** Weeks run so far. */
    long week() {
        return call(() -> run.weeksDone());
    }

    /** The run's state now, for a page that asks. */
    Map<String, Object> state() {
        return call(this::stateNow);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }

    // ---- on the run's thread ----

    private void tick(int g) {
        if (!playing || g != generation) {
            return;
        }
        try {
            long start = System.nanoTime();
            do {
                stepOnce();
            } while (speed == 0 && !stopHere() && System.nanoTime() - start < BATCH_NANOS);
            if (stopHere()) {
                playing = false;
            }
            publish(!playing);
            if (playing) {
                thread.schedule(() -> tick(g), speed == 0 ? 0 : Math.round(1000 / speed), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            playing = false;
            error = "the run stopped at week " + run.weeksDone() + ": " + e;
            publish(true);
        }
    }

    private boolean stopHere() {
        return run.finished() || run.weeksDone() >= target;
    }

    private void stepOnce() {
        long t = System.nanoTime();
        run.step();
        seconds += (System.nanoTime() - t) / 1e9;
    }

    private void publish(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_NANOS) {
            return;
        }
        lastPublish = now;
        int weeks = series.weeks();
        if (weeks > published) {
            broadcast("weeks", series.slice(published, weeks));
            published = weeks;
        }
        broadcast("state", stateNow());
    }

    private Map<String, Object> init() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("state", stateNow());
        j.put("weeks", series.slice(0, series.weeks()));
        return j;
    }

    private Map<String, Object> stateNow() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", id);
        j.put("file", source.file());
        j.put("name", scenario.name());
        j.put("seed", scenario.seed());
        j.put("week", run.weeksDone());
        j.put("steps", scenario.steps());
        j.put("playing", playing);
        j.put("speed", speed);
        j.put("target", target);
        j.put("finished", run.finished());
        j.put("citizens", run.sim().society().citizens().size());
        j.put("confederal", scenario.confederation().enabled());
        j.put("towns", Towns.json(run.sim().society().municipalities()));
        j.put("values", values());
        j.put("settings", settings.stream().map(Change::json).toList());
        j.put("interventions", interventions.stream().map(Change::json).toList());
        j.put("planned", scenario.interventions().stream().map(i -> new Change(i.week(), i.municipality(), i.param(),
                i.value()).json()).toList());
        j.put("rules", Towns.rules(run.sim().society().municipalities()));
        j.put("error", error);
        j.put("parent", parent);
        j.put("forkWeek", forkWeek);
        return j;
    }

    /** The scenario's value of every controlled parameter, with the interventions made for every town. */
    private Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        Map<String, Object> all = scenario.values().asMap();
        for (ParameterSpec s : Catalog.controlled()) {
            v.put(s.path(), RulesInForce.text(all.get(s.path())));
        }
        for (Change c : interventions) {
            if (c.town() == null) {
                v.put(c.param().path(), c.valueText());
            }
        }
        return v;
    }

    private void broadcast(String event, Object data) {
        String json = Json.write(data);
        for (SseClient c : clients) {
            send(c, event, json);
        }
    }

    private void send(SseClient c, String event, Object data) {
        try {
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent(event, data instanceof String s ? s : Json.write(data));
            }
        } catch (RuntimeException e) {
            clients.remove(c);
        }
    }

    /** Runs a command on the run's thread and waits for it; its refusals come back as they were thrown. */
    private <T> T call(Callable<T> command) {
        try {
            return thread.submit(command).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Json.BadRequest("interrupted");
        } catch (TimeoutException e) {
            throw new Json.BadRequest("the run is busy; try again");
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new Json.BadRequest("this run has been closed");
        }
    }
}
