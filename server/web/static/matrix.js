// matrix.js: the stance matrix, actors x proposals, coloured by net stance.

import { h, plural } from './dom.js';
import { link, go, announce, rangeForm } from './ui.js';
import { matrix } from './analysis.js';

const MAX_ROWS = 40, MAX_COLS = 30;

// colour mixes the neutral background towards green (net support) or red
// (net opposition) by strength in [0, 1]; mixed cells (net 0) are amber.
function colour(net, strength) {
  const base = [247, 245, 240];
  const to = net > 0 ? [26, 127, 75] : [179, 38, 30];
  const t = 0.25 + 0.75 * strength;
  const c = base.map((b, i) => Math.round(b + (to[i] - b) * t));
  return { bg: `rgb(${c.join(',')})`, dark: t > 0.55 };
}

export async function matrixView(r, signal) {
  const range = { since: r.params.since, until: r.params.until };
  const m = await matrix(range);
  if (signal.aborted) return h('div');
  const rows = m.actors.slice(0, MAX_ROWS), cols = m.proposals.slice(0, MAX_COLS);
  let maxAbs = 1;
  for (const [, c] of m.cells) maxAbs = Math.max(maxAbs, Math.abs(c.support - c.oppose));

  const tip = h('div', { class: 'tip', role: 'tooltip', id: 'matrix-tip', hidden: true });
  const show = (ev) => {
    const a = ev.target.closest('a.cell');
    if (!a) return;
    tip.textContent = a.getAttribute('aria-label');
    tip.hidden = false;
    const b = a.getBoundingClientRect();
    tip.style.left = Math.min(window.scrollX + b.left, window.scrollX + document.documentElement.clientWidth - 260) + 'px';
    tip.style.top = window.scrollY + b.bottom + 6 + 'px';
  };
  const hide = () => { tip.hidden = true; };

  const table = h('table', { class: 'matrix', onmouseover: show, onfocusin: show, onmouseout: hide, onfocusout: hide },
    h('caption', { class: 'sr-only' }, 'Net stance of each actor (rows) on each proposal (columns); each cell links to the proposal.'),
    h('thead', {}, h('tr', {},
      h('td', { class: 'corner' }),
      cols.map((p) => h('th', { scope: 'col', class: 'col' }, h('a', { href: link('proposal', p.id), title: p.name }, h('span', {}, p.name)))))),
    h('tbody', {}, rows.map((a) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: link('actor', a.id) }, a.name)),
      cols.map((p) => {
        const c = m.cells.get(a.id + '|' + p.id);
        if (!c || c.support + c.oppose === 0) return h('td', { class: 'none' }, h('span', { class: 'sr-only' }, 'no stance'));
        const net = c.support - c.oppose;
        const col = net === 0 ? { bg: 'rgb(240, 200, 90)', dark: false } : colour(net, Math.abs(net) / maxAbs);
        const label = `${a.name} on ${p.name}: ${c.support} in support, ${c.oppose} in opposition (net ${net > 0 ? '+' : ''}${net})`;
        return h('td', { style: `background:${col.bg}`, class: col.dark ? 'dark' : '' },
          h('a', { class: 'cell', href: link('proposal', p.id), 'aria-label': label, 'aria-describedby': 'matrix-tip', dataset: { support: c.support, oppose: c.oppose } },
            net > 0 ? '+' + net : net < 0 ? '−' + -net : '±0'));
      })))));

  const notes = [
    `${plural(m.actors.length, 'actor')} × ${plural(m.proposals.length, 'proposal')}`,
    m.actors.length > rows.length || m.proposals.length > cols.length ? `showing the ${rows.length} busiest actors and ${cols.length} busiest proposals` : '',
    m.source, m.truncated,
  ].filter(Boolean);
  announce(`Stance matrix: ${plural(rows.length, 'actor')} by ${plural(cols.length, 'proposal')}.`);
  return h('div', { class: 'matrix-view' },
    h('h1', {}, 'Stance matrix'),
    h('p', { class: 'lede' }, 'Who supports and who opposes what. Each cell is an actor’s net stance on a proposal: statements of support minus statements of opposition. Hover or focus a cell for the counts; open it for the evidence.'),
    rangeForm(r.params, (fd) => go(link('matrix', null, fd))),
    h('p', { class: 'legend matrix-legend', 'aria-hidden': 'true' },
      h('span', { class: 'sw', style: `background:${colour(1, 1).bg}` }), 'support ',
      h('span', { class: 'sw', style: `background:${colour(1, 0).bg}` }), 'leaning support ',
      h('span', { class: 'sw', style: 'background:rgb(240, 200, 90)' }), 'mixed ',
      h('span', { class: 'sw', style: `background:${colour(-1, 0).bg}` }), 'leaning oppose ',
      h('span', { class: 'sw', style: `background:${colour(-1, 1).bg}` }), 'oppose'),
    rows.length ? h('div', { class: 'matrix-wrap', tabindex: '0', role: 'region', 'aria-label': 'Stance matrix, scrolls sideways' }, table) : h('p', { class: 'empty' }, 'No stances in this date range.'),
    h('p', { class: 'note' }, notes.join(' · ')),
    tip);
}
