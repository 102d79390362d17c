using FluentAssertions;
using HotAudit.Core.Traceability;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Traceability;

/// <summary>A patch id reported under two apps is traced under the app of its earliest event, whatever partition is merged first.</summary>
public sealed class PatchCountersTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Merge_PatchSeenUnderTwoApps_KeepsAppOfEarliestEventInEitherOrder(bool laterFirst)
    {
        var later = new PatchCounters();
        later.Saw(app: 7, version: 70, new Record { Ts = 2_000, File = 0, Line = 5 });
        var earlier = new PatchCounters();
        earlier.Saw(app: 9, version: 90, new Record { Ts = 1_000, File = 1, Line = 9 });
        var (into, from) = laterFirst ? (later, earlier) : (earlier, later);

        into.Merge(from);

        (into.AppId, into.AppVersion).Should().Be((9, 90));
    }
}
