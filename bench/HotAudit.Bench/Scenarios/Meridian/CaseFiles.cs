using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The case's reference files: the case manifest (external provision, +05:30, the period), the operator roster
/// (the teams and Meridian's staff; vendor and shared accounts are not on it) and the tenant register.</summary>
internal static class CaseFiles
{
    public static void Write(string caseDir, int seed, MeridianCalendar calendar, IReadOnlyList<AppWorld> apps)
    {
        var from = calendar.Date(0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = calendar.Date(calendar.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(caseDir, "hotaudit.case.yaml"),
            $"case: MERIDIAN-{seed:000}\nscenario: external\ntz: \"{MeridianCalendar.OffsetText}\"\nperiod:\n" +
            $"  from: {from}T00:00:00{MeridianCalendar.OffsetText}\n  until: {until}T00:00:00{MeridianCalendar.OffsetText}\n");
        var roster = new StringBuilder("operator,role,permissions,valid_from,valid_to\n");
        roster.Append(CultureInfo.InvariantCulture, $"{Team.Admin},admin,admin,2025-01-01,\n");
        foreach (var person in Team.Security)
        {
            roster.Append(CultureInfo.InvariantCulture, $"{person},security,review,2025-01-01,\n");
        }
        foreach (var person in Team.Sre)
        {
            roster.Append(CultureInfo.InvariantCulture, $"{person},sre,rollback,2025-03-01,\n");
        }
        foreach (var (member, role, permissions) in apps.SelectMany(a => a.Team.Members))
        {
            roster.Append(CultureInfo.InvariantCulture, $"{member},{role},{permissions},2025-01-01,\n");
        }
        File.WriteAllText(Path.Combine(caseDir, "operators.csv"), roster.ToString());
        var tenants = new StringBuilder("tenant_id,app_ids,qualification_reviewed_at,qualification_result,guide_delivered_at,contract_signed_at,contract_expires_at,consent_component\n");
        foreach (var app in apps)
        {
            tenants.Append(CultureInfo.InvariantCulture,
                $"{OperationWriter.TenantOf(app.Profile)},{app.Id},2025-02-10,pass,2025-02-20,2025-02-15,2027-02-14,{(app.Profile.AsksConsent ? "true" : "false")}\n");
        }
        File.WriteAllText(Path.Combine(caseDir, "tenants.csv"), tenants.ToString());
    }
}
