// An entity combobox: type-ahead over /api/search with the ARIA 1.2
// combobox pattern (aria-expanded, aria-activedescendant, options with
// aria-selected), used by the main search box and the path finder.
import { api, q } from './api.js';
import { el, clear, badge, banner, decodeRefs } from './dom.js';

let uid = 0;

// combobox wires input and its listbox; onPick gets the chosen entity,
// onEnter (optional) the raw text when Enter is pressed with no option
// active.
export function combobox(input, list, onPick, onEnter) {
  const id = 'cb' + (++uid);
  let items = [];
  let active = -1;
  let ctl = null;
  let timer;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  const open = (on) => {
    list.hidden = !on;
    input.setAttribute('aria-expanded', on ? 'true' : 'false');
    if (!on) input.removeAttribute('aria-activedescendant');
  };
  const renderActive = () => {
    [...list.children].forEach((li, i) => {
      li.classList.toggle('active', i === active);
      if (li.getAttribute('role') === 'option') li.setAttribute('aria-selected', i === active ? 'true' : 'false');
    });
    if (active >= 0 && list.children[active]) {
      input.setAttribute('aria-activedescendant', list.children[active].id);
      list.children[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (it) => { open(false); input.value = decodeRefs(it.name); onPick(it); };
  async function suggest() {
    const text = input.value.trim();
    if (!text) { open(false); return; }
    if (ctl) ctl.abort();
    ctl = new AbortController();
    try {
      items = await api('api/search?' + q({ q: text, limit: 12 }), { signal: ctl.signal });
    } catch (e) { if (e.name !== 'AbortError') banner(e.message, true); return; }
    active = items.length ? 0 : -1;
    clear(list);
    if (!items.length) list.append(el('li', { class: 'none', role: 'presentation', text: 'No match' }));
    items.forEach((it, i) => {
      const aka = (it.aliases || []).join(' · ');
      list.append(el('li', { role: 'option', id: `${id}-${i}`, onmousedown: (ev) => { ev.preventDefault(); pick(it); } },
        badge(it.type), el('span', { text: it.name }), aka ? el('span', { class: 'aka', text: aka }) : null));
    });
    open(true);
    renderActive();
  }
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) { suggest(); return; }
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      renderActive();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.hidden && active >= 0 && items[active]) pick(items[active]);
      else if (onEnter && input.value.trim()) { open(false); onEnter(input.value.trim()); }
    } else if (ev.key === 'Escape') {
      if (!list.hidden) { ev.stopPropagation(); open(false); }
    }
  });
  input.addEventListener('blur', () => setTimeout(() => open(false), 150));
  return { close: () => open(false) };
}
