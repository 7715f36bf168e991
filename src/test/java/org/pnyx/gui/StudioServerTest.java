package org.pnyx.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.charts.MetricStyle;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.metrics.Metric;

/** The studio's server over HTTP: what the page is built from, and every refusal answered, never a crash. */
class StudioServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Studio studio;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        studio = new Studio(new StudioConfig("127.0.0.1", 0, 2, 5_000, 600, Path.of("scenarios"),
                tmp.resolve("studio"), null));
        studio.start();
        base = studio.address();
    }

    @AfterEach
    void stop() {
        studio.close();
    }

    @Test
    void everyParameterDeclaredChangeableDuringARunHasOneControl() throws Exception {
        JsonNode catalog = get("api/catalog");
        Set<String> keys = new HashSet<>();
        int controls = 0;
        for (JsonNode section : catalog.get("sections")) {
            for (JsonNode c : section.get("controls")) {
                controls++;
                keys.add(c.get("key").asText());
                ParameterSpec s = Parameters.catalog().get(c.get("key").asText());
                assertEquals(s.label(), c.get("label").asText(), s.path());
                assertEquals(s.meaning(), c.get("meaning").asText(), s.path());
                assertEquals(s.section(), section.get("name").asText(), s.path());
                if (c.has("min")) {
                    assertEquals(s.min(), c.get("min").asDouble(), 0, s.path() + " min");
                    assertEquals(s.max(), c.get("max").asDouble(), 0, s.path() + " max");
                }
                if (s.type() == ParameterSpec.Type.CHOICE) {
                    assertEquals(s.choices().size(), c.get("choices").size(), s.path());
                }
            }
        }
        long changeable = Parameters.catalog().all().stream().filter(ParameterSpec::changeable).count();
        assertEquals(changeable, controls, "controls against parameters declared changeable");
        assertEquals(changeable, keys.size(), "one control per parameter");
    }

    @Test
    void metricLabelsAndColoursAreTheDeclarations() throws Exception {
        JsonNode metrics = get("api/catalog").get("metrics");
        assertEquals(Metric.all().size(), metrics.size());
        for (JsonNode m : metrics) {
            MetricStyle style = MetricStyle.of(m.get("key").asText());
            assertEquals(style.label(), m.get("label").asText());
            assertEquals(Catalog.hex(style.color()), m.get("colour").asText());
        }
    }

    @Test
    void bundledScenariosAreListedWithTheirOneLineDescription() throws Exception {
        JsonNode list = get("api/scenarios");
        long files;
        try (var s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertEquals(files, list.size());
        JsonNode baseline = null;
        for (JsonNode e : list) {
            if (e.get("file").asText().equals("baseline.yaml")) {
                baseline = e;
            }
        }
        assertEquals("Baseline: ten towns of a few hundred citizens each, ten years, majority rule.",
                baseline.get("description").asText());
    }

    @Test
    void badUploadsAndValuesAreRefusedWithTheLoadersMessagesAndTheServerGoesOn() throws Exception {
        HttpResponse<String> r = post("api/runs", Map.of("name", "mine.yaml", "yaml", "name: x\nbylaws:\n  quorum: 1.3\n"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("upload:mine.yaml:3: bylaws.quorum: value '1.3' is not allowed; allowed: a number"
                + " in [0, 1]"), r.body());
        assertEquals(400, post("api/runs", Map.of("yaml", "{{{")).statusCode());
        assertEquals(400, post("api/runs", Map.of("file", "../pom.xml")).statusCode());
        assertEquals(400, postRaw("api/runs", "not json").statusCode());
        assertEquals(404, postRaw("api/runs/99/control", "{\"action\":\"play\"}").statusCode());

        JsonNode run = JSON.readTree(post("api/runs", Map.of("file", "baseline.yaml")).body());
        String id = run.get("id").asText();
        r = post("api/runs/" + id + "/change", Map.of("key", "bylaws.quorum", "value", "2"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("bylaws.quorum: value '2' is not allowed; allowed: a number in [0, 1]"), r.body());
        r = post("api/runs/" + id + "/change", Map.of("key", "seed", "value", "3"));
        assertTrue(r.body().contains("not a parameter that may change during a run"), r.body());
        r = post("api/runs/" + id + "/change", Map.of("key", "confederation.share", "value", "0.2", "town", "m01"));
        post("api/runs/" + id + "/control", Map.of("action", "step"));
        r = post("api/runs/" + id + "/change", Map.of("key", "confederation.share", "value", "0.2", "town", "m01"));
        assertTrue(r.body().contains("is a confederal rule, not one town's"), r.body());
        r = post("api/runs/" + id + "/save", Map.of("name", "../escape"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("a path separator"), r.body());
        assertEquals(1, get("api/runs/" + id).get("week").asInt(), "the run goes on after every refusal");
    }

    @Test
    void limitsOnRunsAndWeeksAreRefusedNamingTheFlag() throws Exception {
        HttpResponse<String> r = post("api/runs", Map.of("file", "baseline.yaml"));
        assertEquals(200, r.statusCode(), "baseline runs 520 weeks, the limit here is 600");
        r = post("api/runs", Map.of("yaml", "name: long\nsteps: 700\n"));
        assertTrue(r.body().contains("a live run may run at most 600 (set by studio --max-weeks)"), r.body());
        r = post("api/runs", Map.of("yaml", "name: big\nsteps: 10\nmunicipalities: {count: 100}\n"));
        assertTrue(r.body().contains("(set by studio --max-citizens)"), r.body());
        assertEquals(200, post("api/runs", Map.of("file", "baseline.yaml")).statusCode(), "the second of two");
        r = post("api/runs", Map.of("file", "baseline.yaml"));
        assertTrue(r.body().contains("(set by studio --max-runs)"), r.body());
    }

    @Test
    void forkAndExportAnswerWithFilesOrRefusals() throws Exception {
        String id = JSON.readTree(post("api/runs", Map.of("file", "baseline.yaml")).body()).get("id").asText();
        HttpResponse<String> r = post("api/runs/" + id + "/fork", Map.of());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("run at least one week before forking"), r.body());
        assertEquals(400, bytes("api/runs/" + id + "/export/png").statusCode(), "nothing to export at week 0");
        assertEquals(400, bytes("api/runs/" + id + "/export/exe").statusCode());
        assertEquals(404, post("api/runs/99/fork", Map.of()).statusCode());
        post("api/runs/" + id + "/control", Map.of("action", "runTo", "week", 30));
        for (int i = 0; i < 600 && get("api/runs/" + id).get("week").asInt() < 30; i++) {
            Thread.sleep(100);
        }
        JsonNode branch = JSON.readTree(post("api/runs/" + id + "/fork", Map.of()).body());
        assertEquals(30, branch.get("week").asInt());
        assertEquals(30, branch.get("forkWeek").asInt());
        r = post("api/runs/" + id + "/fork", Map.of());
        assertTrue(r.body().contains("(set by studio --max-runs)"), r.body());

        HttpResponse<byte[]> png = bytes("api/runs/" + id + "/export/png");
        assertEquals(200, png.statusCode());
        byte[] b = png.body();
        assertTrue(b.length > 10_000 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G',
                "a PNG of " + b.length + " bytes");
        String svg = new String(bytes("api/runs/" + id + "/export/svg?chart=participation").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("Participation"), svg.substring(0,
                Math.min(300, svg.length())));
        HttpResponse<byte[]> bad = bytes("api/runs/" + id + "/export/svg?chart=nothing");
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body()).contains("no chart is named 'nothing'"));
        byte[] zip = bytes("api/runs/" + id + "/export/zip").body();
        assertTrue(zip[0] == 'P' && zip[1] == 'K', "a zip");
        String html = new String(bytes("api/runs/" + id + "/export/report").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("<html") && html.contains("data:image/png;base64"), "a report with its charts");
        assertEquals(30, get("api/runs/" + id).get("week").asInt(), "exporting does not move the run");
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String path, Map<String, Object> body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    private HttpResponse<String> postRaw(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
