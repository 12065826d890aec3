// An unmodified ccxt client, its own bybit class (spot only), pointed at the simulator's bybit dialect.
// Usage: node bybit-proof.mjs <base url> <api key> <api secret>
// Prints one JSON object with what each unified call returned (or the ccxt error class it threw); the test asserts it.
// Exits 1 when a call that should succeed fails, so the failure and its message reach the test's output.
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
const root = baseUrl.replace(/\/+$/, '');
const client = (key, sec) => new ccxt.bybit({
    apiKey: key,
    secret: sec,
    // The documented way to point ccxt elsewhere: its own urls.api entries.
    urls: { api: { spot: root, futures: root, v2: root, public: root, private: root } },
    // Spot only: ccxt would otherwise also load linear, inverse and option markets.
    options: { fetchMarkets: { types: ['spot'] } },
});

const errorName = async (call) => {
    try {
        await call();
        return 'none';
    } catch (e) {
        return e.constructor.name;
    }
};

const bybit = client(apiKey, secret);
const out = {};
try {
    const markets = await bybit.loadMarkets();
    const btc = markets['BTC/USDT'];
    out.markets = { symbols: Object.keys(markets).sort(), spot: btc.spot, id: btc.id, amountStep: btc.precision.amount, priceStep: btc.precision.price, minAmount: btc.limits.amount.min, minCost: btc.limits.cost.min };

    const ohlcv = await bybit.fetchOHLCV('BTC/USDT', '1h', undefined, 5);
    out.ohlcv = { count: ohlcv.length, ascending: ohlcv.every((c, i) => i === 0 || c[0] - ohlcv[i - 1][0] === 3600000), valid: ohlcv.every(c => c[3] <= Math.min(c[1], c[4]) && c[2] >= Math.max(c[1], c[4])) };
    const since = ohlcv[0][0];
    const paged = await bybit.fetchOHLCV('BTC/USDT', '1h', since, 3);
    out.ohlcvSince = { first: paged[0][0] === since, count: paged.length };

    const ticker = await bybit.fetchTicker('BTC/USDT');
    out.ticker = { last: ticker.last, high: ticker.high, low: ticker.low };

    const balance = await bybit.fetchBalance();
    out.balance = { usdtTotal: balance.USDT.total, usdtFree: balance.USDT.free, btcTotal: balance.BTC.total };

    const limit = await bybit.createOrder('BTC/USDT', 'limit', 'buy', 0.001, 20000, { clientOrderId: 'ccxt-limit-1' });
    const open = await bybit.fetchOpenOrders('BTC/USDT');
    const fetched = await bybit.fetchOrder(limit.id, 'BTC/USDT', { acknowledged: true });
    const usedWhileOpen = (await bybit.fetchBalance()).USDT.used;
    await bybit.cancelOrder(limit.id, 'BTC/USDT');
    const canceled = await bybit.fetchOrder(limit.id, 'BTC/USDT', { acknowledged: true });
    out.limit = {
        clientOrderId: fetched.clientOrderId, status: fetched.status, price: fetched.price, amount: fetched.amount, listedOpen: open.some(o => o.id === limit.id),
        usedWhileOpen, canceledStatus: canceled.status, openAfterCancel: (await bybit.fetchOpenOrders('BTC/USDT')).some(o => o.id === limit.id),
    };

    const market = await bybit.createOrder('BTC/USDT', 'market', 'buy', 0.002, undefined, { clientOrderId: 'ccxt-market-1' });
    const filled = await bybit.fetchOrder(market.id, 'BTC/USDT', { acknowledged: true });
    const closed = await bybit.fetchClosedOrders('BTC/USDT');
    const trades = await bybit.fetchMyTrades('BTC/USDT');
    const mine = trades.filter(t => t.order === market.id);
    out.market = { status: filled.status, filled: filled.filled, amount: filled.amount, inClosed: closed.some(o => o.id === market.id), trades: mine.length, tradeAmount: mine[0]?.amount, tradeSide: mine[0]?.side, feeCurrency: mine[0]?.fee?.currency };

    const sold = await bybit.createOrder('BTC/USDT', 'market', 'sell', 0.001, undefined, { clientOrderId: 'ccxt-market-2' });
    out.sell = { status: (await bybit.fetchOrder(sold.id, 'BTC/USDT', { acknowledged: true })).status };

    // ccxt's unified postOnly: a post-only limit below the market rests; one above it would take.
    const maker = await bybit.createOrder('BTC/USDT', 'limit', 'buy', 0.001, 20000, { postOnly: true, clientOrderId: 'ccxt-maker-1' });
    const makerState = await bybit.fetchOrder(maker.id, 'BTC/USDT', { acknowledged: true });
    await bybit.cancelOrder(maker.id, 'BTC/USDT');
    const above = Math.ceil(ticker.last * 1.05);
    // Bybit accepts a PostOnly order that would take and cancels it at once, saying why.
    const took = await bybit.createOrder('BTC/USDT', 'limit', 'buy', 0.001, above, { postOnly: true, clientOrderId: 'ccxt-maker-2' });
    const tookState = await bybit.fetchOrder(took.id, 'BTC/USDT', { acknowledged: true });
    const taking = { status: tookState.status, filled: tookState.filled, rejectReason: tookState.info.rejectReason };
    out.postOnly = { status: makerState.status, postOnly: makerState.postOnly, timeInForce: makerState.timeInForce, price: makerState.price, taking };

    out.errors = {
        wrongSecret: await errorName(() => client(apiKey, 'not-the-secret').fetchBalance()),
        unknownKey: await errorName(() => client('someone-else', secret).fetchBalance()),
        insufficientFunds: await errorName(() => bybit.createOrder('BTC/USDT', 'limit', 'buy', 100, 20000)),
        cancelUnknown: await errorName(() => bybit.cancelOrder('987654321', 'BTC/USDT')),
        fetchUnknown: await errorName(() => bybit.fetchOpenOrder('987654321', 'BTC/USDT')),
        badSymbol: await errorName(() => bybit.fetchTicker('NOPE/USDT')),
    };
} catch (e) {
    out.failure = `${e.constructor.name}: ${e.message}`;
    console.log(JSON.stringify(out));
    process.exit(1);
}
console.log(JSON.stringify(out));
