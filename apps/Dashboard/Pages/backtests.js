// Stored backtest runs, newest first; the ticked ones side by side, one column per run, one row per metric.
(function () {
  'use strict';
  const D = window.Dashboard;
  let runs = [];

  function cell(v) {
    if (typeof v === 'number') return `<td class="num ${D.signClass(v)}">${D.num(v)}</td>`;
    if (v === null || v === undefined) return '<td class="num muted">-</td>';
    return `<td>${D.escapeHtml(typeof v === 'object' ? JSON.stringify(v) : v)}</td>`;
  }

  function compare() {
    const ticked = runs.filter(r => document.querySelector(`#runs input[data-run="${r.id}"]`).checked);
    const keys = [...new Set(ticked.flatMap(r => Object.keys(r.metrics)))];
    document.querySelector('#compare thead').innerHTML = '<tr><th>Metric</th>' + ticked.map(r => `<th class="num">#${r.id} ${D.escapeHtml(r.name)}</th>`).join('') + '</tr>';
    document.querySelector('#compare tbody').innerHTML = keys.map(k => `<tr data-metric="${D.escapeHtml(k)}"><th>${D.escapeHtml(k)}</th>${ticked.map(r => cell(r.metrics[k])).join('')}</tr>`).join('');
  }

  async function load() {
    runs = await D.api('/backtests');
    document.querySelector('#runs tbody').innerHTML = runs.length ? runs.map((r, i) => `<tr data-run="${r.id}">
      <td><input type="checkbox" data-run="${r.id}" ${i < 3 ? 'checked' : ''}></td><td>${r.id}</td><td>${D.escapeHtml(r.name)}</td>
      <td>${D.escapeHtml(r.exchange + ' ' + r.symbol + ' ' + r.timeframe)}</td><td>${D.utc(r.from_ms)}</td><td>${D.utc(r.to_ms)}</td>
      <td>${D.utc(r.created_ms)}</td><td class="muted">${D.escapeHtml(r.config_hash.slice(0, 16))}</td></tr>`).join('')
      : '<tr><td colspan="8" class="muted">No backtest run is stored yet (backtester --config ... --from ... --to ... stores one).</td></tr>';
    document.querySelectorAll('#runs input').forEach(box => box.addEventListener('change', compare));
    compare();
  }

  D.start(load, 0);
})();
