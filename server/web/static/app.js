// app.js: stancegraph's page. A hash router over a few views, each built
// from the public JSON API (api.js). No framework, no build step.

import * as api from './api.js';
import { h, day, dateRange, plural, pol } from './dom.js';
import { link, go, announce, names, nameOf, evidenceItem, rangeForm } from './ui.js';
import { matrixView } from './matrix.js';
import { networkView } from './network.js';

const view = document.getElementById('view');

// ---------------------------------------------------------------------------
// Routing: #/, #/proposal/ID, #/actor/ID, #/article/ID, #/matrix, #/network,
// #/ingest; query parameters after "?" (since, until...).

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || 'home', id: parts[1], params: Object.fromEntries(new URLSearchParams(query || '')) };
}

const views = {
  home: homeView,
  proposal: proposalView,
  actor: actorView,
  article: articleView,
  matrix: matrixView,
  network: networkView,
  ingest: ingestView,
};

let current = null; // AbortController of the view being built
let first = true;

async function route() {
  const r = parseHash();
  const hash = location.hash;
  const fn = views[r.name] || notFound;
  if (current) current.abort();
  const ctl = new AbortController();
  current = ctl;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === r.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  view.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => { if (!ctl.signal.aborted) view.replaceChildren(h('p', { class: 'loading' }, 'Loading…')); }, 150);
  let node;
  try {
    node = await fn(r, ctl.signal);
  } catch (e) {
    if (e.name === 'AbortError' || ctl.signal.aborted) return;
    node = errorBox(e);
  } finally {
    clearTimeout(slow);
  }
  if (ctl.signal.aborted) return;
  view.replaceChildren(node);
  view.setAttribute('aria-busy', 'false');
  view.dataset.view = r.name;
  view.dataset.route = hash; // what the view shows (the e2e test waits on it)
  const title = view.querySelector('h1');
  document.title = (title ? title.textContent + ' · ' : '') + 'stancegraph';
  if (node.onMount) node.onMount(ctl.signal);
  if (!first && title) {
    title.setAttribute('tabindex', '-1');
    title.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }
  first = false;
}

function errorBox(e) {
  const status = e.status ? ` (${e.status})` : '';
  announce('Error: ' + e.message);
  return h('div', { class: 'error', role: 'alert' },
    h('h1', {}, e.status === 404 ? 'Not found' : 'Something went wrong'),
    h('p', {}, e.message + status),
    h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
}

function notFound() {
  return h('div', { class: 'error' }, h('h1', {}, 'No such page'), h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
}

// ---------------------------------------------------------------------------
// Search: a combobox over actors and proposals.

function setupSearch() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  let ctl = null, timer = 0, options = [], active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i) => {
    active = i;
    options.forEach((o, j) => o.el.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].el.id);
      options[i].el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (o) => {
    close();
    input.value = '';
    location.hash = o.href;
  };

  async function run(q) {
    if (ctl) ctl.abort();
    if (!q) { close(); status.textContent = ''; return; }
    ctl = new AbortController();
    let actors, proposals;
    try {
      [actors, proposals] = await Promise.all([
        api.get('/actors', { q, limit: 8 }, ctl.signal),
        api.get('/proposals', { q, limit: 8 }, ctl.signal),
      ]);
    } catch (e) {
      if (e.name !== 'AbortError') status.textContent = 'Search failed: ' + e.message;
      return;
    }
    options = [
      ...actors.items.map((a) => ({ href: link('actor', a.id), label: a.name, kind: a.kind || 'actor', extra: (a.aliases || []).join(', ') })),
      ...proposals.items.map((p) => ({ href: link('proposal', p.id), label: p.name, kind: 'proposal', extra: (p.aliases || []).join(', ') })),
    ];
    list.replaceChildren(...options.map((o, i) => {
      o.el = h('li', { id: 'opt-' + i, role: 'option', 'aria-selected': 'false', class: 'opt opt-' + (o.kind === 'proposal' ? 'proposal' : 'actor'), onmousedown: (ev) => { ev.preventDefault(); go(o); } },
        h('span', { class: 'opt-label' }, o.label),
        h('span', { class: 'opt-kind' }, o.kind),
        o.extra ? h('span', { class: 'opt-extra' }, o.extra) : null);
      return o.el;
    }));
    if (!options.length) list.append(h('li', { class: 'opt-none', role: 'presentation' }, 'Nothing matches “' + q + '”'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    status.textContent = `${plural(actors.total, 'actor')} and ${plural(proposals.total, 'proposal')} match “${q}”.`;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value.trim()), 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && options.length) { ev.preventDefault(); if (list.hidden) run(input.value.trim()); setActive((active + 1) % options.length); }
    else if (ev.key === 'ArrowUp' && options.length) { ev.preventDefault(); setActive(active <= 0 ? options.length - 1 : active - 1); }
    else if (ev.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const o = options[active >= 0 ? active : 0];
    if (o && !list.hidden) go(o);
    else run(input.value.trim());
  });
}

// ---------------------------------------------------------------------------
// Views.

async function homeView(r, signal) {
  const [stats, proposals, actors] = await Promise.all([
    api.get('/stats', null, signal),
    api.get('/proposals', { limit: 60 }, signal),
    api.get('/actors', { limit: 60 }, signal),
  ]);
  announce(`${stats.statements} statements from ${stats.articles} articles.`);
  const chips = (items, kind) => h('ul', { class: 'chips' }, items.map((x) => h('li', {}, h('a', { href: link(kind, x.id) }, x.name))));
  return h('div', { class: 'home' },
    h('h1', {}, 'Who stands where, on what, since when'),
    h('p', { class: 'lede' }, `${plural(stats.statements, 'statement')} from ${plural(stats.articles, 'article')} about ${plural(stats.actors, 'actor')} and ${plural(stats.proposals, 'proposal')}. Search above, or open the `,
      h('a', { href: '#/matrix' }, 'stance matrix'), ' or the ', h('a', { href: '#/network' }, 'actor network'), '.'),
    h('div', { class: 'cols' },
      h('section', { 'aria-labelledby': 'h-props' }, h('h2', { id: 'h-props' }, 'Proposals'), chips(proposals.items, 'proposal'),
        proposals.total > proposals.items.length ? h('p', { class: 'more' }, `and ${proposals.total - proposals.items.length} more: search to find them`) : null),
      h('section', { 'aria-labelledby': 'h-actors' }, h('h2', { id: 'h-actors' }, 'Actors'), chips(actors.items, 'actor'),
        actors.total > actors.items.length ? h('p', { class: 'more' }, `and ${actors.total - actors.items.length} more: search to find them`) : null)));
}

async function proposalView(r, signal) {
  const params = { since: r.params.since, until: r.params.until, evidence: r.params.evidence ?? 3 };
  const [ps, nm, arts] = await Promise.all([api.get('/proposals/' + encodeURIComponent(r.id), params, signal), names(), api.articles()]);
  const p = ps.proposal;
  const sup = ps.supporters || [], opp = ps.opponents || [];
  const side = (label, cls, groups) => h('section', { class: 'side side-' + cls, 'aria-labelledby': 'h-' + cls },
    h('h2', { id: 'h-' + cls }, label, ' ', h('span', { class: 'count' }, `(${groups.length})`)),
    groups.length ? h('ul', { class: 'cards' }, groups.map((g) => h('li', { class: 'card', dataset: { actor: g.actor.id } },
      h('h3', {}, h('a', { href: link('actor', g.actor.id) }, g.actor.name), g.actor.kind ? h('span', { class: 'kind' }, g.actor.kind) : null),
      h('p', { class: 'card-meta' }, plural(g.count, 'statement'), ' · ', dateRange(g.first, g.last)),
      h('ul', { class: 'evidence-list' }, (g.statements || []).map((st) => evidenceItem(st, nm, arts)))))) :
      h('p', { class: 'empty' }, 'None found' + (params.since || params.until ? ' in this date range.' : '.')));
  const shown = (gs) => gs.reduce((n, g) => n + (g.statements || []).length, 0);
  const total = (gs) => gs.reduce((n, g) => n + g.count, 0);
  const more = shown(sup) + shown(opp) < total(sup) + total(opp);
  announce(`${p.name}: ${plural(sup.length, 'supporter')}, ${plural(opp.length, 'opponent')}.`);
  return h('div', { class: 'proposal' },
    h('p', { class: 'crumb' }, 'Proposal'),
    h('h1', {}, p.name),
    p.aliases && p.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', p.aliases.join(', ')) : null,
    rangeForm(r.params, (fd) => go(link('proposal', r.id, fd))),
    h('p', { class: 'legend' }, 'In each sentence: ',
      h('mark', { class: 'hl-holder' }, 'who'), ' ', h('mark', { class: 'hl-verb' }, 'stance verb'), ' ', h('mark', { class: 'hl-target' }, 'what'), ' ', h('mark', { class: 'hl-speaker' }, 'speaker'),
      more ? [' · ', h('a', { href: link('proposal', r.id, { ...r.params, evidence: '0' }) }, 'show every statement')] : null),
    h('div', { class: 'sides' }, side('Supporters', 'support', sup), side('Opponents', 'oppose', opp)));
}

async function actorView(r, signal) {
  const id = encodeURIComponent(r.id);
  const [a, groups, nm, arts] = await Promise.all([
    api.get('/actors/' + id, null, signal),
    api.all('/actors/' + id + '/stances', { group: 'target', evidence: 0, since: r.params.since, until: r.params.until }, 2000),
    names(), api.articles(),
  ]);
  const gs = groups.items;
  const c = a.counts || {};
  announce(`${a.name}: positions on ${plural(gs.length, 'target')}.`);
  const affs = (a.affiliations || []).map((f) => [f.role ? f.role + ', ' : '', h('a', { href: link('actor', f.org) }, nameOf(nm, f.org))]);
  return h('div', { class: 'actor' },
    h('p', { class: 'crumb' }, a.kind || 'actor'),
    h('h1', {}, a.name),
    a.aliases && a.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', a.aliases.join(', ')) : null,
    affs.length ? h('p', { class: 'affs' }, affs.map((x, i) => [i ? '; ' : '', x])) : null,
    c.held !== undefined ? h('p', { class: 'counts' }, `${plural(c.held, 'statement')} held (${c.support} support, ${c.oppose} oppose)`,
      c.voiced ? `, ${c.voiced} voiced for others` : '', c.about ? `, ${c.about} about it` : '', c.first ? ' · ' + dateRange(c.first, c.last) : '') : null,
    rangeForm(r.params, (fd) => go(link('actor', r.id, fd))),
    gs.length ? timeline(gs, nm) : h('p', { class: 'empty' }, 'No positions found.'),
    h('h2', {}, 'Positions'),
    h('ul', { class: 'positions' }, gs.map((g) => h('li', { class: 'position' },
      h('h3', {}, h('a', { href: link(g.target_kind === 'actor' ? 'actor' : 'proposal', g.target) }, g.name || nameOf(nm, g.target)),
        ' ', h('span', { class: 'chip chip-' + pol(g.polarity), title: 'latest stance' }, 'now: ' + g.latest)),
      h('p', { class: 'card-meta' }, `${g.support} support, ${g.oppose} oppose · ${dateRange(g.first, g.last)}`),
      h('ul', { class: 'evidence-list' }, [...(g.statements || [])].sort((x, y) => String(x.date).localeCompare(String(y.date))).map((st) => evidenceItem(st, nm, arts)))))));
}

// timeline draws an actor's statements over time: one row per target,
// ▲ support and ▼ oppose (colour and shape both carry the sign).
function timeline(groups, nm) {
  const rows = groups.slice(0, 25);
  const dates = rows.flatMap((g) => (g.statements || []).map((s) => Date.parse(s.date))).filter((t) => !isNaN(t));
  if (!dates.length) return null;
  let lo = Math.min(...dates), hi = Math.max(...dates);
  const pad = Math.max((hi - lo) * 0.05, 86400e3);
  lo -= pad; hi += pad;
  const W = 720, L = 250, R = 16, rowH = 26, top = 10, H = top + rows.length * rowH + 30;
  const x = (t) => L + ((t - lo) / (hi - lo)) * (W - L - R);
  const svg = h('svg:svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': `Positions over time on ${rows.length} targets, from ${day(new Date(lo + pad).toISOString())} to ${day(new Date(hi - pad).toISOString())}` });
  rows.forEach((g, i) => {
    const y = top + i * rowH + rowH / 2;
    const label = g.name || nameOf(nm, g.target);
    svg.append(h('svg:line', { x1: L, x2: W - R, y1: y, y2: y, class: 'tl-row' }));
    const text = h('svg:text', { x: L - 8, y: y + 4, 'text-anchor': 'end', class: 'tl-label' }, label.length > 34 ? label.slice(0, 33) + '…' : label);
    text.append(h('svg:title', {}, label));
    svg.append(text);
    for (const s of g.statements || []) {
      const t = Date.parse(s.date);
      if (isNaN(t)) continue;
      const cx = x(t), up = s.polarity > 0;
      const pts = up ? `${cx},${y - 7} ${cx - 7},${y + 5} ${cx + 7},${y + 5}` : `${cx},${y + 7} ${cx - 7},${y - 5} ${cx + 7},${y - 5}`;
      svg.append(h('svg:polygon', { points: pts, class: up ? 'tl-support' : 'tl-oppose' }, h('svg:title', {}, `${day(s.date)}: ${s.stance} ${label}`)));
    }
  });
  // Axis: a few date ticks.
  const axisY = top + rows.length * rowH + 6;
  svg.append(h('svg:line', { x1: L, x2: W - R, y1: axisY, y2: axisY, class: 'tl-axis' }));
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const t = lo + pad + ((hi - lo - 2 * pad) * i) / ticks;
    if (hi - lo - 2 * pad <= 0 && i > 0) break;
    svg.append(h('svg:text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'tl-tick' }, day(new Date(t).toISOString())));
  }
  return h('figure', { class: 'tl-wrap' }, svg, h('figcaption', {}, '▲ support  ▼ oppose, one row per proposal or actor it took a stance on' + (groups.length > rows.length ? ` (first ${rows.length} of ${groups.length})` : '')));
}

async function articleView(r, signal) {
  const [a, nm] = await Promise.all([api.get('/articles/' + encodeURIComponent(r.id), null, signal), names()]);
  const sts = a.statements || [];
  const arts = new Map([[a.id, a]]);
  announce(`${a.title || 'Article'}: ${plural(sts.length, 'statement')}.`);
  return h('div', { class: 'article' },
    h('p', { class: 'crumb' }, 'Article'),
    h('h1', {}, a.title || a.file || a.id),
    h('p', { class: 'card-meta' }, [a.source, day(a.published)].filter(Boolean).join(' · '),
      a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'read the article')] : null),
    h('h2', {}, plural(sts.length, 'statement'), ' in text order'),
    h('ul', { class: 'evidence-list' }, sts.map((st) => evidenceItem({ ...st, source: null }, nm, arts, { showHolder: true, showTarget: true }))));
}

// ingestView: paste an article and see what the server extracted.
async function ingestView(r, signal) {
  const cfg = await api.config();
  const out = h('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const disabled = cfg.writes === false;
  const field = (id, label, input, hint) => h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint', id: id + '-hint' }, hint) : null);
  const form = h('form', {
    class: 'ingest-form', 'aria-describedby': 'ingest-note',
    onsubmit: async (ev) => {
      ev.preventDefault();
      const fd = Object.fromEntries(new FormData(ev.target));
      if (!fd.text.trim()) { out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Paste the article text first.')); return; }
      const body = { text: fd.text, title: fd.title || undefined, source: fd.source || undefined, published: fd.published || undefined, url: fd.url || undefined };
      const button = ev.target.querySelector('button[type=submit]');
      button.disabled = true;
      out.replaceChildren(h('p', { class: 'loading' }, 'Extracting…'));
      try {
        const headers = { 'Content-Type': 'application/json' };
        if (fd.token) headers.Authorization = 'Bearer ' + fd.token;
        const res = await api.request('POST', '/articles', { body: JSON.stringify(body), headers });
        api.forget();
        out.replaceChildren(await ingestResult(res));
      } catch (e) {
        const why = e.status === 401 ? 'The server did not accept the token (401 Unauthorized). Check it and try again.'
          : e.status === 403 ? 'The server refuses writes (403 Forbidden): ' + e.message
          : e.status === 413 ? 'The article is too large for this server (413).'
          : e.status === 400 ? 'The server could not read this article (400): ' + e.message
          : e.message + (e.status ? ` (${e.status})` : '');
        out.replaceChildren(h('p', { class: 'error', role: 'alert' }, why));
      } finally {
        button.disabled = false;
      }
    },
  },
  h('fieldset', { disabled: disabled || null },
    h('legend', {}, 'Article'),
    field('text', 'Text', h('textarea', { id: 'text', name: 'text', rows: 10, required: true, 'aria-describedby': 'text-hint' }), 'Plain text; the first line may be the title.'),
    h('div', { class: 'row' },
      field('title', 'Title', h('input', { id: 'title', name: 'title', type: 'text' })),
      field('source', 'Outlet', h('input', { id: 'source', name: 'source', type: 'text' })),
      field('published', 'Date', h('input', { id: 'published', name: 'published', type: 'date' })),
      field('url', 'URL', h('input', { id: 'url', name: 'url', type: 'url', placeholder: 'https://…' }))),
    field('token', 'Write token', h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', 'aria-describedby': 'token-hint' }), 'The server\'s bearer token (--token). It is sent with this request only and not stored.'),
    h('button', { type: 'submit' }, 'Extract and store')));
  const note = cfg.writes === false
    ? 'This server does not accept articles (it was started without a write token).'
    : cfg.writes === true
      ? 'The server reads the article, extracts its statements and stores them; you see what it extracted below.'
      : 'If this server accepts writes, it reads the article, extracts its statements and stores them, and you see what it extracted below; if not, you will see its answer.';
  return h('div', { class: 'ingest' }, h('h1', {}, 'Add an article'), h('p', { id: 'ingest-note', class: 'lede' }, note), form, out);
}

async function ingestResult(res) {
  const nm = await names();
  const sts = res.statements || [];
  const arts = new Map([[res.article.id, res.article]]);
  announce(`Article ${res.result}: ${plural(sts.length, 'statement')} extracted.`);
  return h('section', { class: 'ingest-done', 'aria-labelledby': 'h-done' },
    h('h2', { id: 'h-done' }, `${res.result === 'new' ? 'Stored' : res.result === 'updated' ? 'Updated' : 'Unchanged'}: ${plural(sts.length, 'statement')} extracted`),
    h('p', {}, h('a', { href: link('article', res.article.id) }, res.article.title || res.article.id)),
    h('ul', { class: 'evidence-list' }, sts.map((st) => evidenceItem({ ...st, source: null }, nm, arts, { showHolder: true, showTarget: true }))));
}

setupSearch();
window.addEventListener('hashchange', route);
route();
