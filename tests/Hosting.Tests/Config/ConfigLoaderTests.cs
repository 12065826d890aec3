using Trader.Execution.Brokers.Live;
using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Execution;
using Trader.Execution.Brokers;
using Trader.Hosting.Config;
using Trader.Strategies.MaCrossover;
using Trader.Strategies.Rsi;
using Trader.Strategies.RsiMacd;

namespace Trader.Hosting.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_FullFile_BindsEveryKey()
    {
        var config = _files.Load("""
            name: btc-binance-1h
            exchange: binance
            symbol: BTC/USDT
            timeframe: 1h
            mode: live
            strategy:
              type: rsi_macd
              params: { rsi_period: 10, oversold: 25, overbought: 75, macd_fast: 8, macd_slow: 21, macd_signal: 5 }
            risk:
              stake: { fraction: 0.10 }
              stop_loss: 0.03
              take_profit: 0.06
              trailing_stop: 0.02
              max_open_positions: 2
              max_exposure: 0.5
              max_daily_loss: 0.05
              max_drawdown: 0.2
              cooldown_candles: 3
            paper: { starting_balance: 5000, fee: 0.00075, slippage: 0 }
            """);
        Assert.Equal("btc-binance-1h", config.Name);
        Assert.Equal("binance", config.Exchange);
        Assert.Equal("BTC/USDT", config.Symbol);
        Assert.Equal(Timeframe.H1, config.Timeframe);
        Assert.Equal(TradingMode.Live, config.Mode);
        Assert.Equal("rsi_macd", config.Strategy.Type);
        Assert.Equal(new RsiMacdParams(10, 25, 75, 8, 21, 5), config.Strategy.Params);
        Assert.Equal(new RiskConfig(new StakeConfig(Fraction: 0.10m), 0.03m, 0.06m, 0.02m, 2, 0.5m, 0.05m, 0.2m, 3), config.Risk);
        Assert.Equal(new PaperConfig(5000m, 0.00075m, 0m), config.Paper);
    }

    [Fact]
    public void Load_OptionalKeysOmitted_DefaultsApply()
    {
        var config = _files.Load(TempConfig.Valid.Replace("  params: { period: 14 }\n", ""), "eth_binance_15m.yaml");
        Assert.Equal("eth_binance_15m", config.Name);
        Assert.Equal(TradingMode.Paper, config.Mode);
        Assert.Equal(new PaperConfig(), config.Paper);
        Assert.Equal(new RsiParams(14, 30, 70), config.Strategy.Params);
        Assert.Equal(1, config.Risk.MaxOpenPositions);
        Assert.Null(config.Risk.TakeProfit);
        Assert.Null(config.Market);
    }

    [Fact]
    public void Load_Market_BindsTheRulesAndDefaultsTheMinimums()
    {
        var config = _files.Load(TempConfig.Valid + "\nmarket: { tick_size: 0.01, step_size: 0.00001 }\n");

        Assert.Equal(new MarketConfig(0.01m, 0.00001m), config.Market);
        Assert.Equal(new Market("BTCUSDT", "BTC/USDT", "BTC", "USDT", 0.01m, 0.00001m, 0.00001m, 0m), config.Market!.For(config.Symbol));
    }

    [Fact]
    public void Load_Live_BindsBudgetAndFeeHandling()
    {
        var config = _files.Load(TempConfig.Valid + "\nlive: { budget: 1500.50, fee_reserve: 0.00075, convert_fees: false }\n");

        Assert.Equal(new LiveConfig(1500.50m, 0.00075m, ConvertFees: false), config.Live);
        Assert.Equal(config.Live, LiveConfig.Of(config));
    }

    [Fact]
    public void Load_NoLiveSection_LiveSettingsComeFromPaper()
    {
        var config = _files.Load(TempConfig.Valid + "\npaper: { starting_balance: 700, fee: 0.002 }\n");

        Assert.Null(config.Live);
        Assert.Equal(new LiveConfig(700m, 0.002m, ConvertFees: true), LiveConfig.Of(config));
    }

    [Fact]
    public void Load_LiveBudgetMissingOrNegative_ReportedAtTheirKeys()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\nlive: { convert_fees: true }\n");
        TempConfig.Single(path, lines, 10, "missing required key 'live.budget'", "expected a number");

        var (path2, lines2) = _files.Errors(TempConfig.Valid + "\nlive: { budget: -5, fee_reserve: 0.5 }\n");
        Assert.Contains(lines2, l => l.StartsWith($"{path2}:10:") && l.Contains("'live.budget' must be above 0"));
        Assert.Contains(lines2, l => l.StartsWith($"{path2}:10:") && l.Contains("'live.fee_reserve' must be at least 0 and below 0.1"));
    }

    [Fact]
    public void Load_LiveUnknownKey_ReportsAllowedKeys()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\nlive:\n  budgett: 100\n");

        Assert.Contains(lines, l => l.StartsWith($"{path}:11:") && l.Contains("unknown key 'budgett' under 'live'") && l.Contains("budget, fee_reserve, convert_fees"));
    }

    [Fact]
    public void Load_MarketZeroTickOrStepMissing_ReportedAtTheirKeys()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\nmarket: { tick_size: 0, min_notional: 5 }\n");

        TempConfig.Single(path, lines, 10, "missing required key 'market.step_size'", "expected a number");
        var (path2, lines2) = _files.Errors(TempConfig.Valid + "\nmarket: { tick_size: 0, step_size: 0.001 }\n");
        TempConfig.Single(path2, lines2, 10, "'market.tick_size' must be above 0 and at most 1000000, e.g. 0.01; got 0");
    }

    [Fact]
    public void Load_SyntaxError_ReportsLineAndColumn()
    {
        var (path, lines) = _files.Errors("""
            exchange: binance
            symbol: BTC/USDT
              timeframe: 1h
            """);
        var line = Assert.Single(lines);
        Assert.StartsWith($"{path}:3:12: YAML syntax error: ", line);
        Assert.Contains("mapping", line);
    }

    [Fact]
    public void Load_UnclosedFlowMapping_ReportsSyntaxErrorWithPosition()
    {
        var (path, lines) = _files.Errors("exchange: binance\nrisk: { stake: { fraction: 0.1 }\n");
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:[23]:\d+: YAML syntax error: .*expected", Assert.Single(lines));
    }

    [Theory]
    [InlineData("a: [b\nc: d\n")]
    [InlineData("a: [b\n")]
    [InlineData("exchange: binance\nsymbol: [BTC/USDT\ntimeframe: 1h\n")]
    [InlineData("a: {b\nc: d\n")]
    [InlineData("a: \"b\n")]
    [InlineData("a:\n  : 0.05 }\n")]
    public void Load_BrokenSyntax_ReportsOneSyntaxErrorWithPosition(string yaml)
    {
        var (path, lines) = _files.Errors(yaml);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: YAML syntax error: ", Assert.Single(lines));
    }

    [Fact]
    public void Load_ListsNestedThousandsDeep_ReportsTheNestingLimit()
    {
        var (path, lines) = _files.Errors("a: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.StartsWith($"{path}:1:", Assert.Single(lines));
        Assert.Contains($"deeper than {Trader.Hosting.Config.Yaml.YamlSyntax.MaxDepth} levels", lines[0]);
    }

    [Fact]
    public void Load_UnknownNestedKey_NamesKeyLineAllowedKeysAndSuggestion()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("stop_loss: 0.03", "stop_los: 0.03"));
        var line = TempConfig.Single(path, lines, 9, "unknown key 'stop_los' under 'risk'", "Did you mean 'stop_loss'?");
        Assert.Contains("Allowed: stake, stop_loss, take_profit, trailing_stop, max_open_positions, max_exposure, max_daily_loss, max_drawdown, cooldown_candles", line);
        Assert.Matches($@":9:3: ", line);
    }

    [Fact]
    public void Load_UnknownTopLevelKeyFarFromAny_HasNoSuggestion()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\nbananas: 3\n");
        var line = TempConfig.Single(path, lines, 10, "unknown key 'bananas' at the top level", "Allowed: name, exchange, symbol, timeframe, mode, strategy, risk, paper, market, live");
        Assert.DoesNotContain("Did you mean", line);
    }

    [Fact]
    public void Load_UnknownKeyInParamsAndStake_SuggestsFromRecordProperties()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid
            .Replace("params: { period: 14 }", "params: { perod: 14 }")
            .Replace("stake: { fraction: 0.10 }", "stake: { fraction: 0.10, qoute: 5 }"));
        TempConfig.Single(path, lines, 6, "unknown key 'perod' under 'strategy.params'", "Allowed: period, oversold, overbought", "Did you mean 'period'?");
        TempConfig.Single(path, lines, 8, "unknown key 'qoute' under 'risk.stake'", "Did you mean 'quote'?");
    }

    [Fact]
    public void Load_MissingRequiredKeys_EachReportedAtParent()
    {
        var (path, lines) = _files.Errors("""
            exchange: binance
            strategy:
              params: { period: 14 }
            risk:
              stop_loss: 0.03
            """);
        TempConfig.Single(path, lines, 1, "missing required key 'symbol'");
        TempConfig.Single(path, lines, 1, "missing required key 'timeframe'");
        TempConfig.Single(path, lines, 3, "missing required key 'strategy.type' under 'strategy'", "rsi, macd");
        TempConfig.Single(path, lines, 5, "missing required key 'risk.stake' under 'risk'", "fraction, quote");
    }

    [Fact]
    public void Load_WrongTypes_NameKeyAndExpectedType()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid
            .Replace("period: 14", "period: fourteen")
            .Replace("stop_loss: 0.03", "stop_loss: [0.03]")
            + "\n  max_open_positions: 1.5\n");
        TempConfig.Single(path, lines, 6, "'strategy.params.period' must be a whole number", "'fourteen'");
        TempConfig.Single(path, lines, 9, "'risk.stop_loss' must be a number", "a list");
        TempConfig.Single(path, lines, 10, "'risk.max_open_positions' must be a whole number", "'1.5'");
    }

    [Fact]
    public void Load_SectionNotAMapping_ReportsAllowedKeys()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\npaper: 10000\n");
        TempConfig.Single(path, lines, 10, "'paper' must be a mapping of keys (starting_balance, fee, slippage)");
    }

    [Fact]
    public void Load_OutOfRangeValues_ReportRangeAndExample()
    {
        var (path, lines) = _files.Errors("""
            exchange: binance
            symbol: BTC/USDT
            timeframe: 1h
            strategy:
              type: rsi
              params: { period: -3 }
            risk:
              stake: { fraction: 1.5 }
              stop_loss: 0
              max_open_positions: 0
            paper: { starting_balance: -1, fee: 0.2 }
            """);
        TempConfig.Single(path, lines, 6, "'strategy.params.period' must be a whole number from 2 to 100000, got -3");
        TempConfig.Single(path, lines, 8, "'risk.stake.fraction' must be above 0 and at most 1", "got 1.5");
        TempConfig.Single(path, lines, 11, "'paper.starting_balance' must be above 0");
        TempConfig.Single(path, lines, 11, "'paper.fee' must be at least 0 and below 0.1");
    }

    [Theory]
    [InlineData("paper: { starting_balance: 79228162514264337593543950335 }", "'paper.starting_balance' must be above 0 and at most 1000000000000")]
    [InlineData("paper: { starting_balance: 1000000000000.01 }", "'paper.starting_balance' must be above 0 and at most 1000000000000")]
    [InlineData("paper: { fee: 0.5 }", "'paper.fee' must be at least 0 and below 0.1")]
    [InlineData("paper: { slippage: -0.001 }", "'paper.slippage' must be at least 0 and below 0.1")]
    public void Load_PaperValueOutOfRange_ReportsTheRange(string paper, string fragment)
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\n" + paper + "\n");
        Assert.Contains(lines, l => l.StartsWith(path + ":", StringComparison.Ordinal) && l.Contains(fragment, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stake: { fraction: 0.1 }", "cooldown_candles: 2147483647", "'risk.cooldown_candles' must be a whole number from 0 to 100000")]
    [InlineData("stake: { quote: 79228162514264337593543950335 }", "stop_loss: 0.03", "'risk.stake.quote' must be above 0 and at most 1000000000000")]
    [InlineData("stake: { fraction: 0.1 }", "max_open_positions: 2147483647", "'risk.max_open_positions' must be a whole number from 1 to 1000")]
    public void Load_RiskValueOutOfRange_ReportsTheRange(string stake, string other, string fragment)
    {
        string yaml = TempConfig.Valid[..TempConfig.Valid.IndexOf("risk:", StringComparison.Ordinal)] + $"risk:\n  {stake}\n  {other}\n";
        var (path, lines) = _files.Errors(yaml);
        Assert.Contains(lines, l => l.StartsWith(path + ":", StringComparison.Ordinal) && l.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StartingBalanceAtTheCap_IsAccepted() =>
        Assert.Equal(1_000_000_000_000m, _files.Load(TempConfig.Valid + "\npaper: { starting_balance: 1000000000000 }\n").Paper.StartingBalance);

    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        string dir = Directory.CreateTempSubdirectory("trader-config-dir-").FullName;
        try
        {
            var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(dir));
            Assert.StartsWith($"{dir}: is a directory, not a config file", e.Message);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Load_StopLossZeroAndMaxPositionsZero_ReportedTogether()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("stop_loss: 0.03", "stop_loss: 0\n  max_open_positions: 0"));
        TempConfig.Single(path, lines, 9, "'risk.stop_loss' must be above 0 and below 1", "e.g. 0.03");
        TempConfig.Single(path, lines, 10, "'risk.max_open_positions' must be a whole number from 1 to 1000");
    }

    [Fact]
    public void Load_StakeWithTwoModes_AsksForExactlyOne()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("stake: { fraction: 0.10 }", "stake: { fraction: 0.10, quote: 100 }"));
        TempConfig.Single(path, lines, 8, "'risk.stake.fraction' set exactly one of fraction, quote, risk_per_trade (optionally with kelly), found 2");
    }

    [Fact]
    public void Load_KellyBesideFallbackMode_KeepsBoth()
    {
        var config = _files.Load(TempConfig.Valid.Replace("stake: { fraction: 0.10 }", "stake: { fraction: 0.10, kelly: 0.5, kelly_min_trades: 30 }"));
        Assert.Equal(new StakeConfig(Fraction: 0.10m, Kelly: 0.5m, KellyMinTrades: 30), config.Risk.Stake);
    }

    [Fact]
    public void Load_KellyMinTradesZero_ReportsRange()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("stake: { fraction: 0.10 }", "stake: { kelly: 0.5, kelly_min_trades: 0 }"));
        TempConfig.Single(path, lines, 8, "'risk.stake.kelly_min_trades' must be a whole number from 1 to 100000");
    }

    [Fact]
    public void Load_RiskPerTradeWithoutStopLoss_NeedsStopLoss()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("stake: { fraction: 0.10 }", "stake: { risk_per_trade: 0.01 }").Replace("  stop_loss: 0.03", ""));
        TempConfig.Single(path, lines, 8, "'risk.stake.risk_per_trade' needs 'risk.stop_loss'");
    }

    [Theory]
    [InlineData("exchange: binance", "exchange: kucoin", 1, "unknown exchange 'kucoin'. Allowed: binance, bybit, coinbase, kraken, sim.")]
    [InlineData("exchange: binance", "exchange: binanse", 1, "Did you mean 'binance'?")]
    [InlineData("timeframe: 1h", "timeframe: 7h", 3, "unknown timeframe '7h' for 'timeframe'. Allowed: 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d, 3d, 1w, 1M.")]
    [InlineData("timeframe: 1h", "timeframe: 1H", 3, "unknown timeframe '1H'")]
    [InlineData("type: rsi", "type: rsi_mcad", 5, "unknown strategy type 'rsi_mcad'. Allowed: rsi, macd, rsi_macd, ma_crossover, bollinger_reversion, trend_following, scalping, rules.")]
    [InlineData("symbol: BTC/USDT", "symbol: btcusdt", 2, "'symbol' must be BASE/QUOTE")]
    public void Load_UnknownValue_ListsAllowedValues(string from, string to, int line, string fragment)
    {
        var (path, lines) = _files.Errors(TempConfig.Valid.Replace(from, to));
        TempConfig.Single(path, lines, line, fragment);
    }

    [Fact]
    public void Load_UnknownMode_ListsPaperAndLive()
    {
        var (path, lines) = _files.Errors(TempConfig.Valid + "\nmode: lve\n");
        TempConfig.Single(path, lines, 10, "unknown trading mode 'lve' for 'mode'. Allowed: paper, live.", "Did you mean 'live'?");
    }

    [Fact]
    public void Load_ManyProblems_AllReportedInLineOrderOnePerLine()
    {
        var (path, lines) = _files.Errors("""
            exchange: kucoin
            symbol: BTC/USDT
            timeframe: 7h
            strategy:
              type: macd
              params: { fast: 30, slow: 26 }
            risk:
              stake: { fraction: 0.10 }
              stop_los: 0.03
            """);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: ", l));
        Assert.Equal(new[] { 1, 3, 6, 9 }, lines.Select(l => int.Parse(l[(path.Length + 1)..].Split(':')[0])));
        TempConfig.Single(path, lines, 6, "'strategy.params.fast' must be less than 'slow' (26), got 30");
    }

    [Fact]
    public void Load_MaCrossoverKind_ParsesEnumAndRejectsUnknown()
    {
        var ok = _files.Load(TempConfig.Valid.Replace("type: rsi", "type: ma_crossover").Replace("{ period: 14 }", "{ kind: sma, fast: 10, slow: 30 }"));
        Assert.Equal(new MaCrossoverParams(MovingAverageKind.Sma, 10, 30), ok.Strategy.Params);

        var (path, lines) = _files.Errors(TempConfig.Valid.Replace("type: rsi", "type: ma_crossover").Replace("{ period: 14 }", "{ kind: wma }"));
        TempConfig.Single(path, lines, 6, "unknown moving average kind 'wma' for 'strategy.params.kind'. Allowed: sma, ema.");
    }

    [Fact]
    public void Load_NameWithPathCharacters_IsRejected()
    {
        var (path, lines) = _files.Errors("name: ../etc/passwd\n" + TempConfig.Valid);
        TempConfig.Single(path, lines, 1, "'name' must be 1-64 characters");
    }

    [Fact]
    public void Load_MissingFile_IsConfigExceptionNamingFile()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load("/nonexistent/dir/x.yaml"));
        Assert.StartsWith("/nonexistent/dir/x.yaml: cannot read", e.Message);
    }

    [Fact]
    public void Load_DuplicateKey_ReportedAtSecondOccurrence()
    {
        var (path, lines) = _files.Errors("exchange: binance\n" + TempConfig.Valid);
        Assert.StartsWith($"{path}:2:1: YAML syntax error: Duplicate key exchange", Assert.Single(lines));
    }

    [Fact]
    public void Load_RootIsAList_AsksForAMapping()
    {
        var (path, lines) = _files.Errors("- exchange: binance\n");
        Assert.StartsWith($"{path}:1:1: the file must be a mapping of keys (name, exchange,", Assert.Single(lines));
    }

    [Fact]
    public void Load_EmptyFile_SaysWhatIsExpected()
    {
        var (_, lines) = _files.Errors("# nothing here\n");
        Assert.Contains("the file is empty", Assert.Single(lines));
    }
}
