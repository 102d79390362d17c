using System.Text;

namespace HotAudit.Core.Syntax;

/// <summary>
/// The character scanning both condition languages share (rule expressions, patch targeting conditions): white space,
/// words, quoted strings and operators at a moving position. Each language's lexer decides what a token is and what
/// an error says.
/// </summary>
internal sealed class TextScanner(string text)
{
    /// <summary>The 0-based offset of the next character.</summary>
    public int Position { get; private set; }

    public bool AtEnd => Position >= text.Length;

    public char Current => text[Position];

    /// <summary>The character after the current one, if any.</summary>
    public char? Next => Position + 1 < text.Length ? text[Position + 1] : null;

    public void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Position++;
        }
    }

    /// <summary>The current character and every following one that is <paramref name="part"/> of the word.</summary>
    public string Word(Func<char, bool> part)
    {
        var start = Position++;
        while (!AtEnd && part(Current))
        {
            Position++;
        }
        return text[start..Position];
    }

    /// <summary>
    /// The text between the quote at the current position and the next same quote (a backslash takes the next character
    /// as it is, when <paramref name="escapes"/>); null, and nothing read, when the string is not closed.
    /// </summary>
    public string? Quoted(bool escapes)
    {
        var quote = Current;
        var i = Position + 1;
        var sb = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (escapes && text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            sb.Append(text[i++]);
        }
        if (i >= text.Length)
        {
            return null;
        }
        Position = i + 1;
        return sb.ToString();
    }

    /// <summary>The first of <paramref name="operators"/> written at the current position (read past), or null.</summary>
    public string? Operator(IReadOnlyList<string> operators)
    {
        foreach (var op in operators)
        {
            if (string.CompareOrdinal(text, Position, op, 0, op.Length) == 0)
            {
                Position += op.Length;
                return op;
            }
        }
        return null;
    }
}
