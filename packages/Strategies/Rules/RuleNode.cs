namespace Trader.Strategies.Rules;

/// <summary>
/// A node of a parsed rule. <see cref="object.ToString"/> prints it fully parenthesised, which shows how
/// precedence and associativity grouped it.
/// </summary>
/// <param name="Start">0-based offset in the rule text of the node's first character.</param>
/// <param name="End">0-based offset just past the node's last character.</param>
public abstract record RuleNode(int Start, int End);
