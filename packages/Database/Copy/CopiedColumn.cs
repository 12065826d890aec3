namespace Trader.Database.Copy;

/// <summary>One column of a copied table.</summary>
internal sealed record CopiedColumn(string Name, ColumnKind Kind);
