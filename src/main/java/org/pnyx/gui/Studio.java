package org.pnyx.gui;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.TextFiles;

/**
 * The studio's web server: the page and uPlot from the jar, the declarations as JSON, the live runs and their
 * event streams. Every refusal is a 4xx answer with a message for the page; no request can stop the server.
 */
public final class Studio implements AutoCloseable {

    /** The largest request accepted: an uploaded scenario is a few kilobytes. */
    private static final long MAX_REQUEST_BYTES = 1L << 20;

    private final StudioConfig config;
    private final ScenarioLibrary library;
    private final LiveRuns runs;
    private final String catalog;
    private Javalin app;

    public Studio(StudioConfig config) {
        this.config = config;
        this.library = new ScenarioLibrary(config.scenarios(), config.opening());
        this.runs = new LiveRuns(config);
        this.catalog = Json.write(Catalog.of(config));
    }

    /** Starts serving; returns the port listened on. */
    public int start() {
        app = Javalin.create(this::configure).start(config.host(), config.port());
        return app.port();
    }

    /** The page's address; with a scenario named on the command line, one that opens it. */
    public String address() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        String open = config.opening() == null ? ""
                : "?scenario=" + java.net.URLEncoder.encode(config.opening().getFileName().toString(),
                        StandardCharsets.UTF_8);
        return "http://" + host + ":" + app.port() + "/" + open;
    }

    @Override
    public void close() {
        runs.close();
        if (app != null) {
            app.stop();
        }
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = MAX_REQUEST_BYTES;
        c.staticFiles.add("/studio", Location.CLASSPATH);
        c.staticFiles.enableWebjars();
        c.routes.get("/api/catalog", ctx -> json(ctx, catalog));
        c.routes.get("/api/scenarios", ctx -> json(ctx, Json.write(library.json())));
        c.routes.post("/api/runs", this::open);
        c.routes.get("/api/runs/{id}", ctx -> json(ctx, Json.write(run(ctx).state())));
        c.routes.delete("/api/runs/{id}", ctx -> {
            runs.close(ctx.pathParam("id"));
            json(ctx, "{}");
        });
        c.routes.post("/api/runs/{id}/control", this::control);
        c.routes.post("/api/runs/{id}/change", ctx -> {
            Map<String, Object> body = Json.read(ctx.body());
            json(ctx, Json.write(run(ctx).change(text(body, "key"), text(body, "value"), text(body, "town"))));
        });
        c.routes.post("/api/runs/{id}/save", ctx -> json(ctx,
                Json.write(run(ctx).save(text(Json.read(ctx.body()), "name")))));
        c.routes.post("/api/runs/{id}/fork", ctx -> json(ctx,
                Json.write(runs.fork(ctx.pathParam("id")).state())));
        c.routes.get("/api/runs/{id}/export/{kind}", this::export);
        c.routes.sse("/api/runs/{id}/events", client -> {
            try {
                runs.get(client.ctx().pathParam("id")).attach(client);
            } catch (LiveRuns.NotFound e) {
                client.sendEvent("gone", Json.write(Map.of("error", e.getMessage())));
                client.close();
            }
        });
        c.routes.exception(Json.BadRequest.class, (e, ctx) -> error(ctx, 400, List.of(e.getMessage())));
        c.routes.exception(LiveRuns.NotFound.class, (e, ctx) -> error(ctx, 404, List.of(e.getMessage())));
        c.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("studio: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, List.of("internal fault: " + e));
        });
    }

    private LiveRun run(Context ctx) {
        return runs.get(ctx.pathParam("id"));
    }

    /** Opens a live run: a bundled scenario by file name, or uploaded text, through the scenario loader only. */
    private void open(Context ctx) throws TextFiles.TextFileException {
        Map<String, Object> body = Json.read(ctx.body());
        String file = text(body, "file");
        LiveRun.Source source;
        if (file != null) {
            String yaml = library.text(file);
            if (yaml == null) {
                throw new Json.BadRequest("no bundled scenario is named '" + file + "'");
            }
            source = new LiveRun.Source(library.shownPath(file), yaml);
        } else {
            String upload = text(body, "yaml");
            String name = text(body, "name");
            if (upload == null) {
                throw new Json.BadRequest("give a bundled scenario's file name or a scenario's text");
            }
            String shown = "upload:" + (name == null || name.isBlank() ? "scenario.yaml" : name);
            source = new LiveRun.Source(shown, TextFiles.decode(shown,
                    upload.getBytes(StandardCharsets.UTF_8), "scenario file"));
        }
        try {
            json(ctx, Json.write(runs.open(source).state()));
        } catch (ScenarioException e) {
            error(ctx, 400, e.problems());
        }
    }

    private void export(Context ctx) {
        LiveRun.Export kind;
        try {
            kind = LiveRun.Export.valueOf(ctx.pathParam("kind").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Json.BadRequest("export must be one of png, svg, zip, report");
        }
        LiveRun.Exported out = run(ctx).export(kind, ctx.queryParam("chart"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + out.name() + "\"");
        ctx.contentType(out.type()).result(out.bytes());
    }

    private void control(Context ctx) {
        Map<String, Object> body = Json.read(ctx.body());
        LiveRun run = run(ctx);
        String action = text(body, "action");
        switch (action == null ? "" : action) {
            case "play" -> run.play(null);
            case "runTo" -> run.play(whole(body, "week"));
            case "pause" -> run.pause();
            case "step" -> run.step();
            case "reset" -> run.reset();
            case "speed" -> run.speed(number(body, "speed"));
            default -> throw new Json.BadRequest("action must be one of play, runTo, pause, step, reset, speed");
        }
        json(ctx, Json.write(run.state()));
    }

    private static String text(Map<String, Object> body, String key) {
        Object v = body.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static long whole(Map<String, Object> body, String key) {
        if (body.get(key) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new Json.BadRequest(key + " must be a whole number");
    }

    private static double number(Map<String, Object> body, String key) {
        if (body.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new Json.BadRequest(key + " must be a number");
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json").result(json);
    }

    private static void error(Context ctx, int status, List<String> problems) {
        ctx.status(status).contentType("application/json").result(Json.write(Map.of("errors", problems)));
    }
}
