// dom.js: tiny helpers to build DOM without innerHTML.

// h builds an element: h('a', {href: '#/', class: 'x'}, 'text', child...).
// Attributes starting with "on" are listeners; null and false are skipped.
export function h(tag, attrs, ...children) {
  const el = tag.includes(':')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.split(':')[1])
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

// day shows the date part of an RFC 3339 time.
export const day = (t) => (t ? String(t).slice(0, 10) : '');

export function dateRange(first, last) {
  const a = day(first), b = day(last);
  if (!a && !b) return 'undated';
  return a === b || !b ? a : `${a} – ${b}`;
}

export const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + 's'}`;

export const pol = (p) => (p > 0 ? 'support' : p < 0 ? 'oppose' : 'neutral');

export function humanize(id) {
  return String(id || '').replace(/-/g, ' ');
}
