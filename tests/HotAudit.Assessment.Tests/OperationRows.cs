using System.Globalization;
using System.Text;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// An operation log as the monitor tests write it: one CSV row per action of one app, numbered in order, the patch's
/// version and an approval id ("AP" and that version) on an <c>approved</c> row.
/// </summary>
internal sealed class OperationRows(string app)
{
    private readonly StringBuilder _rows = new("ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,content,approval_id,result\n");
    private int _id;

    public void Add(DateTime at, string who, string role, string action, string version, string patch, int patchVersion, string result = "") =>
        _rows.Append(CultureInfo.InvariantCulture,
            $"{MonitorCase.At(at)},op{++_id},{who},{role},{action},{app},{version},{patch},{patchVersion},fix,{(result == "approved" ? "AP" + patchVersion : "")},{result}\n");

    public override string ToString() => _rows.ToString();
}
