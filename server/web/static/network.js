// network.js: the actor network: actors linked by congruence (they take
// the same side on a proposal) and conflict (opposite sides), drawn with
// cytoscape.js (vendored in /ui/vendor, loaded only on this view).

import { h, plural } from './dom.js';
import { link, go, announce, rangeForm } from './ui.js';
import { network } from './analysis.js';

let loading = null;
function cytoscapeLib() {
  if (window.cytoscape) return Promise.resolve(window.cytoscape);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/ui/vendor/cytoscape.min.js';
      s.onload = () => resolve(window.cytoscape);
      s.onerror = () => { loading = null; reject(new Error('could not load the graph library')); };
      document.head.append(s);
    });
  }
  return loading;
}

const KIND_COLOUR = { person: '#3d5a80', organisation: '#7b4f9d', country: '#2a6f97', group: '#8d6e63', media: '#5f6b6d' };

export async function networkView(r, signal) {
  const range = { since: r.params.since, until: r.params.until };
  const show = r.params.show || 'both';
  const min = Math.max(1, parseInt(r.params.min || '1', 10) || 1);
  const [net] = await Promise.all([network(range), cytoscapeLib()]);
  if (signal.aborted) return h('div');
  const edges = net.edges.filter((e) => e.weight >= min && (show === 'both' || (show === 'congruence' ? e.sign > 0 : e.sign < 0)));
  const used = new Set(edges.flatMap((e) => [e.a, e.b]));
  const nodes = net.nodes.filter((n) => used.has(n.id));
  const name = new Map(net.nodes.map((n) => [n.id, n.name]));
  const nCong = edges.filter((e) => e.sign > 0).length, nConf = edges.length - nCong;

  const extra = [
    h('div', { class: 'field' }, h('label', { for: 'show' }, 'Edges'),
      h('select', { id: 'show', name: 'show' },
        ['both', 'congruence', 'conflict'].map((v) => h('option', { value: v, selected: v === show || null }, v)))),
    h('div', { class: 'field' }, h('label', { for: 'min' }, 'Min. weight'), h('input', { id: 'min', name: 'min', type: 'number', min: 1, max: 99, value: min, inputmode: 'numeric' })),
  ];
  const summary = `${plural(nodes.length, 'actor')}, ${plural(nCong, 'congruence edge')} and ${plural(nConf, 'conflict edge')}`;
  const box = h('div', { id: 'cy', class: 'cy', role: 'img', 'aria-label': 'Actor network: ' + summary + '. The same edges are listed in the table below.' });
  const tip = h('div', { class: 'tip', role: 'tooltip', hidden: true });
  const table = h('table', { class: 'edges' },
    h('caption', {}, 'Edges: actor pairs and the proposals they agree or disagree on'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Relation'), h('th', { scope: 'col' }, 'Weight'), h('th', { scope: 'col' }, 'Proposals'))),
    h('tbody', {}, [...edges].sort((x, y) => y.weight - x.weight).map((e) => h('tr', { class: e.sign > 0 ? 'cong' : 'conf' },
      h('td', {}, h('a', { href: link('actor', e.a) }, name.get(e.a) || e.a)),
      h('td', {}, h('a', { href: link('actor', e.b) }, name.get(e.b) || e.b)),
      h('td', {}, e.sign > 0 ? 'congruence' : 'conflict'),
      h('td', {}, e.weight),
      h('td', {}, e.proposals.map((p, i) => [i ? ', ' : '', h('a', { href: link('proposal', p.id || p) }, e.proposalNames[i])]))))));

  announce('Actor network: ' + summary + '.');
  const node = h('div', { class: 'network-view' },
    h('h1', {}, 'Actor network'),
    h('p', { class: 'lede' }, 'Two actors are linked in green when they take the same side on a proposal (congruence) and in dashed red when they take opposite sides (conflict); the thicker the line, the more proposals. Click an actor to open it.'),
    rangeForm(r.params, (fd) => go(link('network', null, fd)), extra),
    h('p', { class: 'legend', 'aria-hidden': 'true' }, h('span', { class: 'ln ln-cong' }), 'congruence ', h('span', { class: 'ln ln-conf' }), 'conflict',
      [...new Set(nodes.map((n) => n.kind).filter((k) => KIND_COLOUR[k]))].sort().map((k) => [h('span', { class: 'dot', style: `background:${KIND_COLOUR[k]}` }), k + ' '])),
    nodes.length ? h('div', { class: 'cy-wrap' }, box, tip) : h('p', { class: 'empty' }, 'No congruence or conflict in this range.'),
    h('p', { class: 'note' }, [summary, net.source, net.truncated].filter(Boolean).join(' · ')),
    edges.length ? h('details', { class: 'edge-table' }, h('summary', {}, 'Edges as a table'), table) : null);

  node.onMount = () => {
    if (!nodes.length) return;
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    // Start from a circle in a fixed order so the layout (and a
    // screenshot) is the same on every load; cose then pulls it apart.
    const R = 60 + 25 * nodes.length;
    const cy = window.cytoscape({
      container: box,
      elements: [
        ...nodes.map((n, i) => ({
          data: { id: n.id, label: n.name, size: 14 + 5 * Math.sqrt(n.total || 1), colour: KIND_COLOUR[n.kind] || '#44546a' },
          position: { x: R * Math.cos((2 * Math.PI * i) / nodes.length), y: R * Math.sin((2 * Math.PI * i) / nodes.length) },
        })),
        ...edges.map((e, i) => ({ data: { id: 'e' + i, source: e.a, target: e.b, w: 1.5 + 5 * (e.weight / maxW), weight: e.weight, sign: e.sign, about: e.proposalNames.join(', ') }, classes: e.sign > 0 ? 'cong' : 'conf' })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 13, color: '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2, 'border-width': 1.5, 'border-color': '#fff' } },
        { selector: 'edge', style: { width: 'data(w)', 'curve-style': 'bezier', opacity: 0.8 } },
        { selector: 'edge.cong', style: { 'line-color': '#1a7f4b' } },
        { selector: 'edge.conf', style: { 'line-color': '#b3261e', 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f0b400' } },
      ],
      layout: {
        name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
        idealEdgeLength: () => 110, nodeRepulsion: () => 60000, nodeOverlap: 20, edgeElasticity: () => 80,
        componentSpacing: 100, gravity: 0.6, numIter: 2500,
      },
      wheelSensitivity: 0.3,
      minZoom: 0.2, maxZoom: 3,
    });
    // A small network should not be blown up to fill the box.
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    cy.on('tap', 'node', (ev) => { location.hash = link('actor', ev.target.id()); });
    cy.on('mouseover', 'edge', (ev) => {
      const d = ev.target.data();
      tip.textContent = `${name.get(d.source)} – ${name.get(d.target)}: ${d.sign > 0 ? 'congruence' : 'conflict'} on ${plural(d.weight, 'proposal')} (${d.about})`;
      tip.hidden = false;
      tip.style.left = ev.renderedPosition.x + 12 + 'px';
      tip.style.top = ev.renderedPosition.y + 12 + 'px';
    });
    cy.on('mouseout', 'edge', () => { tip.hidden = true; });
    box.dataset.nodes = cy.nodes().length;
    box.dataset.edges = cy.edges().length;
    box.dataset.ready = 'true';
  };
  return node;
}
