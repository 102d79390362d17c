namespace HotAudit.Core.Expressions;

/// <summary>A parsed expression. Each node remembers where it started, for error messages.</summary>
public abstract record Node(int Position);

/// <summary>A string, number, boolean or null literal.</summary>
public sealed record LiteralNode(object? Literal, int Position) : Node(Position);

/// <summary>A column (field) name.</summary>
public sealed record FieldNode(string Name, int Position) : Node(Position);

/// <summary>A rule parameter, written <c>$name</c>.</summary>
public sealed record ParameterNode(string Name, int Position) : Node(Position);

/// <summary>A function call.</summary>
public sealed record CallNode(string Name, IReadOnlyList<Node> Arguments, int Position) : Node(Position);

/// <summary>Logical not.</summary>
public sealed record NotNode(Node Operand, int Position) : Node(Position);

/// <summary>A binary operator: <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; ||</c>.</summary>
public sealed record BinaryNode(string Operator, Node Left, Node Right, int Position) : Node(Position);

/// <summary>Membership: <c>x in [a, b]</c> (or <c>not in</c>).</summary>
public sealed record InNode(Node Item, IReadOnlyList<Node> Set, bool Negated, int Position) : Node(Position);
