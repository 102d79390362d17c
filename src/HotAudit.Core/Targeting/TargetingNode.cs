namespace HotAudit.Core.Targeting;

/// <summary>A node of a parsed targeting condition.</summary>
internal abstract record TargetingNode
{
    public abstract bool Evaluate(Func<string, string?> valueOf);
}

/// <summary><c>a || b</c> or <c>a &amp;&amp; b</c>.</summary>
internal sealed record LogicalNode(bool IsOr, TargetingNode Left, TargetingNode Right) : TargetingNode
{
    public override bool Evaluate(Func<string, string?> valueOf) =>
        IsOr ? Left.Evaluate(valueOf) || Right.Evaluate(valueOf) : Left.Evaluate(valueOf) && Right.Evaluate(valueOf);
}

/// <summary><c>!x</c>: applies to the comparison or parenthesis after it.</summary>
internal sealed record NegationNode(TargetingNode Operand) : TargetingNode
{
    public override bool Evaluate(Func<string, string?> valueOf) => !Operand.Evaluate(valueOf);
}

/// <summary>A bare identifier: true when its value is a true boolean word.</summary>
internal sealed record FlagNode(string Name) : TargetingNode
{
    public override bool Evaluate(Func<string, string?> valueOf) =>
        valueOf(Name) is { } v && Data.RowValidator.ReadBool(v.Trim()) == true;
}

/// <summary>
/// A comparison. A side with no value makes it false, except <c>!=</c> (true). Two values that both read as versions
/// (digits and dots) compare part by part; otherwise only <c>==</c>/<c>!=</c> apply, case-sensitively.
/// </summary>
internal sealed record ComparisonNode(string Operator, TargetingOperand Left, TargetingOperand Right) : TargetingNode
{
    public override bool Evaluate(Func<string, string?> valueOf)
    {
        var a = Left.ValueIn(valueOf);
        var b = Right.ValueIn(valueOf);
        if (a is null || b is null)
        {
            return Operator == "!=";
        }
        int? order = VersionOrder.IsVersion(a) && VersionOrder.IsVersion(b) ? VersionOrder.Compare(a, b) : null;
        return Operator switch
        {
            "==" => order is { } o ? o == 0 : a == b,
            "!=" => order is { } o ? o != 0 : a != b,
            ">" => order > 0,
            "<" => order < 0,
            ">=" => order >= 0,
            _ => order <= 0,
        };
    }
}

/// <summary>A side of a comparison: a literal, or an identifier looked up on the device.</summary>
internal sealed record TargetingOperand(string Text, bool IsIdentifier)
{
    public string? ValueIn(Func<string, string?> valueOf) => IsIdentifier ? valueOf(Text) : Text;
}
