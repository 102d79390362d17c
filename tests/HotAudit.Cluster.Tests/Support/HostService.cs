namespace HotAudit.Cluster.Tests.Support;

/// <summary>A service a test host registers, as the worker registers its own, to find beside the silo's services.</summary>
public sealed class HostService;
