using FluentAssertions;
using HotAudit.Core.Time;
using Xunit;

namespace HotAudit.Core.Tests.Time;

public sealed class TimestampsTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("1792685137", "2026-10-22T16:05:37.0000000Z")]
    [InlineData("1792685137432", "2026-10-22T16:05:37.4320000Z")]
    [InlineData("2026-05-01", "2026-04-30T16:00:00.0000000Z")]
    [InlineData("2026-05-01 08:00:00", "2026-05-01T00:00:00.0000000Z")]
    [InlineData("2026-05-01T08:00:00.1234567Z", "2026-05-01T08:00:00.1234567Z")]
    [InlineData("2026-05-01T08:00:00+0530", "2026-05-01T02:30:00.0000000Z")]
    [InlineData("2026-05-01T08:00:00-01:00", "2026-05-01T09:00:00.0000000Z")]
    public void TryParse_ContractForms_ReadsInstant(string text, string utc)
    {
        Timestamps.TryParse(text, Cst, out var ticks, out var error).Should().BeTrue(error);
        new DateTime(ticks, DateTimeKind.Utc).ToString("O").Should().Be(utc);
    }

    [Theory]
    [InlineData("2026-13-45T99:00:00", "month must be in 1..12")]
    [InlineData("2026-02-30", "no such day")]
    [InlineData("12345678", "epoch with 8 digits")]
    [InlineData("1999-12-31T23:59:59Z", "outside")]
    [InlineData("2026-05-01T08:00", "HH:mm:ss")]
    [InlineData("2026-05-01T08:00:00.12345678", "1-7 digits")]
    [InlineData("2026/05/01", "yyyy-MM-dd")]
    [InlineData("", "missing")]
    public void TryParse_OtherForms_Rejected(string text, string reason)
    {
        Timestamps.TryParse(text, Cst, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }
}
