using System.Globalization;

namespace HotAudit.Core.Expressions;

/// <summary>
/// Parses the rule expression language:
/// <code>
/// or   := and (('||' | 'or') and)*
/// and  := not (('&amp;&amp;' | 'and') not)*
/// not  := ('!' | 'not') not | cmp
/// cmp  := sum (('=='|'!='|'&lt;'|'&lt;='|'&gt;'|'&gt;=') sum | ['not'] 'in' '[' atom (',' atom)* ']')?
/// sum  := atom (('+' | '-') atom)*
/// atom := literal | field | $param | name '(' args ')' | '(' or ')'
/// </code>
/// </summary>
internal static class Parser
{
    /// <summary>Parses an expression; throws <see cref="ExpressionException"/> with the position of the problem.</summary>
    public static Node Parse(string text)
    {
        var state = new State(Lexer.Tokenize(text));
        var node = state.Or();
        if (state.Peek.Kind != TokenKind.End)
        {
            throw new ExpressionException($"unexpected '{state.Peek.Text}'", state.Peek.Position);
        }
        return node;
    }

    private sealed class State(List<Token> tokens)
    {
        private int _i;

        public Token Peek => tokens[_i];

        private Token Next() => tokens[_i++];

        private bool IsWord(string word) => Peek.Kind == TokenKind.Identifier && Peek.Text.Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsOp(string op) => Peek.Kind == TokenKind.Operator && Peek.Text == op;

        public Node Or()
        {
            var left = And();
            while (IsOp("||") || IsWord("or"))
            {
                var t = Next();
                left = new BinaryNode("||", left, And(), t.Position);
            }
            return left;
        }

        private Node And()
        {
            var left = Not();
            while (IsOp("&&") || IsWord("and"))
            {
                var t = Next();
                left = new BinaryNode("&&", left, Not(), t.Position);
            }
            return left;
        }

        private Node Not()
        {
            if (IsOp("!") || (IsWord("not") && tokens[_i + 1].Kind != TokenKind.End))
            {
                var t = Next();
                return new NotNode(Not(), t.Position);
            }
            return Comparison();
        }

        private Node Comparison()
        {
            var left = Sum();
            if (Peek.Kind == TokenKind.Operator && Peek.Text is "==" or "!=" or "<" or "<=" or ">" or ">=")
            {
                var t = Next();
                return new BinaryNode(t.Text, left, Sum(), t.Position);
            }
            var negated = false;
            if (IsWord("not") && tokens[_i + 1].Kind == TokenKind.Identifier && tokens[_i + 1].Text.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                Next();
                negated = true;
            }
            if (IsWord("in"))
            {
                var t = Next();
                return new InNode(left, List(), negated, t.Position);
            }
            return left;
        }

        private Node Sum()
        {
            var left = Atom();
            while (IsOp("+") || IsOp("-"))
            {
                var t = Next();
                left = new BinaryNode(t.Text, left, Atom(), t.Position);
            }
            return left;
        }

        private List<Node> List()
        {
            Expect(TokenKind.LBracket, "'['");
            var items = new List<Node> { Atom() };
            while (Peek.Kind == TokenKind.Comma)
            {
                Next();
                items.Add(Atom());
            }
            Expect(TokenKind.RBracket, "']'");
            return items;
        }

        private Node Atom()
        {
            var t = Next();
            switch (t.Kind)
            {
                case TokenKind.String:
                    return new LiteralNode(t.Text, t.Position);
                case TokenKind.Number:
                    return double.TryParse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                        ? new LiteralNode(n, t.Position)
                        : throw new ExpressionException($"bad number '{t.Text}'", t.Position);
                case TokenKind.Parameter:
                    return new ParameterNode(t.Text, t.Position);
                case TokenKind.LParen:
                    var inner = Or();
                    Expect(TokenKind.RParen, "')'");
                    return inner;
                case TokenKind.Identifier:
                    return Identifier(t);
                default:
                    throw new ExpressionException(t.Kind == TokenKind.End ? "unexpected end of expression" : $"unexpected '{t.Text}'", t.Position);
            }
        }

        private Node Identifier(Token t)
        {
            switch (t.Text.ToLowerInvariant())
            {
                case "true": return new LiteralNode(true, t.Position);
                case "false": return new LiteralNode(false, t.Position);
                case "null": return new LiteralNode(null, t.Position);
            }
            if (Peek.Kind != TokenKind.LParen)
            {
                return new FieldNode(t.Text, t.Position);
            }
            Next();
            var args = new List<Node>();
            if (Peek.Kind != TokenKind.RParen)
            {
                args.Add(Or());
                while (Peek.Kind == TokenKind.Comma)
                {
                    Next();
                    args.Add(Or());
                }
            }
            Expect(TokenKind.RParen, "')'");
            return new CallNode(t.Text.ToLowerInvariant(), args, t.Position);
        }

        private void Expect(TokenKind kind, string what)
        {
            if (Peek.Kind != kind)
            {
                throw new ExpressionException($"expected {what} but found '{(Peek.Kind == TokenKind.End ? "end" : Peek.Text)}'", Peek.Position);
            }
            Next();
        }
    }
}
