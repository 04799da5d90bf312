// ui.js: pieces the views share: links, names, evidence items, date forms.

import * as api from './api.js';
import { h, day, pol, humanize } from './dom.js';
import { termsFor, highlight } from './highlight.js';

export const announce = (msg) => { document.getElementById('announce').textContent = msg; };

// go opens href, even when it is the current address (re-running the view).
export function go(href) {
  if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = href;
}

export function link(name, id, params) {
  let s = '#/' + name + (id ? '/' + encodeURIComponent(id) : '');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  if ([...q].length) s += '?' + q;
  return s;
}

// ---------------------------------------------------------------------------
// Shared pieces.

// names resolves actor and proposal IDs to {name, aliases}.
export async function names() {
  const [a, p] = await Promise.all([api.actors(), api.proposals()]);
  return new Map([...p, ...a]);
}

export function nameOf(names, id) { return names.get(id)?.name || humanize(id); }

export function stanceChip(st) {
  const p = pol(st.polarity);
  return h('span', { class: 'chip chip-' + p, title: p }, (p === 'support' ? '▲ ' : p === 'oppose' ? '▼ ' : '') + st.stance);
}

// evidenceItem shows one statement: the sentence with its words marked and
// where it was read.
export function evidenceItem(st, names, articles, { showHolder = false, showTarget = false } = {}) {
  const src = st.source && st.source.id ? st.source : articles.get(st.article) || { id: st.article };
  const outlet = src.outlet || src.source;
  const title = src.title || src.file || 'article ' + src.id;
  const when = day(st.date || src.published);
  const titleLink = src.url
    ? h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank', class: 'src-title' }, title)
    : h('a', { href: link('article', src.id), class: 'src-title' }, title);
  const flags = [st.hedged ? 'hedged' : '', st.negated ? 'negated' : ''].filter(Boolean);
  return h('li', { class: 'evidence' },
    h('p', { class: 'ev-head' },
      showHolder ? h('a', { href: link('actor', st.holder), class: 'ev-who' }, nameOf(names, st.holder)) : null,
      stanceChip(st),
      showTarget ? h('a', { href: link(st.target_kind === 'actor' ? 'actor' : 'proposal', st.target), class: 'ev-what' }, nameOf(names, st.target)) : null,
      st.speaker ? h('span', { class: 'ev-speaker' }, 'said by ', h('a', { href: link('actor', st.speaker) }, nameOf(names, st.speaker))) : null,
      flags.length ? h('span', { class: 'ev-flags' }, flags.join(', ')) : null),
    h('blockquote', { class: 'ev-text' }, highlight(st.evidence || '', termsFor(st, names))),
    h('p', { class: 'ev-src' },
      titleLink,
      outlet ? h('span', { class: 'src-outlet' }, outlet) : null,
      when ? h('time', { datetime: when }, when) : null,
      src.url ? h('a', { href: link('article', src.id), class: 'src-all', 'aria-label': 'All statements in ' + title }, 'all statements') : null));
}

export function rangeForm(params, onApply, extra) {
  const since = h('input', { type: 'date', id: 'since', name: 'since', value: params.since || '' });
  const until = h('input', { type: 'date', id: 'until', name: 'until', value: params.until || '' });
  return h('form', {
    class: 'range', 'aria-label': 'Date range',
    onsubmit: (ev) => {
      ev.preventDefault();
      const fd = Object.fromEntries(new FormData(ev.target));
      onApply(fd);
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'since' }, 'From'), since),
  h('div', { class: 'field' }, h('label', { for: 'until' }, 'Until'), until),
  extra || null,
  h('button', { type: 'submit' }, 'Apply'),
  (params.since || params.until) ? h('a', { class: 'clear', href: '#' + location.hash.slice(1).split('?')[0] }, 'All dates') : null);
}


