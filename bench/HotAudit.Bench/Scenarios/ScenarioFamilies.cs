namespace HotAudit.Bench.Scenarios;

/// <summary>Every scenario family the benchmark and <c>scenario FAMILY DIR</c> know, by name.</summary>
internal static class ScenarioFamilies
{
    public static readonly IReadOnlyList<IScenarioFamily> All =
    [
        new SamplesFamily(),
        new Seasonal.SeasonalFamily(),
        new Operator.OperatorFamily(),
        new Fleet.FleetFamily(),
        new Vendor.VendorFamily(),
        new Harbor.HarborFamily(),
        new Meridian.MeridianFamily(),
    ];

    /// <summary>The family called <paramref name="name"/>, or null.</summary>
    public static IScenarioFamily? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
