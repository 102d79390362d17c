using FluentAssertions;
using HotAudit.Anomalies.Features;
using Xunit;

namespace HotAudit.Anomalies.Tests.Features;

public sealed class OperationDayTests
{
    private const int Current = 3, Previous = 2, Earlier = 1, None = 0;

    [Fact]
    public void Rollback_PatchMadeActiveThenSwitchedOff_IsAFlap()
    {
        // Given: the previous patch made active, then switched off again
        var day = new OperationDay();
        day.Rollback(left: Current, made: Previous);
        day.Rollback(left: Previous, made: None);

        // Then
        (day.Rollbacks, day.Flaps).Should().Be((2, 1));
    }

    [Fact]
    public void Rollback_BadPatchSwitchedOffThenPreviousMadeActive_IsNoFlap()
    {
        // Given: the two steps of one rollback: the bad patch off, the previous one on
        var day = new OperationDay();
        day.Rollback(left: Current, made: None);
        day.Rollback(left: None, made: Previous);

        // Then
        (day.Rollbacks, day.Flaps).Should().Be((2, 0));
    }

    [Fact]
    public void Rollback_BackAndForthFourTimes_ThreeFlaps_WalkingBackTwoPatches_One()
    {
        // Given: previous on, current on again, previous on, current on; and, another day, back one patch, then one more
        var flapping = new OperationDay();
        foreach (var (left, made) in new[] { (Current, Previous), (Previous, Current), (Current, Previous), (Previous, Current) })
        {
            flapping.Rollback(left, made);
        }
        var walking = new OperationDay();
        walking.Rollback(Current, Previous);
        walking.Rollback(Previous, Earlier);

        // Then: the walk back undoes the first rollback's choice once
        flapping.Flaps.Should().Be(3);
        walking.Flaps.Should().Be(1);
    }
}
