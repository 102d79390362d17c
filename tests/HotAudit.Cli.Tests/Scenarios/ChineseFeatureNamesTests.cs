using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Reporting;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Every feature the monitor scores has a Chinese name for the zh-CN Anomalies sheet's columns and the charts' legends.</summary>
public sealed class ChineseFeatureNamesTests
{
    [Fact]
    public void Feature_EveryMonitorFeature_HasAChineseName()
    {
        foreach (var feature in FeatureCatalog.All)
        {
            Words.Feature(feature.Name).Zh.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", $"the zh-CN column of {feature.Name} is a word, not an identifier");
        }
    }
}
