using AgriPole.Cms.Core.Tests.Support;

namespace AgriPole.Cms.Core.Tests.PublishedCache;

public sealed class PublishedUrlProviderTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CmsTestHost.StartWithFixtureAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("fr-FR", "/")]
    [InlineData("en-US", "/en/")]
    public void GetUrl_Home_IsCultureRoot(string culture, string expected)
    {
        var home = _host.Current.GetById(FixtureKeys.Home)!;

        Assert.Equal(expected, _host.Urls.GetUrl(_host.Current, home, culture));
    }

    [Fact]
    public void GetUrl_Pages_PrefixEnglishWithEn()
    {
        var snapshot = _host.Current;

        Assert.Equal("/pourquoi-adherer/", _host.Urls.GetUrl(snapshot, snapshot.GetById(FixtureKeys.WhyJoin)!, "fr-FR"));
        Assert.Equal("/en/why-join/", _host.Urls.GetUrl(snapshot, snapshot.GetById(FixtureKeys.WhyJoin)!, "en-US"));
        Assert.Equal("/pourquoi-adherer/les-avantages/", _host.Urls.GetUrl(snapshot, snapshot.GetById(FixtureKeys.Benefits)!, "fr-FR"));
    }

    [Fact]
    public void GetUrl_CultureNotPublished_IsNull()
    {
        var benefits = _host.Current.GetById(FixtureKeys.Benefits)!;

        Assert.Null(_host.Urls.GetUrl(_host.Current, benefits, "en-US"));
    }

    [Theory]
    [InlineData("/", "fr-FR", "/")]
    [InlineData("/a-propos/", "fr-FR", "/a-propos/")]
    [InlineData("/A-Propos", "fr-FR", "/A-Propos")]
    [InlineData("/en", "en-US", "/")]
    [InlineData("/en/", "en-US", "/")]
    [InlineData("/en/about/", "en-US", "/about/")]
    [InlineData("/energie/", "fr-FR", "/energie/")]
    public void Resolve_Path_PicksCultureByLongestPrefix(string path, string culture, string route)
    {
        var match = _host.Urls.Resolve(_host.Current, "localhost:5000", path);

        Assert.Equal(culture, match.Culture);
        Assert.Equal(route, match.Route);
    }

    [Theory]
    [InlineData("/a-propos/", "0a6b1c2d-1000-4000-8000-000000000002")]
    [InlineData("/en/about", "0a6b1c2d-1000-4000-8000-000000000002")]
    [InlineData("/pourquoi-adherer/les-avantages/", "0a6b1c2d-1000-4000-8000-000000000004")]
    [InlineData("/en/", "0a6b1c2d-1000-4000-8000-000000000001")]
    public void Resolve_PublishedRoute_FindsNode(string path, string key)
    {
        var match = _host.Urls.Resolve(_host.Current, null, path);

        Assert.Equal(Guid.Parse(key), match.Node?.Key);
    }

    [Theory]
    [InlineData("/en/pourquoi-adherer/")]
    [InlineData("/pourquoi-adherer/the-benefits/")]
    [InlineData("/en/why-join/les-avantages/")]
    [InlineData("/brouillon-secret/")]
    public void Resolve_WrongCultureOrDraft_FindsNothing(string path) =>
        Assert.Null(_host.Urls.Resolve(_host.Current, null, path).Node);
}
