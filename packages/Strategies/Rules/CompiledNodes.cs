namespace Trader.Strategies.Rules;

// The executable form of a rule. Every node evaluates "lag" candles back, which is how a cross reads its
// operands' previous values: each series read adds the lag to its own offset. No node allocates.

internal abstract class NumberNode
{
    public abstract double Value(int lag);
}

internal abstract class ConditionNode
{
    public abstract Truth Test(int lag);
}

internal sealed class ConstantNode(double value) : NumberNode
{
    public override double Value(int lag) => value;
}

internal sealed class SeriesNode(SeriesBuffer buffer, int offset) : NumberNode
{
    public override double Value(int lag) => buffer.At(offset + lag);
}

internal sealed class NegateNode(NumberNode operand) : NumberNode
{
    public override double Value(int lag) => -operand.Value(lag);
}

internal sealed class ArithmeticNode(BinaryOperator op, NumberNode left, NumberNode right) : NumberNode
{
    public override double Value(int lag)
    {
        double a = left.Value(lag);
        double b = right.Value(lag);
        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            // Division by zero is undefined rather than infinite, so comparisons on it are never true.
            _ => b == 0 ? double.NaN : a / b,
        };
    }
}

internal sealed class CompareNode(BinaryOperator op, NumberNode left, NumberNode right) : ConditionNode
{
    public override Truth Test(int lag)
    {
        double a = left.Value(lag);
        double b = right.Value(lag);
        if (double.IsNaN(a) || double.IsNaN(b)) return Truth.Unknown;
        bool result = op switch
        {
            BinaryOperator.Less => a < b,
            BinaryOperator.LessOrEqual => a <= b,
            BinaryOperator.Greater => a > b,
            BinaryOperator.GreaterOrEqual => a >= b,
            BinaryOperator.Equal => a == b,
            _ => a != b,
        };
        return result ? Truth.True : Truth.False;
    }
}

/// <summary>qtpylib/TradingView semantics: above = a &gt; b now and a &lt;= b one candle earlier (below mirrors it).</summary>
internal sealed class CrossNode(bool above, NumberNode left, NumberNode right) : ConditionNode
{
    public override Truth Test(int lag)
    {
        double a = left.Value(lag);
        double b = right.Value(lag);
        double a1 = left.Value(lag + 1);
        double b1 = right.Value(lag + 1);
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(a1) || double.IsNaN(b1)) return Truth.Unknown;
        bool crossed = above ? a > b && a1 <= b1 : a < b && a1 >= b1;
        return crossed ? Truth.True : Truth.False;
    }
}

internal sealed class NotNode(ConditionNode operand) : ConditionNode
{
    public override Truth Test(int lag) => operand.Test(lag) switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };
}

internal sealed class AndNode(ConditionNode left, ConditionNode right) : ConditionNode
{
    public override Truth Test(int lag)
    {
        var l = left.Test(lag);
        if (l == Truth.False) return Truth.False;
        var r = right.Test(lag);
        if (r == Truth.False) return Truth.False;
        return l == Truth.True && r == Truth.True ? Truth.True : Truth.Unknown;
    }
}

internal sealed class OrNode(ConditionNode left, ConditionNode right) : ConditionNode
{
    public override Truth Test(int lag)
    {
        var l = left.Test(lag);
        if (l == Truth.True) return Truth.True;
        var r = right.Test(lag);
        if (r == Truth.True) return Truth.True;
        return l == Truth.False && r == Truth.False ? Truth.False : Truth.Unknown;
    }
}
