// The search page: a dependency-free ES module. Reads ?q=&year=&type=&agency=, keeps them in the URL
// (shareable, back button via popstate), and renders only through DOM APIs (textContent), never innerHTML.
import { Engine, httpFetcher } from "./search-engine.js";
import { normalize, parseQuery } from "./search-tokenizer.js";

const PAGE = 10;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));

/**
 * The excerpt around the first match in the text read so far, with every part marked; text nodes only. It
 * ends within that text, so a match near its end gets more context before it rather than a short excerpt.
 */
function excerpt(text, complete, parts) {
  const norm = normalize(text);
  const source = norm.length === text.length ? text : norm;
  const first = parts.map((p) => norm.indexOf(p.text)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const from = Math.max(0, Math.min(first - 40, norm.length - 160));
  const to = Math.min(norm.length, from + 160);
  const marks = [];
  for (const p of parts) {
    for (let at = norm.indexOf(p.text, from); at >= 0 && at < to; at = norm.indexOf(p.text, at + 1)) marks.push([at, Math.min(to, at + p.text.length)]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const out = el("p", { class: "search-excerpt" });
  if (from > 0) out.append("…");
  let at = from;
  for (const [s, e] of marks) {
    if (s < at) continue;
    out.append(source.slice(at, s), el("mark", {}, source.slice(s, e)));
    at = e;
  }
  out.append(source.slice(at, to));
  if (to < norm.length || !complete) out.append("…");
  return out;
}

/** "索引号：…" lines for the metadata fields a part matches, the match marked: why the result was found. */
function matchedFields(fields, parts, labels) {
  return fields.flatMap(([key, value]) => {
    const norm = normalize(value);
    const source = norm.length === value.length ? value : norm;
    const hits = parts.map((p) => [norm.indexOf(p.text), p.text.length]).filter(([at]) => at >= 0).sort((a, b) => a[0] - b[0]);
    if (!hits.length) return [];
    const line = el("p", { class: "search-field" }, `${labels[key] ?? key}：`);
    let at = 0;
    for (const [s, n] of hits) {
      if (s < at) continue;
      line.append(source.slice(at, s), el("mark", {}, source.slice(s, s + n)));
      at = s + n;
    }
    line.append(source.slice(at));
    return [line];
  });
}

function init(root) {
  const base = root.dataset.base;
  const s = root.dataset;
  const labels = Object.fromEntries(root.getAttributeNames().filter((n) => n.startsWith("data-field-")).map((n) => [n.slice(11), root.getAttribute(n)]));
  const engine = new Engine(httpFetcher(base));
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const selects = { year: form.querySelector("[name=year]"), type: form.querySelector("[name=type]"), agency: form.querySelector("[name=agency]") };
  const status = root.querySelector("[role=status]");
  const list = root.querySelector(".search-results");
  const more = root.querySelector(".search-more");
  let state = { q: "", filter: {}, next: -1, seq: 0 };

  const readUrl = () => {
    const p = new URLSearchParams(location.search);
    return { q: p.get("q") ?? "", filter: { year: p.get("year") ?? "", type: p.get("type") ?? "", agency: p.get("agency") ?? "" } };
  };

  function fillSelect(select, options, chosen) {
    const any = select.options[0];
    select.replaceChildren(any);
    for (const [value, label, count] of options) {
      // A choice that would list nothing is not offered (the one chosen stays, so the reader can undo it).
      if (count === 0 && value !== chosen) continue;
      const option = el("option", { value }, count === undefined ? label : `${label} (${count})`);
      option.selected = value === chosen;
      select.append(option);
    }
  }

  async function fillFilters(facets, filter, withAgencies) {
    const m = await engine.manifest();
    const years = [...new Set(m.runs.filter((_, i) => i % 3 === 0))];
    fillSelect(selects.year, years.map((y) => [String(y), String(y), facets[`year:${y}`] ?? 0]), filter.year);
    fillSelect(selects.type, m.types.map(([t, label]) => [t, label, facets[`type:${t}`] ?? 0]), filter.type);
    if (withAgencies) {
      const f = await engine.facets();
      const counts = {};
      const { ids } = await engine.candidates(parseQuery(state.q));
      for (const id of ids) { const a = f.agencies[f.agencyOf[id]][0]; counts[a] = (counts[a] ?? 0) + 1; }
      const shown = f.agencies.filter(([slug]) => counts[slug] || slug === filter.agency);
      fillSelect(selects.agency, shown.map(([slug, name]) => [slug, name, counts[slug] ?? 0]), filter.agency);
    }
  }

  function render(page, append) {
    if (!append) list.replaceChildren();
    const parts = parseQuery(state.q);
    for (const { fragment: d } of page.hits) {
      const date = d.d ? (d.i ? `${d.d}（${s.dateInferred}）` : d.d) : s.dateUnstated;
      const meta = [d.a, String(d.y), d.l, date].join(" · ");
      const heading = el("h2", {}, el("a", { href: base + d.u }, d.t));
      if (d.m) heading.prepend(el("span", { class: "sample-mark" }, s.sample), " ");
      const item = el("li", {}, heading, el("p", { class: "search-meta" }, meta), ...matchedFields(d.f, parts, labels), excerpt(d.x, d.complete, parts));
      if (d.s) item.append(el("p", { class: "search-source" }, `${s.source}：`, el("a", { href: d.s, rel: "external" }, d.s)));
      list.append(item);
    }
    more.hidden = page.next < 0;
    const template = page.count === 0 ? s.none : page.exact ? s.count : s.about;
    status.textContent = format(template, { n: page.count, q: state.q });
  }

  async function run(append) {
    const seq = ++state.seq;
    if (!state.q.trim()) { list.replaceChildren(); more.hidden = true; status.textContent = ""; return; }
    status.textContent = s.loading;
    try {
      const page = await engine.search(state.q, state.filter, append ? state.next : 0, PAGE);
      if (seq !== state.seq) return;
      state.next = page.next;
      render(page, append);
      await fillFilters(page.facets, state.filter, Boolean(state.filter.agency) || selects.agency.dataset.loaded === "1");
    } catch (error) {
      if (seq === state.seq) status.textContent = format(s.error, { message: error.message });
    }
  }

  function go(push) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const [k, v] of Object.entries(state.filter)) if (v) params.set(k, v);
    const url = `${location.pathname}${params.size ? `?${params}` : ""}`;
    if (push) history.pushState(null, "", url);
    run(false);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = input.value.trim();
    state.filter = Object.fromEntries(Object.entries(selects).map(([k, sel]) => [k, sel.value]));
    go(true);
  });
  for (const select of Object.values(selects)) select.addEventListener("change", () => form.requestSubmit());
  // The agency list is the one facet that needs a download: fetch it only when the reader reaches for it.
  const loadAgencies = () => {
    if (selects.agency.dataset.loaded === "1" || !state.q) return;
    selects.agency.dataset.loaded = "1";
    engine.search(state.q, state.filter, 0, 0).then((page) => fillFilters(page.facets, state.filter, true));
  };
  selects.agency.addEventListener("focus", loadAgencies);
  selects.agency.addEventListener("pointerdown", loadAgencies);
  more.addEventListener("click", () => {
    const first = list.children.length;
    run(true).then(() => list.children[first]?.querySelector("a")?.focus());
  });
  window.addEventListener("popstate", () => { Object.assign(state, readUrl()); input.value = state.q; go(false); });

  Object.assign(state, readUrl());
  input.value = state.q;
  root.querySelector(".search-filters").hidden = false;
  go(false);
}

if (typeof document !== "undefined") {
  const root = document.querySelector("[data-search-root]");
  if (root) init(root);
}
