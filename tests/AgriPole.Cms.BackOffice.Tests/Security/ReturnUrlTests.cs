using AgriPole.Cms.BackOffice.Security;

namespace AgriPole.Cms.BackOffice.Tests.Security;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/umbraco")]
    [InlineData("/umbraco/content")]
    [InlineData("/umbraco/content/edit/5d0e8f7a-0000-0000-0000-000000000001?culture=en-US")]
    public void IsSafe_BackOfficePath_True(string url) => Assert.True(ReturnUrl.IsSafe(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example/umbraco")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/umbraco/%2F%2Fevil.example")]
    [InlineData("/umbraco/%252F%252Fevil.example")]
    [InlineData("/umbraco/%5C%5Cevil.example")]
    [InlineData("/umbraco\r\nLocation: https://evil.example")]
    [InlineData("/en/public-page/")]
    [InlineData("/umbracoevil")]
    public void IsSafe_ForeignOrTrickyUrl_False(string? url) => Assert.False(ReturnUrl.IsSafe(url));
}
