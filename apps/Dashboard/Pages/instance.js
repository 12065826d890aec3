// One instance: its summary, the operator's buttons (control token only) and commands, candles with its trades marked,
// its equity (a second pane on the same time axis), its trades and orders. Refreshed every 30 s; the chart keeps the range the reader zoomed to.
(function () {
  'use strict';
  const D = window.Dashboard;
  const LWC = window.LightweightCharts;
  const name = new URLSearchParams(location.search).get('name') || '';
  const path = '/instances/' + encodeURIComponent(name);
  const UP = '#26a69a', DOWN = '#ef5350';
  let chart, candleSeries, equitySeries, markers;

  function seconds(ms) { return Math.floor(ms / 1000); }

  function ensureChart() {
    if (chart) return;
    chart = LWC.createChart(document.getElementById('chart'), {
      autoSize: true,
      layout: { background: { type: 'solid', color: '#ffffff' }, textColor: '#1f2328', fontSize: 11 },
      grid: { vertLines: { color: '#f0f2f4' }, horzLines: { color: '#f0f2f4' } },
      timeScale: { timeVisible: true, secondsVisible: false },
    });
    candleSeries = chart.addSeries(LWC.CandlestickSeries, { upColor: UP, downColor: DOWN, wickUpColor: UP, wickDownColor: DOWN, borderVisible: false });
    equitySeries = chart.addSeries(LWC.LineSeries, { color: '#2962ff', lineWidth: 2, title: 'Equity' }, 1);
    markers = LWC.createSeriesMarkers(candleSeries, []);
  }

  function summary(i) {
    const cells = [
      ['Status', `<span class="status-${i.status}">${i.status}</span>`],
      ['Mode', i.mode],
      ['Market', D.escapeHtml(i.exchange + ' ' + i.symbol + ' ' + i.timeframe)],
      ['Heartbeat', D.age(i.heartbeat_age_ms) + ' ago'],
      ['Position', `<b id="position">${D.position(i.position)}</b>`],
      ['P&amp;L today', `<b id="pnl-today" class="${D.signClass(i.pnl_today)}">${D.num(i.pnl_today)}</b>`],
      ['P&amp;L total', `<b id="pnl-total" class="${D.signClass(i.pnl_total)}">${D.num(i.pnl_total)}</b>`],
      ['Closed trades', i.closed_trades],
      ['Equity', i.equity ? D.num(i.equity.equity) : '-'],
      ['Version', D.escapeHtml(i.version)],
    ];
    document.getElementById('summary').innerHTML = cells.map(([k, v]) => `<div><span>${k}</span>${v}</div>`).join('');
  }

  function tradeMarkers(trades, candles) {
    if (candles.length === 0) return [];
    const first = candles[0].open_time_ms, last = candles[candles.length - 1].open_time_ms;
    const list = [];
    for (const t of trades) {
      if (t.entry_time_ms >= first && t.entry_time_ms <= last + 1)
        list.push({ time: seconds(t.entry_time_ms), position: 'belowBar', color: UP, shape: 'arrowUp', text: 'Entry #' + t.id });
      if (t.exit_time_ms !== null && t.exit_time_ms >= first)
        list.push({ time: seconds(t.exit_time_ms), position: 'aboveBar', color: DOWN, shape: 'arrowDown', text: 'Exit #' + t.id + ' ' + t.exit_reason });
    }
    return list.sort((a, b) => a.time - b.time);
  }

  function commandRows(commands) {
    document.querySelector('#commands tbody').innerHTML = commands.slice().reverse().map(c => `<tr data-command="${D.escapeHtml(c.id)}">
      <td>${D.utc(c.issued_ms)}</td><td>${D.escapeHtml(c.action)}</td><td>${D.escapeHtml(c.issued_by)}</td><td>${c.status}</td>
      <td>${D.utc(c.applied_ms)}</td><td>${D.escapeHtml(c.result || '')}</td></tr>`).join('');
  }

  // The buttons are shown to a control token only; the API refuses a read token anyway (403).
  function controls(scopes) {
    const bar = document.getElementById('controls');
    bar.hidden = !scopes.includes('control');
    if (bar.hidden || bar.dataset.wired) return;
    bar.dataset.wired = 'yes';
    const message = document.getElementById('control-message');
    for (const button of bar.querySelectorAll('button')) {
      button.onclick = async () => {
        if (button.dataset.confirm && !confirm(button.dataset.confirm)) return;
        try {
          const command = await D.control(name, button.dataset.action);
          message.className = '';
          message.textContent = `${command.action} sent (command ${command.id}, ${command.status}); the instance takes it within about 15 s.`;
          commandRows(await D.api(path + '/commands'));
        } catch (e) {
          message.className = 'neg';
          message.textContent = e.message;
        }
      };
    }
  }

  async function load() {
    const [instance, candles, equity, trades, orders, commands, session] = await Promise.all([
      D.api(path), D.api(path + '/candles'), D.api(path + '/equity'), D.api(path + '/trades'), D.api(path + '/orders'),
      D.api(path + '/commands'), D.api('/session')]);
    document.title = instance.name + ' - Trader';
    document.getElementById('name').textContent = instance.name;
    summary(instance);
    controls(session.scopes);
    commandRows(commands);

    ensureChart();
    candleSeries.setData(candles.map(c => ({ time: seconds(c.open_time_ms), open: c.open, high: c.high, low: c.low, close: c.close })));
    equitySeries.setData(equity.map(e => ({ time: seconds(e.time_ms), value: Number(e.equity) })).filter((p, i, all) => i === 0 || p.time > all[i - 1].time));
    // A marker sits on the bar whose open time is at or before the fill.
    const snapped = tradeMarkers(trades, candles).map(m => {
      let bar = candles[0].open_time_ms;
      for (const c of candles) { if (seconds(c.open_time_ms) <= m.time) bar = c.open_time_ms; else break; }
      return { ...m, time: seconds(bar) };
    });
    markers.setMarkers(snapped);

    document.querySelector('#trades tbody').innerHTML = trades.slice().reverse().map(t => `<tr>
      <td>${t.id}</td><td>${t.side}</td><td class="num">${D.num(t.amount)}</td><td>${D.utc(t.entry_time_ms)}</td>
      <td class="num">${D.num(t.entry_price)}</td><td>${t.is_open ? 'open' : D.utc(t.exit_time_ms)}</td><td class="num">${D.num(t.exit_price)}</td>
      <td>${D.escapeHtml(t.exit_reason || '')}</td><td class="num">${D.num(t.fees)}</td>
      <td class="num ${D.signClass(t.pnl)}">${D.num(t.pnl)}</td></tr>`).join('');
    document.querySelector('#orders tbody').innerHTML = orders.slice().reverse().map(o => `<tr>
      <td>${D.utc(o.created_ms)}</td><td>${D.escapeHtml(o.client_order_id)}</td><td>${o.side}</td><td>${o.type}</td><td>${o.status}</td>
      <td class="num">${D.num(o.price)}</td><td class="num">${D.num(o.amount)}</td><td class="num">${D.num(o.filled)}</td>
      <td class="num">${D.num(o.average)}</td><td class="num">${D.num(o.fee)} ${D.escapeHtml(o.fee_currency || '')}</td>
      <td>${D.escapeHtml(o.reason || '')}</td></tr>`).join('');
  }

  D.start(load, 30);
})();
