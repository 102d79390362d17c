namespace HotAudit.Core.Expressions;

/// <summary>Kinds of token of the expression language.</summary>
internal enum TokenKind
{
    End,
    Identifier,
    Parameter,
    String,
    Number,
    Operator,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

/// <summary>A token and where it starts (0-based character offset).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position);
