// The generator moved from the executable (namespace HotAudit.Cli.Samples) to src/HotAudit.Samples (issue 17).
// Scenarios/SamplesFamily.cs, which another change owns while this one lands, still says `using HotAudit.Cli.Samples;`:
// this declaration keeps that namespace known so the file compiles unchanged. Delete it together with that using line.
namespace HotAudit.Cli.Samples
{
    /// <summary>Marks the former namespace of the sample generator (see the comment above); holds nothing.</summary>
    internal static class FormerSamplesNamespace;
}
