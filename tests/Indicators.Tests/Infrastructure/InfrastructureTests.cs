using System.Security.Cryptography;
using Xunit.Sdk;

namespace Trader.Indicators.Tests.Infrastructure;

public sealed class InfrastructureTests
{
    [Fact]
    public void Quotes_Default_Loads502BarsInDateOrder()
    {
        var quotes = Reference.Quotes("default");

        Assert.Equal(502, quotes.Length);
        Assert.Equal(DateTimeOffset.Parse("2017-01-03T00:00:00Z").ToUnixTimeMilliseconds(), quotes[0].OpenTimeMs);
        Assert.Equal(212.8, quotes[0].Close);
        Assert.Equal(96708880, quotes[0].Volume);
        Assert.True(quotes.Zip(quotes.Skip(1)).All(p => p.First.OpenTimeMs < p.Second.OpenTimeMs));
    }

    [Fact]
    public void Load_TimeShapedCsv_ParsesUtcTimestamps()
    {
        string path = Path.Combine(Path.GetTempPath(), $"quotes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "time,open,high,low,close,volume\n2022-12-13T00:01:00Z,1,2,0.5,1.5,10\n");
        try
        {
            var candles = QuotesCsv.Load(path);

            Assert.Equal(new Trader.Domain.Candle(1670889660000, 1, 2, 0.5, 1.5, 10), Assert.Single(candles));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Manifest_EveryResultsFile_MatchesItsSha256AndRowCount()
    {
        Assert.Equal(24, Reference.Manifest.Count);
        foreach (var entry in Reference.Manifest.Values)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.ReferenceIndicators, entry.File));
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(502, Reference.Results(entry.Name).Count);
        }
    }

    [Fact]
    public void Results_LeadingNulls_MatchManifestCounts()
    {
        foreach (var entry in Reference.Manifest.Values)
        {
            var results = Reference.Results(entry.Name);
            foreach (var (field, nulls) in entry.NullsAtStartByField)
            {
                bool isBool = field == "isReversal";
                int leading = isBool
                    ? results.BoolColumn(field).TakeWhile(v => v is null).Count()
                    : results.Column(field).TakeWhile(v => v is null).Count();
                Assert.True(nulls == leading, $"{entry.Name}.{field}: manifest says {nulls} leading nulls, file has {leading}.");
            }
        }
    }

    [Theory]
    [InlineData(100.0, 100.0 + 9e-8, true)]
    [InlineData(100.0, 100.0 + 2e-7, false)]
    [InlineData(0.0, 9e-10, true)]
    [InlineData(0.0, 2e-9, false)]
    public void Within_RelativeAboveOneAbsoluteBelow_FollowsReadme(double expected, double actual, bool within) =>
        Assert.Equal(within, Tolerance.Within(actual, expected));

    [Fact]
    public void Within_NullAgainstValue_IsFalse()
    {
        Assert.True(Tolerance.Within((double?)null, null));
        Assert.False(Tolerance.Within(0.0, (double?)null));
        Assert.False(Tolerance.Within((double?)null, 0.0));
    }

    [Fact]
    public void Equal_MismatchedRow_NamesRowLabelExpectedAndActual()
    {
        var error = Assert.Throws<XunitException>(() =>
            ColumnAssert.Equal([null, 1.0, 2.0], [null, 1.0, 2.5], "demo", i => $"t{i}"));

        Assert.Contains("1 of 3 rows differ", error.Message);
        Assert.Contains("row 2 (t2): expected / actual = 2 / 2.5", error.Message);
    }

    [Fact]
    public void RandomWalk100K_SameSeed_IsDeterministic()
    {
        var a = Series.RandomWalk100K();
        var b = Series.RandomWalk100K();

        Assert.Equal(Series.RandomWalkLength, a.Length);
        Assert.Equal(a[^1], b[^1]);
        Assert.Equal(1246, Series.Bitcoin().Length);
    }
}
