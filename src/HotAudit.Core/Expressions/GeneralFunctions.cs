using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace HotAudit.Core.Expressions;

/// <summary>Conversions and arithmetic helpers of the expression language.</summary>
internal static class GeneralFunctions
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static IEnumerable<FunctionDefinition> List =>
    [
        new("is_null", 1, "true when the value is absent", a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => Value.Bool(a[0](r, c).IsNull)),
        new("coalesce", 2, "the first argument unless absent, else the second", a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { IsNull: false } v ? v : a[1](r, c)),
        Text("tls", "a TLS version as a number (TLSv1.2 -> 1.2, 1 -> 1.0), null when unreadable", (c, s) => TlsVersion(s) is { } n ? Value.Number(n) : Value.Null),
        Text("lower", "the text in lower case", (c, s) => Value.String(c.Symbols.Intern(s.ToLowerInvariant()))),
        Text("role", "a signer role in English: developer, tester or distributor (开发者, 检测者, 分发者 accepted, any case)",
            (c, s) => CustomData.SignerRoles.TryParse(s, out var role) ? Value.String(c.Symbols.Intern(role.ToString().ToLowerInvariant())) : Value.Null),
        new("matches", 2, "whether the whole text matches a regular expression (absent text never matches)",
            a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { Kind: ValueKind.String } v && a[1](r, c) is { Kind: ValueKind.String } p
                ? Value.Bool(Pattern(c.Symbols[p.Symbol]).IsMatch(c.Symbols[v.Symbol])) : Value.False),
        new("days_between", 2, "days from the first instant to the second (fractional)",
            a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { Kind: ValueKind.Time } x && a[1](r, c) is { Kind: ValueKind.Time } y
                ? Value.Number((y.Bits - x.Bits) / (double)TimeSpan.TicksPerDay) : Value.Null),
        Number("ceil", "the number rounded up", Math.Ceiling),
        Number("floor", "the number rounded down", Math.Floor),
        new("choose", -1, "choose(key, k1, v1, k2, v2, ...): the value paired with the first k equal to key, else null", Choose),
        new("period_start", 0, "start of the assessment period", _ => [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (in _, c) => Value.Time(c.PeriodFrom)),
        new("period_end", 0, "end of the assessment period", _ => [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (in _, c) => Value.Time(c.PeriodUntil)),
    ];

    /// <summary>Reads a TLS version: digits and dots, optionally after <c>TLS</c> or <c>TLSv</c>; <c>1</c> means 1.0.</summary>
    public static double? TlsVersion(string text)
    {
        var t = text.Trim();
        t = t.StartsWith("TLSv", StringComparison.OrdinalIgnoreCase) ? t[4..] : t.StartsWith("TLS", StringComparison.OrdinalIgnoreCase) ? t[3..].TrimStart() : t;
        if (t.Length == 0 || t.Any(ch => !char.IsAsciiDigit(ch) && ch != '.') || t.StartsWith('.') || t.EndsWith('.') || t.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = t.Split('.');
        var major = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minor = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        return Math.Round(major + minor / 10.0, 1);
    }

    private static Evaluator Choose(Evaluator[] a)
    {
        if (a.Length < 3 || a.Length % 2 == 0)
        {
            throw new ExpressionException("choose takes a key and pairs of (match, value)", 0);
        }
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) =>
        {
            var key = a[0](r, c);
            for (var i = 1; i + 1 < a.Length; i += 2)
            {
                if (Values.Equal(key, a[i](r, c), c.Symbols))
                {
                    return a[i + 1](r, c);
                }
            }
            return Value.Null;
        };
    }

    private static Regex Pattern(string p) => Patterns.GetOrAdd(p, x => new Regex("^(?:" + x + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    /// <summary>A pure function of a text value: each call site remembers its result per distinct value.</summary>
    private static FunctionDefinition Text(string name, string description, Func<EvalContext, string, Value> f) =>
        new(name, 1, description, a =>
        {
            var memo = new SymbolMemo(f);
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { Kind: ValueKind.String } v ? memo.Get(c, v.Symbol) : Value.Null;
        });

    private static FunctionDefinition Number(string name, string description, Func<double, double> f) =>
        new(name, 1, description, a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c).TryNumber(c.Symbols, out var n) ? Value.Number(f(n)) : Value.Null);
}
