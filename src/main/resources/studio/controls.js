// The rule controls, generated from the parameter declarations (/api/catalog): one per parameter declared
// changeable during a run, a slider with a number box for numbers (declared range and unit), a list for choices,
// a box for switches; the label and the one-sentence meaning as help; grouped by section, with a search box.
"use strict";

const Controls = (() => {
  let onChange = () => {};
  const byKey = {};

  function build(container, sections, changed) {
    onChange = changed;
    container.innerHTML = "";
    sections.forEach(section => {
      const box = document.createElement("details");
      box.className = "section";
      box.dataset.section = section.name;
      box.open = section.name === "bylaws" || section.name === "policy";
      box.innerHTML = `<summary>${Charts.esc(section.title)} <span class="count">${section.controls.length}</span></summary>`;
      section.controls.forEach(c => box.appendChild(control(c)));
      container.appendChild(box);
    });
  }

  function control(c) {
    const el = document.createElement("div");
    el.className = "control";
    el.dataset.key = c.key;
    el.dataset.scope = c.scope;
    el.dataset.search = (c.label + " " + c.key + " " + c.meaning + " " + c.unit).toLowerCase();
    const id = "c-" + c.key.replace(/\W/g, "-");
    const unit = c.unit ? ` <span class="unit">${Charts.esc(c.unit)}</span>` : "";
    const scope = c.scope === "confederal" ? ` <span class="badge" title="A rule of the confederation, not of one town">confederal</span>` : "";
    el.innerHTML = `<label for="${id}" title="${Charts.esc(c.meaning)}">${Charts.esc(c.label)}${unit}${scope}</label>`
      + `<div class="inputs"></div><p class="meaning">${Charts.esc(c.meaning)} <span class="allowed">(${Charts.esc(c.allowed)})</span></p>`
      + `<p class="error" role="alert"></p>`;
    const inputs = el.querySelector(".inputs");
    let read, write;
    if (c.kind === "choice") {
      const sel = document.createElement("select");
      sel.id = id;
      c.choices.forEach(w => sel.add(new Option(w, w)));
      sel.addEventListener("change", () => commit(c.key, sel.value));
      inputs.appendChild(sel);
      read = () => sel.value;
      write = v => { sel.value = v; };
    } else if (c.kind === "boolean") {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = id;
      box.addEventListener("change", () => commit(c.key, String(box.checked)));
      inputs.appendChild(box);
      read = () => String(box.checked);
      write = v => { box.checked = String(v) === "true"; };
    } else {
      const range = document.createElement("input");
      range.type = "range";
      range.min = c.min; range.max = c.max; range.step = c.step;
      range.setAttribute("aria-label", c.label + " slider");
      const num = document.createElement("input");
      num.type = "number";
      num.id = id;
      num.min = c.min; num.max = c.max; num.step = "any";
      range.addEventListener("input", () => { num.value = range.value; });
      range.addEventListener("change", () => commit(c.key, range.value));
      num.addEventListener("change", () => commit(c.key, num.value));
      inputs.appendChild(range);
      inputs.appendChild(num);
      read = () => num.value;
      write = v => { num.value = v; range.value = v; };
    }
    byKey[c.key] = { el, read, write, spec: c };
    write(c.default);
    return el;
  }

  function commit(key, value) {
    const entry = byKey[key];
    entry.el.querySelector(".error").textContent = "";
    onChange(key, value, entry);
  }

  // Shows the values in force (for every town) unless the user is editing that control.
  function show(values) {
    Object.entries(values).forEach(([key, v]) => {
      const entry = byKey[key];
      if (entry && !entry.el.contains(document.activeElement)) entry.write(v);
    });
  }

  function refuse(entry, message, value) {
    entry.el.querySelector(".error").textContent = message;
    if (value != null) entry.write(value);
  }

  function filter(text) {
    const t = text.trim().toLowerCase();
    document.querySelectorAll("#sections .section").forEach(section => {
      let shown = 0;
      section.querySelectorAll(".control").forEach(el => {
        const hit = !t || el.dataset.search.includes(t);
        el.hidden = !hit;
        if (hit) shown++;
      });
      section.hidden = shown === 0;
      if (t && shown) section.open = true;
    });
  }

  // Confederal rules have no town: their controls are disabled while one town is chosen.
  function forTown(town) {
    Object.values(byKey).forEach(e => {
      const off = town !== "" && e.spec.scope === "confederal";
      e.el.classList.toggle("disabled", off);
      e.el.querySelectorAll("input,select").forEach(i => { i.disabled = off; });
    });
  }

  return { build, show, refuse, filter, forTown, count: () => Object.keys(byKey).length };
})();
