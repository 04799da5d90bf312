// analysis.js: the stance matrix and the actor network for a date range,
// from the server's analysis endpoints when it documents them, else
// computed here from /api/v1/statements.

import * as api from './api.js';

// statements reads the statements on proposals in the range (every page).
async function statements(range) {
  const { items, total, truncated } = await api.all('/statements', { since: range.since, until: range.until }, 50000);
  return { items: items.filter((s) => s.target_kind === 'proposal'), total, truncated };
}

// matrix answers {actors, proposals, cells, source, note}: actors and
// proposals as [{id, name, kind?, total}] busiest first, cells as a Map
// "actor|proposal" -> {support, oppose}.
export async function matrix(range) {
  const ep = (await api.analysis()).matrix;
  if (ep) {
    try {
      const m = adaptMatrix(await api.get(ep, range));
      if (m) return { ...m, source: 'server (' + ep + ')' };
    } catch (e) {
      if (!(e instanceof api.ApiError)) throw e;
    }
  }
  const [{ items, total, truncated }, actors, proposals] = await Promise.all([statements(range), api.actors(), api.proposals()]);
  const cells = new Map();
  const rowTotal = new Map(), colTotal = new Map();
  for (const s of items) {
    const key = s.holder + '|' + s.target;
    const c = cells.get(key) || { support: 0, oppose: 0 };
    if (s.polarity > 0) c.support++; else if (s.polarity < 0) c.oppose++;
    cells.set(key, c);
    rowTotal.set(s.holder, (rowTotal.get(s.holder) || 0) + 1);
    colTotal.set(s.target, (colTotal.get(s.target) || 0) + 1);
  }
  const rows = [...rowTotal].map(([id, n]) => ({ id, total: n, name: actors.get(id)?.name || id, kind: actors.get(id)?.kind }));
  const cols = [...colTotal].map(([id, n]) => ({ id, total: n, name: proposals.get(id)?.name || id }));
  const order = (a, b) => b.total - a.total || a.name.localeCompare(b.name);
  rows.sort(order);
  cols.sort(order);
  return {
    actors: rows, proposals: cols, cells, source: 'computed in the page from ' + items.length + ' statements',
    truncated: truncated ? `only the first ${items.length} of ${total} statements were read` : '',
  };
}

// adaptMatrix reads a server matrix of the shapes an analysis endpoint is
// likely to answer, or returns null.
function adaptMatrix(d) {
  if (!d || typeof d !== 'object') return null;
  const actors = d.actors || d.rows, proposals = d.proposals || d.columns || d.cols;
  const raw = d.cells || d.items;
  if (!Array.isArray(actors) || !Array.isArray(proposals) || !Array.isArray(raw)) return null;
  const named = (x) => (typeof x === 'string' ? { id: x, name: x } : { ...x, id: x.id, name: x.name || x.id });
  const cells = new Map();
  const tot = new Map();
  for (const c of raw) {
    const a = c.actor?.id ?? c.actor ?? c.holder, p = c.proposal?.id ?? c.proposal ?? c.target;
    const support = c.support ?? 0, oppose = c.oppose ?? 0;
    if (a === undefined || p === undefined) return null;
    cells.set(a + '|' + p, { support, oppose });
    tot.set(a, (tot.get(a) || 0) + support + oppose);
    tot.set(p, (tot.get(p) || 0) + support + oppose);
  }
  const withTotal = (x) => ({ ...x, total: x.total ?? x.count ?? tot.get(x.id) ?? 0 });
  const order = (a, b) => b.total - a.total || a.name.localeCompare(b.name);
  return { actors: actors.map(named).map(withTotal).sort(order), proposals: proposals.map(named).map(withTotal).sort(order), cells, truncated: '' };
}

// network answers {nodes, edges, source}: nodes [{id, name, kind, total}],
// edges [{a, b, sign: 1 congruence | -1 conflict, weight, proposals: [id]}].
// Two actors are congruent on a proposal when their net stances on it
// (support minus oppose) have the same sign, in conflict when opposite.
export async function network(range) {
  const ep = (await api.analysis()).network;
  if (ep) {
    try {
      // One-mode networks, one request per mode (graph/analysis: congruence
      // and conflict), merged.
      const [cong, conf] = await Promise.all(['congruence', 'conflict'].map((mode) => api.get(ep, { ...range, mode })));
      const a = adaptNetwork(cong, 1), b = adaptNetwork(conf, -1);
      if (a && b) {
        const nodes = new Map([...a.nodes, ...b.nodes].map((n) => [n.id, n]));
        const [actors, proposals] = await Promise.all([api.actors(), api.proposals()]);
        for (const n of nodes.values()) if (!n.kind) n.kind = actors.get(n.id)?.kind;
        const edges = [...a.edges, ...b.edges].map((e) => ({ ...e, proposalNames: e.proposals.map((p) => proposals.get(p)?.name || p) }));
        return { nodes: [...nodes.values()], edges, source: 'server (' + ep + ')', truncated: '' };
      }
    } catch (e) {
      if (!(e instanceof api.ApiError)) throw e;
    }
  }
  const m = await matrix(range);
  const byProposal = new Map();
  for (const [key, c] of m.cells) {
    const [a, p] = key.split('|');
    const net = Math.sign(c.support - c.oppose);
    if (!net) continue;
    if (!byProposal.has(p)) byProposal.set(p, []);
    byProposal.get(p).push([a, net]);
  }
  const edges = new Map();
  for (const [p, list] of byProposal) {
    list.sort((x, y) => (x[0] < y[0] ? -1 : 1));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const sign = list[i][1] === list[j][1] ? 1 : -1;
      const key = list[i][0] + '|' + list[j][0] + '|' + sign;
      const e = edges.get(key) || { a: list[i][0], b: list[j][0], sign, weight: 0, proposals: [] };
      e.weight++;
      e.proposals.push(p);
      edges.set(key, e);
    }
  }
  const names = new Map(m.proposals.map((p) => [p.id, p.name]));
  const list = [...edges.values()].map((e) => ({ ...e, proposalNames: e.proposals.map((p) => names.get(p) || p) }));
  return { nodes: m.actors, edges: list, source: m.source, truncated: m.truncated };
}

// adaptNetwork reads one server network ({nodes, edges}, or the first of
// {networks|items: [...]}) of the given sign, or returns null.
function adaptNetwork(d, sign) {
  if (d && !Array.isArray(d.nodes)) d = (d.networks || d.items || d.windows || [])[0];
  if (!d || !Array.isArray(d.nodes) || !Array.isArray(d.edges)) return null;
  const strip = (id) => String(id).replace(/^(actor|proposal):/, '');
  const nodes = d.nodes.filter((n) => !n.type || n.type === 'actor')
    .map((n) => ({ id: strip(n.id), name: n.label || n.name || strip(n.id), kind: n.kind, total: n.statements ?? n.total ?? 1 }));
  const edges = d.edges.map((e) => ({
    a: strip(e.source), b: strip(e.target), sign, weight: Math.round((e.weight ?? 1) * 100) / 100,
    proposals: (e.proposals || []).map(strip),
  }));
  return { nodes, edges };
}
