// api.js: the page's only door to the server, the public JSON API.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') u.set(k, v);
  }
  const s = u.toString();
  return s ? '?' + s : '';
}

// request fetches an API path and returns its JSON, or throws ApiError with
// the server's own message.
export async function request(method, path, { params, body, headers, signal } = {}) {
  let resp;
  try {
    resp = await fetch('/api/v1' + path + qs(params), {
      method, body, signal,
      headers: { Accept: 'application/json', ...(headers || {}) },
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The server did not answer: ' + e.message);
  }
  let data = null;
  const text = await resp.text();
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!resp.ok) {
    const err = data && data.error ? data.error : {};
    throw new ApiError(resp.status, err.code || 'http_' + resp.status, err.message || resp.statusText || 'request failed');
  }
  return data;
}

export const get = (path, params, signal) => request('GET', path, { params, signal });

// all reads every page of a list endpoint (1000 at a time) up to max items.
// It returns {items, total, truncated}.
export async function all(path, params = {}, max = 20000) {
  const items = [];
  let offset = 0, total = 0;
  for (;;) {
    const page = await get(path, { ...params, limit: 1000, offset });
    total = page.total;
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= total || items.length >= max) break;
  }
  return { items, total, truncated: items.length < total };
}

// Lookups that many views need, fetched once per page load (and dropped
// after a write).
let cache = {};
export function forget() { cache = {}; }

function once(key, fn) {
  if (!cache[key]) cache[key] = fn().catch((e) => { delete cache[key]; throw e; });
  return cache[key];
}

const byID = (items) => new Map(items.map((x) => [x.id, x]));

export const actors = () => once('actors', async () => byID((await all('/actors', {}, 10000)).items));
export const proposals = () => once('proposals', async () => byID((await all('/proposals', {}, 10000)).items));
export const articles = () => once('articles', async () => byID((await all('/articles', {}, 10000)).items));

// config says whether the server accepts writes: {writes: true|false} from
// /api/v1/config when the server has one, else {writes: null} (unknown:
// the page lets the user try and shows the server's answer).
export const config = () => once('config', async () => {
  try {
    const c = await get('/config');
    const w = c.writes ?? c.writes_enabled ?? c.write ?? null;
    return { ...c, writes: typeof w === 'boolean' ? w : null };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return { writes: null };
    throw e;
  }
});

// analysis says which analysis endpoints the server documents, from its
// OpenAPI document: {matrix: path|null, network: path|null}.
export const analysis = () => once('analysis', async () => {
  const found = { matrix: null, network: null };
  try {
    const doc = await get('/openapi.json');
    for (const p of Object.keys(doc.paths || {})) {
      if (!p.startsWith('/api/v1/analysis/') || !(doc.paths[p].get)) continue;
      if (p.includes('{')) continue;
      const rest = p.slice('/api/v1'.length);
      if (/matrix/.test(p) && !found.matrix) found.matrix = rest;
      if (/network/.test(p) && !found.network) found.network = rest;
    }
  } catch { /* no document: compute client-side */ }
  return found;
});
