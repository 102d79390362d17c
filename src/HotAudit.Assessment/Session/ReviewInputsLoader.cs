using HotAudit.Core.Quality;
using HotAudit.Reporting.Json;
using HotAudit.Reporting;
using HotAudit.Rules.Waivers;

namespace HotAudit.Assessment;

/// <summary>
/// Reads the waiver file and the previous run's findings.json before the case is read and before any report is written,
/// so a bad file stops the run early and the previous findings.json in the out folder is read before it is replaced.
/// </summary>
internal static class ReviewInputsLoader
{
    /// <summary>Loads both; without <c>--baseline</c>, a findings.json already in <paramref name="outDir"/> is the baseline.</summary>
    /// <exception cref="WaiverFileException">The waiver file cannot be used.</exception>
    /// <exception cref="BaselineException">The file given with <c>--baseline</c> cannot be used.</exception>
    public static ReviewInputs Load(AssessRequest options, string outDir)
    {
        var waivers = options.Waivers is { } file ? WaiverFileReader.Read(file) : [];
        if (options.PreviousRun is { } previousRun)
        {
            return new ReviewInputs(waivers, previousRun, "run history", []);
        }
        if (options.Baseline is { } baseline)
        {
            return new ReviewInputs(waivers, PreviousFindings.Read(baseline), Path.GetFileName(baseline), []);
        }
        var previous = Path.Combine(outDir, ReportWriter.JsonFile);
        if (!File.Exists(previous))
        {
            return ReviewInputs.None with { Waivers = waivers };
        }
        try
        {
            return new ReviewInputs(waivers, PreviousFindings.Read(previous), ReportWriter.JsonFile, []);
        }
        catch (BaselineException e)
        {
            return ReviewInputs.None with { Waivers = waivers, Notices = [RunMessages.BaselineNotCompared.Format(e.Message)] };
        }
    }
}
