namespace HotAudit.Core.Targeting;

/// <summary>Tokens of a targeting condition: (kind, text) where kind is 'i' identifier, 'v' number or version, 's' string, 'o' operator.</summary>
internal static class TargetingLexer
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "(", ")"];

    public static List<(char Kind, string Text)> Tokenize(string text)
    {
        var tokens = new List<(char, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                tokens.Add(('i', Take(text, ref i, ch => char.IsLetterOrDigit(ch) || ch == '_')));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(('v', Take(text, ref i, ch => char.IsAsciiDigit(ch) || ch == '.')));
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"unterminated string at character {i + 1}");
                }
                tokens.Add(('s', text[(i + 1)..end]));
                i = end + 1;
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new FormatException($"unexpected '{c}' at character {i + 1}");
                tokens.Add(('o', op));
                i += op.Length;
            }
        }
        return tokens;
    }

    private static string Take(string text, ref int i, Func<char, bool> part)
    {
        var start = i;
        while (i < text.Length && part(text[i]))
        {
            i++;
        }
        return text[start..i];
    }
}
