using FluentAssertions;
using HotAudit.Signing.Formats;
using Xunit;

namespace HotAudit.Signing.Tests.Formats;

public sealed class JsonStringifyTests
{
    [Fact]
    public void Array_SpecialCharacters_EscapedAsNodeDoes()
    {
        // Expected text printed by node: JSON.stringify(["a\"b","c\\d","e\nf\u0001g\t","数据/x.json","\u007f\u2028"])
        var json = JsonStringify.Array(["a\"b", "c\\d", "e\nf\u0001g\t", "数据/x.json", "\u007f\u2028"]);

        json.Should().Be("[\"a\\\"b\",\"c\\\\d\",\"e\\nf\\u0001g\\t\",\"数据/x.json\",\"\u007f\u2028\"]");
    }

    [Fact]
    public void Array_Empty_Brackets()
    {
        JsonStringify.Array([]).Should().Be("[]");
    }
}
