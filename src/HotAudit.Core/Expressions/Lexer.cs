using System.Text;

namespace HotAudit.Core.Expressions;

/// <summary>Splits an expression into tokens: identifiers, <c>$parameters</c>, quoted strings, numbers, operators.</summary>
internal static class Lexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c) || c == '_' || c == '$')
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }
                var word = text[start..i];
                tokens.Add(new Token(c == '$' ? TokenKind.Parameter : TokenKind.Identifier, c == '$' ? word[1..] : word, start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !AfterOperand(tokens)))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.String, ReadString(text, ref i), start));
            }
            else
            {
                tokens.Add(ReadPunctuation(text, ref i));
            }
        }
        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    /// <summary>Whether a '-' here is subtraction (it follows a value) rather than the sign of a number.</summary>
    private static bool AfterOperand(List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.String or TokenKind.Parameter
            or TokenKind.RParen or TokenKind.RBracket;

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var sb = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            sb.Append(text[i++]);
        }
        if (i >= text.Length)
        {
            throw new ExpressionException("unterminated string", start);
        }
        i++;
        return sb.ToString();
    }

    private static Token ReadPunctuation(string text, ref int i)
    {
        var start = i;
        var single = text[i] switch
        {
            '(' => TokenKind.LParen,
            ')' => TokenKind.RParen,
            '[' => TokenKind.LBracket,
            ']' => TokenKind.RBracket,
            ',' => TokenKind.Comma,
            _ => TokenKind.End,
        };
        if (single != TokenKind.End)
        {
            i++;
            return new Token(single, text[start..i], start);
        }
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                i += op.Length;
                return new Token(TokenKind.Operator, op, start);
            }
        }
        throw new ExpressionException($"unexpected character '{text[i]}'", i);
    }
}
