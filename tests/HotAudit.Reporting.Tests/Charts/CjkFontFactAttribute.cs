using HotAudit.Reporting.Charts;
using Xunit;

namespace HotAudit.Reporting.Tests.Charts;

/// <summary>
/// A test of Chinese chart text, which needs an installed font with Chinese glyphs (Debian's fonts-noto-cjk). Without
/// one the test is skipped and says why, unless <c>HOTAUDIT_TEST_CJK_FONT=required</c> (set by .ci/run, which installs
/// it): then a missing font fails it.
/// </summary>
public sealed class CjkFontFactAttribute : FactAttribute
{
    public const string Variable = "HOTAUDIT_TEST_CJK_FONT";

    public CjkFontFactAttribute()
    {
        if (!ChartText.ShowsChinese && Environment.GetEnvironmentVariable(Variable) != "required")
        {
            Skip = $"no font with Chinese glyphs installed (.ci/run installs fonts-noto-cjk and sets {Variable}=required)";
        }
    }
}
