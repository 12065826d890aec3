using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// The last N values of a series, for queries that need the window's order: how many values lie below a threshold
/// and what they sum to, sum of absolute deviations, whether all are equal. For windows of at least
/// <see cref="TreeFromCapacity"/> values every update and query is O(log N) worst case; smaller windows are scanned
/// (O(N) per query, faster there).
/// All memory is allocated by the constructor.
/// </summary>
/// <remarks>
/// The tree: an AVL tree over a preallocated node pool (index 0 is an empty sentinel, so children need no null checks,
/// and freed nodes go on a free list threaded through <c>Left</c>); a ring buffer of the values decides which one to
/// evict. Each node holds its subtree's count and sum, recomputed from its children whenever the node changes, so
/// there is no running total and no drift: the sums depend only on the values and the tree's shape. The sums are
/// double-double, so queries that subtract large, nearly equal sums (prices near 1e5 moving by 1e-6) stay exact to
/// about 1e-16 of the result.
/// The scan: the same queries as plain loops over the ring buffer, with the same double-double sums; on 20 values
/// it is several times faster than the tree's rebalancing (see docs/benchmarks.md), and the tests check both against
/// each other and against a brute-force model.
/// NaN has no place in an order: NaNs are counted beside the tree, and while the window holds one every sum is NaN.
/// Infinities are ordered normally; a sum over one is NaN.
/// </remarks>
internal sealed class OrderedWindow
{
    /// <summary>Smallest capacity that uses the tree; below it a scan of the window is faster.</summary>
    public const int TreeFromCapacity = 128;

    private const int Nil = 0;

    private readonly Node[] _nodes;
    private readonly RingBuffer _values;
    private readonly bool _isTree;
    private int _root = Nil;
    private int _free;
    private int _nanCount;
    private int _equalRun;

    /// <param name="capacity">Values in the window, at least 1.</param>
    /// <param name="treeFromCapacity">Capacity from which the tree is used (tests force either form).</param>
    public OrderedWindow(int capacity, int treeFromCapacity = TreeFromCapacity)
    {
        _values = new RingBuffer(capacity);
        _isTree = capacity >= treeFromCapacity;
        _nodes = new Node[_isTree ? capacity + 1 : 1];
        for (int i = 1; i < _nodes.Length - 1; i++) _nodes[i].Left = i + 1;
        _free = 1;
    }

    /// <summary>True when the window is kept in a tree (O(log N) queries) rather than scanned.</summary>
    public bool IsTree => _isTree;

    public int Capacity => _values.Capacity;

    public int Count => _values.Count;

    public bool IsFull => _values.IsFull;

    /// <summary>Adds <paramref name="value"/>; once the window is full, the oldest value leaves it.</summary>
    public void Add(double value)
    {
        // Length of the run of equal values ending with the newest (capped at the capacity; NaN equals nothing).
        _equalRun = double.IsNaN(value) ? 0
            : _values.Count > 0 && value == _values[0] ? Math.Min(_equalRun + 1, _values.Capacity) : 1;
        if (_values.IsFull)
        {
            double evicted = _values.Oldest;
            if (double.IsNaN(evicted)) _nanCount--;
            else if (_isTree) _root = Remove(_root, evicted);
        }
        _values.Push(value);
        if (double.IsNaN(value))
        {
            _nanCount++;
            return;
        }
        if (!_isTree) return;
        int node = _free;
        _free = _nodes[node].Left;
        _nodes[node] = new Node { Value = value, Count = 1, Height = 1, Sum = new DoubleDouble(value) };
        _root = Insert(_root, node);
    }

    /// <summary>Sum of the window's values (0 when empty).</summary>
    public DoubleDouble Sum => _nanCount > 0 ? DoubleDouble.NaN : _isTree ? _nodes[_root].Sum : ScannedSum();

    /// <summary>
    /// True when the window holds at least one value and all of them are equal (false with a NaN). Exact, unlike
    /// a deviation computed around a mean: the mean of twenty 0.1s need not be 0.1.
    /// </summary>
    public bool AllEqual => _values.Count > 0 && _equalRun >= _values.Count;

    /// <summary>How many values are strictly below <paramref name="threshold"/>, and their sum (NaNs are not counted).</summary>
    public (int Count, DoubleDouble Sum) Below(DoubleDouble threshold)
    {
        int count = 0;
        var sum = DoubleDouble.Zero;
        if (!_isTree)
        {
            foreach (double x in _values.Values)
            {
                if (!threshold.IsGreaterThan(x)) continue;
                count++;
                sum = DoubleDouble.Sum(sum, x);
            }
            return (count, sum);
        }
        int node = _root;
        while (node != Nil)
        {
            ref readonly Node n = ref _nodes[node];
            if (threshold.IsGreaterThan(n.Value))
            {
                ref readonly Node left = ref _nodes[n.Left];
                count += left.Count + 1;
                sum = DoubleDouble.Sum(sum, left.Sum, n.Value);
                node = n.Right;
            }
            else
            {
                node = n.Left;
            }
        }
        return (count, sum);
    }

    /// <summary>
    /// Sum of |x - <paramref name="center"/>| over the window. The tree needs one descent: with k values below the
    /// center summing to B, it is (S - B - c(N - k)) + (ck - B) = S - 2B + c(2k - N). Each part is double-double, so
    /// the cancellation between S and c N costs nothing; the result is rounded once. The scan adds up the terms,
    /// each exact to 2^-52 of itself (<see cref="DoubleDouble.Difference"/>).
    /// </summary>
    public double SumOfAbsoluteDeviations(DoubleDouble center)
    {
        if (_nanCount > 0) return double.NaN;
        if (!_isTree)
        {
            double deviations = 0;
            foreach (double x in _values.Values) deviations += Math.Abs(DoubleDouble.Difference(x, center));
            return deviations;
        }
        var (below, belowSum) = Below(center);
        return (Sum - belowSum * 2 + center * (2 * below - _nodes[_root].Count)).Hi;
    }

    // Sums the offsets from one of the values (small, and exact while values are within a factor 2 of each other),
    // then adds that value N times exactly: as precise as the compensated tree sums where it matters, and cheaper.
    private DoubleDouble ScannedSum()
    {
        var values = _values.Values;
        if (values.IsEmpty) return DoubleDouble.Zero;
        double origin = values[0];
        double offsets = 0;
        foreach (double x in values) offsets += x - origin;
        return new DoubleDouble(origin) * values.Length + new DoubleDouble(offsets);
    }

    // Recursion depth is the tree height, at most 1.44 log2(N + 2): 25 for a window of 100,000.
    private int Insert(int root, int node)
    {
        if (root == Nil) return node;
        ref Node r = ref _nodes[root];
        if (_nodes[node].Value < r.Value) r.Left = Insert(r.Left, node);
        else r.Right = Insert(r.Right, node);
        return Rebalance(root);
    }

    // Removes one node holding value (any of equal values: they are interchangeable) and frees it.
    private int Remove(int root, double value)
    {
        ref Node r = ref _nodes[root];
        if (value < r.Value)
        {
            r.Left = Remove(r.Left, value);
            return Rebalance(root);
        }
        if (value > r.Value)
        {
            r.Right = Remove(r.Right, value);
            return Rebalance(root);
        }
        int left = r.Left, right = r.Right;
        r.Left = _free;
        _free = root;
        if (left == Nil) return right;
        if (right == Nil) return left;
        right = RemoveMin(right, out int successor);
        ref Node s = ref _nodes[successor];
        s.Left = left;
        s.Right = right;
        return Rebalance(successor);
    }

    private int RemoveMin(int root, out int min)
    {
        ref Node r = ref _nodes[root];
        if (r.Left == Nil)
        {
            min = root;
            return r.Right;
        }
        r.Left = RemoveMin(r.Left, out min);
        return Rebalance(root);
    }

    // Restores the AVL balance at root (its children are balanced and up to date) and its count, sum and height.
    private int Rebalance(int root)
    {
        ref Node r = ref _nodes[root];
        int balance = _nodes[r.Left].Height - _nodes[r.Right].Height;
        if (balance > 1)
        {
            ref Node left = ref _nodes[r.Left];
            if (_nodes[left.Left].Height < _nodes[left.Right].Height) r.Left = RotateLeft(r.Left);
            return RotateRight(root);
        }
        if (balance < -1)
        {
            ref Node right = ref _nodes[r.Right];
            if (_nodes[right.Right].Height < _nodes[right.Left].Height) r.Right = RotateRight(r.Right);
            return RotateLeft(root);
        }
        Update(root);
        return root;
    }

    private int RotateRight(int root)
    {
        int pivot = _nodes[root].Left;
        _nodes[root].Left = _nodes[pivot].Right;
        Update(root);
        _nodes[pivot].Right = root;
        Update(pivot);
        return pivot;
    }

    private int RotateLeft(int root)
    {
        int pivot = _nodes[root].Right;
        _nodes[root].Right = _nodes[pivot].Left;
        Update(root);
        _nodes[pivot].Left = root;
        Update(pivot);
        return pivot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Update(int index)
    {
        ref Node n = ref _nodes[index];
        ref readonly Node left = ref _nodes[n.Left];
        ref readonly Node right = ref _nodes[n.Right];
        n.Height = Math.Max(left.Height, right.Height) + 1;
        n.Count = left.Count + right.Count + 1;
        n.Sum = DoubleDouble.Sum(left.Sum, right.Sum, n.Value);
    }

    private struct Node
    {
        public double Value;
        public DoubleDouble Sum;
        public int Left;
        public int Right;
        public int Count;
        public int Height;
    }
}
