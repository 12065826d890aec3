// The backtest report's chart and trade table, drawn from the two JSON blocks of the page: "backtest-json" (the
// backtester's --json output: metrics, trades, equity) and "chart-json" (candles and the strategy's indicators).
// One chart with panes: candles, volume and price-scale indicators; one pane per oscillator; equity; drawdown (%).
// The panes share one time axis, so zooming or panning any of them moves all.
(function () {
  'use strict';
  const LWC = window.LightweightCharts;
  const result = JSON.parse(document.getElementById('backtest-json').textContent);
  const data = JSON.parse(document.getElementById('chart-json').textContent);
  const times = data.time;
  const bars = times.length;
  const decimals = data.price_decimals;
  const UP = '#26a69a', DOWN = '#ef5350', POS = '#1a7f37', NEG = '#cf222e';
  const PALETTE = ['#2962ff', '#ff6d00', '#8e24aa', '#00897b', '#c2185b', '#6d4c41', '#0097a7', '#7cb342', '#f9a825'];
  const priceFormat = { type: 'price', precision: decimals, minMove: Math.pow(10, -decimals) };
  const percentFormat = { type: 'custom', minMove: 0.01, formatter: v => v.toFixed(2) + ' %' };
  const moneyFormat = { type: 'custom', minMove: 0.01, formatter: v => money(v) };

  function money(v) { return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
  function num(v, digits) { return v === null || v === undefined ? '-' : v.toLocaleString('en-US', { maximumFractionDigits: digits }); }
  function seconds(iso) { return Date.parse(iso) / 1000; }
  function utc(t) { return new Date(t * 1000).toISOString().replace('T', ' ').slice(0, 16); }
  function held(ms) {
    const m = Math.round(ms / 60000), d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), r = m % 60;
    return (d ? d + 'd ' : '') + (d || h ? h + 'h ' : '') + r + 'm';
  }
  function escapeHtml(s) { return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]); }
  // The bar holding time t (seconds): the last bar opening at or before it.
  function barOf(t) {
    let lo = 0, hi = bars - 1;
    if (t < times[0]) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  // Entries fill at a candle's open; exits at the next open (signal) or inside a candle, stamped with its close.
  function entryBar(trade) { return barOf(seconds(trade.entry_time)); }
  function exitBar(trade) { return barOf(seconds(trade.exit_time) - (trade.exit_reason === 'signal' ? 0 : 1)); }

  const oscillators = data.indicators.filter(i => !i.price_scale).length;
  const container = document.getElementById('chart');
  const heights = { price: 420, oscillator: 130, equity: 170, drawdown: 120 };
  container.style.height = (heights.price + oscillators * heights.oscillator + heights.equity + heights.drawdown) + 'px';

  const chart = LWC.createChart(container, {
    autoSize: true,
    layout: {
      background: { type: 'solid', color: '#ffffff' }, textColor: '#1f2328', fontSize: 11,
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      panes: { separatorColor: '#d0d7de', separatorHoverColor: 'rgba(9,105,218,0.15)', enableResize: true },
    },
    grid: { vertLines: { color: '#f0f2f4' }, horzLines: { color: '#f0f2f4' } },
    rightPriceScale: { borderColor: '#d0d7de', minimumWidth: 80 },
    timeScale: { borderColor: '#d0d7de', timeVisible: true, secondsVisible: false, rightOffset: 4 },
    crosshair: { mode: LWC.CrosshairMode.Normal },
  });

  // Pane 0: candles, volume (its own scale at the bottom) and the price-scale indicators.
  const candles = chart.addSeries(LWC.CandlestickSeries, {
    upColor: UP, downColor: DOWN, borderVisible: false, wickUpColor: UP, wickDownColor: DOWN, priceFormat,
  }, 0);
  candles.setData(times.map((t, i) => ({ time: t, open: data.open[i], high: data.high[i], low: data.low[i], close: data.close[i] })));
  candles.priceScale().applyOptions({ scaleMargins: { top: 0.06, bottom: 0.2 } });
  const volume = chart.addSeries(LWC.HistogramSeries, {
    priceScaleId: 'volume', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false,
  }, 0);
  volume.priceScale().applyOptions({ scaleMargins: { top: 0.84, bottom: 0 } });
  volume.setData(times.map((t, i) => ({
    time: t, value: data.volume[i], color: data.close[i] >= data.open[i] ? 'rgba(38,166,154,0.35)' : 'rgba(239,83,80,0.35)',
  })));

  const legendSeries = [];
  let pane = 1, colour = 0;
  for (const indicator of data.indicators) {
    const target = indicator.price_scale ? 0 : pane++;
    indicator.fields.forEach((field, f) => {
      const name = indicator.fields.length > 1 ? indicator.label + ' ' + field : indicator.label;
      const color = PALETTE[colour++ % PALETTE.length];
      const histogram = field === 'histogram';
      const series = chart.addSeries(histogram ? LWC.HistogramSeries : LWC.LineSeries, histogram
        ? { priceLineVisible: false, lastValueVisible: false, title: '' }
        : {
          color, lineWidth: 2, priceLineVisible: false, lastValueVisible: !indicator.price_scale,
          crosshairMarkerVisible: false, priceFormat: indicator.price_scale ? priceFormat : { type: 'price', precision: 2, minMove: 0.01 },
        }, target);
      const points = [];
      indicator.values[f].forEach((v, i) => {
        if (v === null) return;
        points.push(histogram ? { time: times[i], value: v, color: v >= 0 ? 'rgba(38,166,154,0.6)' : 'rgba(239,83,80,0.6)' } : { time: times[i], value: v });
      });
      series.setData(points);
      legendSeries.push({ name, color: histogram ? '#8c959f' : color, values: indicator.values[f], digits: indicator.price_scale ? decimals : 2 });
    });
  }

  // Equity and drawdown at full resolution, drawn per bar (the last equity of a bar, the deepest drawdown in it).
  const equityByBar = new Array(bars).fill(null), drawdownByBar = new Array(bars).fill(null);
  let peak = result.metrics.starting_balance;
  for (const [iso, equity] of result.equity) {
    const bar = barOf(seconds(iso) - 1);            // an equity point is stamped with its candle's close
    peak = Math.max(peak, equity);
    const drawdown = (equity / peak - 1) * 100;
    equityByBar[bar] = equity;
    drawdownByBar[bar] = drawdownByBar[bar] === null ? drawdown : Math.min(drawdownByBar[bar], drawdown);
  }
  const equityPane = pane++, drawdownPane = pane++;
  const equitySeries = chart.addSeries(LWC.BaselineSeries, {
    baseValue: { type: 'price', price: result.metrics.starting_balance },
    topLineColor: POS, topFillColor1: 'rgba(26,127,55,0.25)', topFillColor2: 'rgba(26,127,55,0.03)',
    bottomLineColor: NEG, bottomFillColor1: 'rgba(207,34,46,0.03)', bottomFillColor2: 'rgba(207,34,46,0.25)',
    lineWidth: 2, priceFormat: moneyFormat, title: 'equity', priceLineVisible: false,
  }, equityPane);
  equitySeries.setData(equityByBar.flatMap((v, i) => v === null ? [] : [{ time: times[i], value: v }]));
  const drawdownSeries = chart.addSeries(LWC.BaselineSeries, {
    baseValue: { type: 'price', price: 0 }, topLineColor: NEG, bottomLineColor: NEG,
    topFillColor1: 'rgba(0,0,0,0)', topFillColor2: 'rgba(0,0,0,0)', bottomFillColor1: 'rgba(207,34,46,0.08)', bottomFillColor2: 'rgba(207,34,46,0.35)',
    lineWidth: 1, priceFormat: percentFormat, title: 'drawdown', priceLineVisible: false,
  }, drawdownPane);
  drawdownSeries.setData(drawdownByBar.flatMap((v, i) => v === null ? [] : [{ time: times[i], value: v }]));

  // Stretch factors (not pixel heights): they hold whatever size the chart gets when it fits its container.
  chart.panes().forEach((p, i) =>
    p.setStretchFactor(i === 0 ? heights.price : i === equityPane ? heights.equity : i === drawdownPane ? heights.drawdown : heights.oscillator));

  // Entries ▲ below the bar, exits ▼ above it; trades by bar for the tooltip.
  const SHORT = { signal: 'S', stop_loss: 'SL', trailing_stop: 'TS', take_profit: 'TP', manual: 'END' };
  const tradesAtBar = new Map();
  const markers = [];
  const label = result.trades.length <= 80;
  const at = (bar, item) => { if (!tradesAtBar.has(bar)) tradesAtBar.set(bar, []); tradesAtBar.get(bar).push(item); };
  result.trades.forEach((trade, k) => {
    const entry = entryBar(trade), exit = exitBar(trade);
    at(entry, { kind: 'entry', trade, number: k + 1 });
    at(exit, { kind: 'exit', trade, number: k + 1 });
    markers.push({ time: times[entry], position: 'belowBar', shape: 'arrowUp', color: '#0969da', text: label ? String(k + 1) : '' });
    markers.push({
      time: times[exit], position: 'aboveBar', shape: 'arrowDown', color: trade.pnl > 0 ? POS : NEG,
      text: label ? SHORT[trade.exit_reason] || trade.exit_reason : '',
    });
  });
  markers.sort((a, b) => a.time - b.time);
  LWC.createSeriesMarkers(candles, markers);

  // Legend (values under the crosshair, else the last bar) and the trade tooltip.
  const legend = document.getElementById('legend');
  const tooltip = document.getElementById('tooltip');
  function showLegend(bar) {
    const ohlc = '<span class="item"><b>' + utc(times[bar]) + '</b></span>'
      + '<span class="item">O ' + num(data.open[bar], decimals) + ' H ' + num(data.high[bar], decimals)
      + ' L ' + num(data.low[bar], decimals) + ' C ' + num(data.close[bar], decimals) + '</span>'
      + '<span class="item">Vol ' + num(data.volume[bar], 2) + '</span>';
    const lines = legendSeries.map(s => '<span class="item"><span class="swatch" style="background:' + s.color + '"></span>'
      + escapeHtml(s.name) + ' ' + num(s.values[bar], s.digits) + '</span>').join('');
    let e = bar; while (e > 0 && equityByBar[e] === null) e--;
    const equity = equityByBar[e] === null ? '' : '<span class="item">Equity ' + num(equityByBar[e], 2) + '</span>';
    legend.innerHTML = ohlc + lines + equity;
  }
  function describe(item) {
    const t = item.trade;
    if (item.kind === 'entry') {
      return '<div class="trade"><b style="color:#0969da">▲ Entry #' + item.number + '</b> ' + t.entry_time.replace('T', ' ').replace('Z', '') + ' UTC<br>'
        + 'Bought ' + t.amount + ' at ' + t.entry_price + '<br><i>' + escapeHtml(t.entry_signal || 'entry signal') + '</i></div>';
    }
    const colour = t.pnl > 0 ? POS : NEG;
    return '<div class="trade"><b style="color:' + colour + '">▼ Exit #' + item.number + ' (' + t.exit_reason.replace('_', ' ') + ')</b> '
      + t.exit_time.replace('T', ' ').replace('Z', '') + ' UTC<br>Sold at ' + t.exit_price + ', P&amp;L <b style="color:' + colour + '">'
      + money(t.pnl) + '</b> after ' + money(t.fee) + ' fees<br><i>' + escapeHtml(t.exit_signal || t.exit_reason) + '</i></div>';
  }
  chart.subscribeCrosshairMove(param => {
    if (param.time === undefined || !param.point) { showLegend(bars - 1); tooltip.hidden = true; return; }
    const bar = barOf(param.time);
    showLegend(bar);
    const items = tradesAtBar.get(bar);
    if (!items) { tooltip.hidden = true; return; }
    tooltip.innerHTML = items.map(describe).join('');
    tooltip.hidden = false;
    const width = container.clientWidth, box = tooltip.getBoundingClientRect();
    const x = param.point.x + 16 + box.width > width ? param.point.x - 16 - box.width : param.point.x + 16;
    tooltip.style.left = Math.max(0, x) + 'px';
    tooltip.style.top = Math.max(0, param.point.y - 10) + 'px';
  });
  showLegend(bars - 1);
  chart.timeScale().fitContent();

  // The trade table: one row per trade of the JSON; a click shows that trade on the chart.
  const body = document.querySelector('#trades tbody');
  document.getElementById('trade-count').textContent = '(' + result.trades.length + ')';
  result.trades.forEach((t, k) => {
    const row = document.createElement('tr');
    const ms = Date.parse(t.exit_time) - Date.parse(t.entry_time);
    const cells = [
      [k + 1, k + 1], [t.entry_time.replace('T', ' ').replace(':00Z', ''), t.entry_time], [t.exit_time.replace('T', ' ').replace(':00Z', ''), t.exit_time],
      [held(ms), ms], [t.amount, t.amount], [t.entry_price, t.entry_price], [t.exit_price, t.exit_price],
      [money(t.pnl), t.pnl], [money(t.fee), t.fee], [t.exit_reason.replace('_', ' '), t.exit_reason],
    ];
    for (const [text, sort] of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      td.dataset.sort = sort;
      row.appendChild(td);
    }
    row.children[7].className = t.pnl > 0 ? 'pos' : 'neg';
    const why = document.createElement('td');
    why.className = 'why';
    why.textContent = (t.entry_signal || '') + (t.exit_reason === 'signal' && t.exit_signal ? ' → ' + t.exit_signal : '');
    row.appendChild(why);
    row.addEventListener('click', () => {
      const from = Math.max(0, entryBar(t) - 40), to = Math.min(bars - 1, exitBar(t) + 40);
      chart.timeScale().setVisibleLogicalRange({ from, to });
      container.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    body.appendChild(row);
  });
})();
