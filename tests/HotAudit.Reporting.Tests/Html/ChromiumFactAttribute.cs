using Xunit;

namespace HotAudit.Reporting.Tests.Html;

/// <summary>
/// A test that needs headless Chromium (Debian's <c>chromium</c>). Without it on PATH the test is skipped and says why,
/// unless <c>HOTAUDIT_TEST_CHROMIUM=required</c> (set by .ci/run, which installs it): then a missing browser fails it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Variable = "HOTAUDIT_TEST_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && Environment.GetEnvironmentVariable(Variable) != "required")
        {
            Skip = $"no chromium on PATH (.ci/run installs Debian's chromium and sets {Variable}=required)";
        }
    }
}
