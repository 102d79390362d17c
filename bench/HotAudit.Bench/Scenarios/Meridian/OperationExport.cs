namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>Which export of the operation log a row is in: the console's, the API's, or both (a console action the API
/// log also recorded, with the same op_id).</summary>
internal enum OperationExport
{
    Console,
    Api,
    Both,
}
