using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class SeriesTestsTests
{
    private const double Rate = 0.001;

    [Fact]
    public void Score_SharesOfFewDevices_SpendOnlyTheTailsTheyCanTake()
    {
        // Given: ordinary days whose shares are on 25 devices each
        var vectors = Some.Series(40, 2);
        foreach (var v in vectors)
        {
            for (var f = 0; f < FeatureCatalog.All.Count; f++)
            {
                v.Bases[f] = FeatureCatalog.All[f].Kind == FeatureKind.Share ? 25 : v.Bases[f];
            }
        }

        // When
        var (tests, cuts) = new SeriesTests(28, 7, 20, Rate).Score(vectors);

        // Then: each share is judged as how many of its 25 devices, and the vector's cut is lower than if every share
        // spent its whole threshold (the budget a share of 25 devices cannot use goes to the vector's other tests)
        var day = vectors.FindIndex(v => v.AppVersion == "1.0" && v.Day == new DateOnly(2026, 6, 5));
        var shares = tests[day].Where((t, f) => t is not null && FeatureCatalog.All[f].Kind == FeatureKind.Share).ToList();
        shares.Should().NotBeEmpty().And.OnlyContain(t => t!.Levels != null);
        var allContinuous = VectorCut.Surprise(Rate, [.. tests[day].Select((t, f) => t is not null && FeatureCatalog.All[f].Kind == FeatureKind.Share ? t with { Levels = null } : t)]);
        cuts[day].Should().BeLessThan(allContinuous - 0.02);
    }
}
