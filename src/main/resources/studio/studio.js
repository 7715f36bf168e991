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
  branches: [],       // the main run (A) and its forks (B, C, D): { id, label, dash, state, data, events, received }
  projector: false,
  shown: null,        // the panels shown in projector mode (ids), chosen by the educator
  lastExport: null,   // the last export: { name, type, size, head } (head: the first bytes, or text of an SVG)
};
const BRANCH_LABELS = ["A", "B", "C", "D"];
const BRANCH_DASH = [[], [12, 6], [3, 4], [16, 5, 3, 5]];
const BRANCH_STYLE = ["solid", "dashed", "dotted", "dash-dot"];
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
  for (const b of studio.branches) {
    if (b.events) b.events.close();
    await api("DELETE", "/api/runs/" + b.id).catch(() => {});
  }
  studio.branches = [];
  studio.run = null;
  try {
    const state = await api("POST", "/api/runs", request);
    studio.run = state.id;
    $("save-name").value = state.name + "-studio";
    follow(addBranch(state));
  } catch (e) {
    showErrors(e.message);
  }
}

function addBranch(state) {
  const k = studio.branches.length;
  const b = { id: state.id, label: BRANCH_LABELS[k], dash: BRANCH_DASH[k], style: BRANCH_STYLE[k], state,
    data: null, events: null, received: 0 };
  studio.branches.push(b);
  return b;
}

function branchOf(id) {
  return studio.branches.find(b => b.id === id);
}

function selected() {
  return branchOf(studio.run) || studio.branches[0];
}

function follow(b) {
  const events = new EventSource("/api/runs/" + b.id + "/events");
  b.events = events;
  events.addEventListener("init", e => {
    const init = JSON.parse(e.data);
    b.data = emptyData(init.state);
    b.received = 0;
    if (b === studio.branches[0]) startData(init.state); else buildPanels(init.state);
    addWeeks(b, init.weeks);
    onState(b, init.state);
  });
  events.addEventListener("weeks", e => addWeeks(b, JSON.parse(e.data)));
  events.addEventListener("state", e => onState(b, JSON.parse(e.data)));
  events.addEventListener("gone", () => { events.close(); showErrors("This live run was closed; pick a scenario again."); });
}

function emptyData(state) {
  const n = studio.catalog.metrics.length, towns = state.towns.length, tm = studio.catalog.townMetrics.length;
  return {
    x: [],
    overall: Array.from({ length: n }, () => []),
    towns: Array.from({ length: towns }, () => Array.from({ length: tm }, () => []))
  };
}

function startData(state) {
  studio.data = selected().data;
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

function addWeeks(b, slice) {
  const d = b.data;
  slice.overall.forEach((row, k) => {
    d.x.push(row[0]);
    for (let m = 1; m < row.length; m++) d.overall[m - 1].push(row[m]);
    slice.towns[k].forEach((values, t) => values.forEach((v, j) => d.towns[t][j].push(v)));
  });
  b.received = d.x.length;
  if (b === selected()) studio.weeksReceived = b.received;
  redrawSoon();
}

// ---- state ----

function onState(b, state) {
  b.state = state;
  transport();
  drawBranches();
  if (b !== selected()) {
    if (state.error) showErrors(state.error);
    redrawSoon();
    return;
  }
  showState(state);
}

// The transport acts on every branch at once, so that the futures advance side by side.
function transport() {
  const state = selected().state;
  if (!state) return;
  const any = studio.branches.some(b => b.state && b.state.playing);
  $("week").textContent = (studio.branches.length > 1 ? selected().label + " · " : "") + "Week " + state.week + " of " + state.steps + (state.finished ? " · finished" : state.playing ? " · running" : "");
  $("fork").disabled = state.week === 0 || state.finished || studio.branches.length >= BRANCH_LABELS.length;
  $("play").disabled = any || studio.branches.every(b => !b.state || b.state.finished);
  $("pause").disabled = !any;
  $("step").disabled = any || studio.branches.every(b => !b.state || b.state.finished);
}

function showState(state) {
  $("export").hidden = state.week === 0;
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
// In projector mode, the chosen panels side by side, three a row at most, as large as the screen allows.
function panelWidth() {
  const w = $("panels").clientWidth;
  if (studio.projector) {
    const n = Math.min(3, Math.max(1, shownPanels().length));
    return Math.max(300, Math.floor((w - 10 * (n - 1)) / n) - 14 - 12);
  }
  return Math.max(300, Math.floor((w - 12) / 2) - 16);
}

function shownPanels() {
  return studio.catalog.panels.filter(p => studio.shown.includes(p.id));
}

function buildPanels(state) {
  const box = $("panels");
  box.innerHTML = "";
  Object.values(studio.charts).forEach(c => c.chart.destroy());
  studio.charts = {};
  const main = studio.branches[0] && studio.branches[0].state || state;
  studio.catalog.panels.filter(p => (!p.confederal || main.confederal)
      && (!studio.projector || studio.shown.includes(p.id))).forEach(p => {
    const el = document.createElement("div");
    el.className = "chart";
    el.id = "chart-" + p.id;
    box.appendChild(el);
    const metrics = p.metrics.map(metric);
    studio.charts[p.id] = { chart: Charts.panel(el, p.title, metrics, panelWidth(), () => marks(null),
      studio.branches, studio.projector), metrics: p.metrics, branches: studio.branches.length };
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
// Each fork is marked with its branch's letter, at its week.
function marks(town) {
  const s = studio.state;
  if (!s) return [];
  const mine = s.interventions.map((c, i) => ({ week: c.week, town: c.town, mark: String(i + 1) }));
  const planned = s.planned.map(c => ({ week: c.week, town: c.town, mark: "s" }));
  const forks = studio.branches.filter(b => b.state && b.state.forkWeek >= 0)
    .map(b => ({ week: b.state.forkWeek, town: null, mark: "fork " + b.label }));
  return planned.concat(mine).filter(c => !town || !c.town || c.town === town).concat(forks);
}

let pending = false;
function redrawSoon() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; redraw(); });
}

function redraw() {
  studio.data = selected() && selected().data;
  const d = studio.data;
  if (!d) return;
  const ready = studio.branches.filter(b => b.data);
  const weeks = Math.max(...ready.map(b => b.data.x.length));
  const x = Array.from({ length: weeks }, (_, i) => i);
  const pad = a => a.length >= weeks ? a : a.concat(Array(weeks - a.length).fill(null));
  Object.values(studio.charts).forEach(c => {
    const series = [];
    studio.branches.forEach(b => c.metrics.forEach(k => series.push(b.data ? pad(b.data.overall[metricIndex(k)]) : Array(weeks).fill(null))));
    c.chart.setData([x].concat(series));
    // Away from the cursor, the legend gives the latest week's values.
    if (c.chart.cursor.idx == null && weeks) c.chart.setLegend({ idx: weeks - 1 });
  });
  drawDifferences();
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

// ---- branches ----

// The branches, each with its line style; the one chosen is the one whose rules the controls change and which
// is saved, exported and forked.
function drawBranches() {
  const box = $("branches");
  box.hidden = studio.branches.length < 2;
  box.innerHTML = studio.branches.map(b => {
    const s = b.state;
    const what = s && s.forkWeek >= 0 ? `forked from ${Charts.esc(branchOf(s.parent) ? branchOf(s.parent).label : "a closed run")} at week ${s.forkWeek}` : "the run";
    const own = s ? s.interventions.filter(c => s.forkWeek < 0 || c.week >= s.forkWeek)
      .map(c => `${c.town ? Charts.esc(c.town) + ": " : ""}${Charts.esc(c.label)} = ${Charts.esc(c.value)}`) : [];
    return `<button class="branch${b.id === studio.run ? " chosen" : ""}" data-id="${b.id}" aria-pressed="${b.id === studio.run}">`
      + `<svg width="46" height="12" aria-hidden="true"><line x1="2" y1="6" x2="44" y2="6" stroke="#111" stroke-width="3" stroke-dasharray="${b.dash.join(" ")}"/></svg>`
      + ` <b>${b.label}</b> (${b.style}) · ${what}${own.length && s.forkWeek >= 0 ? " · " + own.join("; ") : ""}</button>`
      + (b === studio.branches[0] ? "" : `<button class="close-branch" data-id="${b.id}" title="Close branch ${b.label}" aria-label="Close branch ${b.label}">✕</button>`);
  }).join("");
  box.querySelectorAll(".branch").forEach(el => el.addEventListener("click", () => choose(el.dataset.id)));
  box.querySelectorAll(".close-branch").forEach(el => el.addEventListener("click", () => closeBranch(el.dataset.id)));
}

function choose(id) {
  const b = branchOf(id);
  if (!b || !b.state) return;
  studio.run = id;
  studio.data = b.data;
  studio.weeksReceived = b.received;
  $("save-name").value = b.state.name + "-studio" + (b === studio.branches[0] ? "" : "-" + b.label.toLowerCase());
  showState(b.state);
  transport();
  drawBranches();
}

async function fork() {
  const from = selected();
  if (!from || studio.branches.length >= BRANCH_LABELS.length) return;
  try {
    const state = await api("POST", "/api/runs/" + from.id + "/fork", {});
    const b = addBranch(state);
    follow(b);
    studio.run = b.id;
    $("save-name").value = state.name + "-studio-" + b.label.toLowerCase();
  } catch (e) {
    showErrors(e.message);
  }
}

async function closeBranch(id) {
  const b = branchOf(id);
  if (!b || b === studio.branches[0]) return;
  b.events.close();
  await api("DELETE", "/api/runs/" + id).catch(() => {});
  studio.branches.splice(studio.branches.indexOf(b), 1);
  studio.branches.forEach((x, k) => { x.label = BRANCH_LABELS[k]; x.dash = BRANCH_DASH[k]; x.style = BRANCH_STYLE[k]; });
  if (studio.run === id) studio.run = studio.branches[0].id;
  buildPanels(studio.branches[0].state);
  choose(studio.run);
  redraw();
}

// Headline differences since the fork: each branch's mean over the weeks from the (first) fork to the latest week
// every branch has run, against A's over the same weeks. Before the fork the branches are the same run.
function drawDifferences() {
  const box = $("differences"), table = $("diffs");
  const ready = studio.branches.filter(b => b.data && b.data.x.length && b.state);
  box.hidden = ready.length < 2 || ready.length < studio.branches.length;
  if (box.hidden) { table.innerHTML = ""; return; }
  const last = Math.min(...ready.map(b => b.data.x.length)) - 1;
  const from = Math.min(...ready.slice(1).map(b => b.state.forkWeek));
  const keys = studio.catalog.headline.filter(k => metricIndex(k) >= 0);
  const fmt = (m, v) => v == null || !isFinite(v) ? "–" : v.toFixed(m.count ? 2 : 3);
  const mean = (a, i, j) => {
    let s = 0, n = 0;
    for (let k = i; k <= j; k++) if (a[k] != null && isFinite(a[k])) { s += a[k]; n++; }
    return n ? s / n : null;
  };
  let html = "<thead><tr><th>Mean since the fork</th>" + ready.map(b => `<th>${b.label}</th>`).join("")
    + ready.slice(1).map(b => `<th>${b.label} − A</th>`).join("") + "</tr></thead><tbody>";
  keys.forEach(k => {
    const m = metric(k), i = metricIndex(k);
    const v = last < from ? ready.map(() => null) : ready.map(b => mean(b.data.overall[i], from, last));
    html += `<tr data-metric="${k}"><th>${Charts.esc(m.label)}</th>` + v.map(x => `<td>${fmt(m, x)}</td>`).join("")
      + v.slice(1).map(x => {
        const d = x == null || v[0] == null ? null : x - v[0];
        const shown = d == null ? "–" : fmt(m, Math.abs(d));
        const zero = d != null && Number(shown) === 0;
        return `<td class="delta${zero ? "" : d > 0 ? " up" : d < 0 ? " down" : ""}">${d == null ? "–" : (zero ? "±" : d > 0 ? "+" : "−") + shown}</td>`;
      }).join("") + "</tr>";
  });
  table.innerHTML = html + "</tbody>";
  const forks = ready.slice(1).map(b => `${b.label} forked at week ${b.state.forkWeek}`).join(", ");
  $("diff-note").textContent = `Means over weeks ${from}–${last} (${forks}); before the fork the branches are the same run.`
    + " Blue: higher than A; orange: lower.";
}

// ---- commands ----

function control(action, extra) {
  if (!studio.run) return;
  const all = ["play", "runTo", "pause", "step", "speed"].includes(action);
  (all ? studio.branches : [selected()]).forEach(b =>
    api("POST", "/api/runs/" + b.id + "/control", Object.assign({ action }, extra || {}))
      .catch(e => { if (b === selected()) showErrors(e.message); }));
}

// ---- export ----

async function exportAs(kind) {
  const out = $("export-result");
  const chart = $("export-chart").value;
  const url = "/api/runs/" + studio.run + "/export/" + kind + (kind === "png" || kind === "svg" ? "?chart=" + encodeURIComponent(chart) : "");
  out.textContent = "Exporting…";
  try {
    const res = await fetch(url);
    const blob = await res.blob();
    if (!res.ok) {
      const j = JSON.parse(await blob.text());
      throw new Error((j.errors || ["refused"]).join("\n"));
    }
    const name = (/filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") || "") || [, "export." + kind])[1];
    const head = kind === "svg" ? await blob.text() : Array.from(new Uint8Array(await blob.slice(0, 8).arrayBuffer()));
    studio.lastExport = { kind, name, type: blob.type, size: blob.size, head };
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    out.textContent = "Exported " + name + " (" + Math.round(blob.size / 1024) + " KB), also kept in the studio's exports folder.";
  } catch (e) {
    out.textContent = e.message;
  }
}

// ---- projector mode and keys ----

function setProjector(on) {
  studio.projector = on;
  document.body.classList.toggle("projector", on);
  $("projector").setAttribute("aria-pressed", String(on));
  $("projector").textContent = on ? "Leave projector mode (P)" : "Projector mode (P)";
  if (studio.branches[0] && studio.branches[0].state) {
    buildPanels(studio.branches[0].state);
    redraw();
    redrawSoon();
  }
}

function buildChooser() {
  const box = $("panel-choice");
  box.innerHTML = "<legend>Panels in projector mode</legend>" + studio.catalog.panels.map(p =>
    `<label><input type="checkbox" value="${p.id}"${studio.shown.includes(p.id) ? " checked" : ""}> ${Charts.esc(p.title)}</label>`).join("");
  box.querySelectorAll("input").forEach(el => el.addEventListener("change", () => {
    studio.shown = [...box.querySelectorAll("input:checked")].map(i => i.value);
    if (studio.projector) setProjector(true);
  }));
}

// Space: play or pause; S: step one week; F: fork; P: projector mode; B: the next branch. Not while typing
// (Escape leaves the box).
function onKey(e) {
  const t = e.target;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  // Escape leaves a box or a list, so that the keys below work again without a mouse.
  if (e.key === "Escape" && t && t !== document.body && t.blur) { t.blur(); e.preventDefault(); return; }
  if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
  const k = e.key.toLowerCase();
  if (k === " " && t && t.tagName === "BUTTON") return;
  if (k === " ") {
    control(studio.branches.some(b => b.state && b.state.playing) ? "pause" : "play");
  } else if (k === "s") {
    control("step");
  } else if (k === "f") {
    if (!$("fork").disabled) fork();
  } else if (k === "p") {
    setProjector(!studio.projector);
  } else if (k === "b") {
    const i = studio.branches.indexOf(selected());
    choose(studio.branches[(i + 1) % studio.branches.length].id);
  } else {
    return;
  }
  e.preventDefault();
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
  $("fork").addEventListener("click", fork);
  $("projector").addEventListener("click", () => setProjector(!studio.projector));
  ["png", "svg", "zip", "report"].forEach(k => $("export-" + k).addEventListener("click", () => exportAs(k)));
  document.addEventListener("keydown", onKey);
  studio.shown = studio.catalog.panels.slice(0, 2).map(p => p.id);
  buildChooser();
  $("all-rules").addEventListener("change", () => studio.state && drawRules(studio.state));
  $("map-metric").addEventListener("change", drawMap);
  $("town-metric").addEventListener("change", () => { if (studio.state) { buildMultiples(studio.state); redraw(); } });
  const wanted = new URLSearchParams(location.search).get("scenario");
  const first = scenarios.find(s => s.file === wanted) || scenarios.find(s => s.file === "baseline.yaml") || scenarios[0];
  if (new URLSearchParams(location.search).get("projector") === "1") setProjector(true);
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

// For tests: each branch's series of one metric, [{label, forkWeek, values}], as drawn.
studio.branchSeries = key => studio.branches.map(b => ({ label: b.label, id: b.id,
  forkWeek: b.state ? b.state.forkWeek : null, values: b.data ? b.data.overall[metricIndex(key)] : [] }));

start().catch(e => showErrors(e.message));
