using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>
/// Where the telemetry rules run: over the partitions of this machine (<see cref="LocalTelemetry"/>), or over the
/// partitions of a cluster. Either way each partition goes through <see cref="TelemetryPass"/> and the partials add up.
/// </summary>
public interface ITelemetryEvaluation
{
    /// <summary>Whether no telemetry row was accepted.</summary>
    bool IsEmpty { get; }

    /// <summary>Runs <paramref name="rules"/> and <paramref name="observers"/> on every device; returns the merged partials (in the same order) and duplicates per file.</summary>
    internal TelemetryOutcome Run(IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context, int evidenceCap, int fileCount, int parallelism);
}
