using HotAudit.Bench.Scenarios.Operator;

namespace HotAudit.Bench.Scenarios;

/// <summary>The scenario families the benchmark and the <c>scenario</c> verb know, by name.</summary>
internal static class ScenarioFamilies
{
    public static readonly IReadOnlyList<IScenarioFamily> All = [new OperatorFamily()];

    /// <summary>The family called <paramref name="name"/>, or null.</summary>
    public static IScenarioFamily? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
