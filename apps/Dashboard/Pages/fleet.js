// The fleet at a glance: one row per instance, refreshed every 10 s.
(function () {
  'use strict';
  const D = window.Dashboard;
  const STALE_MS = 120000; // as `trader health`

  async function load() {
    const instances = await D.api('/instances');
    const rows = instances.map(i => {
      const name = D.escapeHtml(i.name);
      const stale = i.status === 'running' && i.heartbeat_age_ms > STALE_MS ? ' stale' : '';
      return `<tr data-instance="${name}">
        <td class="name"><a href="/instance?name=${encodeURIComponent(i.name)}">${name}</a></td>
        <td class="mode">${i.mode}</td>
        <td class="status status-${i.status}">${i.status}</td>
        <td class="market">${D.escapeHtml(i.exchange + ' ' + i.symbol + ' ' + i.timeframe)}</td>
        <td class="heartbeat${stale}">${D.age(i.heartbeat_age_ms)} ago</td>
        <td class="position">${D.position(i.position)}</td>
        <td class="num pnl-today ${D.signClass(i.pnl_today)}">${D.num(i.pnl_today)}</td>
        <td class="num pnl-total ${D.signClass(i.pnl_total)}">${D.num(i.pnl_total)}</td>
        <td class="num trades">${i.closed_trades}</td>
        <td class="num equity">${i.equity ? D.num(i.equity.equity) : '-'}</td>
      </tr>`;
    });
    document.querySelector('#fleet tbody').innerHTML = rows.length ? rows.join('') : '<tr><td colspan="10" class="muted">No instance is registered in the database yet.</td></tr>';
    document.getElementById('updated').textContent = '(' + instances.length + ', ' + D.utc(Date.now()) + ' UTC)';
  }

  D.start(load, 10);
})();
