// Sortable tables: a click on a header of a table.sortable sorts its body by that column (again: the other way).
// Cells sort by their data-sort value when present (numbers, ISO times), else by their text.
(function () {
  'use strict';
  function sortBy(table, th) {
    const index = Array.prototype.indexOf.call(th.parentNode.children, th);
    const numeric = th.dataset.type === 'number';
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of th.parentNode.children) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    const key = row => {
      const cell = row.children[index];
      const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
      return numeric ? (raw === '' ? NaN : Number(raw)) : raw;
    };
    const rows = Array.from(body.rows).map(row => ({ row, key: key(row) }));
    rows.sort((a, b) => {
      // Missing numbers (undefined ratios) go last either way.
      if (numeric && isNaN(a.key) !== isNaN(b.key)) return isNaN(a.key) ? 1 : -1;
      const order = numeric ? a.key - b.key : String(a.key).localeCompare(String(b.key));
      return ascending ? order : -order;
    });
    for (const { row } of rows) body.appendChild(row);
  }
  window.makeSortable = function (table) {
    for (const th of table.tHead.rows[0].children) th.addEventListener('click', () => sortBy(table, th));
  };
  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('table.sortable').forEach(window.makeSortable));
})();
