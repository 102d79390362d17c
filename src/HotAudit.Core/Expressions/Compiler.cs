using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>
/// Compiles a parsed expression once into a delegate. Field names, functions, parameters and the values compared
/// with an enum field are checked here, so <c>rules lint</c> catches a typo before any data is read.
/// Absent values: <c>==</c> with an absent side is false unless both are absent, <c>!=</c> the opposite, ordering is false,
/// and an absent value is false wherever a truth is needed.
/// </summary>
internal sealed class Compiler(FieldBinder fields, SymbolTable symbols, IReadOnlyDictionary<string, object> parameters)
{
    /// <summary>Parses and compiles an expression.</summary>
    public Evaluator Compile(string expression) => Compile(Parser.Parse(expression));

    /// <summary>Compiles a parsed expression.</summary>
    public Evaluator Compile(Node node) => node switch
    {
        LiteralNode l => Constant(l.Literal),
        ParameterNode p => parameters.TryGetValue(p.Name, out var v) ? Constant(v)
            : throw new ExpressionException($"unknown parameter ${p.Name}", p.Position),
        FieldNode f => Field(f).Read,
        CallNode c => Call(c),
        NotNode n => Not(Compile(n.Operand)),
        BinaryNode { Operator: "&&" } b => And(Compile(b.Left), Compile(b.Right)),
        BinaryNode { Operator: "||" } b => Or(Compile(b.Left), Compile(b.Right)),
        BinaryNode { Operator: "+" or "-" } b => Arithmetic(b.Operator, Compile(b.Left), Compile(b.Right)),
        BinaryNode b => Comparison(b),
        InNode i => In(i),
        _ => throw new ExpressionException("unsupported expression", node.Position),
    };

    /// <summary>
    /// The guard of a mechanism whose rows matter only where one of <paramref name="filters"/> (already compiled) is
    /// true: open unless every filter's <see cref="EventSymbols"/> is known.
    /// </summary>
    public EventGuard Guard(IEnumerable<string> filters)
    {
        var union = new HashSet<int>();
        foreach (var text in filters)
        {
            if (EventSymbols(Parser.Parse(text)) is not { } set)
            {
                return EventGuard.Open;
            }
            union.UnionWith(set);
        }
        return EventGuard.Of(fields.Find("event")!.Slot, union);
    }

    /// <summary>
    /// The symbols of the <c>event</c> column for which <paramref name="node"/> can be true, or null when that is not
    /// certain from its syntax. Exactly the forms <see cref="Comparison"/> and <see cref="In"/> compile to one compare of
    /// the column's symbol (<c>event == 'x'</c> either way round, <c>event in [...]</c> of string or null literals), joined
    /// by <c>&amp;&amp;</c> (either side's set, or both intersected) and <c>||</c> (both sides' sets united, when both have one).
    /// </summary>
    public HashSet<int>? EventSymbols(Node node)
    {
        if (fields.Find("event") is not { } field || SymbolTests.SymbolSlot(field) < 0)
        {
            return null;
        }
        return Constrain(node);

        HashSet<int>? Constrain(Node n)
        {
            switch (n)
            {
                case BinaryNode { Operator: "&&" } and:
                    var l = Constrain(and.Left);
                    var r = Constrain(and.Right);
                    if (l is null || r is null)
                    {
                        return l ?? r;
                    }
                    l.IntersectWith(r);
                    return l;
                case BinaryNode { Operator: "||" } or:
                    var a = Constrain(or.Left);
                    var b = Constrain(or.Right);
                    if (a is null || b is null)
                    {
                        return null;
                    }
                    a.UnionWith(b);
                    return a;
                case BinaryNode { Operator: "==" } eq:
                    return (Literal(eq.Left, eq.Right) ?? Literal(eq.Right, eq.Left)) is { } s ? [s] : null;
                case InNode { Negated: false, Item: FieldNode item } @in when IsEvent(item):
                    var set = new HashSet<int>();
                    foreach (var element in @in.Set)
                    {
                        if (element is not LiteralNode { Literal: null or string })
                        {
                            return null;
                        }
                        set.Add(SymbolTests.LiteralSymbol(NormalizeEnumLiteral(element, item), symbols)!.Value);
                    }
                    return set;
                default:
                    return null;
            }
        }

        bool IsEvent(FieldNode f) => ReferenceEquals(fields.Find(f.Name), field);

        // The symbol an `event == literal` compare tests for (as SymbolCompare finds it), or null.
        int? Literal(Node fieldSide, Node literalSide) =>
            fieldSide is FieldNode f && IsEvent(f) && literalSide is LiteralNode { Literal: null or string }
                ? SymbolTests.LiteralSymbol(NormalizeEnumLiteral(literalSide, fieldSide), symbols)
                : null;
    }

    private FieldInfo Field(FieldNode f) => fields.Find(f.Name)
        ?? throw new ExpressionException($"unknown field '{f.Name}' of {fields.Schema.Kind.Prefix()}", f.Position);

    private Evaluator Constant(object? literal)
    {
        var value = literal switch
        {
            null => Value.Null,
            bool b => Value.Bool(b),
            double d => Value.Number(d),
            int i => Value.Number(i),
            long l => Value.Number(l),
            string s => Value.String(symbols.Intern(s)),
            _ => throw new ExpressionException($"unsupported constant {literal}", 0),
        };
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in _, _) => value;
    }

    private Evaluator Call(CallNode c)
    {
        var def = Functions.Find(c.Name) ?? throw new ExpressionException($"unknown function '{c.Name}'", c.Position);
        if (def.Arity >= 0 && def.Arity != c.Arguments.Count)
        {
            throw new ExpressionException($"{c.Name} takes {def.Arity} argument(s), not {c.Arguments.Count}", c.Position);
        }
        return def.Bind(c.Arguments.Select(Compile).ToArray());
    }

    private static Evaluator Not(Evaluator e) => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(!e(r, c).IsTrue);

    private static Evaluator And(Evaluator a, Evaluator b) => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(a(r, c).IsTrue && b(r, c).IsTrue);

    private static Evaluator Or(Evaluator a, Evaluator b) => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(a(r, c).IsTrue || b(r, c).IsTrue);

    /// <summary>Addition and subtraction of numbers (strings that read as numbers included); anything else is absent.</summary>
    private Evaluator Arithmetic(string op, Evaluator left, Evaluator right)
    {
        var st = symbols;
        var sign = op == "+" ? 1 : -1;
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => left(r, c).TryNumber(st, out var x) && right(r, c).TryNumber(st, out var y) ? Value.Number(x + sign * y) : Value.Null;
    }

    private Evaluator Comparison(BinaryNode b)
    {
        CheckEnumLiteral(b.Left, b.Right);
        CheckEnumLiteral(b.Right, b.Left);
        var leftNode = NormalizeEnumLiteral(b.Left, b.Right);
        var rightNode = NormalizeEnumLiteral(b.Right, b.Left);
        if (b.Operator is "==" or "!=" && (SymbolCompare(leftNode, rightNode) ?? SymbolCompare(rightNode, leftNode)) is { } test)
        {
            return SymbolTests.Equal(test.Slot, test.Symbol, b.Operator == "!=");
        }
        if (b.Operator is "==" or "!=" && (BoolLiteral(rightNode) is { } rb ? (Other: leftNode, Literal: rb) : BoolLiteral(leftNode) is { } lb ? (Other: rightNode, Literal: lb) : default((Node Other, bool Literal)?)) is { } boolTest)
        {
            return BoolEqual(Compile(boolTest.Other), boolTest.Literal, b.Operator == "!=");
        }
        var left = Compile(leftNode);
        var right = Compile(rightNode);
        var st = symbols;
        return b.Operator switch
        {
            "==" => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(Values.Equal(left(r, c), right(r, c), st)),
            "!=" => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(!Values.Equal(left(r, c), right(r, c), st)),
            _ => Ordering(b.Operator, left, right),
        };
    }

    private static bool? BoolLiteral(Node node) => node is LiteralNode { Literal: bool b } ? b : null;

    /// <summary>
    /// <c>x == true</c> / <c>x == false</c> (or <c>!=</c>; the literal on either side): <see cref="Values.Equal"/> holds
    /// for a boolean literal exactly when the other value is a boolean with the same truth (an absent value equals no
    /// literal, and a boolean never reads as a number), so one test replaces the constant's delegate and the general compare.
    /// </summary>
    private static Evaluator BoolEqual(Evaluator other, bool literal, bool negated)
    {
        var bits = literal ? 1L : 0L;
        return negated
            ? [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => other(r, c) is var v && !(v.Kind == ValueKind.Bool && v.Bits == bits) ? Value.True : Value.False
            : [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => other(r, c) is var v && v.Kind == ValueKind.Bool && v.Bits == bits ? Value.True : Value.False;
    }

    private Evaluator Ordering(string op, Evaluator left, Evaluator right)
    {
        var st = symbols;
        Func<int, bool> test = op switch
        {
            "<" => x => x < 0,
            "<=" => x => x <= 0,
            ">" => x => x > 0,
            _ => x => x >= 0,
        };
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Values.Compare(left(r, c), right(r, c), st) is { } x ? Value.Bool(test(x)) : Value.False;
    }

    private Evaluator In(InNode node)
    {
        foreach (var item in node.Set)
        {
            CheckEnumLiteral(node.Item, item);
        }
        var setNodes = node.Set.Select(s => NormalizeEnumLiteral(s, node.Item)).ToArray();
        var slot = node.Item is FieldNode f ? SymbolTests.SymbolSlot(fields.Find(f.Name)) : -1;
        var literals = setNodes.Select(s => SymbolTests.LiteralSymbol(s, symbols)).ToArray();
        if (slot >= 0 && literals.All(l => l is not null))
        {
            return SymbolTests.In(slot, [.. literals.Select(l => l!.Value)], node.Negated);
        }
        var item0 = Compile(node.Item);
        var set = setNodes.Select(Compile).ToArray();
        var st = symbols;
        var negated = node.Negated;
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) =>
        {
            var v = item0(r, c);
            foreach (var s in set)
            {
                if (Values.Equal(v, s(r, c), st))
                {
                    return Value.Bool(!negated);
                }
            }
            return Value.Bool(negated);
        };
    }

    /// <summary>A field read as its symbol compared with a string or null literal: its slot and the literal's symbol.</summary>
    private (int Slot, int Symbol)? SymbolCompare(Node fieldSide, Node literalSide) =>
        fieldSide is FieldNode f && SymbolTests.SymbolSlot(fields.Find(f.Name)) is >= 0 and var slot
            && SymbolTests.LiteralSymbol(literalSide, symbols) is { } symbol
            ? (slot, symbol) : null;

    /// <summary>A string compared with an enum field must be one of its values (any case).</summary>
    private void CheckEnumLiteral(Node fieldSide, Node literalSide)
    {
        if (fieldSide is not FieldNode f || literalSide is not LiteralNode { Literal: string s } || fields.Find(f.Name) is not { } field)
        {
            return;
        }
        if (field.Type == ColumnType.Enum && !field.Vocabulary!.Contains(s.ToLowerInvariant()))
        {
            throw new ExpressionException($"'{s}' is not a value of {field.Name} ({string.Join(", ", field.Vocabulary!)})", literalSide.Position);
        }
        if (field.Type == ColumnType.Bool)
        {
            throw new ExpressionException($"{field.Name} is a boolean: compare it with true or false, not '{s}'", literalSide.Position);
        }
    }

    private Node NormalizeEnumLiteral(Node node, Node other) =>
        node is LiteralNode { Literal: string s } l && other is FieldNode f && fields.Find(f.Name) is { Type: ColumnType.Enum }
            ? l with { Literal = s.ToLowerInvariant() }
            : node;
}
