namespace HotAudit.Core.Expressions;

/// <summary>A parsed expression. Each node remembers where it started, for error messages.</summary>
internal abstract record Node(int Position);

/// <summary>A string, number, boolean or null literal.</summary>
internal sealed record LiteralNode(object? Literal, int Position) : Node(Position);

/// <summary>A column (field) name.</summary>
internal sealed record FieldNode(string Name, int Position) : Node(Position);

/// <summary>A rule parameter, written <c>$name</c>.</summary>
internal sealed record ParameterNode(string Name, int Position) : Node(Position);

/// <summary>A function call.</summary>
internal sealed record CallNode(string Name, IReadOnlyList<Node> Arguments, int Position) : Node(Position);

/// <summary>Logical not.</summary>
internal sealed record NotNode(Node Operand, int Position) : Node(Position);

/// <summary>A binary operator: <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; ||</c>.</summary>
internal sealed record BinaryNode(string Operator, Node Left, Node Right, int Position) : Node(Position);

/// <summary>Membership: <c>x in [a, b]</c> (or <c>not in</c>).</summary>
internal sealed record InNode(Node Item, IReadOnlyList<Node> Set, bool Negated, int Position) : Node(Position);
