using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>The test classes that share <see cref="MeridianCases"/> (written once: two full seeds take seconds each).</summary>
[CollectionDefinition(Name)]
public sealed class MeridianCollection : ICollectionFixture<MeridianCases>
{
    public const string Name = "meridian cases";
}
