namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>One app version: live at the start of the case or launched during it.</summary>
/// <param name="Launch">Day index of its store release (0 = already live before the case).</param>
/// <param name="PreCase">Patches published before the operation log's export begins (<see cref="FleetWorld.LogHistory"/> days before the case).</param>
/// <param name="Cadence">Mean working days between releases; 0 = dormant (no release planned).</param>
/// <param name="Weight">Share of the app's devices on this version at the start.</param>
internal sealed record FleetVersion(int Index, int App, string Name, int Launch, int PreCase, double Cadence, double Weight)
{
    /// <summary>A quiet version: a release every few weeks at most.</summary>
    public bool Quiet => Cadence is 0 or >= 15;
}
