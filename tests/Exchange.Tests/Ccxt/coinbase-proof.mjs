// An unmodified ccxt client, its own coinbase class (Advanced Trade, a CDP-style key: its name and an EC private key
// PEM), pointed at the simulator's coinbase dialect.
// Usage: node coinbase-proof.mjs <base url> <key name> <pem file> <other pem file>
// Prints one JSON object with what each unified call returned (or the ccxt error class it threw); the test asserts it.
// Exits 1 when a call that should succeed fails, so the failure and its message reach the test's output.
import { readFileSync } from 'node:fs';
import ccxt from 'ccxt';

const [baseUrl, keyName, pemFile, otherPemFile] = process.argv.slice(2);
const root = baseUrl.replace(/\/+$/, '');
const client = (key, pem) => new ccxt.coinbase({
    apiKey: key,
    secret: pem,
    // The documented way to point ccxt elsewhere: its own urls.api entry.
    urls: { api: { rest: root } },
    // Balances from Advanced Trade's accounts (ccxt's default reads the Coinbase App's v2 accounts).
    options: { fetchBalance: 'v3PrivateGetBrokerageAccounts' },
});

const errorName = async (call) => {
    try {
        await call();
        return 'none';
    } catch (e) {
        return e.constructor.name;
    }
};

const pem = readFileSync(pemFile, 'utf8');
const coinbase = client(keyName, pem);
const out = {};
try {
    const markets = await coinbase.loadMarkets();
    const btc = markets['BTC/USD'];
    out.markets = { symbols: Object.keys(markets).sort(), spot: btc.spot, id: btc.id, amountStep: btc.precision.amount, priceStep: btc.precision.price, minAmount: btc.limits.amount.min, minCost: btc.limits.cost.min };

    const ohlcv = await coinbase.fetchOHLCV('BTC/USD', '1h', undefined, 5);
    out.ohlcv = { count: ohlcv.length, ascending: ohlcv.every((c, i) => i === 0 || c[0] - ohlcv[i - 1][0] === 3600000), valid: ohlcv.every(c => c[3] <= Math.min(c[1], c[4]) && c[2] >= Math.max(c[1], c[4])) };
    const since = ohlcv[0][0];
    const paged = await coinbase.fetchOHLCV('BTC/USD', '1h', since, 3);
    out.ohlcvSince = { first: paged[0][0] === since, count: paged.length };

    const ticker = await coinbase.fetchTicker('BTC/USD');
    out.ticker = { last: ticker.last, bid: ticker.bid, ask: ticker.ask };

    const balance = await coinbase.fetchBalance();
    out.balance = { usdTotal: balance.USD.total, usdFree: balance.USD.free, btcTotal: balance.BTC.total };

    const limit = await coinbase.createOrder('BTC/USD', 'limit', 'buy', 0.001, 20000, { client_order_id: 'ccxt-limit-1' });
    const open = await coinbase.fetchOpenOrders('BTC/USD');
    const fetched = await coinbase.fetchOrder(limit.id, 'BTC/USD');
    const usedWhileOpen = (await coinbase.fetchBalance()).USD.used;
    await coinbase.cancelOrder(limit.id, 'BTC/USD');
    const canceled = await coinbase.fetchOrder(limit.id, 'BTC/USD');
    out.limit = {
        clientOrderId: fetched.clientOrderId, status: fetched.status, price: fetched.price, amount: fetched.amount, listedOpen: open.some(o => o.id === limit.id),
        usedWhileOpen, canceledStatus: canceled.status, openAfterCancel: (await coinbase.fetchOpenOrders('BTC/USD')).some(o => o.id === limit.id),
    };

    // ccxt sizes a market buy in the quote currency (amount × price), as Coinbase's quote_size.
    const market = await coinbase.createOrder('BTC/USD', 'market', 'buy', 0.002, ticker.last, { client_order_id: 'ccxt-market-1' });
    const filled = await coinbase.fetchOrder(market.id, 'BTC/USD');
    const closed = await coinbase.fetchClosedOrders('BTC/USD');
    const trades = await coinbase.fetchMyTrades('BTC/USD');
    const mine = trades.filter(t => t.order === market.id);
    out.market = { status: filled.status, filled: filled.filled, inClosed: closed.some(o => o.id === market.id), trades: mine.length, tradeSide: mine[0]?.side, feeCurrency: mine[0]?.fee?.currency };

    const sold = await coinbase.createOrder('BTC/USD', 'market', 'sell', 0.001, undefined, { client_order_id: 'ccxt-market-2' });
    out.sell = { status: (await coinbase.fetchOrder(sold.id, 'BTC/USD')).status };

    // ccxt's unified postOnly: a post-only limit below the market rests; one above it would take.
    const maker = await coinbase.createOrder('BTC/USD', 'limit', 'buy', 0.001, 20000, { postOnly: true, client_order_id: 'ccxt-maker-1' });
    const makerState = await coinbase.fetchOrder(maker.id, 'BTC/USD');
    await coinbase.cancelOrder(maker.id, 'BTC/USD');
    const above = Math.ceil(ticker.last * 1.05);
    let taking = 'none';
    try {
        await coinbase.createOrder('BTC/USD', 'limit', 'buy', 0.001, above, { postOnly: true });
    } catch (e) {
        taking = `${e.constructor.name}: ${e.message}`;
    }
    out.postOnly = { status: makerState.status, postOnly: makerState.postOnly, timeInForce: makerState.timeInForce, price: makerState.price, taking };

    out.errors = {
        otherKey: await errorName(() => client(keyName, readFileSync(otherPemFile, 'utf8')).fetchBalance()),
        unknownKey: await errorName(() => client('organizations/x/apiKeys/someone-else', pem).fetchBalance()),
        insufficientFunds: await errorName(() => coinbase.createOrder('BTC/USD', 'limit', 'buy', 100, 20000)),
        cancelUnknown: await errorName(() => coinbase.cancelOrder('987654321', 'BTC/USD')),
        fetchUnknown: await errorName(() => coinbase.fetchOrder('987654321', 'BTC/USD')),
        badSymbol: await errorName(() => coinbase.fetchTicker('NOPE/USD')),
    };
} catch (e) {
    out.failure = `${e.constructor.name}: ${e.message}`;
    console.log(JSON.stringify(out));
    process.exit(1);
}
console.log(JSON.stringify(out));
