using HotAudit.Core.Syntax;

namespace HotAudit.Core.Targeting;

/// <summary>Tokens of a targeting condition: (kind, text) where kind is 'i' identifier, 'v' number or version, 's' string, 'o' operator.</summary>
internal static class TargetingLexer
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "(", ")"];

    public static List<(char Kind, string Text)> Tokenize(string text)
    {
        var tokens = new List<(char, string)>();
        var s = new TextScanner(text);
        for (s.SkipWhiteSpace(); !s.AtEnd; s.SkipWhiteSpace())
        {
            var c = s.Current;
            var at = s.Position + 1;
            if (char.IsLetter(c) || c == '_')
            {
                tokens.Add(('i', s.Word(ch => char.IsLetterOrDigit(ch) || ch == '_')));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(('v', s.Word(ch => char.IsAsciiDigit(ch) || ch == '.')));
            }
            else if (c is '"' or '\'')
            {
                tokens.Add(('s', s.Quoted(escapes: false) ?? throw new FormatException($"unterminated string at character {at}")));
            }
            else
            {
                tokens.Add(('o', s.Operator(Operators) ?? throw new FormatException($"unexpected '{c}' at character {at}")));
            }
        }
        return tokens;
    }
}
