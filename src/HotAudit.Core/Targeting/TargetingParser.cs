namespace HotAudit.Core.Targeting;

/// <summary>Recursive-descent parser of targeting conditions: or := and ('||' and)*; and := unary ('&amp;&amp;' unary)*; unary := '!' unary | primary.</summary>
internal sealed class TargetingParser(List<(char Kind, string Text)> tokens)
{
    private static readonly string[] Comparisons = ["==", "!=", ">=", "<=", ">", "<"];
    private int _i;

    public TargetingNode Parse()
    {
        if (tokens.Count == 0)
        {
            throw new FormatException("empty condition");
        }
        var node = Or();
        if (_i < tokens.Count)
        {
            throw new FormatException($"unexpected '{tokens[_i].Text}'");
        }
        return node;
    }

    private bool Is(string op) => _i < tokens.Count && tokens[_i].Kind == 'o' && tokens[_i].Text == op;

    private TargetingNode Or()
    {
        var left = And();
        while (Is("||"))
        {
            _i++;
            left = new LogicalNode(true, left, And());
        }
        return left;
    }

    private TargetingNode And()
    {
        var left = Unary();
        while (Is("&&"))
        {
            _i++;
            left = new LogicalNode(false, left, Unary());
        }
        return left;
    }

    private TargetingNode Unary()
    {
        if (Is("!"))
        {
            _i++;
            return new NegationNode(Unary());
        }
        if (Is("("))
        {
            _i++;
            var inner = Or();
            if (!Is(")"))
            {
                throw new FormatException("missing ')'");
            }
            _i++;
            return inner;
        }
        var left = Operand();
        if (_i < tokens.Count && tokens[_i].Kind == 'o' && Comparisons.Contains(tokens[_i].Text))
        {
            var op = tokens[_i++].Text;
            return new ComparisonNode(op, left, Operand());
        }
        return left.IsIdentifier ? new FlagNode(left.Text) : throw new FormatException($"'{left.Text}' is not a condition");
    }

    private TargetingOperand Operand()
    {
        if (_i >= tokens.Count)
        {
            throw new FormatException("unexpected end of condition");
        }
        var (kind, text) = tokens[_i++];
        return kind switch
        {
            'i' => new TargetingOperand(text, true),
            'v' or 's' => new TargetingOperand(text, false),
            _ => throw new FormatException($"unexpected '{text}'"),
        };
    }
}
