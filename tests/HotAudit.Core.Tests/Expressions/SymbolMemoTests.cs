using FluentAssertions;
using HotAudit.Core.Expressions;
using HotAudit.Core.Symbols;
using Xunit;

namespace HotAudit.Core.Tests.Expressions;

public sealed class SymbolMemoTests
{
    [Fact]
    public void Get_SameValueTwice_CallsTheFunctionOnce()
    {
        var calls = 0;
        var memo = new SymbolMemo((_, s) => { calls++; return Value.Number(s.Length); });
        var context = Context(new SymbolTable());
        var symbol = context.Symbols.Intern("TLSv1.2");

        memo.Get(context, symbol).Should().Be(Value.Number(7));
        memo.Get(context, symbol).Should().Be(Value.Number(7));
        calls.Should().Be(1);
    }

    [Fact]
    public void Get_AnotherSymbolTable_ReadsTheValueOfThatTable()
    {
        var memo = new SymbolMemo((_, s) => Value.Number(s.Length));
        var first = Context(new SymbolTable());
        var second = Context(new SymbolTable());
        var a = first.Symbols.Intern("ab");
        var b = second.Symbols.Intern("abcd");

        a.Should().Be(b);
        memo.Get(first, a).Should().Be(Value.Number(2));
        memo.Get(second, b).Should().Be(Value.Number(4));
    }

    [Fact]
    public void Get_BeyondCapacity_StillAnswersEveryValue()
    {
        var calls = 0;
        var memo = new SymbolMemo((_, s) => { calls++; return Value.Number(s.Length); }, capacity: 1);
        var context = Context(new SymbolTable());
        var x = context.Symbols.Intern("x");
        var yy = context.Symbols.Intern("yy");

        new[] { x, yy, x, yy }.Select(s => memo.Get(context, s)).Should().Equal(
            Value.Number(1), Value.Number(2), Value.Number(1), Value.Number(2));
        calls.Should().Be(3);
    }

    private static EvalContext Context(SymbolTable symbols) => new(symbols, [], null!);
}
