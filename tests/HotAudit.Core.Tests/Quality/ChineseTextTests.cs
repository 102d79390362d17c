using FluentAssertions;
using HotAudit.Core.Quality;
using Xunit;

namespace HotAudit.Core.Tests.Quality;

public sealed class ChineseTextTests
{
    [Fact]
    public void Of_NoticeWrappingAMessage_TranslatesBoth()
    {
        var notice = RunMessages.Skipped.Format("more/", RunMessages.SubFolder.Format("more"));

        ChineseText.Of(notice).Should().Be("more/: 已跳过: 包含输入文件的子文件夹 (一个案例就是一个文件夹: 请单独评估 more)");
    }

    [Fact]
    public void Of_QuotedValueThatLooksLikeAMessage_StaysAsTheInputHasIt()
    {
        var reason = RejectionReasons.UnknownEvent.Format("telemetry");

        ChineseText.Of(reason).Should().Be("未知事件 'telemetry'");
    }

    [Fact]
    public void Of_MessagesJoinedBySemicolons_TranslatedPartByPart()
    {
        var text = string.Join("; ", RunMessages.AllRejected.Format("3"), RunMessages.HeaderLacks.Format("ts, event"));

        ChineseText.Of(text).Should().Be("全部 3 行均被拒绝; 表头中没有 ts, event 列");
    }

    [Fact]
    public void Of_FileAndAnErrorHotAuditDidNotWrite_StaysEnglish()
    {
        var text = RunMessages.FileError.Format("telemetry-1.csv", "some operating system error");

        ChineseText.TryOf(text).Should().BeNull("a frame alone is not a message");
        ChineseText.Of(text).Should().Be(text);
    }

    [Fact]
    public void Of_FileAndAnErrorHotAuditWrote_ErrorTranslatedFileNameKept()
    {
        var text = RunMessages.FileError.Format("telemetry", RunMessages.FileNotFound.En);

        ChineseText.Of(text).Should().Be("telemetry: 文件不存在");
    }

    [Fact]
    public void Of_ReferenceRowWithABadTimestamp_BothPartsTranslated()
    {
        var text = RunMessages.ValueUnusable.Format(RejectionReasons.BadMonth.En);

        ChineseText.Of(text).Should().Be("时间戳无效: 月份应在 1..12 之间; 该行保留, 但此值无法使用");
    }
}
