// Shared by every page: the token (kept in this tab's sessionStorage only, sent as a bearer header), API calls, and
// number and time formats. A page calls Dashboard.start(load): load runs once a token is known, and again on refresh.
(function () {
  'use strict';
  const KEY = 'trader-dashboard-token';

  class Unauthorized extends Error {}

  async function api(path, method, headers) {
    const response = await fetch('/api' + path, { method: method || 'GET', headers: { ...headers, Authorization: 'Bearer ' + sessionStorage.getItem(KEY) } });
    if (response.status === 401) throw new Unauthorized('The token was not accepted.');
    if (response.status === 403) throw new Error('Refused: this token may only read (the control token is DASHBOARD_CONTROL_TOKEN).');
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || response.status + ' ' + response.statusText);
    }
    return response.json();
  }

  function showLogin(message) {
    document.getElementById('content').hidden = true;
    const form = document.getElementById('login');
    form.hidden = false;
    document.getElementById('login-message').textContent = message || '';
    form.onsubmit = event => {
      event.preventDefault();
      sessionStorage.setItem(KEY, document.getElementById('token').value.trim());
      location.reload();
    };
  }

  // The parts every page shares: the navigation bar and the token form (hidden until needed).
  function chrome() {
    document.body.insertAdjacentHTML('afterbegin',
      '<header><strong>Trader</strong><a href="/">Fleet</a><a href="/backtests">Backtests</a><span id="error"></span></header>');
    document.querySelector('main').insertAdjacentHTML('afterbegin', `<form id="login" hidden>
      <label for="token">Dashboard token (DASHBOARD_READ_TOKEN or DASHBOARD_CONTROL_TOKEN)</label>
      <input id="token" type="password" autocomplete="off">
      <button type="submit">Open</button>
      <p id="login-message" class="neg"></p>
    </form>`);
  }

  function start(load, refreshSeconds) {
    chrome();
    if (!sessionStorage.getItem(KEY)) { showLogin(); return; }
    const run = async () => {
      try {
        await load();
        document.getElementById('error').textContent = '';
      } catch (e) {
        if (e instanceof Unauthorized) { sessionStorage.removeItem(KEY); showLogin(e.message); return; }
        document.getElementById('error').textContent = e.message;
      }
    };
    run().then(() => { if (refreshSeconds) setInterval(run, refreshSeconds * 1000); });
  }

  // Money and quantities: up to 8 decimals, thousands separated (the API sends exact decimals).
  function num(v) { return v === null || v === undefined ? '-' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 8 }); }
  function signClass(v) { return v > 0 ? 'pos' : v < 0 ? 'neg' : ''; }
  function age(ms) {
    if (ms < 120000) return Math.floor(ms / 1000) + 's';
    if (ms < 7200000) return Math.floor(ms / 60000) + 'm';
    if (ms < 172800000) return Math.floor(ms / 3600000) + 'h';
    return Math.floor(ms / 86400000) + 'd';
  }
  function utc(ms) { return ms === null || ms === undefined ? '-' : new Date(ms).toISOString().replace('T', ' ').slice(0, 19); }
  function escapeHtml(s) { return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]); }
  function position(p) { return p ? num(p.amount) + ' @ ' + num(p.entry_price) : 'flat'; }

  // Sends an operator command; one idempotency key per click, so a retried request is the same command.
  function control(name, action) {
    return api('/instances/' + encodeURIComponent(name) + '/control/' + action, 'POST', { 'Idempotency-Key': crypto.randomUUID() });
  }

  window.Dashboard = { api, control, start, num, signClass, age, utc, escapeHtml, position };
})();
