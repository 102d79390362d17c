namespace HotAudit.Core.Targeting;

/// <summary>
/// A conditional-publish targeting expression (DATA-CONTRACT.md, from the hotfix platform design): identifiers, numbers,
/// quoted strings, version literals, <c>== != &gt; &lt; &gt;= &lt;=</c>, <c>&amp;&amp; || !</c> and parentheses, with
/// <c>&amp;&amp;</c> binding tighter than <c>||</c>. Evaluated against one device's values (RULES.md, HU-DST-03).
/// </summary>
internal sealed class TargetingCondition
{
    private readonly TargetingNode _root;

    private TargetingCondition(string text, TargetingNode root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The condition as written.</summary>
    public string Text { get; }

    /// <summary>Parses a condition; false with a reason when it does not parse.</summary>
    public static bool TryParse(string text, out TargetingCondition? condition, out string? error)
    {
        try
        {
            condition = new TargetingCondition(text, new TargetingParser(TargetingLexer.Tokenize(text)).Parse());
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            condition = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Evaluates the condition; <paramref name="valueOf"/> gives an identifier's value, or null when it has none.</summary>
    public bool Evaluate(Func<string, string?> valueOf) => _root.Evaluate(valueOf);
}
