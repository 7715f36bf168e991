// Charts of a live run, drawn with uPlot. Every label, unit and colour comes from the catalogue the server
// builds from the metric declarations (/api/catalog); nothing about a metric is written here.
"use strict";

const Charts = (() => {

  // Vertical dashed lines at the weeks of the interventions, each labelled with its mark ({week, mark}).
  function markers(getInterventions) {
    return {
      hooks: {
        draw: [u => {
          const list = getInterventions();
          if (!list.length) return;
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = "#222";
          ctx.fillStyle = "#222";
          ctx.setLineDash([4, 3]);
          ctx.lineWidth = 1.5 * devicePixelRatio;
          ctx.font = ((document.body.classList.contains("projector") ? 17 : 11) * devicePixelRatio) + "px sans-serif";
          ctx.textAlign = "left";
          ctx.textBaseline = "alphabetic";
          const big = document.body.classList.contains("projector");
          const atWeek = {};
          list.forEach((c, i) => {
            const x = Math.round(u.valToPos(c.week, "x", true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            // Marks at the same week are stacked, not drawn over one another.
            const k = atWeek[c.week] = (atWeek[c.week] || 0) + 1;
            ctx.fillText(c.mark, x + 4 * devicePixelRatio, u.bbox.top + (k * (big ? 18 : 12)) * devicePixelRatio);
          });
          ctx.restore();
        }]
      }
    };
  }

  function yScale(metrics) {
    return metrics.every(m => m.share) ? { range: [0, 1] } : { range: (u, lo, hi) => [Math.min(0, lo), hi > 0 ? hi * 1.05 : 1] };
  }

  function axisLabel(metrics) {
    const units = [...new Set(metrics.map(m => m.unit))];
    return units.length === 1 && units[0] ? units[0] : "";
  }

  // One panel: the given metrics over the weeks, in their declared colours, once for each branch of the run in
  // the branch's own line style (A solid, B dashed, ...). Large type and thicker lines for a projector.
  function panel(el, title, metrics, width, getInterventions, branches, big) {
    branches = branches && branches.length ? branches : [{ label: "A", dash: [] }];
    const font = big ? "16px sans-serif" : undefined;
    const series = [{ label: "Week" }];
    branches.forEach(b => metrics.forEach(m => series.push({
      label: m.label + (branches.length > 1 && !big ? " · " + b.label : ""), stroke: m.colour, dash: b.dash,
      width: big ? 3.5 : 2, spanGaps: false,
      value: (u, v) => v == null ? "–" : (m.count ? v.toFixed(0) : v.toFixed(3))
    })));
    const opts = {
      title: title,
      width: width,
      height: big ? 230 : 210,
      plugins: [markers(getInterventions)],
      scales: { x: { time: false }, y: yScale(metrics) },
      axes: [Object.assign({ label: "Week" }, big ? { font, labelFont: font, size: 48 } : {}),
             Object.assign({ label: axisLabel(metrics), size: big ? 70 : 55 }, big ? { font, labelFont: font } : {})],
      series: series,
      legend: { live: !big }
    };
    const u = new uPlot(opts, [[]].concat(series.slice(1).map(() => [])), el);
    // On a projector the legend names each metric once (its colour); the branches' line styles are named above
    // the charts.
    if (big) {
      u.root.querySelectorAll(".u-legend .u-series").forEach((row, i) => {
        if (i === 0 || i > metrics.length) row.style.display = "none";
      });
    }
    return u;
  }

  // A small chart of one metric in one town, without legend.
  function small(el, town, metric, getInterventions) {
    const opts = {
      title: town,
      width: 200,
      height: 110,
      plugins: [markers(getInterventions)],
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: yScale([metric]) },
      axes: [{ size: 24, font: "10px sans-serif" }, { size: 36, font: "10px sans-serif" }],
      series: [{}, { stroke: metric.colour, width: 1.5 }]
    };
    return new uPlot(opts, [[], []], el);
  }

  // A colour of the viridis scale (from the server) for a value in [0, 1].
  function viridis(scale, t) {
    if (t == null || !isFinite(t)) return "#eeeeee";
    t = Math.max(0, Math.min(1, t)) * (scale.length - 1);
    const i = Math.min(Math.floor(t), scale.length - 2), f = t - i;
    const a = parseInt(scale[i].slice(1), 16), b = parseInt(scale[i + 1].slice(1), 16);
    const mix = s => Math.round(((a >> s) & 255) * (1 - f) + ((b >> s) & 255) * f);
    return "rgb(" + mix(16) + "," + mix(8) + "," + mix(0) + ")";
  }

  // The municipalities, grouped by region, sized by population, coloured by a metric; towns of one
  // confederation are linked to their region's centre when the confederal layer is on.
  function map(svg, towns, values, metric, scale, confederal) {
    const regions = [...new Set(towns.map(t => t.region))];
    const W = 560, cols = Math.max(1, Math.ceil(Math.sqrt(regions.length)));
    const cellW = W / cols, maxPop = Math.max(1, ...towns.map(t => t.population));
    const perRegion = regions.map(r => towns.map((t, i) => i).filter(i => towns[i].region === r));
    const cellH = Math.max(230, Math.ceil(Math.sqrt(Math.max(...perRegion.map(l => l.length)))) * 56 + 30);
    const rows = Math.ceil(regions.length / cols);
    svg.setAttribute("viewBox", "0 0 " + W + " " + (rows * cellH));
    const finite = values.filter(v => v != null && isFinite(v));
    const lo = metric.share ? 0 : Math.min(...finite, 0), hi = metric.share ? 1 : Math.max(...finite, lo + 1e-9);
    let out = "";
    perRegion.forEach((members, r) => {
      const cx0 = (r % cols) * cellW + cellW / 2, cy0 = Math.floor(r / cols) * cellH + cellH / 2;
      const ring = Math.min(cellW, cellH) / 2 - 36;
      const pos = members.map((i, k) => members.length === 1 ? [cx0, cy0] :
        [cx0 + ring * Math.cos(2 * Math.PI * k / members.length - Math.PI / 2),
         cy0 + ring * Math.sin(2 * Math.PI * k / members.length - Math.PI / 2)]);
      if (confederal && members.length > 1) {
        pos.forEach(p => { out += `<line x1="${cx0}" y1="${cy0}" x2="${p[0]}" y2="${p[1]}" class="link"/>`; });
        out += `<circle cx="${cx0}" cy="${cy0}" r="4" class="hub"/>`;
        const region = towns[members[0]].region;
        out += `<text x="${cx0}" y="${cy0 - 8}" class="region">${esc(region == null ? "confederation" : region)}</text>`;
      }
      members.forEach((i, k) => {
        const t = towns[i], v = values[i];
        const rad = 6 + 16 * Math.sqrt(t.population / maxPop);
        const fill = viridis(scale, v == null ? null : (v - lo) / (hi - lo));
        const shown = v == null ? "no value" : (metric.count ? v.toFixed(0) : v.toFixed(3));
        out += `<g class="town" data-town="${esc(t.name)}"><title>${esc(t.name)}: ${esc(metric.label)} ${shown}`
          + ` (${t.population} citizens)</title>`
          + `<circle cx="${pos[k][0]}" cy="${pos[k][1]}" r="${rad}" fill="${fill}"/>`
          + `<text x="${pos[k][0]}" y="${pos[k][1] + rad + 12}">${esc(t.name)}</text></g>`;
      });
    });
    svg.innerHTML = out;
    return [lo, hi];
  }

  function legend(el, scale, lo, hi, metric) {
    const stops = scale.map((c, i) => c + " " + (100 * i / (scale.length - 1)) + "%").join(",");
    const fmt = v => metric.count ? v.toFixed(0) : v.toFixed(2);
    el.innerHTML = `<span>${fmt(lo)}</span><span class="bar" style="background:linear-gradient(to right,${stops})">`
      + `</span><span>${fmt(hi)}</span> <span class="unit">${esc(metric.axisLabel)}</span>`;
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  return { panel, small, map, legend, esc };
})();
