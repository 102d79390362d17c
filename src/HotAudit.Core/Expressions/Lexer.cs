using HotAudit.Core.Syntax;

namespace HotAudit.Core.Expressions;

/// <summary>Splits an expression into tokens: identifiers, <c>$parameters</c>, quoted strings, numbers, operators (scanning shared with targeting conditions: <see cref="TextScanner"/>).</summary>
internal static class Lexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var s = new TextScanner(text);
        for (s.SkipWhiteSpace(); !s.AtEnd; s.SkipWhiteSpace())
        {
            var c = s.Current;
            var start = s.Position;
            if (char.IsLetter(c) || c == '_' || c == '$')
            {
                var word = s.Word(ch => char.IsLetterOrDigit(ch) || ch is '_' or '.');
                tokens.Add(new Token(c == '$' ? TokenKind.Parameter : TokenKind.Identifier, c == '$' ? word[1..] : word, start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && s.Next is { } next && char.IsAsciiDigit(next) && !AfterOperand(tokens)))
            {
                tokens.Add(new Token(TokenKind.Number, s.Word(ch => char.IsAsciiDigit(ch) || ch == '.'), start));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.String, s.Quoted(escapes: true) ?? throw new ExpressionException("unterminated string", start), start));
            }
            else
            {
                tokens.Add(ReadPunctuation(s));
            }
        }
        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    /// <summary>Whether a '-' here is subtraction (it follows a value) rather than the sign of a number.</summary>
    private static bool AfterOperand(List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].Kind is TokenKind.Identifier or TokenKind.Number or TokenKind.String or TokenKind.Parameter
            or TokenKind.RParen or TokenKind.RBracket;

    private static Token ReadPunctuation(TextScanner s)
    {
        var start = s.Position;
        var single = s.Current switch
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
            return new Token(single, s.Word(_ => false), start);
        }
        return s.Operator(Operators) is { } op
            ? new Token(TokenKind.Operator, op, start)
            : throw new ExpressionException($"unexpected character '{s.Current}'", start);
    }
}
