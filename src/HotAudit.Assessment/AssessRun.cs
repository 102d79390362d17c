using HotAudit.Core.Assessment;

namespace HotAudit.Assessment;

/// <summary>What one assessment run ended with.</summary>
/// <param name="ExitCode">The exit code <c>hotaudit assess</c> returns.</param>
/// <param name="Result">The assessment, when the run got that far (its reports are then written); null when it stopped before.</param>
/// <param name="KeptMonitor">The monitor's kept days updated with this run's, when the run was given some and the monitor ran.</param>
public sealed record AssessRun(int ExitCode, AssessmentResult? Result, HotAudit.Anomalies.Memory.MonitorMemory? KeptMonitor = null);
