// Pnyx Studio's page: picks a scenario, opens a live run on the server, follows its weeks by server-sent
// events, sends the user's commands and rule changes, and draws what the run measures.
"use strict";

const $ = id => document.getElementById(id);

const studio = {
  catalog: null,
  run: null,          // the live run's id
  state: null,        // the run's latest state from the server
  data: null,         // { x: [], overall: [[...] per metric], towns: [[[...] per town metric] per town] }
  charts: {},         // panel id -> { chart, metrics }
  multiples: [],
  initialRules: null,
  events: null,
  weeksReceived: 0,
};
window.studio = studio;

async function api(method, path, body) {
  const res = await fetch(path, {
    method, headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined
  });
  const json = await res.json().catch(() => ({ errors: ["the server answered " + res.status] }));
  if (!res.ok) throw new Error((json.errors || ["refused"]).join("\n"));
  return json;
}

function showErrors(text) {
  const box = $("errors");
  box.hidden = !text;
  box.innerHTML = text ? "<strong>Cannot open this scenario:</strong><ul>" + text.split("\n")
    .map(l => "<li>" + Charts.esc(l) + "</li>").join("") + "</ul>" : "";
}

function metric(key) {
  return studio.catalog.metrics.find(m => m.key === key);
}

function metricIndex(key) {
  return studio.catalog.metrics.findIndex(m => m.key === key);
}

// ---- opening a run ----

async function open(request) {
  showErrors("");
  $("saved").innerHTML = "";
  if (studio.events) studio.events.close();
  if (studio.run) await api("DELETE", "/api/runs/" + studio.run).catch(() => {});
  studio.run = null;
  try {
    const state = await api("POST", "/api/runs", request);
    studio.run = state.id;
    $("save-name").value = state.name + "-studio";
    follow(state.id);
  } catch (e) {
    showErrors(e.message);
  }
}

function follow(id) {
  const events = new EventSource("/api/runs/" + id + "/events");
  studio.events = events;
  events.addEventListener("init", e => {
    const init = JSON.parse(e.data);
    startData(init.state);
    addWeeks(init.weeks);
    onState(init.state);
  });
  events.addEventListener("weeks", e => addWeeks(JSON.parse(e.data)));
  events.addEventListener("state", e => onState(JSON.parse(e.data)));
  events.addEventListener("gone", () => { events.close(); showErrors("This live run was closed; pick a scenario again."); });
}

function startData(state) {
  const n = studio.catalog.metrics.length, towns = state.towns.length, tm = studio.catalog.townMetrics.length;
  studio.data = {
    x: [],
    overall: Array.from({ length: n }, () => []),
    towns: Array.from({ length: towns }, () => Array.from({ length: tm }, () => []))
  };
  studio.weeksReceived = 0;
  studio.initialRules = state.rules;
  document.querySelectorAll(".control .error").forEach(e => { e.textContent = ""; });
  buildPanels(state);
  buildMultiples(state);
  const townSel = $("town"), keep = townSel.value;
  townSel.innerHTML = '<option value="">all towns</option>';
  state.towns.forEach(t => townSel.add(new Option(t.name, t.name)));
  townSel.value = state.towns.some(t => t.name === keep) ? keep : "";
  Controls.forTown(townSel.value);
  $("to-week").max = state.steps;
}

function addWeeks(slice) {
  const d = studio.data;
  slice.overall.forEach((row, k) => {
    d.x.push(row[0]);
    for (let m = 1; m < row.length; m++) d.overall[m - 1].push(row[m]);
    slice.towns[k].forEach((values, t) => values.forEach((v, j) => d.towns[t][j].push(v)));
  });
  studio.weeksReceived = d.x.length;
  redrawSoon();
}

// ---- state ----

function onState(state) {
  $("week").textContent = "Week " + state.week + " of " + state.steps + (state.finished ? " · finished" : state.playing ? " · running" : "");
  $("play").disabled = state.playing || state.finished;
  $("pause").disabled = !state.playing;
  $("step").disabled = state.playing || state.finished;
  $("speed").value = String(state.speed);
  if (studio.state && studio.state.week !== state.week) {
    document.querySelectorAll(".control .error").forEach(e => { e.textContent = ""; });
  }
  studio.state = state;
  $("mode-hint").textContent = state.finished ? "The run is over: reset it to change its rules, or save it below."
    : state.week === 0
    ? "Before the first week, a change for all towns sets the scenario itself. Once the run has started, a change is an intervention at the current week, marked on the charts."
    : "A change now is an intervention at the start of week " + state.week + ", listed below the charts and marked on them.";
  Controls.show(state.values);
  $("interventions").innerHTML = state.interventions.map(c =>
    `<li>week ${c.week} · ${c.town ? Charts.esc(c.town) : "all towns"} · ${Charts.esc(c.label)} = <b>${Charts.esc(c.value)}</b></li>`).join("")
    || '<li class="none">None yet: change a rule while the run is under way.</li>';
  $("planned").innerHTML = state.planned.length ? "The scenario's own (marked s): " + state.planned.map(c =>
    `week ${c.week} · ${c.town ? Charts.esc(c.town) : "all towns"} · ${Charts.esc(c.label)} = <b>${Charts.esc(c.value)}</b>`).join("; ") : "";
  $("settings").textContent = state.settings.length ? "Settings before the run: "
    + state.settings.map(c => c.label + " = " + c.value).join("; ") : "";
  if (state.error) showErrors(state.error);
  drawRules(state);
  redrawSoon();
}

// ---- charts ----

// Two charts a row: the row's width less the gap, halved, less each chart's padding and border.
function panelWidth() {
  const w = $("panels").clientWidth;
  return Math.max(300, Math.floor((w - 12) / 2) - 16);
}

function buildPanels(state) {
  const box = $("panels");
  box.innerHTML = "";
  studio.charts = {};
  studio.catalog.panels.filter(p => !p.confederal || state.confederal).forEach(p => {
    const el = document.createElement("div");
    el.className = "chart";
    el.id = "chart-" + p.id;
    box.appendChild(el);
    const metrics = p.metrics.map(metric);
    studio.charts[p.id] = { chart: Charts.panel(el, p.title, metrics, panelWidth(), () => marks(null)),
      metrics: p.metrics };
  });
}

function buildMultiples(state) {
  const box = $("multiples");
  box.innerHTML = "";
  studio.multiples.forEach(m => m.destroy());
  const m = metric($("town-metric").value);
  studio.multiples = state.towns.slice(0, 60).map(t => {
    const el = document.createElement("div");
    box.appendChild(el);
    return Charts.small(el, t.name, m, () => marks(t.name));
  });
}

// The interventions drawn on a chart (of every town, or of one): the user's numbered as in the list, the
// scenario's own marked "s".
function marks(town) {
  const s = studio.state;
  if (!s) return [];
  const mine = s.interventions.map((c, i) => ({ week: c.week, town: c.town, mark: String(i + 1) }));
  const planned = s.planned.map(c => ({ week: c.week, town: c.town, mark: "s" }));
  return planned.concat(mine).filter(c => !town || !c.town || c.town === town);
}

let pending = false;
function redrawSoon() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; redraw(); });
}

function redraw() {
  const d = studio.data;
  if (!d) return;
  Object.values(studio.charts).forEach(c => {
    c.chart.setData([d.x].concat(c.metrics.map(k => d.overall[metricIndex(k)])));
    // Away from the cursor, the legend gives the latest week's values.
    if (c.chart.cursor.idx == null && d.x.length) c.chart.setLegend({ idx: d.x.length - 1 });
  });
  const j = studio.catalog.townMetrics.indexOf($("town-metric").value);
  studio.multiples.forEach((c, t) => c.setData([d.x, d.towns[t][j]]));
  drawMap();
}

function drawMap() {
  const d = studio.data, s = studio.state;
  if (!d || !s) return;
  const key = $("map-metric").value, j = studio.catalog.townMetrics.indexOf(key), last = d.x.length - 1;
  const values = s.towns.map((t, i) => last < 0 ? null : d.towns[i][j][last]);
  const m = metric(key);
  const [lo, hi] = Charts.map($("map"), s.towns, values, m, studio.catalog.scale, s.confederal);
  Charts.legend($("map-legend"), studio.catalog.scale, lo, hi, m);
}

function drawRules(state) {
  const r = state.rules, all = $("all-rules").checked;
  const keys = r.keys.filter(k => all || r.headline.includes(k) || differs(r, k));
  const start = studio.initialRules;
  let html = "<thead><tr><th>Rule</th>" + r.rows.map(row => `<th>${Charts.esc(row[0])}</th>`).join("") + "</tr></thead><tbody>";
  keys.forEach(k => {
    const i = r.keys.indexOf(k) + 1;
    html += `<tr><th title="${Charts.esc(k)}">${Charts.esc(r.labels[k])}</th>` + r.rows.map((row, t) => {
      const was = start && start.rows[t] ? start.rows[t][i] : row[i];
      const changed = String(was) !== String(row[i]);
      return `<td${changed ? ' class="changed" title="was ' + Charts.esc(was) + '"' : ""}>${Charts.esc(row[i])}</td>`;
    }).join("") + "</tr>";
  });
  $("rules").innerHTML = html + "</tbody>";
}

function differs(r, key) {
  const i = r.keys.indexOf(key) + 1, start = studio.initialRules;
  return r.rows.some((row, t) => String(row[i]) !== String(r.rows[0][i])
    || (start && start.rows[t] && String(start.rows[t][i]) !== String(row[i])));
}

// ---- commands ----

function control(action, extra) {
  if (!studio.run) return;
  api("POST", "/api/runs/" + studio.run + "/control", Object.assign({ action }, extra || {}))
    .catch(e => showErrors(e.message));
}

// Changes are sent one after another, so that the server applies them in the order they were made.
let changes = Promise.resolve();
function change(key, value, entry) {
  const town = $("town").value;
  changes = changes.then(() => send(key, value, town, entry));
}

async function send(key, value, town, entry) {
  if (!studio.run) return;
  try {
    await api("POST", "/api/runs/" + studio.run + "/change", { key, value, town });
  } catch (e) {
    Controls.refuse(entry, e.message, studio.state ? studio.state.values[key] : null);
  }
}

async function save() {
  const out = $("saved");
  try {
    const r = await api("POST", "/api/runs/" + studio.run + "/save", { name: $("save-name").value });
    out.innerHTML = `<p>Saved <code>${Charts.esc(r.file)}</code>` + (r.runFolder ? ` and the run's outputs in <code>${Charts.esc(r.runFolder)}</code>` : "")
      + `. <code>pnyx run ${Charts.esc(r.file)}</code> runs it again.</p><details><summary>The scenario file</summary><pre>${Charts.esc(r.yaml)}</pre></details>`;
  } catch (e) {
    out.innerHTML = `<p class="error">${Charts.esc(e.message)}</p>`;
  }
}

// ---- start ----

async function start() {
  studio.catalog = await api("GET", "/api/catalog");
  const scenarios = await api("GET", "/api/scenarios");
  const sel = $("scenario");
  scenarios.forEach(s => sel.add(new Option(s.file, s.file)));
  const describe = () => {
    const s = scenarios.find(x => x.file === sel.value);
    $("description").textContent = s ? s.description : "";
  };
  ["map-metric", "town-metric"].forEach(id => studio.catalog.townMetrics.forEach(k => $(id).add(new Option(metric(k).label, k))));
  $("town-metric").value = studio.catalog.townMetrics[0];
  Controls.build($("sections"), studio.catalog.sections, change);
  $("search").addEventListener("input", e => Controls.filter(e.target.value));
  $("town").addEventListener("change", e => Controls.forTown(e.target.value));
  sel.addEventListener("change", () => { describe(); open({ file: sel.value }); });
  $("upload").addEventListener("change", async e => {
    const f = e.target.files[0];
    if (f) open({ name: f.name, yaml: await f.text() });
  });
  $("play").addEventListener("click", () => control("play"));
  $("pause").addEventListener("click", () => control("pause"));
  $("step").addEventListener("click", () => control("step"));
  $("reset").addEventListener("click", () => control("reset"));
  $("run-to").addEventListener("click", () => control("runTo", { week: Number($("to-week").value) }));
  $("speed").addEventListener("change", e => control("speed", { speed: Number(e.target.value) }));
  $("save").addEventListener("click", save);
  $("all-rules").addEventListener("change", () => studio.state && drawRules(studio.state));
  $("map-metric").addEventListener("change", drawMap);
  $("town-metric").addEventListener("change", () => { if (studio.state) { buildMultiples(studio.state); redraw(); } });
  const wanted = new URLSearchParams(location.search).get("scenario");
  const first = scenarios.find(s => s.file === wanted) || scenarios.find(s => s.file === "baseline.yaml") || scenarios[0];
  if (first) {
    sel.value = first.file;
    describe();
    open({ file: first.file });
  }
}

// For tests and the curious: the data a panel draws, as [x, series...] with the series' labels.
studio.chartData = id => {
  const c = studio.charts[id];
  return c ? { labels: c.metrics.map(k => metric(k).label), data: c.chart.data } : null;
};

start().catch(e => showErrors(e.message));
