namespace HotAudit.Reporting;

/// <summary>Words for a run's identifiers in both languages, for pages outside the reports (the worker's web view).</summary>
public static class RunWords
{
    /// <summary>An overall verdict (<c>nonconformant</c>, <c>incomplete</c>, ...) as "中文 / English".</summary>
    /// <param name="overall">The identifier as findings.json writes it.</param>
    public static string Overall(string overall) => Words.Overall(overall).Both;

    /// <summary>A severity's name in both languages, critical first.</summary>
    public static IReadOnlyList<string> Severities { get; } =
        [.. Enum.GetValues<Core.Rules.Severity>().Reverse().Select(s => Words.Of(s).Both)];
}
