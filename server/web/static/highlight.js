// highlight.js: evidence sentences with the words that made the statement
// marked: the holder, the speaker, the target and the stance verb.

const STEMS = {
  supports: 'support', backs: 'back', proposes: 'propos', accepts: 'accept', agrees: 'agree',
  demands: 'demand', 'calls-for': 'call', welcomes: 'welcom', endorses: 'endors',
  approves: 'approv', praises: 'prais', defends: 'defend', 'insists-on': 'insist',
  announces: 'announc', opposes: 'oppos', rejects: 'reject', condemns: 'condemn',
  criticises: 'critic', refuses: 'refus', vetoes: 'veto', denounces: 'denounc',
  'warns-against': 'warn', blocks: 'block', dismisses: 'dismiss',
};

const STOP = new Set(('a an the of for on in to and or with without by its their his her new same ' +
  'this that these those from at as be is are was were into about over under').split(' '));

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function stanceStem(stance) {
  return STEMS[stance] || String(stance || '').split('-')[0].replace(/e?s$/, '');
}

// termsFor lists what to mark in a statement's evidence. names maps actor
// and proposal IDs to {name, aliases}.
export function termsFor(st, names) {
  const terms = [];
  const add = (cls, label, phrases, prefix) => {
    for (const p of phrases) {
      const t = (p || '').trim();
      if (t.length >= 2) terms.push({ cls, label, text: t, prefix });
    }
  };
  const who = (id) => {
    const a = names.get(id);
    if (!a) return [id.replace(/-/g, ' ')];
    return [a.name, ...(a.aliases || [])];
  };
  add('hl-holder', 'holder', who(st.holder), true);
  if (st.speaker) {
    const sp = who(st.speaker);
    add('hl-speaker', 'speaker', sp, true);
    // A person is often named again by surname alone.
    const parts = (sp[0] || '').split(/\s+/);
    if (parts.length > 1) add('hl-speaker', 'speaker', [parts[parts.length - 1]], false);
  }
  const target = who(st.target);
  add('hl-target', 'target', target, false);
  // Then the target's content words one by one ("the ceasefire plan").
  const words = new Set();
  for (const t of target) for (const w of t.split(/[\s,;:]+/)) {
    if (w.length >= 3 && !STOP.has(w.toLowerCase())) words.add(w);
  }
  add('hl-target', 'target', [...words], true);
  const stem = stanceStem(st.stance);
  if (stem) terms.push({ cls: 'hl-verb', label: 'stance verb', text: stem, prefix: true });
  return terms;
}

// highlight returns a DocumentFragment of text with the terms marked, as
// <mark> elements (never innerHTML: evidence is untrusted text).
export function highlight(text, terms) {
  const frag = document.createDocumentFragment();
  if (!terms.length) {
    frag.append(text);
    return frag;
  }
  // Longer phrases first, so "Dravic Valley ceasefire plan" wins over "plan".
  const sorted = [...terms].sort((a, b) => b.text.length - a.text.length);
  const alts = sorted.map((t) => esc(t.text).replace(/\s+/g, '\\s+') + (t.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'));
  const re = new RegExp('(?<![\\p{L}\\p{N}])(?:' + alts.map((a) => '(' + a + ')').join('|') + ')', 'giu');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const t = sorted[i];
    frag.append(text.slice(last, m.index));
    const mark = document.createElement('mark');
    mark.className = t.cls;
    mark.title = t.label;
    mark.textContent = m[0];
    frag.append(mark);
    last = m.index + m[0].length;
  }
  frag.append(text.slice(last));
  return frag;
}
