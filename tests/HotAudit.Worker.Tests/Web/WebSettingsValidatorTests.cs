using FluentAssertions;
using HotAudit.Worker.Web;
using Xunit;

namespace HotAudit.Worker.Tests;

public sealed class WebSettingsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://localhost:8080")]
    [InlineData("http://[::1]:8080")]
    [InlineData("")]
    public void Validate_LoopbackOrOffWithoutToken_Succeeds(string url) =>
        new WebSettingsValidator().Validate(null, new WebSettings { Url = url }).Succeeded.Should().BeTrue();

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://192.168.1.5:8080")]
    public void Validate_BeyondLoopbackWithoutToken_FailsNamingTheSetting(string url) =>
        new WebSettingsValidator().Validate(null, new WebSettings { Url = url }).FailureMessage.Should().Contain("Web:Token is required");

    [Fact]
    public void Validate_BeyondLoopbackWithToken_Succeeds() =>
        new WebSettingsValidator().Validate(null, new WebSettings { Url = "http://0.0.0.0:8080", Token = "t" }).Succeeded.Should().BeTrue();

    [Theory]
    [InlineData("127.0.0.1:8080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://audit.example.com")]
    [InlineData("http://[::ffff:127.0.0.1]:8080")]
    [InlineData("https://127.0.0.1:8443")]
    [InlineData("http://127.0.0.1:70000")]
    public void Validate_NotAnHttpUrl_Fails(string url) =>
        new WebSettingsValidator().Validate(null, new WebSettings { Url = url }).FailureMessage.Should().Contain("Web:Url");
}
