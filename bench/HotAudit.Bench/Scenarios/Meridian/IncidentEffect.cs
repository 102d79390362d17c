namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// How an incident changes what devices report: between <see cref="From"/> and <see cref="Until"/> (case seconds),
/// the devices it selects (a stateless lot, <see cref="Fraction"/> of them) behave as the incident makes them;
/// <see cref="Patch"/> is the incident's own release (0 when it has none), <see cref="Loops"/> the re-applies of an
/// apply loop.
/// </summary>
internal sealed record IncidentEffect(Incident Incident, long From, long Until, double Fraction, int Loops, int Patch)
{
    public bool Covers(long at) => at >= From && at < Until;

    public bool Selects(Device device) => MeridianRandom.Unit(device.Index, 7919 + Incident.Id) < Fraction;

    public bool Is(IncidentPattern pattern) => Incident.Pattern == pattern;
}
