namespace Trader.Database.Copy;

/// <summary>One copied table: its row count and the checksum both sides agreed on.</summary>
public sealed record TableReport(string Table, long Rows, string Checksum);
