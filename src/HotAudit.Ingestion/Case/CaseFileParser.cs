using HotAudit.Core.Assessment;
using HotAudit.Core.Time;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>Reads <c>hotaudit.case.yaml</c> (DATA-CONTRACT.md section 5). Unknown keys are ignored.</summary>
internal static class CaseFileParser
{
    /// <summary>The case file's name.</summary>
    public const string FileName = "hotaudit.case.yaml";

    private static readonly TimeSpan DefaultOffset = HotAudit.Core.Time.Timestamps.DefaultOffset;

    /// <summary>Applies the case file at <paramref name="path"/> to a manifest that has only the files.</summary>
    public static CaseManifest Apply(CaseManifest manifest, string path)
    {
        var root = YamlDocument.LoadMapping(path);
        var offset = ReadOffset(root);
        var period = root.Mapping("period", FileName);
        var rules = root.Mapping("rules", FileName);
        return manifest with
        {
            CaseId = root.Scalar("case", FileName),
            Scenario = ReadScenario(root),
            Offset = offset,
            PeriodFrom = ReadInstant(period, "from", offset ?? DefaultOffset),
            PeriodUntil = ReadInstant(period, "until", offset ?? DefaultOffset),
            App = ReadApp(root.Mapping("app_under_test", FileName)),
            StandardLabel = root.Scalar("standard_label", FileName),
            Packs = rules is null ? null : RuleSelection.Packs(rules, FileName),
            Set = rules is null ? manifest.Set : RuleSelection.Set(rules, FileName),
            MappingReference = root.Scalar("mapping", FileName),
            Limits = LimitsSection.Read(root.Mapping("limits", FileName), FileName),
        };
    }

    private static Scenario? ReadScenario(YamlMappingNode root)
    {
        var text = root.Scalar("scenario", FileName);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "internal" => Scenario.Internal,
            "external" => Scenario.External,
            _ => throw new CaseInputException($"{FileName}: unknown scenario '{text}' (expected internal or external)"),
        };
    }

    private static TimeSpan? ReadOffset(YamlMappingNode root)
    {
        var text = root.Scalar("tz", FileName);
        if (text is null)
        {
            return null;
        }
        if (Timestamps.TryParseOffset(text, out var offset))
        {
            return offset;
        }
        throw new CaseInputException($"{FileName}: bad tz '{text}' (expected an offset such as +08:00, -0530 or Z)");
    }

    private static long? ReadInstant(YamlMappingNode? period, string key, TimeSpan offset)
    {
        var text = period?.Scalar(key, FileName);
        if (text is null)
        {
            return null;
        }
        if (Timestamps.TryParse(text, offset, out var ticks, out var error))
        {
            return ticks;
        }
        throw new CaseInputException($"{FileName}: period.{key} '{text}': {error}");
    }

    private static AppUnderTest? ReadApp(YamlMappingNode? app) => app is null ? null : new AppUnderTest(
        app.Scalar("name", FileName), app.Scalar("version", FileName), app.Scalar("developer", FileName), app.Scalar("hash", FileName));
}
