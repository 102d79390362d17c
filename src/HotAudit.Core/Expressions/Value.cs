using System.Globalization;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>What kind of value an expression produced.</summary>
public enum ValueKind : byte
{
    /// <summary>No value (an empty field, or a lookup that knows nothing).</summary>
    Null,
    /// <summary>True or false.</summary>
    Bool,
    /// <summary>A number (double).</summary>
    Number,
    /// <summary>Text (a symbol of the case's table).</summary>
    String,
    /// <summary>An instant (UTC ticks).</summary>
    Time,
}

/// <summary>
/// A value of the rule expression language: absent, a boolean, a number, a string (as a <see cref="SymbolTable"/>
/// symbol) or an instant (UTC ticks). Unmanaged, so evaluating a filter allocates nothing.
/// </summary>
public readonly record struct Value(ValueKind Kind, long Bits, double Num)
{
    /// <summary>The absent value.</summary>
    public static readonly Value Null = default;

    /// <summary>True.</summary>
    public static readonly Value True = new(ValueKind.Bool, 1, 0);

    /// <summary>False.</summary>
    public static readonly Value False = new(ValueKind.Bool, 0, 0);

    /// <summary>A boolean.</summary>
    public static Value Bool(bool b) => b ? True : False;

    /// <summary>A number.</summary>
    public static Value Number(double n) => new(ValueKind.Number, 0, n);

    /// <summary>A string symbol; symbol 0 is the absent value.</summary>
    public static Value String(int symbol) => symbol == SymbolTable.None ? Null : new(ValueKind.String, symbol, 0);

    /// <summary>An instant.</summary>
    public static Value Time(long utcTicks) => new(ValueKind.Time, utcTicks, 0);

    /// <summary>Whether the value is absent.</summary>
    public bool IsNull => Kind == ValueKind.Null;

    /// <summary>Truth as rules read it: only a true boolean is true; absent is false.</summary>
    public bool IsTrue => Kind == ValueKind.Bool && Bits != 0;

    /// <summary>The symbol of a string value.</summary>
    public int Symbol => Kind == ValueKind.String ? (int)Bits : SymbolTable.None;

    /// <summary>The value as a number, if it is one or a string that reads as one.</summary>
    public bool TryNumber(SymbolTable symbols, out double n)
    {
        n = Kind switch
        {
            ValueKind.Number => Num,
            ValueKind.String => symbols.Number((int)Bits),
            ValueKind.Time => Bits,
            _ => double.NaN,
        };
        return !double.IsNaN(n);
    }

    /// <summary>Text for messages and reports.</summary>
    public string Describe(SymbolTable symbols) => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Bool => Bits != 0 ? "true" : "false",
        ValueKind.Number => Num.ToString(CultureInfo.InvariantCulture),
        ValueKind.String => symbols[(int)Bits],
        _ => new DateTime(Bits, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
    };
}
