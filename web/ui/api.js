// The JSON API: one fetch wrapper that turns error answers into errors.
export class APIError extends Error {}

export async function api(path, opts) {
  const init = { headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (opts && opts.body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  if (opts && opts.signal) init.signal = opts.signal;
  const res = await fetch(path, init);
  let data = null;
  const ct = res.headers.get('Content-Type') || '';
  if (ct.includes('json')) data = await res.json();
  else data = { error: (await res.text()).trim() };
  if (!res.ok || (data && data.error && !Array.isArray(data))) {
    throw new APIError((data && data.error) || res.statusText);
  }
  return data;
}

export const q = (params) => new URLSearchParams(params).toString();
