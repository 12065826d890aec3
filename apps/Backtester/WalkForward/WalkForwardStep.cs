using Trader.Backtester.Run;
using Trader.Backtester.Sweep;
using Trader.Execution.Backtesting;
using Trader.Execution.Research;

namespace Trader.Backtester.WalkForward;

/// <summary>One window of a walk-forward as run.</summary>
/// <param name="Window">The in-sample and out-of-sample spans.</param>
/// <param name="Best">The in-sample search's winner by the objective: its parameters and in-sample metrics.</param>
/// <param name="OutOfSample">The winner's run over the out-of-sample span, started with the equity the previous window ended with.</param>
/// <param name="OutOfSampleRows">Its metrics.</param>
internal sealed record WalkForwardStep(WalkForwardWindow Window, SweepRun Best, BacktestResult OutOfSample, IReadOnlyList<MetricRow> OutOfSampleRows);
