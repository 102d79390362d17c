namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>One app version: its place in the world, when it appeared and how busy its team is with it.</summary>
/// <param name="Index">Index in <see cref="OperatorWorld.Versions"/>.</param>
/// <param name="App">Index of its app.</param>
/// <param name="Name">The app version, e.g. <c>6.3.0</c>.</param>
/// <param name="LaunchDay">Day it was registered, or -1 when it was already live before the case.</param>
/// <param name="InitialShare">Share of the app's devices on it at the start.</param>
/// <param name="PatchesBefore">Patches published for it before the case (the devices run the last one).</param>
internal sealed record VersionPlan(
    int Index, int App, string Name, int LaunchDay, double InitialShare, Cadence Cadence, int PatchesBefore)
{
    /// <summary>The patch id of patch number <paramref name="number"/> of this version.</summary>
    public string PatchId(string appId, int number) => $"{appId}-{Name}-p{number}";
}
