/// The report's inline style sheet and script. Neither contains user text;
/// the script reads the data from the `report-data` JSON element and writes
/// user text into the page only through `textContent`.
enum ReportAssets {
    static let css = #"""
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #1f5fbf; --bad: #b42318; --warn: #a15c00; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--paper); }
h1 { font-size: 30px; margin: 4px 0 0; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 21px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 18px 0 6px; }
.cover { padding: 28px 0 8px; border-bottom: 4px solid var(--accent); }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--accent); font-weight: 600; }
.date { margin: 4px 0 0; color: var(--muted); }
nav { margin-top: 10px; }
nav a { color: var(--accent); margin-right: 16px; text-decoration: none; font-weight: 600; }
nav a:hover, nav a:focus { text-decoration: underline; }
.muted { color: var(--muted); }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; padding: 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.figure dt { font-size: 12px; color: var(--muted); }
.figure dd { margin: 0; font-size: 24px; font-weight: 650; }
.figure.bad dd { color: var(--bad); }
.figure.warn dd { color: var(--warn); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.charter li, .champions li { margin: 2px 0; overflow-wrap: anywhere; }
button { font: inherit; cursor: pointer; }
button.team-link, button.finding { background: none; border: 0; padding: 0; color: var(--accent); text-align: left; text-decoration: underline; text-decoration-color: #9fb3d9; text-underline-offset: 2px; overflow-wrap: anywhere; }
button.finding { color: var(--ink); display: block; width: 100%; }
.finding-group .meta { font-size: 13px; }
td.bad, span.bad { color: var(--bad); font-weight: 600; }
.note { border-left: 4px solid #f0a020; background: #fffaf0; padding: 6px 12px; }
ul.department-teams { columns: 3 220px; padding-left: 18px; margin: 4px 0 12px; }
ul.department-teams li { break-inside: avoid; }
button:focus-visible, input:focus-visible, .viewport:focus-visible, svg .node.team:focus-visible { outline: 3px solid #f5a524; outline-offset: 2px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 8px 0; }
.toolbar input { font: inherit; padding: 4px 8px; border: 1px solid #9aa5b1; border-radius: 4px; min-width: 220px; }
.toolbar button { border: 1px solid #9aa5b1; background: #f5f7fa; border-radius: 4px; padding: 3px 10px; min-width: 32px; }
.toolbar button:hover { background: #e4e7eb; }
#diagram-status { color: var(--muted); margin-left: 8px; }
.viewport { border: 1px solid var(--line); border-radius: 6px; width: 100%; max-height: 80vh; min-height: 320px; overflow: hidden; cursor: grab; touch-action: none; background: #fff; }
.viewport.dragging { cursor: grabbing; }
svg.diagram { width: 100%; height: 100%; display: block; user-select: none; }
svg.diagram .node.team { cursor: pointer; }
.department-view { border: 1px solid var(--line); border-radius: 6px; width: 100%; max-height: 80vh; margin: 8px 0; background: #fff; }
svg.diagram.dimmed :is(.node.team, .node.customer, .node.link-label, .edge.serves, .edge.support):not(.hl) { opacity: .15; }
svg.diagram .edge.hl path { stroke-width: 3px; }
svg.diagram .node.selected polygon, svg.diagram .node.selected ellipse, svg.diagram .node.selected path { stroke: var(--accent); stroke-width: 4px; }
svg.diagram .node.found polygon, svg.diagram .node.found ellipse, svg.diagram .node.found path { stroke: #f5a524; stroke-width: 5px; }
.explain { margin-top: 10px; border-left: 4px solid var(--accent); background: #f5f8fd; padding: 8px 14px; }
.explain h3 { margin: 4px 0; }
.explain ol { margin: 4px 0; padding-left: 22px; }
.explain .broken { color: var(--bad); font-weight: 600; }
.explain .intact { color: #18794e; font-weight: 600; }
.explain .route { overflow-wrap: anywhere; }
.explain ul.steps { margin: 2px 0 6px; padding-left: 18px; color: var(--muted); font-size: 14px; }
svg.shape-chart { width: 100%; max-width: 780px; height: auto; display: block; margin: 8px 0; font: 13px system-ui, Helvetica, Arial, sans-serif; }
svg.shape-chart .bar { fill: #4c8c6b; }
svg.shape-chart .bar.cut-off { fill: var(--bad); }
svg.shape-chart .track { fill: #e4e7eb; }
svg.shape-chart .score { fill: var(--accent); }
svg.shape-chart text { fill: var(--ink); }
svg.shape-chart .axis { fill: var(--muted); }
.finding-group { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 4px 16px 8px; margin: 12px 0; }
.finding-group.error { border-left-color: var(--bad); }
.finding-group.warning { border-left-color: #f0a020; }
.finding-group.info { border-left-color: #7b93b8; }
.finding-group h3 { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 15px; }
.finding-group .count { color: var(--muted); font-weight: 400; }
.finding-group .why { margin: 4px 0; }
.finding-group .fix { margin: 4px 0 8px; }
.finding-group ol { margin: 0; padding-left: 22px; }
.finding-group li { margin: 4px 0; }
.where { color: var(--muted); font-size: 12px; font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.badge { display: inline-block; font-family: system-ui, sans-serif; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; padding: 1px 7px; border-radius: 10px; color: #fff; vertical-align: 2px; }
.badge.error { background: var(--bad); }
.badge.warning { background: var(--warn); }
.badge.info { background: #52606d; }
table.teams { border-collapse: collapse; width: 100%; font-size: 14px; }
table.teams th, table.teams td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
table.teams td.num, table.teams th:nth-child(n+4) { text-align: right; }
table.teams th button.sort { background: none; border: 0; padding: 0; font-weight: 650; color: var(--ink); }
table.teams th[aria-sort="ascending"] button.sort::after { content: " \25B2"; font-size: 10px; }
table.teams th[aria-sort="descending"] button.sort::after { content: " \25BC"; font-size: 10px; }
table.teams tr.current { background: #eef3fb; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
@page { size: landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .screen-only, nav { display: none !important; }
  .cover { padding-top: 0; }
  .figure { min-width: 0; padding: 6px 10px; }
  .diagram-page { break-before: page; break-after: page; break-inside: avoid; page-break-before: always; page-break-after: always; }
  .diagram-page h2 { margin-top: 0; }
  .viewport { height: auto; min-height: 0; border: 0; overflow: visible; }
  svg.diagram { width: 100%; height: auto; max-height: 160mm; }
  svg.diagram.dimmed :is(.node.team, .node.customer, .node.link-label, .edge.serves, .edge.support) { opacity: 1; }
  h2 { break-after: avoid; }
  table.teams tr, .finding-group li { break-inside: avoid; }
  .finding-group h3, .finding-group .why, .finding-group .fix { break-after: avoid; }
  button.team-link, button.finding { color: var(--ink); text-decoration: none; }
}
@media screen and (max-width: 760px) { .columns { grid-template-columns: 1fr; } }
"""#

    static let script = #"""
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var svg = document.getElementById('diagram');
  var viewport = document.getElementById('viewport');
  var status = document.getElementById('diagram-status');
  var explain = document.getElementById('explain');
  var teams = Object.create(null);
  var byElement = Object.create(null);
  var names = Object.create(null);
  data.customers.forEach(function (c) { names[c.id] = c.name; });
  data.teams.forEach(function (t) { teams[t.id] = t; byElement[t.element] = t; names[t.id] = t.name; });
  function nameOf(id) { return names[id] === undefined ? id : names[id]; }

  // Zoom and pan change the viewBox: the SVG stays vector, text stays sharp.
  var base = svg.getAttribute('data-viewbox').trim().split(/[\s,]+/).map(Number);
  var box = base.slice();
  function apply() { svg.setAttribute('viewBox', box.map(function (n) { return n.toFixed(2); }).join(' ')); }
  function zoom(factor, cx, cy) {
    if (cx === undefined) { cx = box[0] + box[2] / 2; cy = box[1] + box[3] / 2; }
    var w = Math.min(base[2] * 2, Math.max(base[2] / 40, box[2] * factor));
    var h = box[3] * (w / box[2]);
    box = [cx - (cx - box[0]) * (w / box[2]), cy - (cy - box[1]) * (h / box[3]), w, h];
    apply();
  }
  function reset() { box = base.slice(); apply(); }
  function toSvgPoint(clientX, clientY) {
    var r = svg.getBoundingClientRect();
    var scale = Math.max(box[2] / r.width, box[3] / r.height);
    var offX = (r.width * scale - box[2]) / 2, offY = (r.height * scale - box[3]) / 2;
    return [box[0] + (clientX - r.left) * scale - offX, box[1] + (clientY - r.top) * scale - offY, scale];
  }
  viewport.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = toSvgPoint(ev.clientX, ev.clientY);
    zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, p[0], p[1]);
  }, { passive: false });
  var drag = null;
  viewport.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) { return; }
    drag = { x: ev.clientX, y: ev.clientY, box: box.slice(), moved: false, id: ev.pointerId };
  });
  viewport.addEventListener('pointermove', function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { drag.moved = true; viewport.classList.add('dragging'); viewport.setPointerCapture(drag.id); }
    var scale = toSvgPoint(0, 0)[2];
    box = [drag.box[0] - dx * scale, drag.box[1] - dy * scale, box[2], box[3]];
    apply();
  });
  function endDrag() {
    if (drag && drag.moved) { viewport.classList.remove('dragging'); suppressClick = true; setTimeout(function () { suppressClick = false; }, 0); }
    drag = null;
  }
  var suppressClick = false;
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);
  viewport.addEventListener('keydown', function (ev) {
    if (ev.target !== viewport) { return; }
    var step = box[2] / 10, handled = true;
    if (ev.key === '+' || ev.key === '=') { zoom(1 / 1.25); }
    else if (ev.key === '-') { zoom(1.25); }
    else if (ev.key === '0') { reset(); }
    else if (ev.key === 'ArrowLeft') { box[0] -= step; apply(); }
    else if (ev.key === 'ArrowRight') { box[0] += step; apply(); }
    else if (ev.key === 'ArrowUp') { box[1] -= step; apply(); }
    else if (ev.key === 'ArrowDown') { box[1] += step; apply(); }
    else { handled = false; }
    if (handled) { ev.preventDefault(); }
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1 / 1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.25); });
  document.getElementById('zoom-reset').addEventListener('click', reset);
  window.addEventListener('beforeprint', reset);

  function showElements(ids) {
    var boxes = [];
    ids.forEach(function (id) {
      var el = document.getElementById(id);
      if (el && el.getBBox && svg.contains(el)) {
        var b = el.getBBox(), m = el.getCTM && el.getCTM(), root = svg.getCTM();
        if (m && root) {
          var inv = root.inverse().multiply(m);
          var p1 = new DOMPoint(b.x, b.y).matrixTransform(inv), p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(inv);
          boxes.push([Math.min(p1.x, p2.x), Math.min(p1.y, p2.y), Math.max(p1.x, p2.x), Math.max(p1.y, p2.y)]);
        }
      }
    });
    if (!boxes.length) { return; }
    var x1 = Math.min.apply(null, boxes.map(function (b) { return b[0]; })), y1 = Math.min.apply(null, boxes.map(function (b) { return b[1]; }));
    var x2 = Math.max.apply(null, boxes.map(function (b) { return b[2]; })), y2 = Math.max.apply(null, boxes.map(function (b) { return b[3]; }));
    var pad = 40, w = Math.max(x2 - x1 + 2 * pad, base[2] / 4), h = Math.max(y2 - y1 + 2 * pad, base[3] / 4);
    if (w >= base[2] && h >= base[3]) { reset(); return; }
    box = [(x1 + x2) / 2 - w / 2, (y1 + y2) / 2 - h / 2, w, h];
    apply();
  }

  function clear() {
    svg.classList.remove('dimmed');
    Array.prototype.forEach.call(svg.querySelectorAll('.hl, .selected, .found'), function (el) { el.classList.remove('hl', 'selected', 'found'); });
    Array.prototype.forEach.call(document.querySelectorAll('tr.current'), function (el) { el.classList.remove('current'); });
  }
  function highlight(ids) {
    clear();
    svg.classList.add('dimmed');
    // A labelled link is drawn as two segments through a label node:
    // link-a-b, link-a-b~supplier and link-a-b~label (docs/rendering.md).
    ids.forEach(function (id) {
      [id, id + '~supplier', id + '~label'].forEach(function (part) {
        var el = document.getElementById(part);
        if (el && svg.contains(el)) { el.classList.add('hl'); }
      });
    });
  }
  function text(tag, content, cls) {
    var el = document.createElement(tag);
    if (content !== undefined) { el.textContent = content; }
    if (cls) { el.className = cls; }
    return el;
  }
  function showExplain(t) {
    explain.textContent = '';
    explain.appendChild(text('h3', t.name + ' (' + t.tier + ')'));
    if (!t.chains.length) {
      explain.appendChild(text('p', 'No chain to the customer.', 'broken'));
    } else {
      explain.appendChild(text('p', 'Chains to the customer, shortest intact first:'));
      var list = text('ol');
      t.chains.forEach(function (c) {
        var li = text('li');
        li.appendChild(text('span', c.intact ? 'intact' : 'broken', c.intact ? 'intact' : 'broken'));
        var route = [c.steps[0].from].concat(c.steps.map(function (s) { return s.to; })).map(nameOf);
        li.appendChild(text('span', ', ' + c.steps.length + (c.steps.length === 1 ? ' link: ' : ' links: ') + route.join(' \u2192 '), 'route'));
        var steps = text('ul', undefined, 'steps');
        c.steps.forEach(function (s) {
          var what = s.kind === 'support' ? 'supports (reports-to)' : 'serves' + (s.delivers ? ', delivers \u2018' + s.delivers + '\u2019' : '');
          steps.appendChild(text('li', nameOf(s.from) + ' \u2192 ' + nameOf(s.to) + ': ' + what + (s.intact ? '' : ' \u2014 ' + s.status)));
        });
        li.appendChild(steps);
        list.appendChild(li);
      });
      explain.appendChild(list);
      if (t.truncated) { explain.appendChild(text('p', 'More chains exist; the shortest are shown.', 'muted')); }
    }
    if (t.reason) { explain.appendChild(text('p', 'Why: ' + t.reason)); }
    if (t.findings.length) {
      var fl = text('ul');
      t.findings.forEach(function (f) { fl.appendChild(text('li', f)); });
      explain.appendChild(text('p', 'Findings:'));
      explain.appendChild(fl);
    }
  }
  function selectTeam(id, fromOutside) {
    var t = teams[id];
    if (!t) { return; }
    highlight(t.highlight);
    var node = document.getElementById(t.element);
    if (node) { node.classList.add('selected'); }
    Array.prototype.forEach.call(document.querySelectorAll('tr[data-team-row]'), function (tr) {
      if (tr.getAttribute('data-team-row') === id) { tr.classList.add('current'); }
    });
    status.textContent = t.name + ': ' + t.chains.length + (t.chains.length === 1 ? ' chain' : ' chains') + ' highlighted';
    showExplain(t);
    if (!node) { status.textContent = t.name + ': inside its department\u2019s box in the overview; its chains are listed below it'; }
    if (fromOutside) {
      document.getElementById('diagram-section').scrollIntoView();
      showElements(t.highlight);
    }
  }

  Array.prototype.forEach.call(svg.querySelectorAll('g.node.team'), function (g) {
    var t = byElement[g.id];
    if (!t) { return; }
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', t.name + ', ' + t.tier + ': show chains to the customer');
    g.addEventListener('click', function () { if (!suppressClick) { selectTeam(t.id, false); } });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectTeam(t.id, false); }
    });
  });
  // A team in a department's diagram (ids prefixed with department-N-)
  // selects the team like its button does.
  Array.prototype.forEach.call(document.querySelectorAll('svg.department-diagram g.node.team'), function (g) {
    var t = byElement[g.id.slice(g.closest('svg').id.length + 1)];
    if (!t) { return; }
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', t.name + ', ' + t.tier + ': show chains to the customer');
    g.addEventListener('click', function () { selectTeam(t.id, true); });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectTeam(t.id, true); }
    });
  });
  document.addEventListener('click', function (ev) {
    var button = ev.target.closest && ev.target.closest('button');
    if (!button) { return; }
    if (button.hasAttribute('data-team')) { selectTeam(button.getAttribute('data-team'), true); }
    else if (button.hasAttribute('data-finding')) {
      var ids = data.findings[Number(button.getAttribute('data-finding'))] || [];
      highlight(ids);
      if (ids.length) { var first = document.getElementById(ids[0]); if (first) { first.classList.add('selected'); } }
      var owner = ids.map(function (id) { return byElement[id]; }).filter(Boolean)[0];
      if (owner) { showExplain(owner); }
      status.textContent = button.textContent;
      document.getElementById('diagram-section').scrollIntoView();
      showElements(ids);
    } else if (button.id === 'clear-highlight') {
      clear(); status.textContent = ''; reset();
    } else if (button.classList.contains('sort')) { sortTable(button); }
  });

  var search = document.getElementById('team-search');
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var exact = null, partial = null;
    data.teams.forEach(function (t) {
      var name = t.name.toLowerCase(), id = t.id.toLowerCase();
      if (!exact && (name === q || id === q)) { exact = t; }
      if (!partial && (name.indexOf(q) >= 0 || id.indexOf(q) >= 0)) { partial = t; }
    });
    return exact || partial;
  }
  function runSearch() {
    var t = find(search.value);
    if (!t) { clear(); status.textContent = search.value.trim() ? 'No team matches \u201C' + search.value.trim() + '\u201D' : ''; return; }
    selectTeam(t.id, false);
    var node = document.getElementById(t.element);
    if (node) { node.classList.add('found'); }
    showElements([t.element]);
    status.textContent = 'Found ' + t.name;
  }
  search.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); runSearch(); } });
  search.addEventListener('change', runSearch);

  function sortTable(button) {
    var th = button.parentNode, table = th.closest('table'), body = table.tBodies[0];
    var column = Number(button.getAttribute('data-column')), type = button.getAttribute('data-type');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.querySelectorAll('th'), function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, key: row.cells[column].getAttribute('data-sort'), i: i }; });
    rows.sort(function (a, b) {
      var c;
      if (type === 'text') { c = a.key.localeCompare(b.key); }
      else if (a.key === '' || b.key === '') { c = (a.key === '') - (b.key === ''); return c || a.i - b.i; }
      else { c = Number(a.key) - Number(b.key); }
      return (ascending ? c : -c) || a.i - b.i;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
}());
"""#
}
