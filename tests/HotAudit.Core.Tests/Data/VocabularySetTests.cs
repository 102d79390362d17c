using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using Xunit;

namespace HotAudit.Core.Tests.Data;

public sealed class VocabularySetTests
{
    private static readonly Column Event = Schemas.Telemetry.Columns[Schemas.Telemetry.Slot("event")];

    [Theory]
    [InlineData("apply_success", true)]
    [InlineData("APPLY_Success", true)]
    [InlineData("apply_succes", false)]
    [InlineData("apply_success ", false)]
    [InlineData("patch_magic", false)]
    public void Contains_Value_AsAnOrdinalIgnoreCaseCompareWithEveryWord(string value, bool expected)
    {
        var set = new VocabularySet(Event);

        set.Contains(value).Should().Be(expected);
        Event.Vocabulary!.Any(w => value.Equals(w, StringComparison.OrdinalIgnoreCase)).Should().Be(expected);
    }

    [Fact]
    public void Constructor_ColumnWithoutVocabulary_Throws()
    {
        var act = () => new VocabularySet(Schemas.Telemetry.Columns[Schemas.Telemetry.Slot("device_id")]);

        act.Should().Throw<ArgumentException>();
    }
}
