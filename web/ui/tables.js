// Tables as files: CSV and JSON downloads of what a view lists (Gizmo
// results, timeline, text search, paths), and the buttons that offer them.
//
// Safety: the rows are data, never markup. In CSV every cell is quoted
// when it must be (RFC 4180), and a cell a spreadsheet would run as a
// formula (starting with = + - @ tab or CR) gets a leading apostrophe, so
// a hostile name stays text in Excel or Calc too.
import { el, decodeRefs } from './dom.js';

// The style of the elements this module and the views that use it build
// (views.css), loaded once: the CSP allows only stylesheets of this
// origin, no inline styles.
document.head.append(el('link', { rel: 'stylesheet', href: 'views.css' }));

export function csvCell(v) {
  let s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// toCSV writes rows (objects) under a header of columns, CRLF-ended.
export function toCSV(columns, rows) {
  const out = [columns.map(csvCell).join(',')];
  for (const r of rows) out.push(columns.map((c) => csvCell(r == null ? r : r[c])).join(','));
  return out.join('\r\n') + '\r\n';
}

// save offers text as a download named name.
function save(text, type, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

// exportButtons are "CSV" and "JSON" buttons for a table; table() answers
// {name, columns, rows, json} at the time of the click (json, the exact
// data for the JSON file, defaults to rows). Hidden while there is nothing
// to export: call the returned element's refresh(has).
export function exportButtons(what, table) {
  const dl = (format) => el('button', {
    type: 'button', class: 'export', 'data-format': format, text: format.toUpperCase(),
    'aria-label': `Download ${what} as ${format.toUpperCase()}`,
    onclick: () => {
      const t = table();
      if (format === 'csv') save('\ufeff' + toCSV(t.columns, t.rows), 'text/csv;charset=utf-8', t.name + '.csv');
      else save(JSON.stringify(t.json === undefined ? t.rows : t.json, null, 2) + '\n', 'application/json', t.name + '.json');
    },
  });
  const box = el('span', { class: 'table-exports', hidden: true }, el('span', { class: 'hint', text: 'Download' }), dl('csv'), dl('json'));
  box.refresh = (has) => { box.hidden = !has; };
  return box;
}

// fileName makes a file name from words (references decoded, accents
// dropped): letters, digits and dashes.
export function fileName(...parts) {
  return decodeRefs(parts.join('-')).normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).toLowerCase() || 'newsgraph';
}
