using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.PublishedCache;

public sealed class PublishedContentFallbackTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void GetString_EnglishEmpty_FallsBackToFrenchOnlyWhenAsked()
    {
        var home = _host.Current.GetById(FixtureKeys.Home)!;
        var fallback = _host.Definitions.GetLanguage("en-US")!.FallbackIsoCode;

        Assert.Null(home.GetString("intro", "en-US"));
        Assert.Equal("Le pôle de compétitivité.", home.GetString("intro", "en-US", fallback));
        Assert.Equal("Le pôle de compétitivité.", home.GetString("intro", "fr-FR"));
    }

    [Fact]
    public void GetString_EnglishValueGiven_IgnoresFallback()
    {
        var about = _host.Current.GetById(FixtureKeys.About)!;

        Assert.Equal("About the cluster", about.GetString("title", "en-US", "fr-FR"));
    }

    [Fact]
    public void GetValue_InvariantProperty_SameInEveryCulture()
    {
        var home = _host.Current.GetById(FixtureKeys.Home)!;

        Assert.Equal(3, home.GetValue("latestNewsCount", "en-US")!.Value.GetInt32());
        Assert.Equal(3, home.GetValue("latestNewsCount", "fr-FR")!.Value.GetInt32());
        Assert.False(home.GetBoolean("showInMenu", defaultValue: true));
    }
}
