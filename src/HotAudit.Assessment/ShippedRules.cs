namespace HotAudit.Assessment;

/// <summary>The rule packs shipped with HotAudit: the repository's <c>rules</c> folder, copied beside the executable.</summary>
public static class ShippedRules
{
    /// <summary>The folder of the shipped packs, the default of <c>--rules</c> and the worker's packs.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "rules");
}
