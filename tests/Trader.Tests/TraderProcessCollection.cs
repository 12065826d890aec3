namespace Trader.Trader.Tests;

/// <summary>Serialises the classes that start trader and simulator processes.</summary>
[CollectionDefinition(TraderRig.Collection, DisableParallelization = true)]
public sealed class TraderProcessCollection;
