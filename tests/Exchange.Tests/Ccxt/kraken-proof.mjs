// An unmodified ccxt client, its own kraken class, pointed at the simulator's kraken dialect.
// Usage: node kraken-proof.mjs <base url> <api key> <api secret (base64)>
// Prints one JSON object with what each unified call returned (or the ccxt error class it threw); the test asserts it.
// Exits 1 when a call that should succeed fails, so the failure and its message reach the test's output.
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
const root = baseUrl.replace(/\/+$/, '');
const client = (key, sec) => new ccxt.kraken({
    apiKey: key,
    secret: sec,
    // The documented way to point ccxt elsewhere: its own urls.api entries.
    urls: { api: { public: root, private: root } },
    // ccxt waits a second between calls for Kraken's public limit; the simulator's budget is set wide for this run.
    rateLimit: 50,
});

const errorName = async (call) => {
    try {
        await call();
        return 'none';
    } catch (e) {
        return e.constructor.name;
    }
};

const kraken = client(apiKey, secret);
const out = {};
try {
    const markets = await kraken.loadMarkets();
    const btc = markets['BTC/USD'];
    out.markets = { symbols: Object.keys(markets).sort(), spot: btc.spot, id: btc.id, altname: btc.altname, amountStep: btc.precision.amount, priceStep: btc.precision.price, minAmount: btc.limits.amount.min, minCost: btc.limits.cost.min };

    const ohlcv = await kraken.fetchOHLCV('BTC/USD', '1h', undefined, 5);
    out.ohlcv = { count: ohlcv.length, ascending: ohlcv.every((c, i) => i === 0 || c[0] - ohlcv[i - 1][0] === 3600000), valid: ohlcv.every(c => c[3] <= Math.min(c[1], c[4]) && c[2] >= Math.max(c[1], c[4])) };
    const since = ohlcv[0][0];
    const paged = await kraken.fetchOHLCV('BTC/USD', '1h', since, 3);
    out.ohlcvSince = { first: paged[0][0] === since, count: paged.length };

    const ticker = await kraken.fetchTicker('BTC/USD');
    out.ticker = { last: ticker.last, high: ticker.high, low: ticker.low };

    const tape = await kraken.fetchTrades('BTC/USD', since, 10);
    out.publicTrades = { count: tape.length, fromSince: tape.every(t => t.timestamp >= since) };

    const balance = await kraken.fetchBalance();
    out.balance = { usdTotal: balance.USD.total, usdFree: balance.USD.free, btcTotal: balance.BTC.total };

    const limit = await kraken.createOrder('BTC/USD', 'limit', 'buy', 0.001, 20000, { clientOrderId: 'ccxt-limit-1' });
    const open = await kraken.fetchOpenOrders('BTC/USD');
    const fetched = await kraken.fetchOrder(limit.id, 'BTC/USD');
    const usedWhileOpen = (await kraken.fetchBalance()).USD.used;
    await kraken.cancelOrder(limit.id, 'BTC/USD');
    const canceled = await kraken.fetchOrder(limit.id, 'BTC/USD');
    out.limit = {
        clientOrderId: fetched.clientOrderId, status: fetched.status, price: fetched.price, amount: fetched.amount, listedOpen: open.some(o => o.id === limit.id),
        usedWhileOpen, canceledStatus: canceled.status, openAfterCancel: (await kraken.fetchOpenOrders('BTC/USD')).some(o => o.id === limit.id),
    };

    const market = await kraken.createOrder('BTC/USD', 'market', 'buy', 0.002, undefined, { clientOrderId: 'ccxt-market-1' });
    const filled = await kraken.fetchOrder(market.id, 'BTC/USD');
    const closed = await kraken.fetchClosedOrders('BTC/USD');
    const trades = await kraken.fetchMyTrades('BTC/USD');
    const mine = trades.filter(t => t.order === market.id);
    out.market = { status: filled.status, filled: filled.filled, amount: filled.amount, inClosed: closed.some(o => o.id === market.id), trades: mine.length, tradeAmount: mine[0]?.amount, tradeSide: mine[0]?.side };

    const sold = await kraken.createOrder('BTC/USD', 'market', 'sell', 0.001, undefined, { clientOrderId: 'ccxt-market-2' });
    out.sell = { status: (await kraken.fetchOrder(sold.id, 'BTC/USD')).status };

    // ccxt's unified postOnly: a post-only limit below the market rests; one above it would take.
    const maker = await kraken.createOrder('BTC/USD', 'limit', 'buy', 0.001, 20000, { postOnly: true, clientOrderId: 'ccxt-maker-1' });
    const makerState = await kraken.fetchOrder(maker.id, 'BTC/USD');
    await kraken.cancelOrder(maker.id, 'BTC/USD');
    const above = Math.ceil(ticker.last * 1.05);
    let taking = 'none';
    try {
        await kraken.createOrder('BTC/USD', 'limit', 'buy', 0.001, above, { postOnly: true });
    } catch (e) {
        taking = `${e.constructor.name}: ${e.message}`;
    }
    out.postOnly = { status: makerState.status, postOnly: makerState.postOnly, timeInForce: makerState.timeInForce, price: makerState.price, taking };

    out.errors = {
        wrongSecret: await errorName(() => client(apiKey, 'bm90LXRoZS1zZWNyZXQ=').fetchBalance()),
        unknownKey: await errorName(() => client('someone-else', secret).fetchBalance()),
        insufficientFunds: await errorName(() => kraken.createOrder('BTC/USD', 'limit', 'buy', 100, 20000)),
        cancelUnknown: await errorName(() => kraken.cancelOrder('OABCDE-FGHIJ-KLMNOP', 'BTC/USD')),
        fetchUnknown: await errorName(() => kraken.fetchOrder('OABCDE-FGHIJ-KLMNOP', 'BTC/USD')),
        badSymbol: await errorName(() => kraken.fetchTicker('NOPE/USD')),
    };
} catch (e) {
    out.failure = `${e.constructor.name}: ${e.message}`;
    console.log(JSON.stringify(out));
    process.exit(1);
}
console.log(JSON.stringify(out));
