// Navigation: every view is a URL (?id=, ?doc=, ?q=, ?view=...), so views
// can be shared and the back button works. The router is registered by
// app.js; modules only call navigate.
import { q } from './api.js';
import { decodeRefs } from './dom.js';

let router = () => {};
export function setRouter(fn) { router = fn; }
export function currentParams() { return new URLSearchParams(location.search); }
export function navigate(params, replace) {
  const s = '?' + q(params);
  if (replace) history.replaceState(null, '', s); else history.pushState(null, '', s);
  router();
}
// pushURL records a view's new state in the history without routing:
// the view has already drawn it. Nothing is recorded when it is unchanged.
export function pushURL(params, replace) {
  const s = '?' + q(params);
  if (s === location.search) return;
  if (replace) history.replaceState(null, '', s); else history.pushState(null, '', s);
}
// link is an <a> that navigates in place (and opens in a new tab on a
// middle click, as a link should).
export function navLink(params, attrs, ...children) {
  const a = document.createElement('a');
  a.href = '?' + q(params);
  for (const [k, v] of Object.entries(attrs || {})) a.setAttribute(k, v);
  a.addEventListener('click', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    navigate(params);
  });
  a.append(...children.map((c) => (c instanceof Node ? c : decodeRefs(String(c)))));
  return a;
}
